import { create } from 'zustand';
import type { Framework } from '../domain/framework/framework.ts';
import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import { scorecardId } from '../domain/panel/panel.ts';
import type { InterviewQuestions } from '../domain/panel/interview-questions-schema.ts';
import type { MergeNote } from '../domain/panel/merge.ts';
import { mergeScorecards } from '../domain/panel/merge.ts';
import { createRound, emptyScorecard, scoreArea, submitScorecard } from '../domain/panel/round.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import type { RoundRead } from '../storage/panel-repository.ts';
import * as repository from '../storage/panel-repository.ts';
import { createSaver } from './autosave.ts';
import { CURRENT_EDITION_ID, loadFramework, loadInterviewQuestions } from './content-loader.ts';
import { errorMessage } from '../lib/error-message.ts';
import { askForPersistenceOnce } from './persistence.ts';
import { onStoredChange } from '../storage/change-feed.ts';
import type { RecordHead } from '../storage/revision-guard.ts';
import { headOf } from '../storage/revision-guard.ts';

interface PanelState {
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'failed';
  rounds: RoundRead[];
  round?: HiringRound;
  scorecards: Scorecard[];
  framework?: Framework;
  questions?: InterviewQuestions;
  problem?: string;
  saveProblem?: string;
  /** Another tab changed a scorecard this tab was editing: its edits are no longer saved until reloaded. */
  hasConflict?: boolean;
  lastMerge?: { fileNames: string[]; notes: MergeNote[] };
}

export const usePanelStore = create<PanelState>()(() => ({ status: 'idle', rounds: [], scorecards: [] }));
const set = usePanelStore.setState;

const problemOf = (error: unknown) => errorMessage(error, 'Something went wrong.');

/** The stored copy of each card that this tab's edits build on, by card id. */
const bases = new Map<string, RecordHead>();

function startFrom(scorecards: Scorecard[]): void {
  bases.clear();
  for (const card of scorecards) bases.set(card.id, headOf(card));
}

const cardSaver = createSaver((card: Scorecard) => repository.saveScorecard(card, bases.get(card.id)), {
  onSaving: () => undefined,
  onSaved: () => {
    if (!usePanelStore.getState().hasConflict) set({ saveProblem: undefined });
  },
  onError: (error) => set(error.problem === 'conflict' ? { saveProblem: error.message, hasConflict: true } : { saveProblem: error.message }),
});

export async function loadRounds(): Promise<void> {
  try {
    const [rounds, framework] = await Promise.all([repository.listRounds(), loadFramework()]);
    set({ rounds, framework, problem: undefined, status: 'ready' });
  } catch (error) {
    set({ status: 'failed', problem: problemOf(error) });
  }
}

export async function openRound(roundId: string): Promise<void> {
  if (usePanelStore.getState().round?.id === roundId) return;
  set({ status: 'loading', round: undefined, scorecards: [], lastMerge: undefined });
  try {
    const read = await repository.loadRound(roundId);
    if (!read) return set({ status: 'missing' });
    if (!read.ok) return set({ status: 'failed', problem: `This hiring round could not be opened. ${read.problem}` });
    const [framework, questions, { scorecards, unreadable }] = await Promise.all([
      loadFramework(read.round.framework.editionId),
      loadInterviewQuestions(),
      repository.listScorecards(roundId),
    ]);
    startFrom(scorecards);
    set({
      hasConflict: false,
      saveProblem: undefined,
      status: 'ready',
      round: read.round,
      framework,
      questions,
      scorecards,
      problem: unreadable > 0 ? `${unreadable} stored scorecard(s) could not be read and are left out.` : undefined,
    });
  } catch (error) {
    set({ status: 'failed', problem: problemOf(error) });
  }
}

export interface NewRoundInput {
  positionTitle: string;
  district: string;
  candidates: string[];
  panelists: { name: string; role: string }[];
  skillAreaIds: string[];
  weights: Record<string, number>;
}

export async function startRound(input: NewRoundInput): Promise<HiringRound | undefined> {
  try {
    const framework = await loadFramework(CURRENT_EDITION_ID);
    const round = createRound({
      ...input,
      id: newId(),
      framework: { editionId: framework.id, dataVersion: framework.dataVersion },
      now: nowIso(),
      newId,
    });
    await repository.saveRound(round);
    askForPersistenceOnce();
    await loadRounds();
    return round;
  } catch (error) {
    set({ problem: problemOf(error) });
    return undefined;
  }
}

