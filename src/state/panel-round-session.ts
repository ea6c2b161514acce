import type { StoreApi } from 'zustand/vanilla';
import type { HiringRound } from '../domain/panel/panel.ts';
import * as repository from '../storage/panel-repository.ts';
import type { DocumentSession, SessionStorage } from './document-session.ts';
import { openDocumentSession } from './document-session.ts';
import type { PanelState } from './panel-state.ts';

function storageFor(id: string): SessionStorage<HiringRound> {
  return {
    async read() {
      const read = await repository.loadRound(id);
      if (!read) return { status: 'missing' };
      return read.ok ? { status: 'found', doc: read.round } : { status: 'unreadable', problem: read.problem };
    },
    write: (round, expected) => repository.saveRoundEdit(round, expected),
  };
}

/** The open round as the chair edits it (dates, consensus, closing scoring): one document session, like a scorecard. */
export function panelRoundSession({ setState }: StoreApi<PanelState>) {
  let session: DocumentSession<HiringRound> | undefined;

  function startFrom(round: HiringRound): void {
    session?.close();
    session = openDocumentSession(round, storageFor(round.id), (view) =>
      setState({ round: view.doc, roundSaveProblem: view.saveState === 'conflict' || view.saveState === 'failed' ? view.saveProblem : undefined }),
    );
  }

  return {
    startFrom,
    stop: () => {
      session?.close();
      session = undefined;
    },
    edit: (next: HiringRound) => session?.edit(next),
    /** Another tab changed the round: show its copy unless this tab holds an unsaved change. */
    catchUp: () => session?.catchUp(),
    loadNewest: async () => void (await session?.loadNewest()),
  };
}
