import { z } from 'zod/mini';
import type { HiringRound, Scorecard } from './panel.ts';
import { scorecardId } from './panel.ts';
import { boundedArray, boundedRecord, idField as key, LIMITS, longText, revisionField, shortText, timestampField as timestamp } from '../records/limits.ts';
import { defineRecord } from '../records/record-codec.ts';
import type { RecordWords } from '../records/record-messages.ts';
import { describeRecordProblem } from '../records/record-messages.ts';

/** Versions of the stored (and exported) panel records; bump one and add a migration when its shape changes. */
export const ROUND_RECORD_VERSION = 2;
export const SCORECARD_RECORD_VERSION = 2;
/** A skill area's weight in a round: more than 0, at most this. */
export const MAX_WEIGHT = 10;
/** The most candidates and panelists a round can have: every screen and the chair's comparison stay quick. */
export const MAX_CANDIDATES = 100;
export const MAX_PANELISTS = 30;
/** A panelist's note, the chair's consensus note and the recommendation's reasons. */
export const MAX_PANEL_NOTE_LENGTH = 20_000;
/** The one line that says why areas count unequally (the form's own limit). */
export const MAX_WEIGHT_REASON_LENGTH = 300;
/** The panel's own questions: at most this many per skill area, each at most this long. */
export const MAX_CUSTOM_QUESTIONS = 20;
export const MAX_QUESTION_LENGTH = 1_000;
/** More skill areas than any edition has; each is checked against the edition when a file is read. */
const MAX_AREAS = 200;
/** "Name (candidate, candidate, …)" for one panelist who had not handed in when scoring closed. */
export const MAX_UNSUBMITTED_LINE = LIMITS.shortText * (MAX_CANDIDATES + 1) + 3 * MAX_CANDIDATES;

const revision = revisionField;
const name = shortText.check(z.refine((value) => value.trim().length > 0, 'must not be blank'));
/** A refinement whose failure names its reason in the message a person sees (see records/limits.ts). */
const limit = <T>(isWithin: (value: T) => boolean, reason: string) => z.refine<T>(isWithin, { message: reason, params: { reason } });
/** A calendar day (yyyy-mm-dd) that exists, in this century. */
export function isPlausibleDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const time = Date.parse(`${day}T00:00:00Z`);
  return time >= LIMITS.earliestTime && time < LIMITS.latestTime && new Date(time).toISOString().slice(0, 10) === day;
}
const calendarDay = z.string().check(limit(isPlausibleDay, 'is not a plausible day'));
const consensusSchema = z.object({ level: key, note: longText(MAX_PANEL_NOTE_LENGTH), at: timestamp });
const nonBlank = (max: number) => longText(max).check(limit((value: string) => value.trim().length > 0, 'must not be blank'));

/** Every id in the list at most once; a repeat is reported at its own path. */
function checkUnique(ctx: z.core.$RefinementCtx, ids: string[], path: (index: number) => (string | number)[], input: unknown): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `repeats the id “${id}”`, path: path(index), input });
    seen.add(id);
  });
}

function addReason(ctx: z.core.$RefinementCtx, path: (string | number)[], reason: string, input: unknown): void {
  ctx.addIssue({ code: 'custom', message: reason, params: { reason }, path, input });
}

const roundRecordSchema = z
  .object({
    recordVersion: z.literal(ROUND_RECORD_VERSION),
    id: key,
    positionTitle: shortText,
    district: shortText,
    framework: z.object({ editionId: key, dataVersion: z.int().check(z.gte(1)) }),
    candidates: boundedArray(z.object({ id: key, name, interviewOn: z.optional(calendarDay), isPractice: z.optional(z.literal(true)) }), MAX_CANDIDATES),
    panelists: boundedArray(z.object({ id: key, name, role: shortText }), MAX_PANELISTS),
    skillAreaIds: boundedArray(key, MAX_AREAS),
    weights: boundedRecord(z.number().check(z.gt(0), z.lte(MAX_WEIGHT)), MAX_AREAS),
    weightReason: z.optional(nonBlank(MAX_WEIGHT_REASON_LENGTH)),
    customQuestions: z.optional(boundedRecord(boundedArray(nonBlank(MAX_QUESTION_LENGTH), MAX_CUSTOM_QUESTIONS), MAX_AREAS)),
    scoringClosed: z.optional(z.object({ at: timestamp, unsubmitted: boundedArray(longText(MAX_UNSUBMITTED_LINE), MAX_PANELISTS) })),
    consensus: z.optional(boundedRecord(boundedRecord(consensusSchema, MAX_AREAS), MAX_CANDIDATES)),
    recommendation: z.optional(z.object({ candidateId: z.optional(key), reasons: longText(MAX_PANEL_NOTE_LENGTH), at: timestamp })),
    createdAt: timestamp,
    updatedAt: timestamp,
    revision,
  })
  .check(
    z.superRefine((round, ctx) => {
      checkUnique(ctx, round.candidates.map((c) => c.id), (i) => ['candidates', i, 'id'], round);
      checkUnique(ctx, round.panelists.map((p) => p.id), (i) => ['panelists', i, 'id'], round);
      checkUnique(ctx, round.skillAreaIds, (i) => ['skillAreaIds', i], round);
      const practice = round.candidates.flatMap((c, i) => (c.isPractice ? [i] : []));
      if (practice.length > 1) addReason(ctx, ['candidates', practice[1] ?? 0, 'isPractice'], 'is a second practice candidate; a round has at most one', round);
      const isUnequal = Object.values(round.weights).some((weight) => weight !== 1);
      if (isUnequal && round.weightReason === undefined) addReason(ctx, ['weightReason'], 'is missing, though the skill areas count unequally', round);
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
    submittedFor: z.optional(boundedRecord(timestamp, MAX_CANDIDATES)),
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

/** What a version 1 round with unequal weights says, since the app did not yet ask why. */
export const WEIGHT_REASON_NOT_ASKED = 'Not recorded: this round was set up before the app asked why areas count unequally.';

/**
 * Version 2 added optional fields (interview dates, a practice candidate, the weights' reason, the panel's
 * own questions, an early close, consensus and the recommendation). A version 1 round reads as it was, except
 * that unequal weights, which now need a reason, say plainly that none was asked for.
 */
const roundMigrations = [
  (v1: Record<string, unknown>) => {
    const weights = v1.weights;
    const isUnequal = typeof weights === 'object' && weights !== null && Object.values(weights).some((weight) => weight !== 1);
    return isUnequal && v1.weightReason === undefined ? { ...v1, weightReason: WEIGHT_REASON_NOT_ASKED } : v1;
  },
];
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
