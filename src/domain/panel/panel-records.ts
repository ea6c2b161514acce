import { z } from 'zod/mini';
import type { HiringRound, Scorecard } from './panel.ts';
import { scorecardId } from './panel.ts';
import { ID_PATTERN } from '../framework/framework-schema.ts';
import { findUnsafeKey } from '../unsafe-keys.ts';

/** Versions of the stored (and exported) panel records; bump one and add a migration when its shape changes. */
export const ROUND_RECORD_VERSION = 1;
export const SCORECARD_RECORD_VERSION = 1;
/** A skill area's weight in a round: more than 0, at most this. */
export const MAX_WEIGHT = 10;

const key = z.string().check(z.regex(ID_PATTERN));
const timestamp = z.iso.datetime();
const revision = z.int().check(z.gte(1));
const name = z.string().check(z.refine((value) => value.trim().length > 0, 'a name must not be blank'));

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
    candidates: z.array(z.object({ id: key, name })),
    panelists: z.array(z.object({ id: key, name, role: z.string() })),
    skillAreaIds: z.array(key),
    weights: z.record(key, z.number().check(z.gt(0), z.lte(MAX_WEIGHT))),
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

type Migration = (record: Record<string, unknown>) => Record<string, unknown>;
/** roundMigrations[n - 1] turns a version-n round record into version n + 1 (none yet). */
const roundMigrations: Migration[] = [];
/** scorecardMigrations[n - 1] turns a version-n scorecard record into version n + 1 (none yet). */
const scorecardMigrations: Migration[] = [];

export type RoundReadResult = { ok: true; round: HiringRound } | { ok: false; id: string; problem: string };
export type ScorecardReadResult = { ok: true; scorecard: Scorecard } | { ok: false; id: string; problem: string };

export function toRoundRecord(round: HiringRound): RoundRecord {
  return { recordVersion: ROUND_RECORD_VERSION, ...round };
}

export function toScorecardRecord(card: Scorecard): ScorecardRecord {
  return { recordVersion: SCORECARD_RECORD_VERSION, ...card };
}

interface Kind<T> {
  /** "hiring round" or "scorecard", as a reader would say it. */
  noun: string;
  version: number;
  migrations: Migration[];
  schema: z.ZodMiniType<T>;
}

/** Migrates and checks one untrusted record; a problem is a sentence for the person who owns the data. */
function read<T extends { recordVersion: number }>(raw: unknown, kind: Kind<T>): { ok: true; value: T } | { ok: false; id: string; problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, id: '(unknown)', problem: `The saved record is not a ${kind.noun}.` };
  }
  let record = raw as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : '(unknown)';
  const version = record.recordVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, id, problem: `The saved ${kind.noun} has an unknown format.` };
  }
  if (version > kind.version) {
    return { ok: false, id, problem: `The ${kind.noun} was saved by a newer version of this app. Reload to update the app.` };
  }
  for (let v = version; v < kind.version; v += 1) record = kind.migrations[v - 1]?.(record) ?? record;
  const unsafe = findUnsafeKey(record);
  if (unsafe) return { ok: false, id, problem: `The saved ${kind.noun} is damaged (${unsafe} is not allowed).` };
  const parsed = kind.schema.safeParse(record);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'record';
    return { ok: false, id, problem: `The saved ${kind.noun} is damaged (${where} is not valid).` };
  }
  return { ok: true, value: parsed.data };
}

/** Turns a stored or imported round record into a hiring round, or a reason it cannot be read. */
export function readRound(raw: unknown): RoundReadResult {
  const result = read(raw, { noun: 'hiring round', version: ROUND_RECORD_VERSION, migrations: roundMigrations, schema: roundRecordSchema });
  if (!result.ok) return result;
  const { recordVersion: _version, ...round } = result.value;
  return { ok: true, round };
}

/** Turns a stored or imported scorecard record into a scorecard, or a reason it cannot be read. */
export function readScorecard(raw: unknown): ScorecardReadResult {
  const result = read(raw, { noun: 'scorecard', version: SCORECARD_RECORD_VERSION, migrations: scorecardMigrations, schema: scorecardRecordSchema });
  if (!result.ok) return result;
  const { recordVersion: _version, ...scorecard } = result.value;
  return { ok: true, scorecard };
}
