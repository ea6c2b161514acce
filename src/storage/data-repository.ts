import type { BackupState } from '../domain/data/backup-reminder.ts';
import type { PersistenceOutcome } from '../domain/data/data-records.ts';
import { BACKUP_STATE_KEY, PERSISTENCE_KEY, readBackupState, readPersistenceOutcome } from '../domain/data/data-records.ts';
import type { StoredCounts } from '../domain/data/removal.ts';
import { listedIn } from '../domain/data/removal.ts';
import { REVIEWER_KEY } from './assessment-repository.ts';
import { closeDatabase, DB_NAME } from './db.ts';
import { readMeta, readRecords, writeMeta, writesSettled } from './record-store.ts';
import { withStorageErrors } from './storage-error.ts';

export async function loadBackupState(): Promise<BackupState> {
  return readBackupState(await readMeta(BACKUP_STATE_KEY));
}

export function saveBackupState(state: BackupState): Promise<void> {
  return writeMeta(BACKUP_STATE_KEY, state);
}

export async function loadPersistenceOutcome(): Promise<PersistenceOutcome | undefined> {
  return readPersistenceOutcome(await readMeta(PERSISTENCE_KEY));
}

export function savePersistenceOutcome(outcome: PersistenceOutcome): Promise<void> {
  return writeMeta(PERSISTENCE_KEY, outcome);
}

/** Raw record counts, readable or not: this is what "delete all" will remove. */
export function countStoredData(): Promise<StoredCounts> {
  return readRecords(['assessments', 'rounds', 'scorecards', 'feedback', 'feedbackDrafts', 'cetl', 'meta'], async (tx) => {
    const [assessments, rounds, scorecards, requests, feedbackDrafts, cetl, metaKeys] = await Promise.all([
      tx.objectStore('assessments').count(),
      tx.objectStore('rounds').count(),
      tx.objectStore('scorecards').count(),
      tx.objectStore('feedback').getAll(),
      tx.objectStore('feedbackDrafts').count(),
      tx.objectStore('cetl').getAll(),
      tx.objectStore('meta').getAllKeys(),
    ]);
    const hasReviewer = metaKeys.includes(REVIEWER_KEY);
    // Responses live inside their request, and CETL entries inside the one log record.
    const feedbackResponses = requests.reduce((sum: number, request) => sum + listedIn(request, 'responses'), 0);
    const cetlEntries = cetl.reduce((sum: number, log) => sum + listedIn(log, 'entries'), 0);
    return { assessments, rounds, scorecards, feedbackRequests: requests.length, feedbackResponses, feedbackDrafts, cetlEntries, hasReviewer, settings: metaKeys.length - (hasReviewer ? 1 : 0) };
  });
}

/**
 * Deletes the whole database. Other tabs of this app close their connection when asked (see `blocking` in
 * db.ts); one that does not holds the deletion back: `onBlocked` says so, and this keeps waiting until it
 * goes through, which it does as soon as that tab is closed.
 */
export async function deleteDatabase(onBlocked: () => void): Promise<void> {
  // Writes already started land first; the deletion then removes them with everything else.
  await writesSettled();
  await closeDatabase();
  await withStorageErrors(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(DB_NAME);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
        request.onblocked = () => onBlocked();
      }),
  );
}
