import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import { scorecardId } from '../domain/panel/panel.ts';
import { mergeScorecards } from '../domain/panel/merge.ts';
import { createRound, emptyScorecard, scoreArea, submitScorecard } from '../domain/panel/round.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import { errorMessage } from '../lib/error-message.ts';
import * as repository from '../storage/panel-repository.ts';
import { onStoredChange } from '../storage/change-feed.ts';
import { CURRENT_EDITION_ID, fileReadContext, loadFramework, loadInterviewQuestions } from './content-loader.ts';
import { canonicalJson } from '../domain/files/canonical-json.ts';
import { roundDifferences } from '../domain/panel/round-differences.ts';
import type { FileLike } from '../lib/read-file-text.ts';
import { askForPersistenceOnce } from './persistence.ts';
import { panelScoring } from './panel-scoring.ts';
import type { PanelState } from './panel-state.ts';
import { initialPanelState } from './panel-state.ts';
import type { StoreScope } from './store-scope.ts';
import { useScopedStore } from './store-context.tsx';

export type { PanelState };

const problemOf = (error: unknown) => errorMessage(error, 'Something went wrong.');

/** A round file whose round is already stored, waiting for the person to choose. */
export interface RoundOffer {
  fileName: string;
  incoming: HiringRound;
  /** Absent when the stored round cannot be read. */
  stored?: HiringRound;
  differences: string[];
}

export type RoundFileOutcome = { status: 'opened'; roundId: string } | { status: 'refused'; message: string } | { status: 'ask'; offer: RoundOffer };

export interface NewRoundInput {
  positionTitle: string;
  district: string;
  candidates: string[];
  panelists: { name: string; role: string }[];
  skillAreaIds: string[];
  weights: Record<string, number>;
}

