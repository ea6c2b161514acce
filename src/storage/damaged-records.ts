import { notesOf } from './assessment-notes.ts';
import { announce } from './change-feed.ts';
import { writeRecords } from './record-store.ts';

/**
 * A record that failed its checks is found again by the key IndexedDB holds it under, not by the id it claims:
 * a damaged record's key may be a number or an array, and its `id` field missing or wrong.
 */
export type StoredKey = IDBValidKey;

/** A read that failed carries the key it is stored under, so it can be deleted one by one. */
export type WithStoredKey<R> = R extends { ok: false } ? R & { storedKey: StoredKey } : R;

/** Pairs reads with the keys of the same records (getAll and getAllKeys of one store list them in the same order). */
export function withStoredKeys<R extends { ok: boolean }>(reads: R[], keys: StoredKey[]): WithStoredKey<R>[] {
  return reads.map((read, i) => (read.ok ? read : { ...read, storedKey: keys[i] }) as WithStoredKey<R>);
}

/** A stored record that failed its checks, as a screen lists it: why, and the key to delete it by. */
export interface DamagedRead {
  storedKey: StoredKey;
  problem: string;
}

export type DamagedStore = 'assessments' | 'rounds' | 'scorecards' | 'feedback' | 'feedbackDrafts';

/**
 * Deletes one damaged record by its stored key, with what belongs to it when the key is a string id: an
 * assessment's notes and colleagues' feedback, a round's scorecards. One transaction: all of it goes, or none.
 */
export async function deleteDamagedRecord(store: DamagedStore, key: StoredKey): Promise<void> {
  await writeRecords(['assessments', 'notes', 'feedback', 'feedbackDrafts', 'rounds', 'scorecards'], async (tx) => {
    // A range of one key: the typed stores take only the key type they were made for, a damaged key may be any.
    const requests: Promise<unknown>[] = [tx.objectStore(store).delete(IDBKeyRange.only(key))];
    if (typeof key === 'string' && store === 'assessments') {
      const feedback = tx.objectStore('feedback');
      requests.push(tx.objectStore('notes').delete(notesOf(key)), ...(await feedback.index('byAssessment').getAllKeys(key)).map((k) => feedback.delete(k)));
    }
    if (typeof key === 'string' && store === 'rounds') {
      const cards = tx.objectStore('scorecards');
      requests.push(...(await cards.index('byRound').getAllKeys(key)).map((k) => cards.delete(k)));
    }
    await Promise.all(requests);
  });
  if (store === 'assessments' || store === 'rounds' || store === 'scorecards') announce([{ store, id: JSON.stringify(key) }]);
}
