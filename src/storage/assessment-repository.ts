import type { Assessment } from '../domain/assessment/assessment.ts';
import type { ReadResult } from '../domain/assessment/assessment-record.ts';
import type { IDBPTransaction } from 'idb';
import { RECORD_VERSION, readRecord, toRecord } from '../domain/assessment/assessment-record.ts';
import { announce } from './change-feed.ts';
import type { AppDatabase, AppSchema } from './db.ts';
import { database, openedDatabase, putAll } from './db.ts';
import type { RecordHead } from './revision-guard.ts';
import { mayReplace, noteWritten } from './revision-guard.ts';
import type { StorageProblem } from './storage-error.ts';
import { StorageError, withStorageErrors } from './storage-error.ts';

type SaveTransaction = IDBPTransaction<AppSchema, ['assessments'], 'readwrite'>;

const LAST_ASSESSMENT_KEY = 'lastAssessmentId';

/** Every stored assessment, newest edit first; unreadable ones are listed with the reason. */
export function listAssessments(): Promise<ReadResult[]> {
  return withStorageErrors(async () => {
    const db = await database();
    const raws = await db.getAll('assessments');
    const results = raws.map(readRecord);
    const updated = (r: ReadResult) => (r.ok ? r.assessment.updatedAt : '');
    return results.sort((a, b) => updated(b).localeCompare(updated(a)));
  });
}

export function loadAssessment(id: string): Promise<ReadResult | undefined> {
  return withStorageErrors(async () => {
    const raw = await (await database()).get('assessments', id);
    return raw === undefined ? undefined : readRecord(raw);
  });
}

type StoredHead = { recordVersion: unknown; head: RecordHead } | 'unindexed' | undefined;

/** What the index says is stored for this id: nothing (undefined), or 'unindexed' for an old or odd record. */
async function storedHead(tx: SaveTransaction, id: string): Promise<StoredHead> {
  const [cursor, key] = await Promise.all([tx.store.index('byRevision').openKeyCursor(IDBKeyRange.bound([id], [id, []])), tx.store.getKey(id)]);
  if (cursor) {
    const [, recordVersion, revision, updatedAt] = cursor.key;
    if (Number.isInteger(revision) && revision >= 1) return { recordVersion, head: { revision, updatedAt } };
  }
  return key === undefined ? undefined : 'unindexed';
}

function refusal(stored: { recordVersion: unknown; head: RecordHead } | undefined, assessment: Assessment, base: RecordHead | undefined): StorageProblem | undefined {
  if (!stored) return undefined;
  if (typeof stored.recordVersion === 'number' && stored.recordVersion > RECORD_VERSION) return 'newer-version';
  return mayReplace({ store: 'assessments', id: assessment.id }, stored.head, assessment, base) ? undefined : 'conflict';
}

async function undo(tx: SaveTransaction, put: Promise<unknown>): Promise<void> {
  put.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already aborted (the put failed): nothing was written.
  }
  await tx.done.catch(() => undefined);
}

/**
 * The usual save: the check (from the index, not the 200 KB record) and the put are sent together, and the
 * put is undone with the transaction if the check fails — no other transaction can see it in between.
 * Returns false, having written nothing, for a record the index cannot judge.
 */
async function putIfUnchanged(db: AppDatabase, assessment: Assessment, base: RecordHead | undefined): Promise<boolean> {
  const tx = db.transaction('assessments', 'readwrite');
  const stored = storedHead(tx, assessment.id);
  let put: Promise<unknown> = Promise.resolve();
  try {
    put = tx.store.put(toRecord(assessment));
    const found = await stored;
    if (found === 'unindexed') {
      await undo(tx, put);
      return false;
    }
    const problem = refusal(found, assessment, base);
    if (problem) {
      await undo(tx, put);
      throw new StorageError(problem);
    }
    await Promise.all([put, tx.done]);
    return true;
  } catch (error) {
    stored.catch(() => undefined);
    await undo(tx, put);
    throw error;
  }
}

/** A pre-release record has no revision to index, and a damaged one may have none: read it whole (rare). */
async function putAfterFullRead(db: AppDatabase, assessment: Assessment, base: RecordHead | undefined): Promise<void> {
  const tx = db.transaction('assessments', 'readwrite');
  const stored = readRecord(await tx.store.get(assessment.id));
  const problem = stored.ok ? refusal({ recordVersion: RECORD_VERSION, head: stored.assessment }, assessment, base) : stored.isFromNewerApp ? 'newer-version' : undefined;
  if (problem) {
    await undo(tx, Promise.resolve());
    throw new StorageError(problem);
  }
  await Promise.all([tx.store.put(toRecord(assessment)), tx.done]);
}

/**
 * Writes the assessment unless another tab changed the stored copy since `base`, the copy the edits started
 * from (without `base`: unless the stored revision is as new), or a newer app version wrote it. Check and
 * write share one transaction, so nothing is half-written. With the connection open, the write is sent in
 * the caller's task, before the screen redraws.
 */
export function saveAssessment(assessment: Assessment, base?: RecordHead): Promise<void> {
  return withStorageErrors(async () => {
    const db = openedDatabase() ?? (await database());
    if (!(await putIfUnchanged(db, assessment, base))) await putAfterFullRead(db, assessment, base);
    noteWritten('assessments', assessment.id, assessment);
    announce([{ store: 'assessments', id: assessment.id }]);
  });
}

/** Puts an assessment back exactly as given (undo of a delete, duplicate). */
export function insertAssessment(assessment: Assessment): Promise<void> {
  return withStorageErrors(async () => {
    await (await database()).put('assessments', toRecord(assessment));
    announce([{ store: 'assessments', id: assessment.id }]);
  });
}

export function deleteAssessment(id: string): Promise<void> {
  return withStorageErrors(async () => {
    await (await database()).delete('assessments', id);
    announce([{ store: 'assessments', id }]);
  });
}

export function loadLastAssessmentId(): Promise<string | undefined> {
  return withStorageErrors(async () => {
    const value = await (await database()).get('meta', LAST_ASSESSMENT_KEY);
    return typeof value === 'string' ? value : undefined;
  });
}

export function saveLastAssessmentId(id: string): Promise<void> {
  return withStorageErrors(async () => {
    await (await database()).put('meta', id, LAST_ASSESSMENT_KEY);
  });
}

/** Writes several assessments in one transaction: all of them land, or none do. */
export function putAssessments(assessments: Assessment[]): Promise<void> {
  return withStorageErrors(async () => {
    await putAll('assessments', assessments.map(toRecord));
    announce(assessments.map(({ id }) => ({ store: 'assessments', id })));
  });
}

/** The meta key of the reviewer's saved name and role. */
export const REVIEWER_KEY = 'reviewer';

export interface ReviewerProfile {
  name: string;
  role: string;
}

/** Who the reviewer said they were last time, so each comment need not ask again. */
export function loadReviewer(): Promise<ReviewerProfile | undefined> {
  return withStorageErrors(async () => {
    const value = await (await database()).get('meta', REVIEWER_KEY);
    if (typeof value !== 'object' || value === null) return undefined;
    const { name, role } = value as Record<string, unknown>;
    return typeof name === 'string' && typeof role === 'string' ? { name, role } : undefined;
  });
}

export function saveReviewer(profile: ReviewerProfile): Promise<void> {
  return withStorageErrors(async () => {
    await (await database()).put('meta', { name: profile.name, role: profile.role }, REVIEWER_KEY);
  });
}
