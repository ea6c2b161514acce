import { z } from 'zod/mini';
import type { Assessment } from './assessment.ts';
import { MAX_NOTE_LENGTH, MAX_READER_NOTE_LENGTH, MAX_TITLE_LENGTH } from './assessment.ts';
import { MAX_PD_ACTIONS, MAX_PLAN_TEXT } from '../pd/pd-plan.ts';
import { MAX_COMMENT_LENGTH, MAX_COMMENTS } from '../review/review.ts';
import { boundedArray, boundedRecord, idField as key, longText, revisionField, shortText, timestampField as timestamp } from '../records/limits.ts';
import { defineRecord } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { describeRecordProblem } from '../records/record-messages.ts';

/** Version of the stored assessment record; bump it and add a migration when the shape changes. */
export const RECORD_VERSION = 4;

/** More than any edition has; each id is checked against the edition itself when a file is read. */
const MAX_KEYED = 1_000;
/** A file name as the browser gives it. */
const MAX_FILE_NAME = 1_000;

const recordSchema = z.object({
  recordVersion: z.literal(RECORD_VERSION),
  id: key,
  title: longText(MAX_TITLE_LENGTH),
  respondent: z.object({ name: shortText, role: shortText, district: shortText }),
  framework: z.object({ editionId: key, dataVersion: z.int().check(z.gte(1)) }),
  createdAt: timestamp,
  updatedAt: timestamp,
  answers: boundedRecord(
    z.object({
      current: z.optional(key),
      target: z.optional(key),
      note: z.optional(longText(MAX_NOTE_LENGTH)),
      flagged: z.optional(z.literal(true)),
      carried: z.optional(z.object({ from: boundedArray(key, MAX_KEYED).check(z.minLength(1)), needsCheck: z.optional(z.literal(true)) })),
    }),
    MAX_KEYED,
  ),
  areaTargets: boundedRecord(key, MAX_KEYED),
  areaImportance: boundedRecord(z.enum(['low', 'high']), MAX_KEYED),
  pdPlan: boundedArray(
    z.object({
      id: key,
      title: shortText,
      goal: longText(MAX_PLAN_TEXT),
      skillAreaIds: boundedArray(key, MAX_KEYED),
      activityId: z.optional(key),
      effort: z.optional(z.object({ hours: z.number().check(z.gt(0), z.lte(10_000)), label: shortText })),
      cost: z.optional(z.enum(['free', 'low', 'high'])),
      dueDate: z.optional(z.iso.date()),
      status: z.enum(['planned', 'in-progress', 'done']),
      evidence: longText(MAX_PLAN_TEXT),
      createdAt: timestamp,
      completedAt: z.optional(timestamp),
    }),
    MAX_PD_ACTIONS,
  ),
  comments: boundedArray(
    z.object({
      id: key,
      skillAreaId: z.optional(key),
      text: longText(MAX_COMMENT_LENGTH),
      author: shortText,
      authorRole: shortText,
      at: timestamp,
      planActionId: z.optional(key),
      resolvedAt: z.optional(timestamp),
    }),
    MAX_COMMENTS,
  ).check(
    z.superRefine((comments, ctx) => {
      const seen = new Set<string>();
      comments.forEach((comment, index) => {
        if (seen.has(comment.id)) ctx.addIssue({ code: 'custom', message: `repeats the comment id “${comment.id}”`, path: [index, 'id'], input: comments });
        seen.add(comment.id);
      });
    }),
  ),
  readerNote: z.optional(longText(MAX_READER_NOTE_LENGTH)),
  reviewSignOff: z.optional(z.object({ name: shortText, role: shortText, at: timestamp })),
  importanceProposals: z.optional(
    boundedRecord(z.object({ importance: z.enum(['low', 'normal', 'high']), author: shortText, authorRole: shortText, at: timestamp }), MAX_KEYED),
  ),
  received: z.optional(z.object({ at: timestamp, fileName: longText(MAX_FILE_NAME) })),
  previousAssessmentId: z.optional(key),
  editionChange: z.optional(z.object({ fromEditionId: key, newIndicatorIds: boundedArray(key, MAX_KEYED), retiredIndicatorIds: boundedArray(key, MAX_KEYED) })),
  lastSkillAreaId: z.optional(key),
  revision: revisionField,
});

export type AssessmentRecord = z.infer<typeof recordSchema>;

/** Stored assessments: the codec every reader and writer of one goes through (files included). */
export const assessmentRecords = defineRecord({
  version: RECORD_VERSION,
  schema: recordSchema,
  // The pre-release format had no version stamp.
  unstampedVersion: 0,
  migrations: [
    // 0 → 1: the pre-release format had no revision counter.
    (record) => ({ ...record, revision: 1 }),
    // 1 → 2: importance per skill area and the professional-development plan arrive, both empty.
    (record) => ({ ...record, areaImportance: {}, pdPlan: [] }),
    // 2 → 3: reviewers' comments arrive (none yet), and copies received from someone else are marked.
    (record) => ({ ...record, comments: [] }),
    // 3 → 4: all optional additions, so a version 3 record already has the version 4 shape: a note to the report's
    // reader, a reviewer's sign-off and proposed importance, comments on plan actions and resolved comments, answers carried from an
    // earlier framework edition or flagged to revisit, and planned activities' effort and cost. An older app refuses
    // such records instead of dropping what it does not know.
    (record) => record,
  ],
});

export const ASSESSMENT_WORDS: RecordWords = { aNoun: 'an assessment', noun: 'data', newerSubject: 'It' };

export type ReadResult =
  | { ok: true; assessment: Assessment }
  | { ok: false; id: string; title?: string; problem: string; isFromNewerApp?: boolean };

export function toRecord(assessment: Assessment): AssessmentRecord {
  return assessmentRecords.write(assessment);
}

/** The title of a record that may not be readable, to name it in a message. */
export function titleOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('title' in raw)) return undefined;
  return typeof raw.title === 'string' ? raw.title : undefined;
}

/** Turns whatever IndexedDB gave back into an assessment, or a reason it cannot be read. */
export function readRecord(raw: unknown): ReadResult {
  const read = assessmentRecords.read(raw);
  if (read.ok) return { ok: true, assessment: read.value };
  const title = titleOf(raw);
  return {
    ok: false,
    id: read.id,
    ...(title === undefined ? {} : { title }),
    problem: describeRecordProblem(read.error, ASSESSMENT_WORDS),
    ...(read.error.code === 'newer-version' ? { isFromNewerApp: true } : {}),
  };
}
