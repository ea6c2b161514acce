import type { FeedbackRequest } from '../domain/feedback/feedback.ts';
import { addResponse } from '../domain/feedback/feedback.ts';
import type { FeedbackRequestRead } from '../domain/feedback/feedback-records.ts';
import type { CetlRecord } from '../domain/cetl/cetl.ts';
import type { CetlRead } from '../domain/cetl/cetl-records.ts';
import { readFeedbackResponseFile } from '../lib/feedback-files.ts';
import type { FileLike } from '../lib/read-file-text.ts';
import { nowIso } from '../lib/new-id.ts';
import { listFeedbackRequests, loadCetlRecord, saveCetlRecord, saveFeedbackRequest } from '../storage/feedback-repository.ts';

/**
 * Feedback requests and the CETL log are small and edited on one screen at a time, so they are read and
 * written directly rather than kept in a live store.
 */
export function feedbackRequestsFor(assessmentId: string): Promise<FeedbackRequestRead[]> {
  return listFeedbackRequests(assessmentId);
}

export function saveRequest(request: FeedbackRequest): Promise<void> {
  return saveFeedbackRequest(request);
}

export interface ResponseImport {
  /** The requests as they are now, changed or not. */
  requests: FeedbackRequest[];
  added: number;
  duplicates: number;
  /** One sentence per refused file, naming it. */
  refused: string[];
}

/**
 * Reads colleagues' response files and adds each to the request it answers. A file that is damaged,
 * changed, or answers a request this assessment did not send is refused and writes nothing; the same
 * response twice changes nothing. Requests are written once, after every file was read.
 */
export async function importResponses(requests: FeedbackRequest[], files: { name: string; file: FileLike }[]): Promise<ResponseImport> {
  const byId = new Map(requests.map((request) => [request.id, request]));
  const changed = new Set<string>();
  const result: ResponseImport = { requests, added: 0, duplicates: 0, refused: [] };
  for (const { name, file } of files) {
    const read = await readFeedbackResponseFile(file);
    if (!read.ok) {
      result.refused.push(`“${name}”: ${read.message}`);
      continue;
    }
    const request = byId.get(read.value.requestId);
    if (!request) {
      result.refused.push(`“${name}”: this response answers another feedback request, not one sent from this assessment. Nothing was imported from it.`);
      continue;
    }
    const { request: next, fate } = addResponse(request, read.value, nowIso());
    if (fate === 'added') {
      byId.set(next.id, next);
      changed.add(next.id);
      result.added += 1;
    } else result.duplicates += 1;
  }
  const updated = [...byId.values()];
  await Promise.all(updated.filter((request) => changed.has(request.id)).map(saveFeedbackRequest));
  return { ...result, requests: requests.map((request) => byId.get(request.id) ?? request) };
}

export function loadCetl(): Promise<CetlRead | undefined> {
  return loadCetlRecord();
}

export function saveCetl(record: CetlRecord): Promise<void> {
  return saveCetlRecord(record);
}
