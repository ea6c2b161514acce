import { z } from 'zod/mini';
import { boundedArray, boundedRecord, idField as key, longText, shortText, timestampField as timestamp } from '../records/limits.ts';
import { defineRecord } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { describeRecordProblem } from '../records/record-messages.ts';
import type { FeedbackAsk, FeedbackDraft, FeedbackRequest, FeedbackResponse, RaterGroupId } from './feedback.ts';
import { RATER_GROUP_IDS } from './feedback.ts';

/** Versions of the feedback records (stored and in files); bump one and add a migration when its shape changes. */
export const FEEDBACK_RECORD_VERSION = 1;
export const MAX_COMMENT_LENGTH = 4000;
/** More skill areas than any edition has; each is checked against the edition when a file is read. */
const MAX_AREAS = 200;
/** More indicators than any edition has (2009: 67, 2019: 50); each is checked against the edition. */
const MAX_INDICATORS = 500;
/** People a leader asks at once, and responses one request can gather: a large 360 has 15 to 25. */
export const MAX_INVITEES = 100;
export const MAX_RESPONSES = 200;

const group = z.enum(RATER_GROUP_IDS as [RaterGroupId, ...RaterGroupId[]]);
const blankRefused = z.refine<string>((name) => name.trim().length > 0, 'must not be blank');

/** Every id in the list at most once; a repeat is reported at its own path. */
function checkUnique(ctx: z.core.$RefinementCtx, ids: string[], path: (index: number) => (string | number)[], input: unknown): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    const reason = `repeats “${id}”`;
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: reason, params: { reason }, path: path(index), input });
    seen.add(id);
  });
}

/** More than the app's own promise ever holds; its wording is then compared with the app's. */
const promiseSchema = z.object({ threshold: z.int().check(z.gte(0), z.lte(1000)), text: boundedArray(longText(1000), 6) });

const askShape = {
  recordVersion: z.literal(FEEDBACK_RECORD_VERSION),
  id: key,
  leaderName: shortText,
  district: shortText,
  framework: z.object({ editionId: key, dataVersion: z.int().check(z.gte(1), z.lte(1000)) }),
  skillAreaIds: boundedArray(key, MAX_AREAS).check(z.minLength(1)),
  groups: boundedArray(group, RATER_GROUP_IDS.length),
  createdAt: timestamp,
  anonymity: z.optional(promiseSchema),
};

const askSchema = z.object(askShape).check(
  z.superRefine((ask, ctx) => {
    checkUnique(ctx, ask.skillAreaIds, (i) => ['skillAreaIds', i], ask);
    checkUnique(ctx, ask.groups, (i) => ['groups', i], ask);
  }),
);

const responseSchema = z.object({
  recordVersion: z.literal(FEEDBACK_RECORD_VERSION),
  id: key,
  requestId: key,
  group,
  raterName: z.optional(shortText.check(blankRefused)),
  ratings: boundedRecord(key, MAX_INDICATORS),
  comments: boundedRecord(longText(MAX_COMMENT_LENGTH), MAX_AREAS),
  submittedAt: timestamp,
});

const requestSchema = z.object({ ...askShape, assessmentId: key, invitees: boundedArray(z.object({ name: shortText, group }), MAX_INVITEES), responses: boundedArray(responseSchema, MAX_RESPONSES), updatedAt: timestamp }).check(
  z.superRefine((request, ctx) => {
    checkUnique(ctx, request.skillAreaIds, (i) => ['skillAreaIds', i], request);
    checkUnique(ctx, request.groups, (i) => ['groups', i], request);
    checkUnique(ctx, request.responses.map((response) => response.id), (i) => ['responses', i, 'id'], request);
  }),
);

const draftSchema = z.object({
  recordVersion: z.literal(FEEDBACK_RECORD_VERSION),
  requestId: key,
  responseId: key,
  ask: z.object({ ...askShape, recordVersion: z.optional(z.literal(FEEDBACK_RECORD_VERSION)) }),
  group: z.optional(group),
  isNamed: z.boolean(),
  name: shortText,
  hasStarted: z.boolean(),
  ratings: boundedRecord(key, MAX_INDICATORS),
  comments: boundedRecord(longText(MAX_COMMENT_LENGTH), MAX_AREAS),
  updatedAt: timestamp,
  exportedAt: z.optional(timestamp),
});

export const feedbackAskRecords = defineRecord({ version: FEEDBACK_RECORD_VERSION, schema: askSchema, migrations: [] });
export const feedbackResponseRecords = defineRecord({ version: FEEDBACK_RECORD_VERSION, schema: responseSchema, migrations: [] });
/** Stored requests with their responses. No older versions yet: append a step to `migrations` when the shape changes. */
export const feedbackRequestRecords = defineRecord({ version: FEEDBACK_RECORD_VERSION, schema: requestSchema, migrations: [] });

/** A colleague's answers in progress, on their own device. */
export const feedbackDraftRecords = defineRecord({ version: FEEDBACK_RECORD_VERSION, schema: draftSchema, migrations: [] });

export const ASK_WORDS: RecordWords = { aNoun: 'a feedback request', noun: 'feedback request', newerSubject: 'The feedback request' };
export const RESPONSE_WORDS: RecordWords = { aNoun: 'a feedback response', noun: 'feedback response', newerSubject: 'The feedback response' };

export function toAskRecord(ask: FeedbackAsk) {
  return feedbackAskRecords.write(ask);
}

export function toResponseRecord(response: FeedbackResponse) {
  return feedbackResponseRecords.write(response);
}

export type FeedbackRequestRecord = ReturnType<typeof toRequestRecord>;

/** Responses are stored inside their request at their own record version, so each migrates on its own. */
export function toRequestRecord(request: FeedbackRequest) {
  return feedbackRequestRecords.write({ ...request, responses: request.responses.map(toResponseRecord) });
}

/** A stored or backed-up request record as the app uses it; a response's own record version is dropped. */
export function fromRequestRecord(value: Omit<FeedbackRequestRecord, 'recordVersion'>): FeedbackRequest {
  const responses = value.responses.map(({ recordVersion: _version, ...response }) => response);
  return { ...value, responses };
}

export type FeedbackRequestRead = { ok: true; request: FeedbackRequest } | { ok: false; id: string; problem: string };

export function readFeedbackRequest(raw: unknown): FeedbackRequestRead {
  const read = feedbackRequestRecords.read(raw);
  if (!read.ok) return { ok: false, id: read.id, problem: describeRecordProblem(read.error, ASK_WORDS) };
  return { ok: true, request: fromRequestRecord(read.value) };
}

export const DRAFT_WORDS: RecordWords = { aNoun: 'feedback in progress', noun: 'feedback in progress', newerSubject: 'The feedback in progress' };

export function toDraftRecord(draft: FeedbackDraft) {
  const { recordVersion: _version, ...ask } = toAskRecord(draft.ask);
  return feedbackDraftRecords.write({ ...draft, ask });
}

export type FeedbackDraftRead = { ok: true; draft: FeedbackDraft } | { ok: false; id: string; problem: string };

export function readFeedbackDraft(raw: unknown): FeedbackDraftRead {
  const read = feedbackDraftRecords.read(raw);
  if (!read.ok) return { ok: false, id: read.id, problem: describeRecordProblem(read.error, DRAFT_WORDS) };
  const { recordVersion: _version, ...ask } = read.value.ask;
  return { ok: true, draft: { ...read.value, ask } };
}
