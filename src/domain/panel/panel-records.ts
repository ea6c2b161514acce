import { z } from 'zod/mini';
import type { HiringRound, Scorecard } from './panel.ts';
import { scorecardId } from './panel.ts';
import { boundedArray, boundedRecord, idField as key, longText, revisionField, shortText, timestampField as timestamp } from '../records/limits.ts';
import { defineRecord } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { describeRecordProblem } from '../records/record-messages.ts';

/** Versions of the stored (and exported) panel records; bump one and add a migration when its shape changes. */
export const ROUND_RECORD_VERSION = 1;
export const SCORECARD_RECORD_VERSION = 1;
/** A skill area's weight in a round: more than 0, at most this. */
export const MAX_WEIGHT = 10;
/** The most candidates and panelists a round can have: every screen and the chair's comparison stay quick. */
export const MAX_CANDIDATES = 100;
export const MAX_PANELISTS = 30;
export const MAX_PANEL_NOTE_LENGTH = 20_000;
/** More skill areas than any edition has; each is checked against the edition when a file is read. */
const MAX_AREAS = 200;

const revision = revisionField;
const name = shortText.check(z.refine((value) => value.trim().length > 0, 'must not be blank'));

/** Every id in the list at most once; a repeat is reported at its own path. */
function checkUnique(ctx: z.core.$RefinementCtx, ids: string[], path: (index: number) => (string | number)[], input: unknown): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `repeats the id “${id}”`, path: path(index), input });
    seen.add(id);
  });
}

const roundRecordSchema = z
  .object({
    recordVersion: z.literal(ROUND_RECORD_VERSION),
    id: key,
    positionTitle: shortText,
    district: shortText,
    framework: z.object({ editionId: key, dataVersion: z.int().check(z.gte(1)) }),
    candidates: boundedArray(z.object({ id: key, name }), MAX_CANDIDATES),
    panelists: boundedArray(z.object({ id: key, name, role: shortText }), MAX_PANELISTS),
    skillAreaIds: boundedArray(key, MAX_AREAS),
    weights: boundedRecord(z.number().check(z.gt(0), z.lte(MAX_WEIGHT)), MAX_AREAS),
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
    scores: boundedRecord(boundedRecord(z.object({ level: z.optional(key), note: z.optional(longText(MAX_PANEL_NOTE_LENGTH)) }), MAX_AREAS), MAX_CANDIDATES),
    submittedAt: z.optional(timestamp),
    updatedAt: timestamp,
    revision,
  })
  .check(
    z.superRefine((card, ctx) => {
      if (card.id !== scorecardId(card.roundId, card.panelistId)) {
        ctx.addIssue({ code: 'custom', message: 'does not match the round and panelist', path: ['id'], input: card });
      }
    }),
  );

export type RoundRecord = z.infer<typeof roundRecordSchema>;
export type ScorecardRecord = z.infer<typeof scorecardRecordSchema>;

/** Stored hiring rounds. No older versions yet: append a step to `migrations` when the shape changes. */
export const roundRecords = defineRecord({ version: ROUND_RECORD_VERSION, schema: roundRecordSchema, migrations: [] });
/** Stored scorecards. No older versions yet: append a step to `migrations` when the shape changes. */
export const scorecardRecords = defineRecord({ version: SCORECARD_RECORD_VERSION, schema: scorecardRecordSchema, migrations: [] });

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
