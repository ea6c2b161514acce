import { z } from 'zod/mini';
import { ID_PATTERN } from '../framework/framework-schema.ts';
import { defineRecord } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { describeRecordProblem } from '../records/record-messages.ts';
import type { FeedbackAsk, FeedbackRequest, FeedbackResponse, RaterGroupId } from './feedback.ts';
import { RATER_GROUP_IDS } from './feedback.ts';

/** Versions of the feedback records (stored and in files); bump one and add a migration when its shape changes. */
export const FEEDBACK_RECORD_VERSION = 1;
export const MAX_COMMENT_LENGTH = 4000;
const MAX_NAME_LENGTH = 200;

const key = z.string().check(z.regex(ID_PATTERN));
const timestamp = z.iso.datetime();
const shortText = z.string().check(z.maxLength(MAX_NAME_LENGTH));
const group = z.enum(RATER_GROUP_IDS as [RaterGroupId, ...RaterGroupId[]]);

const askShape = {
  recordVersion: z.literal(FEEDBACK_RECORD_VERSION),
  id: key,
  leaderName: shortText,
  district: shortText,
  framework: z.object({ editionId: key, dataVersion: z.int().check(z.gte(1)) }),
  skillAreaIds: z.array(key).check(z.minLength(1)),
  groups: z.array(group),
  createdAt: timestamp,
};

const responseSchema = z.object({
  recordVersion: z.literal(FEEDBACK_RECORD_VERSION),
  id: key,
  requestId: key,
  group,
  raterName: z.optional(shortText.check(z.refine((name) => name.trim().length > 0, 'a name must not be blank'))),
  ratings: z.record(key, key),
  comments: z.record(key, z.string().check(z.maxLength(MAX_COMMENT_LENGTH))),
  submittedAt: timestamp,
});

const requestSchema = z.object({
  ...askShape,
  assessmentId: key,
  invitees: z.array(z.object({ name: shortText, group })),
  responses: z.array(responseSchema),
  updatedAt: timestamp,
});

export const feedbackAskRecords = defineRecord({ version: FEEDBACK_RECORD_VERSION, schema: z.object(askShape), migrations: [] });
export const feedbackResponseRecords = defineRecord({ version: FEEDBACK_RECORD_VERSION, schema: responseSchema, migrations: [] });
/** Stored requests with their responses. No older versions yet: append a step to `migrations` when the shape changes. */
export const feedbackRequestRecords = defineRecord({ version: FEEDBACK_RECORD_VERSION, schema: requestSchema, migrations: [] });

export const ASK_WORDS: RecordWords = { aNoun: 'a feedback request', noun: 'feedback request', newerSubject: 'The feedback request' };
export const RESPONSE_WORDS: RecordWords = { aNoun: 'a feedback response', noun: 'feedback response', newerSubject: 'The feedback response' };

export function toAskRecord(ask: FeedbackAsk) {
  return feedbackAskRecords.write(ask);
}

export function toResponseRecord(response: FeedbackResponse) {
  return feedbackResponseRecords.write(response);
}

/** Responses are stored inside their request at their own record version, so each migrates on its own. */
export function toRequestRecord(request: FeedbackRequest) {
  return feedbackRequestRecords.write({ ...request, responses: request.responses.map(toResponseRecord) });
}

export type FeedbackRequestRead = { ok: true; request: FeedbackRequest } | { ok: false; id: string; problem: string };

export function readFeedbackRequest(raw: unknown): FeedbackRequestRead {
  const read = feedbackRequestRecords.read(raw);
  if (!read.ok) return { ok: false, id: read.id, problem: describeRecordProblem(read.error, ASK_WORDS) };
  const responses = read.value.responses.map(({ recordVersion: _version, ...response }) => response);
  return { ok: true, request: { ...read.value, responses } };
}
