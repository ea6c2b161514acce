import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import { scorecardId } from '../domain/panel/panel.ts';
import { mergeScorecards } from '../domain/panel/merge.ts';
import { createRound, emptyScorecard, scoreArea, submitCandidate } from '../domain/panel/round.ts';
import { closeScoring, setConsensus, setInterviewDay, setRecommendation } from '../domain/panel/chair.ts';
import { formatDateTime } from '../lib/format.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import { hashPin, newPinSalt, PIN_PATTERN } from '../lib/pin.ts';
import { loadPanelistDevice, loadPins, savePanelistDevice, savePin } from '../storage/panel-device.ts';
import { panelRoundSession } from './panel-round-session.ts';
import { errorMessage } from '../lib/error-message.ts';
import * as repository from '../storage/panel-repository.ts';
import { onStoredChange } from '../storage/change-feed.ts';
import type { StoredKey } from '../storage/damaged-records.ts';
import { deleteDamagedRecord } from '../storage/damaged-records.ts';
import { CURRENT_EDITION_ID, fileReadContext, loadFramework, loadInterviewQuestions } from './content-loader.ts';
import { canonicalJson } from '../domain/files/canonical-json.ts';
import { roundDifferences } from '../domain/panel/round-differences.ts';
import { editionYear } from '../config/editions.ts';
import type { FileLike } from '../lib/read-file-text.ts';
import { askForPersistenceOnce } from './persistence.ts';
import { panelScoring } from './panel-scoring.ts';
import type { PanelState, RoundOffer } from './panel-state.ts';
import { initialPanelState } from './panel-state.ts';
import type { StoreScope } from './store-scope.ts';
import { useScopedStore } from './store-context.tsx';

export type { PanelState, RoundOffer };

const problemOf = (error: unknown) => errorMessage(error, 'Something went wrong.');

export type RoundFileOutcome = { status: 'opened'; roundId: string } | { status: 'refused'; message: string } | { status: 'ask'; offer: RoundOffer };

export interface NewRoundInput {
  /** The framework edition the round scores on; the current one unless the chair picks another. */
  editionId?: string;
  positionTitle: string;
  district: string;
  candidates: string[];
  panelists: { name: string; role: string }[];
  skillAreaIds: string[];
  weights: Record<string, number>;
  weightReason?: string;
  customQuestions?: Record<string, string[]>;
  practiceCandidate?: string;
}

