import { create } from 'zustand';
import type { Assessment, Importance, Rating } from '../domain/assessment/assessment.ts';
import * as model from '../domain/assessment/assessment.ts';
import type { Framework } from '../domain/framework/framework.ts';
import type { NewPdAction, PdActionChange } from '../domain/pd/pd-plan.ts';
import * as plan from '../domain/pd/pd-plan.ts';
import type { NewComment } from '../domain/review/review.ts';
import * as review from '../domain/review/review.ts';
import type { ReviewerProfile } from '../storage/assessment-repository.ts';
import { loadAssessment, loadReviewer, saveAssessment, saveLastAssessmentId, saveReviewer } from '../storage/assessment-repository.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import { createSaver } from './autosave.ts';
import { loadFramework } from './content-loader.ts';
import { errorMessage } from '../lib/error-message.ts';

export type SaveState = 'saved' | 'saving' | 'failed';

type Loaded = { status: 'ready'; assessment: Assessment; framework: Framework };
type NotLoaded = { status: 'idle' | 'loading' } | { status: 'missing' } | { status: 'unreadable'; title?: string; problem: string };

type AssessmentState = (Loaded | NotLoaded) & {
  openId?: string;
  /** The name and role last used on a comment, to prefill the next. */
  reviewer?: ReviewerProfile;
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
    const reviewer = await loadReviewer().catch(() => undefined);
    if (!stillWanted()) return;
    useAssessmentStore.setState({ status: 'ready', assessment: read.assessment, framework, reviewer });
    await saveLastAssessmentId(id).catch(() => undefined);
  } catch (error) {
    const problem = errorMessage(error, String(error));
    if (stillWanted()) useAssessmentStore.setState({ status: 'unreadable', problem });
  }
}

export function closeAssessment(): void {
  useAssessmentStore.setState(initial);
}

function edit(change: (assessment: Assessment, now: string) => Assessment, { isAnswer = true } = {}): void {
  const state = useAssessmentStore.getState();
  if (state.status !== 'ready') return;
  // A received copy is someone else's self-assessment: its answers stay as they sent them.
  if (isAnswer && state.assessment.received) return;
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

export const visitSkillArea = (skillAreaId: string) => edit((a) => model.visitSkillArea(a, skillAreaId), { isAnswer: false });

/** Importance is the district's view: a reviewer may set it on a received copy too. */
export const setImportance = (skillAreaId: string, importance: Importance) =>
  edit((a, now) => model.setImportance(a, skillAreaId, importance, now), { isAnswer: false });

export function addComment(comment: Omit<NewComment, 'id'>): void {
  edit((a, now) => review.addComment(a, { ...comment, id: newId() }, now), { isAnswer: false });
  const reviewer = { name: comment.author, role: comment.authorRole };
  useAssessmentStore.setState({ reviewer });
  void saveReviewer(reviewer).catch(() => undefined);
}

export const removeComment = (commentId: string) => edit((a, now) => review.removeComment(a, commentId, now), { isAnswer: false });

export const addPdAction = (action: Omit<NewPdAction, 'id'>) => edit((a, now) => plan.addPdAction(a, { ...action, id: newId() }, now));

export const updatePdAction = (actionId: string, change: PdActionChange) =>
  edit((a, now) => plan.updatePdAction(a, actionId, change, now));

export const removePdAction = (actionId: string) => edit((a, now) => plan.removePdAction(a, actionId, now));
