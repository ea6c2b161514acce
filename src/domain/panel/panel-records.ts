import { z } from 'zod/mini';
import type { HiringRound, Scorecard } from './panel.ts';
import { scorecardId } from './panel.ts';
import { ID_PATTERN } from '../framework/framework-schema.ts';
import { defineRecord } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { describeRecordProblem } from '../records/record-messages.ts';

/** Versions of the stored (and exported) panel records; bump one and add a migration when its shape changes. */
export const ROUND_RECORD_VERSION = 2;
export const SCORECARD_RECORD_VERSION = 2;
/** A skill area's weight in a round: more than 0, at most this. */
export const MAX_WEIGHT = 10;

const key = z.string().check(z.regex(ID_PATTERN));
const timestamp = z.iso.datetime();
const revision = z.int().check(z.gte(1));
const name = z.string().check(z.refine((value) => value.trim().length > 0, 'a name must not be blank'));
const calendarDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const consensusSchema = z.object({ level: key, note: z.string(), at: timestamp });

/** Every id in the list at most once; a repeat is reported at its own path. */
function checkUnique(ctx: z.core.$RefinementCtx, ids: string[], path: (index: number) => (string | number)[], input: unknown): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${id}"`, path: path(index), input });
    seen.add(id);
  });
}

const roundRecordSchema = z
  .object({
    recordVersion: z.literal(ROUND_RECORD_VERSION),
    id: key,
    positionTitle: z.string(),
    district: z.string(),
    framework: z.object({ editionId: key, dataVersion: z.int().check(z.gte(1)) }),
    candidates: z.array(z.object({ id: key, name, interviewOn: z.optional(calendarDay), isPractice: z.optional(z.boolean()) })),
    panelists: z.array(z.object({ id: key, name, role: z.string() })),
    skillAreaIds: z.array(key),
    weights: z.record(key, z.number().check(z.gt(0), z.lte(MAX_WEIGHT))),
    weightReason: z.optional(z.string()),
    customQuestions: z.optional(z.record(key, z.array(z.string()))),
    scoringClosed: z.optional(z.object({ at: timestamp, unsubmitted: z.array(z.string()) })),
    consensus: z.optional(z.record(key, z.record(key, consensusSchema))),
    recommendation: z.optional(z.object({ candidateId: z.optional(key), reasons: z.string(), at: timestamp })),
    createdAt: timestamp,
    updatedAt: timestamp,
    revision,
  })
  .check(
    z.superRefine((round, ctx) => {
      checkUnique(ctx, round.candidates.map((c) => c.id), (i) => ['candidates', i, 'id'], round);
      checkUnique(ctx, round.panelists.map((p) => p.id), (i) => ['panelists', i, 'id'], round);
      checkUnique(ctx, round.skillAreaIds, (i) => ['skillAreaIds', i], round);
    }),
  );

const scorecardRecordSchema = z
  .object({
    recordVersion: z.literal(SCORECARD_RECORD_VERSION),
    id: key,
    roundId: key,
    panelistId: key,
    scores: z.record(key, z.record(key, z.object({ level: z.optional(key), note: z.optional(z.string()) }))),
    submittedAt: z.optional(timestamp),
    submittedFor: z.optional(z.record(key, timestamp)),
    updatedAt: timestamp,
    revision,
  })
  .check(
    z.superRefine((card, ctx) => {
      if (card.id !== scorecardId(card.roundId, card.panelistId)) {
        ctx.addIssue({ code: 'custom', message: 'the id does not match the round and panelist', path: ['id'], input: card });
      }
    }),
  );

export type RoundRecord = z.infer<typeof roundRecordSchema>;
export type ScorecardRecord = z.infer<typeof scorecardRecordSchema>;

/**
 * Version 2 added only optional fields (interview dates, a practice candidate, the weights' reason, the panel's
 * own questions, an early close, consensus and the recommendation), so a version 1 round reads as it was.
 */
const roundMigrations = [(v1: Record<string, unknown>) => v1];
/** Version 2 added per-candidate submission; a version 1 card's `submittedAt` still locks every candidate. */
const scorecardMigrations = [(v1: Record<string, unknown>) => v1];

/** Stored hiring rounds: append a step to `migrations` when the shape changes. */
export const roundRecords = defineRecord({ version: ROUND_RECORD_VERSION, schema: roundRecordSchema, migrations: roundMigrations });
/** Stored scorecards: append a step to `migrations` when the shape changes. */
export const scorecardRecords = defineRecord({ version: SCORECARD_RECORD_VERSION, schema: scorecardRecordSchema, migrations: scorecardMigrations });

export const ROUND_WORDS: RecordWords = { aNoun: 'a hiring round', noun: 'hiring round', newerSubject: 'The hiring round' };
export const SCORECARD_WORDS: RecordWords = { aNoun: 'a scorecard', noun: 'scorecard', newerSubject: 'The scorecard' };

export type RoundReadResult = { ok: true; round: HiringRound } | { ok: false; id: string; problem: string };
export type ScorecardReadResult = { ok: true; scorecard: Scorecard } | { ok: false; id: string; problem: string };

export function toRoundRecord(round: HiringRound): RoundRecord {
  return roundRecords.write(round);
}

export function toScorecardRecord(card: Scorecard): ScorecardRecord {
  return scorecardRecords.write(card);
}

/** Turns a stored or imported round record into a hiring round, or a reason it cannot be read. */
export function readRound(raw: unknown): RoundReadResult {
  const read = roundRecords.read(raw);
  return read.ok ? { ok: true, round: read.value } : { ok: false, id: read.id, problem: describeRecordProblem(read.error, ROUND_WORDS) };
}

/** Turns a stored or imported scorecard record into a scorecard, or a reason it cannot be read. */
export function readScorecard(raw: unknown): ScorecardReadResult {
  const read = scorecardRecords.read(raw);
  return read.ok ? { ok: true, scorecard: read.value } : { ok: false, id: read.id, problem: describeRecordProblem(read.error, SCORECARD_WORDS) };
}
