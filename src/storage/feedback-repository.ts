import type { FeedbackRequest } from '../domain/feedback/feedback.ts';
import type { FeedbackRequestRead } from '../domain/feedback/feedback-records.ts';
import { readFeedbackRequest, toRequestRecord } from '../domain/feedback/feedback-records.ts';
import type { CetlRecord } from '../domain/cetl/cetl.ts';
import { CETL_RECORD_ID } from '../domain/cetl/cetl.ts';
import type { CetlRead } from '../domain/cetl/cetl-records.ts';
import { readCetlRecord, toCetlRecord } from '../domain/cetl/cetl-records.ts';
import { putAll, readRecords } from './record-store.ts';

/** An assessment's feedback requests, newest first; unreadable ones are listed with the reason. */
export function listFeedbackRequests(assessmentId: string): Promise<FeedbackRequestRead[]> {
  return readRecords(['feedback'], async (tx) => {
    const reads = (await tx.objectStore('feedback').index('byAssessment').getAll(assessmentId)).map(readFeedbackRequest);
    const created = (read: FeedbackRequestRead) => (read.ok ? read.request.createdAt : '');
    return reads.sort((a, b) => created(b).localeCompare(created(a)));
  });
}

export function saveFeedbackRequest(request: FeedbackRequest): Promise<void> {
  return putAll('feedback', [toRequestRecord(request)]);
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
