import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import { readRound, readScorecard, toRoundRecord, toScorecardRecord } from '../domain/panel/panel-records.ts';
import { canonicalJson, MESSAGES } from '../domain/exchange/exchange-format.ts';
import { findUnsafeKey } from '../domain/unsafe-keys.ts';
import type { FileLike } from './exchange-files.ts';
import { sha256Hex } from './file-crypto.ts';

/** A scorecard file: one panelist's scores for one round, sent to the chair. */
const SCORECARD_TYPE = 'edtech-leader-scorecard';
/** A round file: the chair sends it so every panelist scores the same candidates on the same areas. */
const ROUND_TYPE = 'edtech-leader-hiring-round';
const SCORECARD_FORMAT = 1;
const MAX_SCORECARD_BYTES = 5 * 1024 * 1024;

export async function scorecardFileText(round: HiringRound, card: Scorecard, now: string): Promise<string> {
  const scorecard = toScorecardRecord(card);
  return JSON.stringify(
    {
      type: SCORECARD_TYPE,
      formatVersion: SCORECARD_FORMAT,
      exportedAt: now,
      round: { id: round.id, positionTitle: round.positionTitle },
      checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(scorecard)) },
      scorecard,
    },
    null,
    2,
  );
}

export type ScorecardFileResult = { ok: true; scorecard: Scorecard; positionTitle: string } | { ok: false; message: string };


type Envelope = { ok: true; envelope: Record<string, unknown> } | { ok: false; message: string };

/** The checks every panel file gets: size, text, JSON, no `__proto__`, its type, its version, its checksum. */
async function openEnvelope(file: FileLike, type: string, body: string, wrongType: string): Promise<Envelope> {
  if (file.size > MAX_SCORECARD_BYTES) return { ok: false, message: 'The file is too large (over 5 MB) to be a panel file.' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'The file could not be read.' };
  }
  if (text.length > MAX_SCORECARD_BYTES) return { ok: false, message: 'The file is too large (over 5 MB) to be a panel file.' };
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: MESSAGES.empty };
  if (trimmed.startsWith('%PDF')) return { ok: false, message: MESSAGES.pdf };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { ok: false, message: trimmed.startsWith('{') ? MESSAGES.truncated : MESSAGES.notOurs };
  }
  if (findUnsafeKey(value)) return { ok: false, message: 'The file holds data that is not allowed (a "__proto__" key). It was not imported.' };
  const envelope = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (envelope.type !== type) return { ok: false, message: wrongType };
  const version = envelope.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: 'The file is damaged: it does not say which format it is in.' };
  if (version > SCORECARD_FORMAT) return { ok: false, message: MESSAGES.newer };
  const checksum = (envelope.checksum as { value?: unknown } | undefined)?.value;
  if (typeof checksum !== 'string' || checksum !== (await sha256Hex(canonicalJson(envelope[body])))) {
    return { ok: false, message: 'The file was changed or damaged after it was exported. Ask for it to be exported again.' };
  }
  return { ok: true, envelope };
}

/** Reads a panelist's file; never rejects, and says plainly what is wrong with a bad one. */
export async function readScorecardFile(file: FileLike): Promise<ScorecardFileResult> {
  const opened = await openEnvelope(file, SCORECARD_TYPE, 'scorecard', 'This is not a scorecard file from a panelist. Ask each panelist for the file from “Export scorecard”.');
  if (!opened.ok) return opened;
  const read = readScorecard(opened.envelope.scorecard);
  if (!read.ok) return { ok: false, message: `The scorecard is damaged: ${read.problem}` };
  const round = opened.envelope.round as { positionTitle?: unknown } | undefined;
  return { ok: true, scorecard: read.scorecard, positionTitle: typeof round?.positionTitle === 'string' ? round.positionTitle : '' };
}

export async function roundFileText(round: HiringRound, now: string): Promise<string> {
  const record = toRoundRecord(round);
  return JSON.stringify(
    { type: ROUND_TYPE, formatVersion: SCORECARD_FORMAT, exportedAt: now, checksum: { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(record)) }, round: record },
    null,
    2,
  );
}

export async function readRoundFile(file: FileLike): Promise<{ ok: true; round: HiringRound } | { ok: false; message: string }> {
  const opened = await openEnvelope(file, ROUND_TYPE, 'round', 'This is not a hiring-round file. Ask the chair for the file from “Export the round for panelists”.');
  if (!opened.ok) return opened;
  const read = readRound(opened.envelope.round);
  return read.ok ? { ok: true, round: read.round } : { ok: false, message: `The hiring round in the file is damaged: ${read.problem}` };
}
