import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import { roundFile, scorecardFile } from '../domain/panel/panel-file-kinds.ts';
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
  const opened = await openFile(file, scorecardFile(context, round));
  return opened.status === 'ok' ? { ok: true, ...opened.value } : refusal(opened);
}

/** Reads the chair's round file; never rejects, and says plainly what is wrong with a bad one. */
export async function readRoundFile(file: FileLike, context: ReadContext): Promise<{ ok: true; round: HiringRound } | Refusal> {
  const opened = await openFile(file, roundFile(context));
  return opened.status === 'ok' ? { ok: true, round: opened.value } : refusal(opened);
}
