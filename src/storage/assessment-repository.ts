import type { Assessment } from '../domain/assessment/assessment.ts';
import type { ReadResult } from '../domain/assessment/assessment-record.ts';
import { RECORD_VERSION, readRecord, toRecord } from '../domain/assessment/assessment-record.ts';
import { announce } from './change-feed.ts';
import type { WriteTransaction } from './record-store.ts';
import { putAll, readMeta, readRecords, writeMeta, writeRecords } from './record-store.ts';
import type { Expected, RecordHead } from './revision-guard.ts';
import { mayReplace } from './revision-guard.ts';
import { StorageError } from './storage-error.ts';

const LAST_ASSESSMENT_KEY = 'lastAssessmentId';

/** Every stored assessment, newest edit first; unreadable ones are listed with the reason. */
export function listAssessments(): Promise<ReadResult[]> {
  return readRecords(['assessments'], async (tx) => {
    const results = (await tx.objectStore('assessments').getAll()).map(readRecord);
    const updated = (r: ReadResult) => (r.ok ? r.assessment.updatedAt : '');
    return results.sort((a, b) => updated(b).localeCompare(updated(a)));
  });
}

export function loadAssessment(id: string): Promise<ReadResult | undefined> {
  return readRecords(['assessments'], async (tx) => {
    const raw = await tx.objectStore('assessments').get(id);
    return raw === undefined ? undefined : readRecord(raw);
  });
}

type Stored = { recordVersion: unknown; head: RecordHead } | undefined;

/**
 * What is stored for this id, from the index (a few bytes) rather than the record (up to 200 KB with long
 * notes). A pre-release or damaged record has no indexed revision: only then is the record itself read.
 */
async function storedHead(tx: WriteTransaction<['assessments']>, id: string): Promise<Stored> {
  const store = tx.objectStore('assessments');
  const cursor = await store.index('byRevision').openKeyCursor(IDBKeyRange.bound([id], [id, []]));
  if (cursor) {
    const [, recordVersion, revision, updatedAt] = cursor.key;
    if (Number.isInteger(revision) && revision >= 1) return { recordVersion, head: { revision, updatedAt } };
  }
  const raw = await store.get(id);
  if (raw === undefined) return undefined;
  const read = readRecord(raw);
  if (read.ok) return { recordVersion: RECORD_VERSION, head: read.assessment };
  // Unreadable: a newer app's record is left alone; a damaged one may be replaced.
  return read.isFromNewerApp ? { recordVersion: RECORD_VERSION + 1, head: { revision: Infinity, updatedAt: '' } } : undefined;
}

/**
 * Writes the assessment unless another tab changed the stored copy to one the caller does not expect
 * (`expected`: the copy its edits started from and those it wrote since; without it, unless the stored
 * revision is as new), or a newer app version wrote it. Check and write share one transaction, so nothing
 * is half-written; with the connection open, both are sent in the caller's task.
 */
export async function saveAssessment(assessment: Assessment, expected?: Expected): Promise<void> {
  await writeRecords(['assessments'], async (tx) => {
    const stored = await storedHead(tx, assessment.id);
    if (stored && typeof stored.recordVersion === 'number' && stored.recordVersion > RECORD_VERSION) throw new StorageError('newer-version');
    if (!mayReplace(stored?.head, assessment, expected)) throw new StorageError('conflict');
    await tx.objectStore('assessments').put(toRecord(assessment));
  });
  announce([{ store: 'assessments', id: assessment.id }]);
}

/** Puts an assessment back exactly as given (undo of a delete, duplicate). */
export async function insertAssessment(assessment: Assessment): Promise<void> {
  await putAll('assessments', [toRecord(assessment)]);
  announce([{ store: 'assessments', id: assessment.id }]);
}

export async function deleteAssessment(id: string): Promise<void> {
  await writeRecords(['assessments'], (tx) => tx.objectStore('assessments').delete(id));
  announce([{ store: 'assessments', id }]);
}

export async function loadLastAssessmentId(): Promise<string | undefined> {
  const value = await readMeta(LAST_ASSESSMENT_KEY);
  return typeof value === 'string' ? value : undefined;
}

export function saveLastAssessmentId(id: string): Promise<void> {
  return writeMeta(LAST_ASSESSMENT_KEY, id);
}

/** Writes several assessments in one transaction: all of them land, or none do. */
export async function putAssessments(assessments: Assessment[]): Promise<void> {
  await putAll('assessments', assessments.map(toRecord));
  announce(assessments.map(({ id }) => ({ store: 'assessments', id })));
}

/** The meta key of the reviewer's saved name and role. */
export const REVIEWER_KEY = 'reviewer';

export interface ReviewerProfile {
  name: string;
  role: string;
}

/** Who the reviewer said they were last time, so each comment need not ask again. */
export async function loadReviewer(): Promise<ReviewerProfile | undefined> {
  const value = await readMeta(REVIEWER_KEY);
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, role } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof role === 'string' ? { name, role } : undefined;
}

export function saveReviewer(profile: ReviewerProfile): Promise<void> {
  return writeMeta(REVIEWER_KEY, { name: profile.name, role: profile.role });
}
