import type { FeedbackDraft, FeedbackRequest } from '../domain/feedback/feedback.ts';
import { restoreRequest } from '../domain/feedback/feedback.ts';
import type { FeedbackDraftRead, FeedbackRequestRead } from '../domain/feedback/feedback-records.ts';
import { readFeedbackDraft, readFeedbackRequest, toDraftRecord, toRequestRecord } from '../domain/feedback/feedback-records.ts';
import type { CetlRecord } from '../domain/cetl/cetl.ts';
import { CETL_RECORD_ID, restoreCetl } from '../domain/cetl/cetl.ts';
import type { CetlRead } from '../domain/cetl/cetl-records.ts';
import { readCetlRecord, toCetlRecord } from '../domain/cetl/cetl-records.ts';
import type { WithStoredKey } from './damaged-records.ts';
import { withStoredKeys } from './damaged-records.ts';
import { putAll, readRecords, writeRecords } from './record-store.ts';

export type ListedFeedbackRequest = WithStoredKey<FeedbackRequestRead>;
export type ListedFeedbackDraft = WithStoredKey<FeedbackDraftRead>;

const byNewest = (created: (read: FeedbackRequestRead) => string) => (a: FeedbackRequestRead, b: FeedbackRequestRead) => created(b).localeCompare(created(a));
const createdAt = (read: FeedbackRequestRead) => (read.ok ? read.request.createdAt : '');

/** An assessment's feedback requests, newest first; unreadable ones are listed with the reason and their stored key. */
export function listFeedbackRequests(assessmentId: string): Promise<ListedFeedbackRequest[]> {
  return readRecords(['feedback'], async (tx) => {
    const index = tx.objectStore('feedback').index('byAssessment');
    const [raws, keys] = await Promise.all([index.getAll(assessmentId), index.getAllKeys(assessmentId)]);
    return withStoredKeys(raws.map(readFeedbackRequest), keys).sort(byNewest(createdAt));
  });
}

/** Every feedback request on this device, for "Export everything"; unreadable ones with the reason. */
export function listAllFeedbackRequests(): Promise<FeedbackRequestRead[]> {
  return readRecords(['feedback'], async (tx) => (await tx.objectStore('feedback').getAll()).map(readFeedbackRequest).sort(byNewest(createdAt)));
}

export function saveFeedbackRequest(request: FeedbackRequest): Promise<void> {
  return putAll('feedback', [toRequestRecord(request)]);
}

export function saveFeedbackRequests(requests: FeedbackRequest[]): Promise<void> {
  return putAll('feedback', requests.map(toRequestRecord));
}

/** A colleague's answers in progress on this device, most recently changed first; unreadable ones with their stored key. */
export function listFeedbackDrafts(): Promise<ListedFeedbackDraft[]> {
  return readRecords(['feedbackDrafts'], async (tx) => {
    const store = tx.objectStore('feedbackDrafts');
    const [raws, keys] = await Promise.all([store.getAll(), store.getAllKeys()]);
    const reads = withStoredKeys(raws.map(readFeedbackDraft), keys);
    const changed = (read: FeedbackDraftRead) => (read.ok ? read.draft.updatedAt : '');
    return reads.sort((a, b) => changed(b).localeCompare(changed(a)));
  });
}

export function saveFeedbackDraft(draft: FeedbackDraft): Promise<void> {
  return putAll('feedbackDrafts', [toDraftRecord(draft)]);
}

export function deleteFeedbackDraft(requestId: string): Promise<void> {
  return writeRecords(['feedbackDrafts'], (tx) => tx.objectStore('feedbackDrafts').delete(requestId));
}

/** The device's CETL log, or undefined before anything was entered. */
export function loadCetlRecord(): Promise<CetlRead | undefined> {
  return readRecords(['cetl'], async (tx) => {
    const raw = await tx.objectStore('cetl').get(CETL_RECORD_ID);
    return raw === undefined ? undefined : readCetlRecord(raw);
  });
}

export function saveCetlRecord(record: CetlRecord): Promise<void> {
  return putAll('cetl', [toCetlRecord(record)]);
}

/**
 * Restores a backup's feedback requests (each under the id its assessment has on this device) and CETL log
 * in one transaction: all of it lands, or none. What this device already has is merged, never lost; a
 * stored record that cannot be read is replaced by the backup's.
 */
export function restoreFeedbackAndCetl(requests: { request: FeedbackRequest; assessmentId: string }[], cetl: CetlRecord | undefined): Promise<void> {
  return writeRecords(['feedback', 'cetl'], async (tx) => {
    const feedback = tx.objectStore('feedback');
    for (const { request, assessmentId } of requests) {
      const raw: unknown = await feedback.get(request.id);
      const local = raw === undefined ? undefined : readFeedbackRequest(raw);
      await feedback.put(toRequestRecord(restoreRequest(local?.ok ? local.request : undefined, request, assessmentId)));
    }
    if (!cetl) return;
    const raw: unknown = await tx.objectStore('cetl').get(CETL_RECORD_ID);
    const local = raw === undefined ? undefined : readCetlRecord(raw);
    await tx.objectStore('cetl').put(toCetlRecord(restoreCetl(local?.ok ? local.record : undefined, cetl)));
  });
}
