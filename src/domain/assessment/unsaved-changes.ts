import type { Assessment, IndicatorAnswer } from './assessment.ts';

/** One indicator this tab changed but could not save, beside what the newest stored copy says. */
export interface UnsavedAnswer {
  indicatorId: string;
  mine?: IndicatorAnswer;
  newest?: IndicatorAnswer;
}

export interface UnsavedChanges {
  answers: UnsavedAnswer[];
  /** Changes outside the answers (title, targets, importance, plan, comments) that were not kept either. */
  hasOtherChanges: boolean;
}

const isSame = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const sameAnswer = (a: IndicatorAnswer | undefined, b: IndicatorAnswer | undefined): boolean =>
  (a?.current ?? '') === (b?.current ?? '') &&
  (a?.target ?? '') === (b?.target ?? '') &&
  (a?.note ?? '') === (b?.note ?? '') &&
  Boolean(a?.flagged) === Boolean(b?.flagged);

const OTHER_FIELDS = ['title', 'respondent', 'areaTargets', 'areaImportance', 'pdPlan', 'comments'] as const;

/**
 * What `mine` changed since `base` (the copy its edits started from) that `newest` (another tab's later copy)
 * does not already say: the work that would be lost if the newest copy simply replaced this one.
 */
export function unsavedChanges(base: Assessment, mine: Assessment, newest: Assessment): UnsavedChanges {
  const ids = [...new Set([...Object.keys(base.answers), ...Object.keys(mine.answers)])];
  const answers = ids
    .filter((id) => !sameAnswer(base.answers[id], mine.answers[id]) && !sameAnswer(mine.answers[id], newest.answers[id]))
    .map((indicatorId) => ({ indicatorId, mine: mine.answers[indicatorId], newest: newest.answers[indicatorId] }));
  const hasOtherChanges = OTHER_FIELDS.some((field) => !isSame(base[field], mine[field]) && !isSame(mine[field], newest[field]));
  return { answers, hasOtherChanges };
}
