import type { Assessment } from '../domain/assessment/assessment.ts';
import type { ReadResult } from '../domain/assessment/assessment-record.ts';
import { readRecord, toRecord } from '../domain/assessment/assessment-record.ts';
import { database, putAll } from './db.ts';
import { StorageError, withStorageErrors } from './storage-error.ts';

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

/**
 * Writes the assessment unless the stored copy is newer (another tab got there first).
 * Read and write share one transaction, so nothing is half-written.
 */
export function saveAssessment(assessment: Assessment): Promise<void> {
  return withStorageErrors(async () => {
    const tx = (await database()).transaction('assessments', 'readwrite');
    const raw = await tx.store.get(assessment.id);
    const stored = raw === undefined ? undefined : readRecord(raw);
    const refusal = stored && !stored.ok && stored.isFromNewerApp ? 'newer-version' : stored?.ok && stored.assessment.revision > assessment.revision ? 'conflict' : undefined;
    if (refusal) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StorageError(refusal);
    }
    await tx.store.put(toRecord(assessment));
    await tx.done;
  });
}

/** Puts an assessment back exactly as given (undo of a delete, duplicate). */
export function insertAssessment(assessment: Assessment): Promise<void> {
  return withStorageErrors(async () => {
    await (await database()).put('assessments', toRecord(assessment));
  });
}

export function deleteAssessment(id: string): Promise<void> {
  return withStorageErrors(async () => {
    await (await database()).delete('assessments', id);
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
  return withStorageErrors(() => putAll('assessments', assessments.map(toRecord)));
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