export async function deleteRound(roundId: string): Promise<void> {
  try {
    await repository.deleteRound(roundId);
    if (usePanelStore.getState().round?.id === roundId) set({ round: undefined, scorecards: [] });
    await loadRounds();
  } catch (error) {
    set({ problem: problemOf(error) });
  }
}

function cardFor(panelistId: string): Scorecard | undefined {
  const { round, scorecards } = usePanelStore.getState();
  if (!round) return undefined;
  return scorecards.find((c) => c.id === scorecardId(round.id, panelistId)) ?? emptyScorecard(round, panelistId, nowIso());
}

function putCard(card: Scorecard): void {
  const { scorecards, hasConflict } = usePanelStore.getState();
  // In a conflict, edits stay on screen but are not written over the other tab's newer card.
  if (!hasConflict) cardSaver.save(card);
  set({ scorecards: [...scorecards.filter((c) => c.id !== card.id), card].sort((a, b) => a.id.localeCompare(b.id)) });
}

export function scoreCandidate(panelistId: string, candidateId: string, skillAreaId: string, change: { level?: string; note?: string }): void {
  const card = cardFor(panelistId);
  if (!card || card.submittedAt) return;
  putCard(scoreArea(card, candidateId, skillAreaId, change, nowIso()));
}

export function submitScores(panelistId: string): void {
  const card = cardFor(panelistId);
  if (!card || card.submittedAt) return;
  putCard(submitScorecard(card, nowIso()));
}

/** The chair brings in panelists' files; the merge is all-or-nothing and says what it did with each card. */
export async function mergeIncoming(fileNames: string[], incoming: Scorecard[]): Promise<void> {
  const { round, scorecards } = usePanelStore.getState();
  if (!round) return;
  const { scorecards: merged, notes } = mergeScorecards(round, scorecards, incoming);
  try {
    await cardSaver.flush();
    await repository.saveScorecards(merged);
    startFrom(merged);
    set({ scorecards: merged, lastMerge: { fileNames, notes } });
  } catch (error) {
    set({ lastMerge: { fileNames, notes: [] }, problem: `Nothing was imported. ${problemOf(error)}` });
  }
}

export const whenPanelSaved = (): Promise<void> => cardSaver.flush();

/** A panelist opens the round the chair sent; the same round again simply updates it. */
export async function receiveRound(round: HiringRound): Promise<void> {
  try {
    await repository.saveRound(round);
    askForPersistenceOnce();
    await loadRounds();
  } catch (error) {
    set({ problem: problemOf(error) });
  }
}

/** Reads the open round's scorecards again, as stored now (after a conflict, or another tab's change). */
export async function loadNewestScores({ unlessEditedMeanwhile = false } = {}): Promise<void> {
  await cardSaver.flush();
  const { round, scorecards: before } = usePanelStore.getState();
  if (!round) return;
  try {
    const { scorecards } = await repository.listScorecards(round.id);
    const now = usePanelStore.getState();
    // An edit made while reading has its own save, which is refused if the stored card moved on.
    if (now.round?.id !== round.id || (unlessEditedMeanwhile && now.scorecards !== before)) return;
    startFrom(scorecards);
    set({ scorecards, hasConflict: false, saveProblem: undefined });
  } catch (error) {
    set({ saveProblem: problemOf(error) });
  }
}

let refreshing: Promise<void> | undefined;
let hasMoreNews = false;

/** Another tab saved a scorecard of the open round: show it here, unless this tab has a save problem to show. */
function followScorecards(): void {
  if (refreshing) {
    hasMoreNews = true;
    return;
  }
  refreshing = (async () => {
    do {
      hasMoreNews = false;
      await cardSaver.flush();
      if (!usePanelStore.getState().saveProblem) await loadNewestScores({ unlessEditedMeanwhile: true });
    } while (hasMoreNews);
  })().finally(() => {
    refreshing = undefined;
  });
}

onStoredChange((change) => {
  const { status, round } = usePanelStore.getState();
  if (change.store === 'rounds' && status !== 'idle') {
    void repository.listRounds().then((rounds) => set({ rounds }), () => undefined);
  }
  if (change.store === 'scorecards' && round && change.id.startsWith(`${round.id}--`)) followScorecards();
});