/** Hiring rounds and the open round's scorecards. */
export function createPanelStore(scope: StoreScope) {
  const store = createStore<PanelState>()(() => initialPanelState);
  const { getState: get, setState: set } = store;
  const scoring = panelScoring(store);
  const roundSession = panelRoundSession(store);

  async function loadRounds(): Promise<void> {
    try {
      const [rounds, looseScorecards, framework] = await Promise.all([repository.listRounds(), repository.listLooseScorecards(), loadFramework()]);
      set({ rounds, looseScorecards, framework, problem: undefined, status: 'ready' });
    } catch (error) {
      set({ status: 'failed', problem: problemOf(error) });
    }
  }

  async function openRound(roundId: string): Promise<void> {
    if (get().round?.id === roundId) return;
    stopRound();
    set({ status: 'loading', round: undefined, scorecards: [], damagedScorecards: [], lastMerge: undefined });
    try {
      const read = await repository.loadRound(roundId);
      if (!read) return set({ status: 'missing' });
      if (!read.ok) return set({ status: 'failed', problem: `This hiring round could not be opened. ${read.problem}` });
      const [framework, questions, { scorecards, damaged }, device, pins] = await Promise.all([
        loadFramework(read.round.framework.editionId),
        loadInterviewQuestions(),
        repository.listScorecards(roundId),
        loadPanelistDevice(roundId),
        loadPins(roundId),
      ]);
      scoring.startFrom(scorecards);
      roundSession.startFrom(read.round);
      set({
        saveState: 'saved',
        saveProblem: undefined,
        roundSaveProblem: undefined,
        status: 'ready',
        round: read.round,
        framework,
        questions,
        scorecards,
        damagedScorecards: damaged,
        device,
        pinned: read.round.panelists.filter((p) => Object.hasOwn(pins, scorecardId(roundId, p.id))).map((p) => p.id),
        unlocked: undefined,
        problem: undefined,
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
      const framework = await loadFramework(input.editionId ?? CURRENT_EDITION_ID);
      const edition = { editionId: framework.id, dataVersion: framework.dataVersion };
      const round = createRound({ ...input, id: newId(), framework: edition, now: nowIso(), newId });
      return (await keepRound(round)) ? round : undefined;
    } catch (error) {
      set({ problem: problemOf(error) });
      return undefined;
    }
  }

  /** The edition the new-round form offers the skill areas of. */
  async function chooseSetupEdition(editionId: string): Promise<void> {
    try {
      set({ framework: await loadFramework(editionId) });
    } catch (error) {
      set({ problem: problemOf(error) });
    }
  }

  async function deleteRound(roundId: string): Promise<void> {
    try {
      await repository.deleteRound(roundId);
      if (get().round?.id === roundId) {
        stopRound();
        set({ round: undefined, scorecards: [], damagedScorecards: [] });
      }
      await loadRounds();
    } catch (error) {
      set({ problem: problemOf(error) });
    }
  }

  /** A round that failed its checks, by the key it is stored under, with its scorecards when that key is its id. */
  async function deleteDamagedRound(key: StoredKey): Promise<void> {
    try {
      await deleteDamagedRecord('rounds', key);
      await loadRounds();
    } catch (error) {
      set({ problem: problemOf(error) });
    }
  }

  /**
   * A scorecard that failed its checks, from the open round's page or the panel's home (one no round lists); the
   * readable cards, and edits in flight, stay as they are.
   */
  async function deleteDamagedScorecard(key: StoredKey): Promise<void> {
    const roundId = get().round?.id;
    try {
      await deleteDamagedRecord('scorecards', key);
      set({ looseScorecards: await repository.listLooseScorecards() });
      if (roundId && get().round?.id === roundId) set({ damagedScorecards: (await repository.listScorecards(roundId)).damaged });
    } catch (error) {
      set({ problem: problemOf(error) });
    }
  }

  function cardFor(panelistId: string): Scorecard | undefined {
    const { round, scorecards } = get();
    if (!round) return undefined;
    return scorecards.find((c) => c.id === scorecardId(round.id, panelistId)) ?? emptyScorecard(round, panelistId, nowIso());
  }

  function stopRound(): void {
    scoring.stop();
    roundSession.stop();
  }

  /**
   * Whether this tab may change the panelist's card now: on their own device only theirs; on the chair's
   * (shared) device only the one opened with its PIN; nowhere once the chair has closed scoring.
   */
  function mayScoreAs(panelistId: string): boolean {
    const { round, device, unlocked } = get();
    if (!round || round.scoringClosed) return false;
    return device ? device.panelistId === panelistId : unlocked === panelistId;
  }

  function scoreCandidate(panelistId: string, candidateId: string, skillAreaId: string, change: { level?: string; note?: string }): void {
    const card = mayScoreAs(panelistId) ? cardFor(panelistId) : undefined;
    if (card) scoring.edit(card, scoreArea(card, candidateId, skillAreaId, change, nowIso()));
  }

  /** Hands in (and locks) one candidate's scores. */
  function submitCandidateScores(panelistId: string, candidateId: string): void {
    const { round } = get();
    const card = mayScoreAs(panelistId) ? cardFor(panelistId) : undefined;
    if (card && round) scoring.edit(card, submitCandidate(round, card, candidateId, nowIso()));
  }

  /** On a panelist's own device: who they are, asked once. */
  async function chooseWhoIAm(panelistId: string): Promise<void> {
    const { round, device } = get();
    if (!round || !device || device.panelistId || !round.panelists.some((p) => p.id === panelistId)) return;
    try {
      await savePanelistDevice(round.id, { panelistId });
      set({ device: { panelistId } });
    } catch (error) {
      set({ problem: problemOf(error) });
    }
  }

  /** On a shared device: a panelist's first PIN opens their card; a PIN once set is never replaced here. */
  async function setPin(panelistId: string, pin: string): Promise<string | undefined> {
    const { round } = get();
    if (!round) return 'The round is not open.';
    if (!PIN_PATTERN.test(pin)) return 'A PIN is 4 to 8 digits.';
    try {
      const salt = newPinSalt();
      if (!(await savePin(scorecardId(round.id, panelistId), { salt, hash: await hashPin(pin, salt) }))) return 'This panelist already has a PIN.';
      set({ pinned: [...get().pinned, panelistId], unlocked: panelistId });
      return undefined;
    } catch (error) {
      return problemOf(error);
    }
  }

  async function unlock(panelistId: string, pin: string): Promise<string | undefined> {
    const { round } = get();
    if (!round) return 'The round is not open.';
    const stored = (await loadPins(round.id))[scorecardId(round.id, panelistId)];
    if (!stored || stored.hash !== (await hashPin(pin, stored.salt))) return 'That PIN is not right.';
    set({ unlocked: panelistId });
    return undefined;
  }

  /** The chair's change to the open round, saved through its session. */
  function editRound(change: (round: HiringRound) => HiringRound): void {
    const { round } = get();
    if (round) roundSession.edit(change(round));
  }

  /** The chair brings in panelists' files; the merge is all-or-nothing and says what it did with each card. */
  async function mergeIncoming(fileNames: string[], incoming: Scorecard[]): Promise<void> {
    const { round, scorecards } = get();
    if (!round) return;
    const { scorecards: merged, changed, notes } = mergeScorecards(round, scorecards, incoming, formatDateTime);
    try {
      // Only the cards that changed are written: a card already here is never rewritten with fewer scores.
      if (changed.length > 0) await repository.saveScorecards(changed);
      scoring.startFrom(merged);
      set({ scorecards: merged, lastMerge: { fileNames, notes } });
    } catch (error) {
      set({ lastMerge: { fileNames, notes: [] }, problem: `Nothing was imported. ${problemOf(error)}` });
    }
  }

  scope.onDispose(
    onStoredChange((change) => {
      const { status, round } = get();
      if (change.store === 'rounds' && status !== 'idle') void repository.listRounds().then((rounds) => set({ rounds }), () => undefined);
      if (change.store === 'rounds' && round?.id === change.id) roundSession.catchUp();
      if (change.store === 'scorecards' && round && change.id.startsWith(`${round.id}--`)) scoring.follow(change.id);
    }),
  );

  function reset(): void {
    stopRound();
    set(initialPanelState, true);
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
   * A round file from the chair. A round new here is saved, and makes this a panelist's device for it (asked
   * "who are you" once); one already here unchanged is simply opened (the chair's device stays the chair's);
   * one already here that differs is held as the round offer, not saved until the person chooses (settleRoundFile).
   */
  async function openRoundFile(file: FileLike): Promise<RoundFileOutcome> {
    set({ roundOffer: undefined });
    const outcome = await readRoundFileOutcome(file);
    if (outcome.status === 'ask') set({ roundOffer: outcome.offer });
    return outcome;
  }

  async function readRoundFileOutcome(file: FileLike): Promise<RoundFileOutcome> {
    const refused = (message: string): RoundFileOutcome => ({ status: 'refused', message: `“${file.name}” was not opened. ${message}` });
    try {
      const [{ readRoundFile }, context] = await Promise.all([import('../lib/panel-files.ts'), fileReadContext()]);
      const result = await readRoundFile(file, context);
      if (!result.ok) return refused(result.message);
      const incoming = result.round;
      const stored = await repository.loadRound(incoming.id);
      if (stored?.ok && canonicalJson(stored.round) === canonicalJson(incoming)) return { status: 'opened', roundId: incoming.id };
      if (stored) {
        const differences = stored.ok ? roundDifferences(stored.round, incoming, (id) => `the ${editionYear(id)} edition`) : [`The round kept here cannot be read: ${stored.problem}`];
        return { status: 'ask', offer: { fileName: file.name, incoming, stored: stored.ok ? stored.round : undefined, differences } };
      }
      const notSaved = await saveRoundOrSay(incoming, { isFromFile: true });
      return notSaved ? refused(notSaved) : { status: 'opened', roundId: incoming.id };
    } catch (error) {
      return refused(problemOf(error));
    }
  }

  /** Saves a round from a file (one new here makes this a panelist's device for it); undefined when saved, else why not. */
  async function saveRoundOrSay(round: HiringRound, { isFromFile }: { isFromFile: boolean }): Promise<string | undefined> {
    try {
      await repository.saveRound(round, { isFromFile });
    } catch (error) {
      return `The hiring round was not saved, and nothing on this device changed. ${problemOf(error)}`;
    }
    if (get().round?.id === round.id) {
      // The open copy is out of date: the round screen opens the saved one afresh.
      stopRound();
      set({ round: undefined });
    }
    askForPersistenceOnce();
    await loadRounds();
    return undefined;
  }

  /**
   * The person's answer to a round file whose round is already here: a copy beside it (a panelist's round on
   * this device), or the file's round in its place (this device keeps its role for the round).
   */
  async function settleRoundFile(offer: RoundOffer, choice: 'keep-both' | 'replace'): Promise<RoundFileOutcome> {
    set({ roundOffer: undefined });
    const round =
      choice === 'replace' ? offer.incoming : { ...offer.incoming, id: newId(), positionTitle: `${offer.incoming.positionTitle} (copy from file)`.slice(0, 200) };
    const notSaved = await saveRoundOrSay(round, { isFromFile: choice === 'keep-both' });
    return notSaved ? { status: 'refused', message: `“${offer.fileName}” was not opened. ${notSaved}` } : { status: 'opened', roundId: round.id };
  }

  return {
    store,
    loadRounds,
    openRound,
    startRound,
    chooseSetupEdition,
    deleteRound,
    deleteDamagedRound,
    deleteDamagedScorecard,
    openRoundFile,
    settleRoundFile,
    cancelRoundFile: () => set({ roundOffer: undefined }),
    importScorecardFiles,
    scoreCandidate,
    submitCandidateScores,
    chooseWhoIAm,
    setPin,
    unlock,
    lock: () => set({ unlocked: undefined }),
    mergeIncoming,
    closeScoring: () => editRound((round) => closeScoring(round, get().scorecards, nowIso())),
    setConsensus: (candidateId: string, skillAreaId: string, change: { level?: string; note?: string }) =>
      editRound((round) => setConsensus(round, candidateId, skillAreaId, change, nowIso())),
    setRecommendation: (candidateId: string | undefined, reasons: string) => editRound((round) => setRecommendation(round, candidateId, reasons, nowIso())),
    setInterviewDay: (candidateId: string, day: string) => editRound((round) => setInterviewDay(round, candidateId, day, nowIso())),
    loadNewestRound: () => roundSession.loadNewest(),
    loadNewestScores: () => scoring.loadNewestScores(),
    reset,
  };
}

export type PanelStore = ReturnType<typeof createPanelStore>;

export const usePanelActions = (): PanelStore => useScopedStore(createPanelStore);

export function usePanel<T>(selector: (state: PanelState) => T): T {
  return useStore(usePanelActions().store, selector);
}
