import type { FeedbackDraft, FeedbackRequest } from '../domain/feedback/feedback.ts';
import { addResponse, newDraft } from '../domain/feedback/feedback.ts';
import type { Framework } from '../domain/framework/framework.ts';
import type { CetlRecord } from '../domain/cetl/cetl.ts';
import type { CetlRead } from '../domain/cetl/cetl-records.ts';
import { readFeedbackRequestFile, readFeedbackResponseFile } from '../lib/feedback-files.ts';
import type { FileLike } from '../lib/read-file-text.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import type { FeedbackPresence } from '../domain/feedback/feedback-presence.ts';
import { feedbackPresenceByAssessment } from '../domain/feedback/feedback-presence.ts';
import {
  deleteFeedbackDraft,
  listAllFeedbackRequests,
  listFeedbackDrafts,
  listFeedbackRequests,
  loadCetlRecord,
  saveCetlRecord,
  saveFeedbackDraft,
  saveFeedbackRequest,
} from '../storage/feedback-repository.ts';
import type { ListedFeedbackDraft, ListedFeedbackRequest } from '../storage/feedback-repository.ts';
import type { StoredKey } from '../storage/damaged-records.ts';
import { deleteDamagedRecord } from '../storage/damaged-records.ts';
import { fileReadContext, loadFramework } from './content-loader.ts';

/**
 * Feedback requests, a colleague's answers in progress and the CETL log are small and edited on one screen
 * at a time, so they are read and written directly rather than kept in a live store.
 */
export function feedbackRequestsFor(assessmentId: string): Promise<ListedFeedbackRequest[]> {
  return listFeedbackRequests(assessmentId);
}

/** A feedback request (with its responses) or answers in progress that failed their checks, by the key they are stored under. */
export function deleteDamagedFeedback(store: 'feedback' | 'feedbackDrafts', key: StoredKey): Promise<void> {
  return deleteDamagedRecord(store, key);
}

/** Whether colleagues' feedback exists, for every assessment on this device (readable requests only). */
export async function feedbackPresence(): Promise<Map<string, FeedbackPresence>> {
  return feedbackPresenceByAssessment((await listAllFeedbackRequests()).flatMap((read) => (read.ok ? [read.request] : [])));
}

export function saveRequest(request: FeedbackRequest): Promise<void> {
  return saveFeedbackRequest(request);
}

export interface ResponseImport {
  /** The requests as they are now, changed or not. */
  requests: FeedbackRequest[];
  added: number;
  /** Responses sent again by the same colleague with changed answers: the earlier answers were replaced. */
  updated: number;
  duplicates: number;
  /** One sentence per refused file, naming it. */
  refused: string[];
}

/**
 * Reads colleagues' response files and adds each to the request it answers. A file that is damaged,
 * changed, names what its request (on its own edition) does not ask, or answers a request this assessment
 * did not send is refused and writes nothing; the same response twice changes nothing. Requests are written
 * once, after every file was read.
 */
export async function importResponses(requests: FeedbackRequest[], files: { name: string; file: FileLike }[]): Promise<ResponseImport> {
  const context = await fileReadContext();
  const byId = new Map(requests.map((request) => [request.id, request]));
  const changed = new Set<string>();
  const result: ResponseImport = { requests, added: 0, updated: 0, duplicates: 0, refused: [] };
  for (const { name, file } of files) {
    const read = await readFeedbackResponseFile(file, context, requests);
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
    if (fate === 'added' || fate === 'updated') {
      byId.set(next.id, next);
      changed.add(next.id);
      result[fate] += 1;
    } else result.duplicates += 1;
  }
  const updated = [...byId.values()];
  await Promise.all(updated.filter((request) => changed.has(request.id)).map(saveFeedbackRequest));
  return { ...result, requests: requests.map((request) => byId.get(request.id) ?? request) };
}

export type OpenedRequest = { ok: true; draft: FeedbackDraft; framework: Framework } | { ok: false; message: string };

async function withFramework(draft: FeedbackDraft): Promise<OpenedRequest> {
  try {
    return { ok: true, draft, framework: await loadFramework(draft.ask.framework.editionId) };
  } catch {
    return { ok: false, message: 'This request uses a framework edition this version of the app does not have. Reload the app while online, then open it again.' };
  }
}

/**
 * A colleague opens the leader's request file, checked against its own edition: the answers already given
 * to that request on this device come back; otherwise a new draft starts (stored at once). Never rejects
 * for a bad file: it says what is wrong.
 */
export async function openRequestFile(file: FileLike): Promise<OpenedRequest> {
  const read = await readFeedbackRequestFile(file, await fileReadContext());
  if (!read.ok) return read;
  const known = (await listFeedbackDrafts()).find((draft) => draft.ok && draft.draft.requestId === read.value.id);
  const draft = known?.ok ? { ...known.draft, ask: read.value } : newDraft(read.value, newId(), nowIso());
  await saveFeedbackDraft(draft);
  return withFramework(draft);
}

/** Answers in progress on this device (readable ones), most recently changed first. */
export async function feedbackDrafts(): Promise<ListedFeedbackDraft[]> {
  return listFeedbackDrafts();
}

/** A draft by its request id, with its edition, or undefined when this device has none. */
export async function openDraft(requestId: string): Promise<OpenedRequest | undefined> {
  const found = (await listFeedbackDrafts()).find((read) => (read.ok ? read.draft.requestId : read.id) === requestId);
  if (!found) return undefined;
  return found.ok ? withFramework(found.draft) : { ok: false, message: found.problem };
}

export function saveDraft(draft: FeedbackDraft): Promise<void> {
  return saveFeedbackDraft(draft);
}

export function removeDraft(requestId: string): Promise<void> {
  return deleteFeedbackDraft(requestId);
}

export function loadCetl(): Promise<CetlRead | undefined> {
  return loadCetlRecord();
}

export function saveCetl(record: CetlRecord): Promise<void> {
  return saveCetlRecord(record);
}
