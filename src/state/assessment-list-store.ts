import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Assessment, Respondent } from '../domain/assessment/assessment.ts';
import { createAssessment, duplicateAssessment, renameAssessment, startReassessment } from '../domain/assessment/assessment.ts';
import { startReassessmentOn } from '../domain/assessment/carry-over.ts';
import type { Framework } from '../domain/framework/framework.ts';
import type { ListedAssessment } from '../storage/assessment-repository.ts';
import * as repository from '../storage/assessment-repository.ts';
import type { StoredKey } from '../storage/damaged-records.ts';
import { deleteDamagedRecord } from '../storage/damaged-records.ts';
import { onStoredChange } from '../storage/change-feed.ts';
import { StorageError } from '../storage/storage-error.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import { errorMessage } from '../lib/error-message.ts';
import { localDay } from '../lib/format.ts';
import { createAssessmentStore } from './assessment-store.ts';
import { crosswalkBetween, CURRENT_EDITION_ID, loadFramework, loadFrameworks } from './content-loader.ts';
import { askForPersistenceOnce } from './persistence.ts';
import type { StoreScope } from './store-scope.ts';
import { useScopedStore } from './store-context.tsx';

export interface AssessmentListState {
  status: 'loading' | 'ready' | 'failed';
  items: ListedAssessment[];
  /** The current edition; loaded beside the list. */
  framework?: Framework;
  /** Every edition the listed assessments use (and the current one), by id, for completion figures. */
  frameworks: Record<string, Framework>;
  problem?: string;
  /** Kept in memory so a delete can be undone. */
  deleted?: Assessment;
  lastAssessmentId?: string;
}

export interface NewAssessmentInput {
  title: string;
  respondent: Partial<Respondent>;
  /** The framework edition to start on; the current edition when absent. */
  editionId?: string;
}

const initial: AssessmentListState = { status: 'loading', items: [], frameworks: {} };
const editionsOf = (items: ListedAssessment[]) => [CURRENT_EDITION_ID, ...items.flatMap((item) => (item.ok ? [item.assessment.framework.editionId] : []))];
const problemOf = (error: unknown) => errorMessage(error, new StorageError('failed').message);

