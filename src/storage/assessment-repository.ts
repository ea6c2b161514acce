import type { Assessment } from '../domain/assessment/assessment.ts';
import type { ReadResult } from '../domain/assessment/assessment-record.ts';
import { RECORD_VERSION, readRecord, toRecord } from '../domain/assessment/assessment-record.ts';
import { joinAllNotes, joinNotes, noteChanges, notesOf, splitNotes } from './assessment-notes.ts';
import { announce } from './change-feed.ts';
import type { WriteTransaction } from './record-store.ts';
import { putWholeRequests, settleKeptAtClose } from './assessment-at-close.ts';
import type { WithStoredKey } from './damaged-records.ts';
import { withStoredKeys } from './damaged-records.ts';
import { readMeta, readRecords, writeMeta, writeRecords } from './record-store.ts';
import type { RecordHead } from './revision-guard.ts';
import { mayReplace } from './revision-guard.ts';
import { StorageError } from './storage-error.ts';

const LAST_ASSESSMENT_KEY = 'lastAssessmentId';

export type ListedAssessment = WithStoredKey<ReadResult>;

/** Every stored assessment, newest edit first; unreadable ones are listed with the reason and their stored key. */
export async function listAssessments(): Promise<ListedAssessment[]> {
  await settleKeptAtClose();
  return readRecords(['assessments', 'notes'], async (tx) => {
    const store = tx.objectStore('assessments');
    const [raws, keys, notes] = await Promise.all([store.getAll(), store.getAllKeys(), tx.objectStore('notes').getAll()]);
    const results = withStoredKeys(joinAllNotes(raws, notes).map(readRecord), keys);
    const updated = (r: ListedAssessment) => (r.ok ? r.assessment.updatedAt : '');
    return results.sort((a, b) => updated(b).localeCompare(updated(a)));
  });
}

export async function loadAssessment(id: string): Promise<ReadResult | undefined> {
  await settleKeptAtClose();
  return readRecords(['assessments', 'notes'], async (tx) => {
    const [raw, notes] = await Promise.all([tx.objectStore('assessments').get(id), tx.objectStore('notes').getAll(notesOf(id))]);
    return raw === undefined ? undefined : readRecord(joinNotes(raw, notes));
  });
}

type Stored = { recordVersion: unknown; head: RecordHead } | undefined;
type SaveTransaction = WriteTransaction<['assessments', 'notes']>;

/** The stored record has no indexed revision (pre-release or damaged): the save reads it whole, in a second try. */
class NeedsWholeRecord extends Error {}

/**
 * What is stored for this id, from the index (a few bytes) rather than the record. Without an indexed revision
 * the record is either not there (a new assessment) or one only a read of the whole of it can judge.
 */
async function indexedHead(tx: SaveTransaction, id: string): Promise<Stored> {
  const store = tx.objectStore('assessments');
  const [cursor, key] = await Promise.all([store.index('byRevision').openKeyCursor(IDBKeyRange.bound([id], [id, []])), store.getKey(id)]);
  if (cursor) {
    const [, recordVersion, revision, updatedAt] = cursor.key;
    if (Number.isInteger(revision) && revision >= 1) return { recordVersion, head: { revision, updatedAt } };
  }
  if (key === undefined) return undefined;
  throw new NeedsWholeRecord();
}

async function wholeRecordHead(tx: SaveTransaction, id: string): Promise<Stored> {
  const raw = await tx.objectStore('assessments').get(id);
  if (raw === undefined) return undefined;
  const read = readRecord(raw);
  if (read.ok) return { recordVersion: RECORD_VERSION, head: read.assessment };
  // Unreadable: a newer app's record is left alone; a damaged one may be replaced.
  return read.isFromNewerApp ? { recordVersion: RECORD_VERSION + 1, head: { revision: Infinity, updatedAt: '' } } : undefined;
}

