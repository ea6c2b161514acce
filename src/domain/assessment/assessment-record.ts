import { z } from 'zod/mini';
import type { Assessment } from './assessment.ts';
import { ID_PATTERN } from '../framework/framework-schema.ts';
import { findUnsafeKey } from '../unsafe-keys.ts';

/** Version of the stored assessment record; bump it and add a migration when the shape changes. */
export const RECORD_VERSION = 3;

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
  answers: z.record(key, z.object({ current: z.optional(key), target: z.optional(key), note: z.optional(z.string()) })),
  areaTargets: z.record(key, key),
  areaImportance: z.record(key, z.enum(['low', 'high'])),
  pdPlan: z.array(
    z.object({
      id: key,
      title: z.string(),
      goal: z.string(),
      skillAreaIds: z.array(key),
      activityId: z.optional(key),
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
  lastSkillAreaId: z.optional(key),
  revision: z.int().check(z.gte(1)),
});

export type AssessmentRecord = z.infer<typeof recordSchema>;

/** migrations[n] turns a version-n record into version n + 1. */
const migrations: ((record: Record<string, unknown>) => Record<string, unknown>)[] = [
  // 0 → 1: the pre-release format had no version stamp and no revision counter.
  (record) => ({ ...record, recordVersion: 1, revision: 1 }),
  // 1 → 2: importance per skill area and the professional-development plan arrive, both empty.
  (record) => ({ ...record, recordVersion: 2, areaImportance: {}, pdPlan: [] }),
  // 2 → 3: reviewers' comments arrive (none yet), and copies received from someone else are marked.
  (record) => ({ ...record, recordVersion: 3, comments: [] }),
];

export type ReadResult =
  | { ok: true; assessment: Assessment }
  | { ok: false; id: string; title?: string; problem: string; isFromNewerApp?: boolean };

export function toRecord(assessment: Assessment): AssessmentRecord {
  return { recordVersion: RECORD_VERSION, ...assessment };
}

function describe(raw: Record<string, unknown>): { id: string; title?: string } {
  return {
    id: typeof raw.id === 'string' ? raw.id : '(unknown)',
    ...(typeof raw.title === 'string' ? { title: raw.title } : {}),
  };
}

/** Turns whatever IndexedDB gave back into an assessment, or a reason it cannot be read. */
export function readRecord(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, id: '(unknown)', problem: 'The saved record is not an assessment.' };
  }
  let record = raw as Record<string, unknown>;
  const version = record.recordVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, ...describe(record), problem: 'The saved record has an unknown format.' };
  }
  if (version > RECORD_VERSION) {
    return {
      ok: false,
      ...describe(record),
      problem: 'It was saved by a newer version of this app. Reload to update the app.',
      isFromNewerApp: true,
    };
  }
  for (let v = version; v < RECORD_VERSION; v += 1) record = migrations[v]?.(record) ?? record;
  const unsafe = findUnsafeKey(record);
  if (unsafe) return { ok: false, ...describe(record), problem: `The saved data is damaged (${unsafe} is not allowed).` };
  const parsed = recordSchema.safeParse(record);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'record';
    return { ok: false, ...describe(record), problem: `The saved data is damaged (${where} is not valid).` };
  }
  const { recordVersion: _version, ...assessment } = parsed.data;
  return { ok: true, assessment };
}
