import type { Assessment } from '../domain/assessment/assessment.ts';
import { readRecord, toRecord } from '../domain/assessment/assessment-record.ts';
import { newId } from '../lib/new-id.ts';
import { joinNotes, notesOf, splitNotes } from './assessment-notes.ts';
import type { KeptKind } from './kept-at-close.ts';
import { keepAtClose as keep, settleKeptAtClose as settle } from './kept-at-close.ts';
import type { WriteTransaction } from './record-store.ts';
import type { RecordHead } from './revision-guard.ts';

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

/** An assessment kept at close; if another tab changed it since, the kept copy is added beside it under a new name. */
const assessments: KeptKind<Assessment, ['assessments', 'notes']> = {
  key: 'unsavedAtClose',
  stores: ['assessments', 'notes'],
  announceAs: 'assessments',
  toRecord,
  read(raw) {
    const read = readRecord(raw);
    return read.ok ? read.assessment : undefined;
  },
  async stored(tx, id) {
    const raw: unknown = await tx.objectStore('assessments').get(id);
    if (raw === undefined) return { isFound: false };
    const read = readRecord(joinNotes(raw, await tx.objectStore('notes').getAll(notesOf(id))));
    return { isFound: true, doc: read.ok ? read.assessment : undefined };
  },
  put: (tx, assessment) => putWholeRequests(tx, assessment),
  beside: (kept) => ({ ...kept, id: newId(), title: `${kept.title} (unsaved when its tab closed)` }),
};

/** Keeps the newest copy aside; `expected` are the stored copies its saves may replace. */
export function keepAtClose(assessment: Assessment, expected: readonly RecordHead[] | undefined): void {
  keep(assessments, assessment, expected);
}

export function settleKeptAtClose(): Promise<void> {
  return settle(assessments);
}