/**
 * Writes the record and the notes that changed (all of them when no copy is given), issued in the same
 * task as the check that reads what is stored: requests run in order, so the check still sees the copy
 * before this write, and a refusal aborts the whole transaction, writes included. Nothing waits for a round
 * trip to the page between check and write, so the write commits even while the page is busy drawing.
 */
function putChecked(assessment: Assessment, copies: readonly Assessment[] | undefined, readHead: (tx: SaveTransaction, id: string) => Promise<Stored>) {
  const { record, notes } = splitNotes(toRecord(assessment));
  // Without a copy that may be on disk, the notes there are unknown: all of them go, and this copy's are put.
  const changes = copies?.length ? noteChanges(assessment, copies) : undefined;
  return writeRecords(['assessments', 'notes'], async (tx) => {
    const stored = readHead(tx, assessment.id);
    const writes: Promise<unknown>[] = [stored];
    try {
      const noteStore = tx.objectStore('notes');
      if (!changes) writes.push(noteStore.delete(notesOf(assessment.id)));
      for (const indicatorId of changes?.removed ?? []) writes.push(noteStore.delete([assessment.id, indicatorId]));
      for (const note of changes?.put ?? notes) writes.push(noteStore.put(note));
      writes.push(tx.objectStore('assessments').put(record));
    } finally {
      // A value that cannot be stored throws at once; the requests before it then fail with the abort.
      for (const write of writes) write.catch(() => undefined);
    }
    const found = await stored;
    if (found && typeof found.recordVersion === 'number' && found.recordVersion > RECORD_VERSION) throw new StorageError('newer-version');
    if (!mayReplace(found?.head, assessment, copies)) throw new StorageError('conflict');
    await Promise.all(writes);
  });
}

/**
 * Writes the assessment unless another tab changed the stored copy to one the caller does not expect
 * (`expected`: the copy its edits started from and those it wrote since; without it, unless the stored
 * revision is as new), or a newer app version wrote it. Check and write share one transaction, so nothing
 * is half-written; with the connection open, both are sent in the caller's task. Only the notes that differ
 * from the expected copies are written.
 */
export async function saveAssessment(assessment: Assessment, expected?: Assessment | readonly Assessment[]): Promise<void> {
  const copies = expected === undefined ? undefined : 'id' in expected ? [expected] : expected;
  try {
    await putChecked(assessment, copies, indexedHead);
  } catch (error) {
    if (!(error instanceof StorageError && error.cause instanceof NeedsWholeRecord)) throw error;
    await putChecked(assessment, copies, wholeRecordHead);
  }
  announce([{ store: 'assessments', id: assessment.id }]);
}

/** Puts assessments exactly as given, every note included, in one transaction: all of them land, or none do. */
function putWhole(assessments: Assessment[]): Promise<void> {
  return writeRecords(['assessments', 'notes'], async (tx) => {
    const writes: Promise<unknown>[] = [];
    try {
      for (const assessment of assessments) void putWholeRequests(tx, assessment, writes);
    } finally {
      for (const write of writes) write.catch(() => undefined);
    }
    await Promise.all(writes);
  });
}

/** Puts an assessment back exactly as given (undo of a delete, duplicate). */
export async function insertAssessment(assessment: Assessment): Promise<void> {
  await putWhole([assessment]);
  announce([{ store: 'assessments', id: assessment.id }]);
}

/** Deletes an assessment with its notes and the colleagues' feedback gathered for it, in one transaction. */
export async function deleteAssessment(id: string): Promise<void> {
  await writeRecords(['assessments', 'notes', 'feedback'], async (tx) => {
    const feedback = tx.objectStore('feedback');
    const requests = await feedback.index('byAssessment').getAllKeys(id);
    await Promise.all([tx.objectStore('assessments').delete(id), tx.objectStore('notes').delete(notesOf(id)), ...requests.map((key) => feedback.delete(key))]);
  });
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
  await putWhole(assessments);
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
