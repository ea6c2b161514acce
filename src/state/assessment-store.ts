import { createStore } from 'zustand/vanilla';
import type { Assessment } from '../domain/assessment/assessment.ts';
import { unsavedChanges } from '../domain/assessment/unsaved-changes.ts';
import { loadAssessment, loadReviewer, saveAssessment, saveLastAssessmentId } from '../storage/assessment-repository.ts';
import { keepAtClose } from '../storage/assessment-at-close.ts';
import { onStoredChange } from '../storage/change-feed.ts';
import { StorageError } from '../storage/storage-error.ts';
import { loadLastSkillArea, saveLastSkillArea } from '../storage/walk-position.ts';
import { errorMessage } from '../lib/error-message.ts';
import { loadFramework } from './content-loader.ts';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { Framework } from '../domain/framework/framework.ts';
import type { DocumentSession, SessionStorage } from './document-session.ts';
import { openDocumentSession } from './document-session.ts';
import type { StoreScope } from './store-scope.ts';
import { useScopedStore } from './store-context.tsx';
import { assessmentEdits } from './assessment-edits.ts';
import type { AssessmentState } from './assessment-state.ts';
import { initial } from './assessment-state.ts';

export type { AssessmentState };

function storageFor(id: string): SessionStorage<Assessment> {
  return {
    async read() {
      const read = await loadAssessment(id);
      if (!read) return { status: 'missing' };
      return read.ok ? { status: 'found', doc: read.assessment } : { status: 'unreadable', problem: read.problem, title: read.title };
    },
    write: (assessment, expected) => saveAssessment(assessment, expected),
    keepAtClose,
  };
}

/** The open assessment: a thin wrapper over one document session, plus what the screens show beside it. */
export function createAssessmentStore(scope: StoreScope) {
  const store = createStore<AssessmentState>()(() => initial);
  const { getState, setState } = store;
  let session: DocumentSession<Assessment> | undefined;

  function closeAssessment(): void {
    session?.close();
    session = undefined;
    // Replace, not merge: a kept openId would make the next openAssessment of the same id return early.
    setState(initial, true);
  }

  async function openAssessment(id: string): Promise<void> {
    if (getState().openId === id) return;
    closeAssessment();
    setState({ status: 'loading', openId: id });
    const stillWanted = () => getState().openId === id;
    try {
      const read = await loadAssessment(id);
      if (!read) return void (stillWanted() && setState({ status: 'missing' }));
      if (!read.ok) return void (stillWanted() && setState({ status: 'unreadable', title: read.title, problem: read.problem }));
      const [framework, reviewer, lastSkillAreaId] = await Promise.all([
        loadFramework(read.assessment.framework.editionId),
        loadReviewer().catch(() => undefined),
        loadLastSkillArea(id).catch(() => undefined),
      ]);
      if (!stillWanted()) return;
      session = openDocumentSession(read.assessment, storageFor(id), ({ doc, saveState, saveProblem }) => {
        if (getState().status === 'ready') setState({ assessment: doc, saveState, saveProblem });
      });
      setState({ status: 'ready', assessment: read.assessment, framework, reviewer, lastSkillAreaId: lastSkillAreaId ?? read.assessment.lastSkillAreaId });
      await saveLastAssessmentId(id).catch(() => undefined);
    } catch (error) {
      if (stillWanted()) setState({ status: 'unreadable', problem: errorMessage(error, String(error)) });
    }
  }

  /** Moving between skill areas: remembered for "resume", written apart from the answers, told to no other tab. */
  function visitSkillArea(skillAreaId: string): void {
    const state = getState();
    if (state.status !== 'ready' || state.lastSkillAreaId === skillAreaId) return;
    setState({ lastSkillAreaId: skillAreaId });
    void saveLastSkillArea(state.assessment.id, skillAreaId).catch(() => undefined);
  }

  /**
   * After a conflict: shows the newest stored copy, and keeps what this tab changed that the newest copy does
   * not say, so nothing typed here is lost without the user seeing it.
   */
  async function loadNewestAnswers(): Promise<void> {
    const open = session;
    const state = getState();
    if (!open || state.status !== 'ready') return;
    const [base, mine] = [open.base(), state.assessment];
    try {
      const read = await open.loadNewest();
      if (session !== open) return;
      if (read.status === 'missing') return setState({ status: 'missing' });
      if (read.status === 'unreadable') return setState({ status: 'unreadable', title: read.title, problem: read.problem });
      const unsaved = base ? unsavedChanges(base, mine, read.doc) : undefined;
      const hasUnsaved = unsaved !== undefined && (unsaved.answers.length > 0 || unsaved.hasOtherChanges);
      setState({ unsaved: hasUnsaved ? unsaved : undefined });
    } catch (error) {
      setState({ saveProblem: errorMessage(error, new StorageError('failed').message) });
    }
  }

  // Another tab saved the open assessment: its session decides whether to show that copy here.
  scope.onDispose(
    onStoredChange((change) => {
      if (change.store === 'assessments' && change.id === getState().openId) session?.catchUp();
    }),
  );

  return {
    store,
    openAssessment,
    closeAssessment,
    visitSkillArea,
    loadNewestAnswers,
    retrySave: () => session?.retry(),
    dismissUnsaved: () => setState({ unsaved: undefined }),
    ...assessmentEdits(store, () => session),
    reset: closeAssessment,
  };
}

export type AssessmentStore = ReturnType<typeof createAssessmentStore>;

/** The open assessment's actions (stable: safe in effects and handlers). */
export const useAssessmentActions = (): AssessmentStore => useScopedStore(createAssessmentStore);

/** Reads the open assessment through a selector, so a component redraws only when what it picked changes. */
export function useAssessment<T>(selector: (state: AssessmentState) => T): T {
  return useStore(useAssessmentActions().store, selector);
}

const selectOpen = (s: AssessmentState) => (s.status === 'ready' ? { framework: s.framework, assessment: s.assessment } : undefined);

/** The open assessment and its framework, for screens that show all of it (summary, results, plan, report). */
export function useOpenAssessment(): { framework: Framework; assessment: Assessment } | undefined {
  return useAssessment(useShallow(selectOpen));
}
