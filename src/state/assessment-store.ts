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
import { StorageError } from '../storage/storage-error.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import { createSaver } from './autosave.ts';
import { loadFramework } from './content-loader.ts';
import { errorMessage } from '../lib/error-message.ts';
import type { UnsavedChanges } from '../domain/assessment/unsaved-changes.ts';
import { unsavedChanges } from '../domain/assessment/unsaved-changes.ts';
import { onStoredChange } from '../storage/change-feed.ts';
import type { RecordHead } from '../storage/revision-guard.ts';
import { headOf, isSameHead } from '../storage/revision-guard.ts';

/** 'conflict': another tab changed the stored copy, so this tab stops saving until the user loads it. */
export type SaveState = 'saved' | 'saving' | 'failed' | 'conflict';

type Loaded = { status: 'ready'; assessment: Assessment; framework: Framework };
type NotLoaded = { status: 'idle' | 'loading' } | { status: 'missing' } | { status: 'unreadable'; title?: string; problem: string };

type AssessmentState = (Loaded | NotLoaded) & {
  openId?: string;
  /** The name and role last used on a comment, to prefill the next. */
  reviewer?: ReviewerProfile;
  saveState: SaveState;
  saveProblem?: string;
  /** This tab's changes that another tab's newer copy replaced, kept so the user can copy or put them back. */
  unsaved?: UnsavedChanges;
};

const initial: AssessmentState = { status: 'idle', saveState: 'saved' };

export const useAssessmentStore = create<AssessmentState>()(() => initial);

/** The stored copy the open assessment's edits build on; a save is refused if another tab has changed it since. */
let base: { head: RecordHead; copy: Assessment } | undefined;

function startFrom(assessment: Assessment): void {
  base = { head: headOf(assessment), copy: assessment };
}

const saver = createSaver((assessment: Assessment) => saveAssessment(assessment, base?.head), {
  onSaving: () => useAssessmentStore.setState({ saveState: 'saving', saveProblem: undefined }),
  onSaved: () => {
    if (useAssessmentStore.getState().saveState !== 'conflict') useAssessmentStore.setState({ saveState: 'saved', saveProblem: undefined });
  },
  onError: (error) => {
    const saveState = error.problem === 'conflict' || useAssessmentStore.getState().saveState === 'conflict' ? 'conflict' : 'failed';
    useAssessmentStore.setState({ saveState, saveProblem: saveState === 'conflict' ? new StorageError('conflict').message : error.message });
  },
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
    startFrom(read.assessment);
    useAssessmentStore.setState({ status: 'ready', assessment: read.assessment, framework, reviewer });
    await saveLastAssessmentId(id).catch(() => undefined);
  } catch (error) {
    const problem = errorMessage(error, String(error));
    if (stillWanted()) useAssessmentStore.setState({ status: 'unreadable', problem });
  }
}

export function closeAssessment(): void {
  base = undefined;
  // Replace, not merge: a kept openId would make the next openAssessment of the same id return early.
  useAssessmentStore.setState(initial, true);
}

function edit(change: (assessment: Assessment, now: string) => Assessment, { isAnswer = true } = {}): void {
  const state = useAssessmentStore.getState();
  if (state.status !== 'ready') return;
  // A received copy is someone else's self-assessment: its answers stay as they sent them.
  if (isAnswer && state.assessment.received) return;
  const next = change(state.assessment, nowIso());
  if (next === state.assessment) return;
  // In a conflict, edits stay on screen but are not written: they would replace another tab's newer answers.
  if (state.saveState !== 'conflict') saver.save(next);
  useAssessmentStore.setState({ assessment: next });
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

/** Writes the open assessment again, e.g. after space was freed; it holds every change made so far. */
export function retrySave(): void {
  const state = useAssessmentStore.getState();
  if (state.status === 'ready' && state.saveState === 'failed') saver.save(state.assessment);
}

/**
 * After a conflict: shows the newest stored copy, and keeps what this tab changed that the newest copy does
 * not say, so nothing typed here is lost without the user seeing it.
 */
export async function loadNewestAnswers(): Promise<void> {
  await saver.flush();
  const state = useAssessmentStore.getState();
  if (state.status !== 'ready') return;
  try {
    const read = await loadAssessment(state.assessment.id);
    const mine = useAssessmentStore.getState();
    if (mine.status !== 'ready' || mine.openId !== state.openId) return;
    if (!read) return useAssessmentStore.setState({ status: 'missing' });
    if (!read.ok) return useAssessmentStore.setState({ status: 'unreadable', title: read.title, problem: read.problem });
    const unsaved = base ? unsavedChanges(base.copy, mine.assessment, read.assessment) : undefined;
    startFrom(read.assessment);
    const hasUnsaved = unsaved !== undefined && (unsaved.answers.length > 0 || unsaved.hasOtherChanges);
    useAssessmentStore.setState({ assessment: read.assessment, saveState: 'saved', saveProblem: undefined, unsaved: hasUnsaved ? unsaved : undefined });
  } catch (error) {
    useAssessmentStore.setState({ saveProblem: errorMessage(error, new StorageError('failed').message) });
  }
}

/** Puts back one answer from this tab that was not saved, on top of the newest answers, and saves it. */
export function putBackMyAnswer(indicatorId: string): void {
  const { unsaved } = useAssessmentStore.getState();
  const item = unsaved?.answers.find((a) => a.indicatorId === indicatorId);
  if (!unsaved || !item) return;
  edit((a, now) => model.setAnswer(a, indicatorId, item.mine, now));
  const answers = unsaved.answers.filter((a) => a !== item);
  useAssessmentStore.setState({ unsaved: answers.length > 0 || unsaved.hasOtherChanges ? { ...unsaved, answers } : undefined });
}

export function dismissUnsaved(): void {
  useAssessmentStore.setState({ unsaved: undefined });
}

/**
 * Another tab saved the open assessment: show its copy here if this tab has nothing unsaved. If this tab
 * has unsaved changes (a failed write), say so instead of dropping them; edits still in flight are
 * checked by the save itself and refused if the stored copy moved on.
 */
async function catchUp(id: string): Promise<void> {
  await saver.flush();
  const before = useAssessmentStore.getState();
  if (before.openId !== id || before.status !== 'ready' || before.saveState === 'conflict' || before.saveState === 'saving') return;
  const read = await loadAssessment(id).catch(() => undefined);
  const now = useAssessmentStore.getState();
  // Edited meanwhile: that edit's own save decides, and is refused if the other tab's copy is newer.
  if (!read?.ok || now.status !== 'ready' || now.assessment !== before.assessment) return;
  if (isSameHead(read.assessment, now.assessment)) return;
  if (now.saveState === 'failed') {
    useAssessmentStore.setState({ saveState: 'conflict', saveProblem: new StorageError('conflict').message });
    return;
  }
  startFrom(read.assessment);
  useAssessmentStore.setState({ assessment: read.assessment });
}

let catchingUp: Promise<void> | undefined;
let hasMoreNews = false;

/** Typing in another tab announces every keystroke: read once per burst, not once per message. */
function followOtherTabs(id: string): void {
  if (catchingUp) {
    hasMoreNews = true;
    return;
  }
  catchingUp = (async () => {
    do {
      hasMoreNews = false;
      await catchUp(id);
    } while (hasMoreNews);
  })().finally(() => {
    catchingUp = undefined;
  });
}

onStoredChange((change) => {
  if (change.store === 'assessments' && change.id === useAssessmentStore.getState().openId) followOtherTabs(change.id);
});
