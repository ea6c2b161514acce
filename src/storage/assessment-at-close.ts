import type { Assessment } from '../domain/assessment/assessment.ts';
import { readRecord, toRecord } from '../domain/assessment/assessment-record.ts';
import { APP_STORAGE_PREFIX } from '../config/app.ts';
import { newId } from '../lib/new-id.ts';
import { joinNotes, notesOf, splitNotes } from './assessment-notes.ts';
import { announce } from './change-feed.ts';
import type { WriteTransaction } from './record-store.ts';
import { writeRecords } from './record-store.ts';
import type { RecordHead } from './revision-guard.ts';
import { isSameHead, mayReplace } from './revision-guard.ts';

/**
 * The last edit before a page closes. A checked save commits only once the page has read its check back, and a
 * burst of them queue one behind another; Chromium drops every unfinished IndexedDB transaction of a closed page,
 * even one committed explicitly at pagehide (a browser test showed it). localStorage is written at once and kept,
 * so the newest copy goes there at close, and the next read puts it in place through the same check a save makes.
 */
const PREFIX = `${APP_STORAGE_PREFIX}unsavedAtClose:`;

type Kept = { assessment: unknown; expected: RecordHead[] };

/**
 * Sends the requests that put an assessment exactly as given, every note included, into `sent` one by one: a
 * value that cannot be stored throws, and the caller still holds the requests sent before it.
 */
export function putWholeRequests(tx: WriteTransaction<['assessments', 'notes']>, assessment: Assessment, sent: Promise<unknown>[] = []): Promise<unknown>[] {
  const { record, notes } = splitNotes(toRecord(assessment));
  sent.push(tx.objectStore('notes').delete(notesOf(assessment.id)));
  for (const note of notes) sent.push(tx.objectStore('notes').put(note));
  sent.push(tx.objectStore('assessments').put(record));
  return sent;
}

/** Keeps the newest copy aside; `expected` are the stored copies its saves may replace. */
export function keepAtClose(assessment: Assessment, expected: readonly RecordHead[] | undefined): void {
  const kept: Kept = { assessment: toRecord(assessment), expected: (expected ?? []).map(({ revision, updatedAt }) => ({ revision, updatedAt })) };
  try {
    localStorage.setItem(`${PREFIX}${assessment.id}`, JSON.stringify(kept));
  } catch {
    // Full or turned off: the saves already sent stand as they are, as they did before this existed.
  }
}

/** Every copy kept at close, with its localStorage key (one that cannot be read is dropped at once). */
function findKept(): { key: string; kept: Kept }[] {
  if (typeof localStorage === 'undefined') return [];
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').filter((key) => key.startsWith(PREFIX));
  return keys.flatMap((key) => {
    try {
      const kept: unknown = JSON.parse(localStorage.getItem(key) ?? '');
      if (isKept(kept)) return [{ key, kept }];
    } catch {
      // Not JSON: not something this app wrote whole.
    }
    localStorage.removeItem(key);
    return [];
  });
}

function isKept(value: unknown): value is Kept {
  return typeof value === 'object' && value !== null && 'assessment' in value && 'expected' in value && Array.isArray(value.expected);
}

/**
 * Puts each copy kept at close in place, if the stored copy is still one its saves were allowed to replace.
 * If another tab changed it since, the kept copy is added beside it under a new name, so nothing typed is lost.
 */
export async function settleKeptAtClose(): Promise<void> {
  const found = findKept();
  if (found.length === 0) return;
  const changed = await writeRecords(['assessments', 'notes'], async (tx) => {
    const ids: string[] = [];
    for (const { kept } of found) {
      const read = readRecord(kept.assessment);
      if (!read.ok) continue;
      const { assessment } = read;
      const raw: unknown = await tx.objectStore('assessments').get(assessment.id);
      if (raw === undefined) continue; // deleted since: nothing to put back
      const storedRead = readRecord(joinNotes(raw, await tx.objectStore('notes').getAll(notesOf(assessment.id))));
      const stored = storedRead.ok ? storedRead.assessment : undefined;
      if (stored && isSameHead(stored, assessment)) continue; // its own saves landed
      const fits = stored && mayReplace(stored, assessment, kept.expected);
      const copy = fits ? assessment : { ...assessment, id: newId(), title: `${assessment.title} (unsaved when its tab closed)` };
      await Promise.all(putWholeRequests(tx, copy));
      ids.push(copy.id);
    }
    return ids;
  });
  // Only once the copies are in place: a failed write leaves them to try again on the next read.
  for (const { key } of found) localStorage.removeItem(key);
  announce(changed.map((id) => ({ store: 'assessments', id })));
}