/** Hiring rounds and the open round's scorecards. */
export function createPanelStore(scope: StoreScope) {
  const store = createStore<PanelState>()(() => initialPanelState);
  const { getState: get, setState: set } = store;
  const scoring = panelScoring(store);

  async function loadRounds(): Promise<void> {
    try {
      const [rounds, framework] = await Promise.all([repository.listRounds(), loadFramework()]);
      set({ rounds, framework, problem: undefined, status: 'ready' });
    } catch (error) {
      set({ status: 'failed', problem: problemOf(error) });
    }
  }

  async function openRound(roundId: string): Promise<void> {
    if (get().round?.id === roundId) return;
    scoring.stop();
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
      scoring.startFrom(scorecards);
      set({
        saveState: 'saved',
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

  /** Saves a round and lists the rounds again; a failure becomes a message. */
  async function keepRound(round: HiringRound): Promise<boolean> {
    try {
      await repository.saveRound(round);
      askForPersistenceOnce();
      await loadRounds();
      return true;
    } catch (error) {
      set({ problem: problemOf(error) });
      return false;
    }
  }

  async function startRound(input: NewRoundInput): Promise<HiringRound | undefined> {
    try {
      const framework = await loadFramework(CURRENT_EDITION_ID);
      const edition = { editionId: framework.id, dataVersion: framework.dataVersion };
      const round = createRound({ ...input, id: newId(), framework: edition, now: nowIso(), newId });
      return (await keepRound(round)) ? round : undefined;
    } catch (error) {
      set({ problem: problemOf(error) });
      return undefined;
    }
  }

  async function deleteRound(roundId: string): Promise<void> {
    try {
      await repository.deleteRound(roundId);
      if (get().round?.id === roundId) {
        scoring.stop();
        set({ round: undefined, scorecards: [] });
      }
      await loadRounds();
    } catch (error) {
      set({ problem: problemOf(error) });
    }
  }

  function cardFor(panelistId: string): Scorecard | undefined {
    const { round, scorecards } = get();
    if (!round) return undefined;
    return scorecards.find((c) => c.id === scorecardId(round.id, panelistId)) ?? emptyScorecard(round, panelistId, nowIso());
  }

  function scoreCandidate(panelistId: string, candidateId: string, skillAreaId: string, change: { level?: string; note?: string }): void {
    const card = cardFor(panelistId);
    if (card && !card.submittedAt) scoring.edit(card, scoreArea(card, candidateId, skillAreaId, change, nowIso()));
  }

  function submitScores(panelistId: string): void {
    const card = cardFor(panelistId);
    if (card && !card.submittedAt) scoring.edit(card, submitScorecard(card, nowIso()));
  }

  /** The chair brings in panelists' files; the merge is all-or-nothing and says what it did with each card. */
  async function mergeIncoming(fileNames: string[], incoming: Scorecard[]): Promise<void> {
    const { round, scorecards } = get();
    if (!round) return;
    const { scorecards: merged, changed, notes } = mergeScorecards(round, scorecards, incoming);
    try {
      // Only the cards that changed are written: a card already here is never rewritten with fewer scores.
      if (changed.length > 0) await repository.saveScorecards(changed);
      scoring.startFrom(merged);
      set({ scorecards: merged, lastMerge: { fileNames, notes } });
    } catch (error) {
      set({ lastMerge: { fileNames, notes: [] }, problem: `Nothing was imported. ${problemOf(error)}` });
    }
  }

  /**
   * Reads the chair's scorecard files against the open round, each on its own (one bad file never drops a
   * good one), and merges the good ones. Returns a sentence for each file refused.
   */
  async function importScorecardFiles(files: FileLike[]): Promise<string[]> {
    const { round } = get();
    if (!round) return [];
    const [{ readScorecardFile }, context] = await Promise.all([import('../lib/panel-files.ts'), fileReadContext()]);
    const refused: string[] = [];
    const good: { name: string; card: Scorecard }[] = [];
    for (const file of files) {
      const result = await readScorecardFile(file, context, round).catch(() => undefined);
      if (result?.ok) good.push({ name: file.name, card: result.scorecard });
      else refused.push(`“${file.name}”: ${result?.message ?? 'The file could not be read.'}`);
    }
    if (good.length > 0) await mergeIncoming(good.map((g) => g.name), good.map((g) => g.card));
    return refused;
  }

  /**
   * A panelist opens the round file the chair sent. A round new here is saved; one already here unchanged is
   * simply opened; one already here that differs is not saved until the person chooses (settleRoundFile).
   */
  async function openRoundFile(file: FileLike): Promise<RoundFileOutcome> {
    const refused = (message: string): RoundFileOutcome => ({ status: 'refused', message: `“${file.name}” was not opened. ${message}` });
    try {
      const [{ readRoundFile }, context] = await Promise.all([import('../lib/panel-files.ts'), fileReadContext()]);
      const result = await readRoundFile(file, context);
      if (!result.ok) return refused(result.message);
      const incoming = result.round;
      const stored = await repository.loadRound(incoming.id);
      if (stored?.ok && canonicalJson(stored.round) === canonicalJson(incoming)) return { status: 'opened', roundId: incoming.id };
      if (stored) {
        const differences = stored.ok ? roundDifferences(stored.round, incoming) : [`The round kept here cannot be read: ${stored.problem}`];
        return { status: 'ask', offer: { fileName: file.name, incoming, stored: stored.ok ? stored.round : undefined, differences } };
      }
      return (await saveRoundOrSay(incoming)) ?? { status: 'opened', roundId: incoming.id };
    } catch (error) {
      return refused(problemOf(error));
    }
  }

  async function saveRoundOrSay(round: HiringRound): Promise<RoundFileOutcome | undefined> {
    try {
      await repository.saveRound(round);
    } catch (error) {
      return { status: 'refused', message: `The hiring round was not saved, and nothing on this device changed. ${problemOf(error)}` };
    }
    askForPersistenceOnce();
    await loadRounds();
    return undefined;
  }

  /** The person's answer to a round file whose round is already here: a copy beside it, or the file's round in its place. */
  async function settleRoundFile(offer: RoundOffer, choice: 'keep-both' | 'replace'): Promise<RoundFileOutcome> {
    const round = choice === 'replace' ? offer.incoming : { ...offer.incoming, id: newId(), positionTitle: `${offer.incoming.positionTitle} (copy from file)`.slice(0, 200) };
    return (await saveRoundOrSay(round)) ?? { status: 'opened', roundId: round.id };
  }

  scope.onDispose(
    onStoredChange((change) => {
      const { status, round } = get();
      if (change.store === 'rounds' && status !== 'idle') void repository.listRounds().then((rounds) => set({ rounds }), () => undefined);
      if (change.store === 'scorecards' && round && change.id.startsWith(`${round.id}--`)) scoring.follow(change.id);
    }),
  );

  function reset(): void {
    scoring.stop();
    set(initialPanelState, true);
  }

  return {
    store,
    loadRounds,
    openRound,
    startRound,
    deleteRound,
    openRoundFile,
    settleRoundFile,
    importScorecardFiles,
    scoreCandidate,
    submitScores,
    mergeIncoming,
    loadNewestScores: () => scoring.loadNewestScores(),
    reset,
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;

export const usePanelActions = (): PanelStore => useScopedStore(createPanelStore);

export function usePanel<T>(selector: (state: PanelState) => T): T {
  return useStore(usePanelActions().store, selector);
}
