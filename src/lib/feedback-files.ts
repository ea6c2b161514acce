import { anonymityPromise } from '../domain/feedback/anonymity-promise.ts';
import type { FeedbackAsk, FeedbackResponse } from '../domain/feedback/feedback.ts';
import { feedbackRequestFile, feedbackResponseFile } from '../domain/feedback/feedback-file-kinds.ts';
import { toAskRecord, toResponseRecord } from '../domain/feedback/feedback-records.ts';
import type { ReadContext } from '../domain/records/meaning.ts';
import { openFile, plainEnvelope } from './envelope-files.ts';
import type { ReadableKind } from './file-kind-spec.ts';
import type { FileLike } from './read-file-text.ts';

/** Writing needs no list of editions: only reading checks against them. */
const writing = (now: string): ReadContext => ({ editions: [], now });

/** Every request file carries the app's promise of anonymity, so a rater reads it before they start. */
export async function feedbackRequestText(ask: FeedbackAsk, now: string): Promise<string> {
  const record = toAskRecord({ ...ask, anonymity: anonymityPromise() });
  return JSON.stringify(await plainEnvelope(feedbackRequestFile(writing(now)), record, { exportedAt: now }), null, 2);
}

export async function feedbackResponseText(response: FeedbackResponse, now: string): Promise<string> {
  return JSON.stringify(await plainEnvelope(feedbackResponseFile(writing(now), []), toResponseRecord(response), { exportedAt: now }), null, 2);
}

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

async function read<T>(file: FileLike, readable: ReadableKind<T>): Promise<Read<T>> {
  const opened = await openFile(file, readable);
  if (opened.status === 'ok') return { ok: true, value: opened.value };
  // Feedback files are never sealed, so only a refusal can get here.
  return { ok: false, message: opened.status === 'refused' ? opened.message : 'The file could not be read.' };
}

/** A colleague opens the leader's request; never rejects, and says plainly what is wrong with a bad one. */
export function readFeedbackRequestFile(file: FileLike, context: ReadContext): Promise<Read<FeedbackAsk>> {
  return read(file, { kind: feedbackRequestFile(context), spec: { name: 'feedback-request', context } });
}

/** The leader reads a colleague's response, checked against the requests it may answer; never rejects. */
export function readFeedbackResponseFile(file: FileLike, context: ReadContext, requests: readonly FeedbackAsk[]): Promise<Read<FeedbackResponse>> {
  return read(file, { kind: feedbackResponseFile(context, requests), spec: { name: 'feedback-response', context, requests } });
}