/** The list of assessments on the home screen, and what it can do to them. */
export function createAssessmentListStore(scope: StoreScope) {
  const store = createStore<AssessmentListState>()(() => initial);
  const { getState: get, setState: set } = store;

  async function loadAssessmentList(): Promise<void> {
    try {
      // The list may rename or delete: drop the open copy so it is read afresh next time.
      scope.get(createAssessmentStore).closeAssessment();
      const [items, framework, lastAssessmentId] = await Promise.all([repository.listAssessments(), loadFramework(), repository.loadLastAssessmentId()]);
      const frameworks = await loadFrameworks(editionsOf(items));
      set({ status: 'ready', items, framework, frameworks, lastAssessmentId, problem: undefined });
    } catch (error) {
      set({ status: 'failed', problem: problemOf(error) });
    }
  }

  let refreshing: Promise<void> | undefined;
  let hasMoreNews = false;

  async function refreshList(): Promise<void> {
    do {
      hasMoreNews = false;
      try {
        const items = await repository.listAssessments();
        set({ items, frameworks: await loadFrameworks(editionsOf(items)) });
      } catch {
        // The next change, or the next visit, tries again; the list on screen stays as it was.
      }
    } while (hasMoreNews);
  }

  /** While the list is on screen, another tab's changes (new, renamed, deleted, edited) show up in it. */
  function watchAssessmentList(): () => void {
    return onStoredChange((change) => {
      if (change.store !== 'assessments' || get().status !== 'ready') return;
      if (refreshing) return void (hasMoreNews = true);
      refreshing = refreshList().finally(() => {
        refreshing = undefined;
      });
    });
  }

  /** Runs a change and reloads the list; a failure becomes a message and nothing else changes. */
  async function change(work: () => Promise<void>): Promise<boolean> {
    try {
      await work();
      await loadAssessmentList();
      return true;
    } catch (error) {
      set({ problem: problemOf(error) });
      return false;
    }
  }

  function find(id: string): Assessment | undefined {
    const item = get().items.find((i) => i.ok && i.assessment.id === id);
    return item?.ok ? item.assessment : undefined;
  }

  async function startAssessment({ title, respondent, editionId = CURRENT_EDITION_ID }: NewAssessmentInput): Promise<Assessment | undefined> {
    let assessment: Assessment | undefined;
    const isDone = await change(async () => {
      const framework = await loadFramework(editionId);
      const edition = { editionId: framework.id, dataVersion: framework.dataVersion };
      assessment = createAssessment({ id: newId(), title, respondent, framework: edition, now: nowIso() });
      await repository.insertAssessment(assessment);
    });
    if (isDone) askForPersistenceOnce();
    return isDone ? assessment : undefined;
  }

  function renameInList(id: string, title: string): Promise<boolean> {
    const assessment = find(id);
    if (!assessment) return Promise.resolve(false);
    // Refused if another tab changed it since the list was read: the list reloads with theirs.
    return change(() => repository.saveAssessment(renameAssessment(assessment, title, nowIso()), assessment));
  }

  function duplicateInList(id: string): Promise<boolean> {
    const assessment = find(id);
    if (!assessment) return Promise.resolve(false);
    return change(() => repository.insertAssessment(duplicateAssessment(assessment, newId(), nowIso())));
  }

  function deleteFromList(id: string): Promise<boolean> {
    const item = get().items.find((i) => (i.ok ? i.assessment.id : i.id) === id);
    if (!item) return Promise.resolve(false);
    return change(async () => {
      await repository.deleteAssessment(id);
      set({ deleted: item.ok ? item.assessment : undefined });
    });
  }

  /** A record that failed its checks goes by the key it is stored under; there is nothing to undo it to. */
  function deleteDamaged(key: StoredKey): Promise<boolean> {
    return change(() => deleteDamagedRecord('assessments', key));
  }

  function undoDelete(): Promise<boolean> {
    const { deleted } = get();
    if (!deleted) return Promise.resolve(false);
    return change(async () => {
      await repository.insertAssessment(deleted);
      set({ deleted: undefined });
    });
  }

  /** A new assessment dated today that starts from an earlier one's answers, for measuring growth. */
  async function reassessFromList(id: string): Promise<Assessment | undefined> {
    const source = find(id);
    if (!source) return undefined;
    const now = nowIso();
    const next = startReassessment(source, newId(), `${source.title} (re-assessed ${localDay(now)})`, now);
    return (await change(() => repository.insertAssessment(next))) ? next : undefined;
  }

  /**
   * A new assessment on a newer edition that starts from an earlier one through the crosswalk: one-to-one
   * answers carried, the rest carried and marked "please check", the new indicators listed.
   */
  async function reassessOnEdition(id: string, editionId: string): Promise<Assessment | undefined> {
    const source = find(id);
    if (!source) return undefined;
    let next: Assessment | undefined;
    const isDone = await change(async () => {
      const [from, to, crosswalk] = await Promise.all([
        loadFramework(source.framework.editionId),
        loadFramework(editionId),
        crosswalkBetween(source.framework.editionId, editionId),
      ]);
      if (!crosswalk) throw new Error(`There is no crosswalk from “${from.edition}” to “${to.edition}”, so this assessment cannot be carried to it.`);
      const now = nowIso();
      next = startReassessmentOn({ from, to, crosswalk }, source, newId(), `${source.title} (re-assessed on the ${to.edition}, ${localDay(now)})`, now);
      await repository.insertAssessment(next);
    });
    return isDone ? next : undefined;
  }

  return {
    store,
    loadAssessmentList,
    reassessOnEdition,
    watchAssessmentList,
    startAssessment,
    renameInList,
    duplicateInList,
    deleteFromList,
    deleteDamaged,
    undoDelete,
    dismissUndo: () => set({ deleted: undefined }),
    reassessFromList,
    reset: () => set(initial, true),
  };
}

export type AssessmentListStore = ReturnType<typeof createAssessmentListStore>;

export const useAssessmentListActions = (): AssessmentListStore => useScopedStore(createAssessmentListStore);

export function useAssessmentList<T>(selector: (state: AssessmentListState) => T): T {
  return useStore(useAssessmentListActions().store, selector);
}
