import type { StoreApi } from 'zustand/vanilla';
import type { Assessment, Importance, Rating } from '../domain/assessment/assessment.ts';
import * as model from '../domain/assessment/assessment.ts';
import type { NewPdAction, PdActionChange } from '../domain/pd/pd-plan.ts';
import * as plan from '../domain/pd/pd-plan.ts';
import type { NewComment } from '../domain/review/review.ts';
import * as review from '../domain/review/review.ts';
import { saveReviewer } from '../storage/assessment-repository.ts';
import { newId, nowIso } from '../lib/new-id.ts';
import type { AssessmentState } from './assessment-state.ts';
import type { DocumentSession } from './document-session.ts';

/** The verbs that change the open assessment; each goes through its document session, which saves it. */
export function assessmentEdits(store: StoreApi<AssessmentState>, session: () => DocumentSession<Assessment> | undefined) {
  const { getState, setState } = store;

  function edit(change: (assessment: Assessment, now: string) => Assessment, { isAnswer = true } = {}): void {
    const state = getState();
    const open = session();
    if (state.status !== 'ready' || !open) return;
    // A received copy is someone else's self-assessment: its answers stay as they sent them.
    if (isAnswer && state.assessment.received) return;
    open.edit(change(state.assessment, nowIso()));
  }

  return {
    rateIndicator: (indicatorId: string, rating: Rating | undefined) => edit((a, now) => model.rateIndicator(a, indicatorId, rating, now)),
    keepCarriedAnswer: (indicatorId: string) => edit((a, now) => model.keepCarriedAnswer(a, indicatorId, now)),
    setIndicatorTarget: (indicatorId: string, target: string | undefined) =>
      edit((a, now) => model.setIndicatorTarget(a, indicatorId, target, now)),
    writeNote: (indicatorId: string, note: string) => edit((a, now) => model.writeNote(a, indicatorId, note, now)),
    setAreaTarget: (skillAreaId: string, target: string) => edit((a, now) => model.setAreaTarget(a, skillAreaId, target, now)),
    /** Importance is the district's view: a reviewer may set it on a received copy too. */
    setImportance: (skillAreaId: string, importance: Importance) =>
      edit((a, now) => model.setImportance(a, skillAreaId, importance, now), { isAnswer: false }),
    /** The owner's note to the report's reader; a received copy's is the sender's and stays as sent. */
    setReaderNote: (note: string) => edit((a, now) => model.setReaderNote(a, note, now)),
    addComment: (comment: Omit<NewComment, 'id'>): void => {
      edit((a, now) => review.addComment(a, { ...comment, id: newId() }, now), { isAnswer: false });
      const reviewer = { name: comment.author, role: comment.authorRole };
      setState({ reviewer });
      void saveReviewer(reviewer).catch(() => undefined);
    },
    removeComment: (commentId: string) => edit((a, now) => review.removeComment(a, commentId, now), { isAnswer: false }),
    resolveComment: (commentId: string) => edit((a, now) => review.resolveComment(a, commentId, now), { isAnswer: false }),
    addPdAction: (action: Omit<NewPdAction, 'id'>) => edit((a, now) => plan.addPdAction(a, { ...action, id: newId() }, now)),
    updatePdAction: (actionId: string, change: PdActionChange) => edit((a, now) => plan.updatePdAction(a, actionId, change, now)),
    removePdAction: (actionId: string) => edit((a, now) => plan.removePdAction(a, actionId, now)),
    /** Puts back one answer from this tab that was not saved, on top of the newest answers, and saves it. */
    putBackMyAnswer: (indicatorId: string): void => {
      const { unsaved } = getState();
      const item = unsaved?.answers.find((a) => a.indicatorId === indicatorId);
      if (!unsaved || !item) return;
      edit((a, now) => model.setAnswer(a, indicatorId, item.mine, now));
      const answers = unsaved.answers.filter((a) => a !== item);
      setState({ unsaved: answers.length > 0 || unsaved.hasOtherChanges ? { ...unsaved, answers } : undefined });
    },
  };
}
