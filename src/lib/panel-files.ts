import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import type { RoundArchive } from '../domain/panel/panel-file-kinds.ts';
import { roundArchiveFile, roundFile, scorecardFile, scorecardRoundFile } from '../domain/panel/panel-file-kinds.ts';
import { toRoundRecord, toScorecardRecord } from '../domain/panel/panel-records.ts';
import type { FileProblem } from '../domain/files/file-problem.ts';
import type { ReadContext } from '../domain/records/meaning.ts';
import type { FileOpened } from './envelope-files.ts';
import { openFile, plainEnvelope } from './envelope-files.ts';
import type { FileLike } from './read-file-text.ts';

export async function scorecardFileText(round: HiringRound, card: Scorecard, now: string): Promise<string> {
  const fields = { exportedAt: now, round: { id: round.id, positionTitle: round.positionTitle } };
  return JSON.stringify(await plainEnvelope(scorecardFile({ editions: [], now }, round), toScorecardRecord(card), fields), null, 2);
}

export async function roundFileText(round: HiringRound, now: string): Promise<string> {
  return JSON.stringify(await plainEnvelope(roundFile({ editions: [], now }), toRoundRecord(round), { exportedAt: now }), null, 2);
}

type Refusal = { ok: false; message: string; problem: FileProblem };

function refusal(opened: Exclude<FileOpened<unknown>, { status: 'ok' }>): Refusal {
  // Panel files are never sealed, so only a refusal can get here.
  if (opened.status === 'refused') return { ok: false, message: opened.message, problem: opened.problem };
  return { ok: false, message: 'The file could not be read.', problem: { code: 'unreadable', path: [] } };
}

export type ScorecardFileResult = { ok: true; scorecard: Scorecard; positionTitle: string } | Refusal;

/** Reads a panelist's file for the given round; never rejects, and says plainly what is wrong with a bad one. */
export async function readScorecardFile(file: FileLike, context: ReadContext, round: HiringRound): Promise<ScorecardFileResult> {
  const opened = await openFile(file, { kind: scorecardFile(context, round), spec: { name: 'scorecard', context, round } });
  return opened.status === 'ok' ? { ok: true, ...opened.value } : refusal(opened);
}

/** Reads the chair's round file; never rejects, and says plainly what is wrong with a bad one. */
export async function readRoundFile(file: FileLike, context: ReadContext): Promise<{ ok: true; round: HiringRound } | Refusal> {
  const opened = await openFile(file, { kind: roundFile(context), spec: { name: 'round', context } });
  return opened.status === 'ok' ? { ok: true, round: opened.value } : refusal(opened);
}

/** The district's copy of a round: the round and every raw scorecard, under one checksum. */
export async function roundArchiveText(round: HiringRound, cards: Scorecard[], now: string): Promise<string> {
  const body = { round: toRoundRecord(round), scorecards: cards.map(toScorecardRecord) };
  return JSON.stringify(await plainEnvelope(roundArchiveFile({ editions: [], now }), body, { exportedAt: now }), null, 2);
}

export type PanelFile =
  | { kind: 'round'; round: HiringRound }
  /** Only which round it is for: the panel reads it in full against that round (readScorecardFile). */
  | { kind: 'scorecard'; roundId: string; positionTitle: string }
  | { kind: 'archive'; archive: RoundArchive };

/**
 * Whether a file is one of the panel's (round, scorecard or round archive), and its content: undefined when it
 * is JSON of another type, so the caller can try its own kinds; a refusal when it is a panel file gone wrong.
 * Rounds and archives are checked in full against `context`; a scorecard only as far as its round.
 */
export async function readPanelFile(file: FileLike, context: ReadContext): Promise<{ ok: true; file: PanelFile } | Refusal | undefined> {
  const round = await openFile(file, { kind: roundFile(context), spec: { name: 'round', context } });
  if (round.status === 'ok') return { ok: true, file: { kind: 'round', round: round.value } };
  const card = await openFile(file, { kind: scorecardRoundFile, spec: { name: 'scorecard-round' } });
  if (card.status === 'ok') return { ok: true, file: { kind: 'scorecard', ...card.value } };
  const archive = await openFile(file, { kind: roundArchiveFile(context), spec: { name: 'round-archive', context } });
  if (archive.status === 'ok') return { ok: true, file: { kind: 'archive', archive: archive.value } };
  // The kind whose type the file names says what is wrong with it; a file no kind claims is not the panel's.
  const claimed = [round, card, archive].find((opened) => opened.status !== 'refused' || opened.problem.code !== 'wrong-type');
  return claimed ? refusal(claimed) : undefined;
}
