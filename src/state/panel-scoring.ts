import type { StoreApi } from 'zustand/vanilla';
import type { Scorecard } from '../domain/panel/panel.ts';
import * as repository from '../storage/panel-repository.ts';
import { keepScorecardAtClose } from '../storage/scorecard-at-close.ts';
import { errorMessage } from '../lib/error-message.ts';
import type { DocumentSession, SaveState, SessionStorage, SessionView } from './document-session.ts';
import { openDocumentSession } from './document-session.ts';
import type { PanelState } from './panel-state.ts';

function storageFor(id: string): SessionStorage<Scorecard> {
  return {
    async read() {
      const read = await repository.loadScorecard(id);
      if (!read) return { status: 'missing' };
      return read.ok ? { status: 'found', doc: read.scorecard } : { status: 'unreadable', problem: read.problem };
    },
    write: (card, expected) => repository.saveScorecard(card, expected),
    keepAtClose: keepScorecardAtClose,
  };
}

const RANK: Record<SaveState, number> = { saved: 0, saving: 1, failed: 2, conflict: 3 };

/** The open round's scorecards, one document session each: the same saving, conflicts and catch-up as an assessment. */
export function panelScoring({ getState, setState }: StoreApi<PanelState>) {
  const sessions = new Map<string, DocumentSession<Scorecard>>();

  /** The round's save state is its worst card's: one card in conflict stops that card, and the screen says so. */
  function show(): void {
    const views = [...sessions.values()].map((s) => s.view());
    const worst = views.reduce<SessionView<Scorecard> | undefined>((a, b) => (a && RANK[a.saveState] >= RANK[b.saveState] ? a : b), undefined);
    const scorecards = views.map((v) => v.doc).sort((a, b) => a.id.localeCompare(b.id));
    setState({ scorecards, saveState: worst?.saveState ?? 'saved', saveProblem: worst?.saveProblem });
  }

  function track(card: Scorecard, isStored: boolean): DocumentSession<Scorecard> {
    const session = openDocumentSession(card, storageFor(card.id), show, { isStored });
    sessions.set(card.id, session);
    return session;
  }

  function startFrom(scorecards: Scorecard[]): void {
    stop();
    for (const card of scorecards) track(card, true);
  }

  function stop(): void {
    for (const session of sessions.values()) session.close();
    sessions.clear();
  }

  /** `before` is the card as shown (for a panelist's first score, a new card not stored yet). */
  function edit(before: Scorecard, after: Scorecard): void {
    (sessions.get(before.id) ?? track(before, false)).edit(after);
  }

  /** Reads the open round's scorecards again, as stored now (after a conflict, or a card new from another tab). */
  async function loadNewestScores({ unlessEditedMeanwhile = false } = {}): Promise<void> {
    const { round, scorecards: before } = getState();
    if (!round) return;
    try {
      const { scorecards } = await repository.listScorecards(round.id);
      const now = getState();
      // An edit made while reading has its own save, which is refused if the stored card moved on.
      if (now.round?.id !== round.id || (unlessEditedMeanwhile && now.scorecards !== before)) return;
      startFrom(scorecards);
      setState({ scorecards, saveState: 'saved', saveProblem: undefined });
    } catch (error) {
      setState({ saveProblem: errorMessage(error, 'Something went wrong.') });
    }
  }

  /** Another tab saved a card of the open round: its session catches up, or a card new here is read in. */
  function follow(cardId: string): void {
    const session = sessions.get(cardId);
    if (session) session.catchUp();
    else if (getState().saveState === 'saved') void loadNewestScores({ unlessEditedMeanwhile: true });
  }

  return { startFrom, stop, edit, loadNewestScores, follow };
}
