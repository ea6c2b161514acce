import { z } from 'zod/mini';
import type { Assessment } from './assessment.ts';
import { ID_PATTERN } from '../framework/framework-schema.ts';
import { defineRecord } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { describeRecordProblem } from '../records/record-messages.ts';

/** Version of the stored assessment record; bump it and add a migration when the shape changes. */
export const RECORD_VERSION = 4;

const key = z.string().check(z.regex(ID_PATTERN));
const timestamp = z.iso.datetime();

const recordSchema = z.object({
  recordVersion: z.literal(RECORD_VERSION),
  id: key,
  title: z.string(),
  respondent: z.object({ name: z.string(), role: z.string(), district: z.string() }),
  framework: z.object({ editionId: key, dataVersion: z.int().check(z.gte(1)) }),
  createdAt: timestamp,
  updatedAt: timestamp,
  answers: z.record(
    key,
    z.object({
      current: z.optional(key),
      target: z.optional(key),
      note: z.optional(z.string()),
      flagged: z.optional(z.literal(true)),
      carried: z.optional(z.object({ from: z.array(key).check(z.minLength(1)), needsCheck: z.optional(z.literal(true)) })),
    }),
  ),
  areaTargets: z.record(key, key),
  areaImportance: z.record(key, z.enum(['low', 'high'])),
  pdPlan: z.array(
    z.object({
      id: key,
      title: z.string(),
      goal: z.string(),
      skillAreaIds: z.array(key),
      activityId: z.optional(key),
      effort: z.optional(z.object({ hours: z.number().check(z.gt(0)), label: z.string() })),
      cost: z.optional(z.enum(['free', 'low', 'high'])),
      dueDate: z.optional(z.iso.date()),
      status: z.enum(['planned', 'in-progress', 'done']),
      evidence: z.string(),
      createdAt: timestamp,
      completedAt: z.optional(timestamp),
    }),
  ),
  comments: z.array(
    z.object({
      id: key,
      skillAreaId: z.optional(key),
      text: z.string(),
      author: z.string(),
      authorRole: z.string(),
      at: timestamp,
    }),
  ),
  received: z.optional(z.object({ at: timestamp, fileName: z.string() })),
  previousAssessmentId: z.optional(key),
  editionChange: z.optional(z.object({ fromEditionId: key, newIndicatorIds: z.array(key), retiredIndicatorIds: z.array(key) })),
  lastSkillAreaId: z.optional(key),
  revision: z.int().check(z.gte(1)),
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
    // 3 → 4: answers carried from an earlier framework edition are marked, planned catalogue activities keep their
    // effort and cost, and an answer may be flagged to revisit (none of which existed before), so an older app refuses
    // such records instead of dropping them.
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
