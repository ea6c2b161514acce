import type { StoreApi } from 'zustand/vanilla';
import type { Assessment, Importance, Rating } from '../domain/assessment/assessment.ts';
import * as model from '../domain/assessment/assessment.ts';
import type { NewPdAction, PdActionChange } from '../domain/pd/pd-plan.ts';
import * as plan from '../domain/pd/pd-plan.ts';
import type { NewComment } from '../domain/review/review.ts';
import * as review from '../domain/review/review.ts';
import type { Proposer } from '../domain/review/importance-proposals.ts';
import * as proposals from '../domain/review/importance-proposals.ts';
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
    flagIndicator: (indicatorId: string, isFlagged: boolean) => edit((a, now) => model.flagIndicator(a, indicatorId, isFlagged, now)),
    /** Rates the indicators "not applicable"; returns how to undo it (undefined when nothing could change). */
    markNotApplicable: (indicatorIds: readonly string[]): (() => void) | undefined => {
      let before: Record<string, model.IndicatorAnswer | undefined> | undefined;
      edit((a, now) => {
        const marked = model.markNotApplicable(a, indicatorIds, now);
        before = marked.before;
        return marked.assessment;
      });
      const saved = before;
      return saved && (() => edit((a, now) => model.restoreAnswers(a, saved, now)));
    },
    setAreaTarget: (skillAreaId: string, target: string) => edit((a, now) => model.setAreaTarget(a, skillAreaId, target, now)),
    /** The author's own importance; a reviewer proposes instead (proposeImportance), and the author accepts or declines. */
    setImportance: (skillAreaId: string, importance: Importance) => edit((a, now) => model.setImportance(a, skillAreaId, importance, now)),
    proposeImportance: (skillAreaId: string, importance: Importance, by: Proposer) =>
      edit((a, now) => (a.received ? proposals.proposeImportance(a, skillAreaId, importance, by, now) : a), { isAnswer: false }),
    acceptProposal: (skillAreaId: string) => edit((a, now) => proposals.acceptProposal(a, skillAreaId, now)),
    declineProposal: (skillAreaId: string) => edit((a, now) => proposals.declineProposal(a, skillAreaId, now)),
    /** The reviewer's "Reviewed by NAME on DATE", on their received copy; remembered as the reviewer's name for next time. */
    signOffReview: (by: Proposer): void => {
      edit((a, now) => review.signOffReview(a, by, now), { isAnswer: false });
      setState({ reviewer: by });
      void saveReviewer(by).catch(() => undefined);
    },
    withdrawSignOff: () => edit((a, now) => review.withdrawSignOff(a, now), { isAnswer: false }),
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
