import type { StoreNames } from 'idb';
import { APP_STORAGE_PREFIX } from '../config/app.ts';
import type { StoredChange } from './change-feed.ts';
import { announce } from './change-feed.ts';
import type { AppSchema } from './db.ts';
import type { WriteTransaction } from './record-store.ts';
import { writeRecords } from './record-store.ts';
import type { RecordHead } from './revision-guard.ts';
import { isSameHead, mayReplace } from './revision-guard.ts';

/**
 * The last edit before a page closes, for any document a session edits. A checked save commits only once the
 * page has read its check back, and a burst of them queue one behind another; Chromium drops every unfinished
 * IndexedDB transaction of a closed page, even one committed explicitly at pagehide (a browser test showed it).
 * localStorage is written at once and kept, so the newest copy goes there at close, and the next read puts it
 * in place through the same check a save makes.
 */
type Doc = RecordHead & { id: string };
/** `assessment`: where the app kept the copy before scorecards were kept too, so one left at close then still lands. */
type Kept = { doc?: unknown; assessment?: unknown; expected: RecordHead[] };

/** What differs between the kinds of document kept at close: where they live and how they are read and written. */
export interface KeptKind<T extends Doc, S extends StoreNames<AppSchema>[]> {
  /** The localStorage key's prefix after the app's own; no kind's may start another's. */
  key: string;
  stores: S;
  announceAs: StoredChange['store'];
  toRecord(doc: T): unknown;
  /** The kept record read back through the kind's codec, or undefined when it cannot be. */
  read(raw: unknown): T | undefined;
  /** The stored copy: absent (deleted since), or found (undefined when it cannot be read). */
  stored(tx: WriteTransaction<S>, id: string): Promise<{ isFound: false } | { isFound: true; doc: T | undefined }>;
  put(tx: WriteTransaction<S>, doc: T): Promise<unknown>[];
  /** Another tab changed the stored copy since: what to write so nothing typed is lost (a copy beside it, say), or nothing. */
  beside(kept: T, stored: T | undefined): T | undefined;
}

export function keepAtClose<T extends Doc, S extends StoreNames<AppSchema>[]>(kind: KeptKind<T, S>, doc: T, expected: readonly RecordHead[] | undefined): void {
  const kept: Kept = { doc: kind.toRecord(doc), expected: (expected ?? []).map(({ revision, updatedAt }) => ({ revision, updatedAt })) };
  try {
    localStorage.setItem(`${APP_STORAGE_PREFIX}${kind.key}:${doc.id}`, JSON.stringify(kept));
  } catch {
    // Full or turned off: the saves already sent stand as they are, as they did before this existed.
  }
}

function isKept(value: unknown): value is Kept {
  return typeof value === 'object' && value !== null && ('doc' in value || 'assessment' in value) && 'expected' in value && Array.isArray(value.expected);
}

/** Every copy of this kind kept at close, with its localStorage key (one that cannot be read is dropped at once). */
function findKept(prefix: string): { key: string; kept: Kept }[] {
  if (typeof localStorage === 'undefined') return [];
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').filter((key) => key.startsWith(prefix));
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

/**
 * Puts each copy kept at close in place, if the stored copy is still one its saves were allowed to replace;
 * otherwise writes what the kind says keeps both people's work.
 */
export async function settleKeptAtClose<T extends Doc, S extends StoreNames<AppSchema>[]>(kind: KeptKind<T, S>): Promise<void> {
  const found = findKept(`${APP_STORAGE_PREFIX}${kind.key}:`);
  if (found.length === 0) return;
  const changed = await writeRecords(kind.stores, async (tx) => {
    const ids: string[] = [];
    for (const { kept } of found) {
      const doc = kind.read(kept.doc ?? kept.assessment);
      if (!doc) continue;
      const stored = await kind.stored(tx, doc.id);
      if (!stored.isFound) continue; // deleted since: nothing to put back
      if (stored.doc && isSameHead(stored.doc, doc)) continue; // its own saves landed
      const next = stored.doc && mayReplace(stored.doc, doc, kept.expected) ? doc : kind.beside(doc, stored.doc);
      if (!next) continue;
      await Promise.all(kind.put(tx, next));
      ids.push(next.id);
    }
    return ids;
  });
  // Only once the copies are in place: a failed write leaves them to try again on the next read.
  for (const { key } of found) localStorage.removeItem(key);
  announce(changed.map((id) => ({ store: kind.announceAs, id })));
}
