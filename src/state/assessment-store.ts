import { create } from 'zustand';
import type { Assessment, Importance, Rating } from '../domain/assessment/assessment.ts';
import * as model from '../domain/assessment/assessment.ts';
import type { Framework } from '../domain/framework/framework.ts';
import type { NewPdAction, PdActionChange } from '../domain/pd/pd-plan.ts';
import * as plan from '../domain/pd/pd-plan.ts';
import { loadAssessment, saveAssessment, saveLastAssessmentId } from '../storage/assessment-repository.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import { createSaver } from './autosave.ts';
import { loadFramework } from './content-loader.ts';

export type SaveState = 'saved' | 'saving' | 'failed';

type Loaded = { status: 'ready'; assessment: Assessment; framework: Framework };
type NotLoaded = { status: 'idle' | 'loading' } | { status: 'missing' } | { status: 'unreadable'; title?: string; problem: string };

type AssessmentState = (Loaded | NotLoaded) & {
  openId?: string;
  saveState: SaveState;
  saveProblem?: string;
};

const initial: AssessmentState = { status: 'idle', saveState: 'saved' };

export const useAssessmentStore = create<AssessmentState>()(() => initial);

const saver = createSaver(saveAssessment, {
  onSaving: () => useAssessmentStore.setState({ saveState: 'saving', saveProblem: undefined }),
  onSaved: () => useAssessmentStore.setState({ saveState: 'saved', saveProblem: undefined }),
  onError: (error) => useAssessmentStore.setState({ saveState: 'failed', saveProblem: error.message }),
});

/** Resolves when every change so far is written; the list screen waits on it before reading. */
export const whenSaved = (): Promise<void> => saver.flush();

export async function openAssessment(id: string): Promise<void> {
  if (useAssessmentStore.getState().openId === id) return;
  await saver.flush();
  useAssessmentStore.setState({ ...initial, status: 'loading', openId: id });
  const stillWanted = () => useAssessmentStore.getState().openId === id;
  try {
    const read = await loadAssessment(id);
    if (!read) return void (stillWanted() && useAssessmentStore.setState({ status: 'missing' }));
    if (!read.ok) {
      return void (stillWanted() && useAssessmentStore.setState({ status: 'unreadable', title: read.title, problem: read.problem }));
    }
    const framework = await loadFramework(read.assessment.framework.editionId);
    if (!stillWanted()) return;
    useAssessmentStore.setState({ status: 'ready', assessment: read.assessment, framework });
    await saveLastAssessmentId(id).catch(() => undefined);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    if (stillWanted()) useAssessmentStore.setState({ status: 'unreadable', problem });
  }
}

export function closeAssessment(): void {
  useAssessmentStore.setState(initial);
}

function edit(change: (assessment: Assessment, now: string) => Assessment): void {
  const state = useAssessmentStore.getState();
  if (state.status !== 'ready') return;
  const next = change(state.assessment, nowIso());
  if (next === state.assessment) return;
  useAssessmentStore.setState({ assessment: next });
  saver.save(next);
}

export const rateIndicator = (indicatorId: string, rating: Rating | undefined) =>
  edit((a, now) => model.rateIndicator(a, indicatorId, rating, now));

export const setIndicatorTarget = (indicatorId: string, target: string | undefined) =>
  edit((a, now) => model.setIndicatorTarget(a, indicatorId, target, now));

export const writeNote = (indicatorId: string, note: string) => edit((a, now) => model.writeNote(a, indicatorId, note, now));

export const setAreaTarget = (skillAreaId: string, target: string) =>
  edit((a, now) => model.setAreaTarget(a, skillAreaId, target, now));

export const visitSkillArea = (skillAreaId: string) => edit((a) => model.visitSkillArea(a, skillAreaId));

export const setImportance = (skillAreaId: string, importance: Importance) =>
  edit((a, now) => model.setImportance(a, skillAreaId, importance, now));

export const addPdAction = (action: Omit<NewPdAction, 'id'>) => edit((a, now) => plan.addPdAction(a, { ...action, id: newId() }, now));

export const updatePdAction = (actionId: string, change: PdActionChange) =>
  edit((a, now) => plan.updatePdAction(a, actionId, change, now));

export const removePdAction = (actionId: string) => edit((a, now) => plan.removePdAction(a, actionId, now));
