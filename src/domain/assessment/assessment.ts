/** The self-assessment as the user sees it: who, which framework edition, and every answer. */

export const NOT_APPLICABLE = 'na';

/** A level id from the rubric, or NOT_APPLICABLE. */
export type Rating = string;

/** Where an answer carried from an earlier edition came from (ids in that edition), and whether the user should check it. */
export interface CarriedMark {
  from: string[];
  /** Set when the answer did not map one to one; cleared once the user rates the indicator or keeps the answer. */
  needsCheck?: true;
}

export interface IndicatorAnswer {
  current?: Rating;
  /** Overrides the skill area's target for this one indicator. */
  target?: string;
  note?: string;
  /** Marked to come back to; absent when not flagged. */
  flagged?: true;
  carried?: CarriedMark;
}

/** Set on an assessment started from one on an earlier edition: which edition, and what the change brought. */
export interface EditionChange {
  fromEditionId: string;
  /** Indicators the newer edition added: nothing could be carried to them. */
  newIndicatorIds: string[];
  /** Indicators of the earlier edition that the newer one retired: their answers stayed behind. */
  retiredIndicatorIds: string[];
}

export interface Respondent {
  name: string;
  role: string;
  district: string;
}

/** How much a skill area matters to the district this year; "normal" is the default and is not stored. */
export type Importance = 'low' | 'normal' | 'high';

export type PdActionStatus = 'planned' | 'in-progress' | 'done';

/** One step of the professional-development plan: from the catalogue (activityId) or the user's own. */
export interface PdAction {
  id: string;
  title: string;
  goal: string;
  skillAreaIds: string[];
  activityId?: string;
  /** The catalogue's effort and cost when the activity was planned, kept so the plan says what it took on. */
  effort?: { hours: number; label: string };
  cost?: 'free' | 'low' | 'high';
  /** yyyy-mm-dd */
  dueDate?: string;
  status: PdActionStatus;
  evidence: string;
  createdAt: string;
  /** Set when the status becomes done; cleared if it is reopened. */
  completedAt?: string;
}

/** A reviewer's comment (a superintendent, say) on one skill area, a plan action, or the whole assessment. */
export interface ReviewComment {
  id: string;
  /** Absent for a comment on the assessment as a whole (or on a plan action). */
  skillAreaId?: string;
  /** Set for a comment on one action of the development plan. */
  planActionId?: string;
  text: string;
  author: string;
  authorRole: string;
  at: string;
  /** When the assessment's owner marked it resolved; they may resolve a reviewer's comment, never delete it. */
  resolvedAt?: string;
}

/** A reviewer's "Reviewed by NAME on DATE", shown in the report. */
export interface ReviewSignOff {
  name: string;
  role: string;
  at: string;
}

/** A reviewer's proposed importance for one skill area, kept apart until the author accepts or declines it. */
export interface ImportanceProposal {
  importance: Importance;
  author: string;
  authorRole: string;
  at: string;
}

/** Set on a copy that came in from someone else's file: its answers are theirs, shown read-only. */
export interface ReceivedFrom {
  at: string;
  fileName: string;
}

export interface FrameworkRef {
  /** Edition id, e.g. "cosn-cto-2009". */
  editionId: string;
  dataVersion: number;
}

export interface Assessment {
  id: string;
  title: string;
  respondent: Respondent;
  framework: FrameworkRef;
  createdAt: string;
  /** Last change to the answers or details; moving around does not count. */
  updatedAt: string;
  /** Answers keyed by indicator id. */
  answers: Record<string, IndicatorAnswer>;
  /** Target level per skill area id. */
  areaTargets: Record<string, string>;
  /** Importance per skill area id; absent means normal. */
  areaImportance: Record<string, Exclude<Importance, 'normal'>>;
  pdPlan: PdAction[];
  comments: ReviewComment[];
  /** The owner's short note to the report's reader (a superintendent, a board), shown in the executive summary. */
  readerNote?: string;
  reviewSignOff?: ReviewSignOff;
  /** A reviewer's proposed importance per skill area id; the author's own areaImportance changes only when one is accepted. */
  importanceProposals?: Record<string, ImportanceProposal>;
  received?: ReceivedFrom;
  /** The assessment this one was started from, for growth over time. */
  previousAssessmentId?: string;
  /** Set when that assessment used an earlier edition of the framework. */
  editionChange?: EditionChange;
  /** Where the walk stood, on records saved before it moved to storage/walk-position.ts; read as a fallback; the app clears it but never sets it. */
  lastSkillAreaId?: string;
  /** Goes up by one with every saved change, so an older copy never overwrites a newer one. */
  revision: number;
}

export interface NewAssessment {
  id: string;
  title: string;
  respondent?: Partial<Respondent>;
  framework: FrameworkRef;
  now: string;
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_NOTE_LENGTH = 20_000;

export function createAssessment({ id, title, respondent, framework, now }: NewAssessment): Assessment {
  return {
    id,
    title: cleanTitle(title),
    respondent: {
      name: (respondent?.name?.trim() ?? '').slice(0, MAX_TITLE_LENGTH),
      role: (respondent?.role?.trim() ?? '').slice(0, MAX_TITLE_LENGTH),
      district: (respondent?.district?.trim() ?? '').slice(0, MAX_TITLE_LENGTH),
    },
    framework,
    createdAt: now,
    updatedAt: now,
    answers: {},
    areaTargets: {},
    areaImportance: {},
    pdPlan: [],
    comments: [],
    revision: 1,
  };
}

export function cleanTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').slice(0, MAX_TITLE_LENGTH).trimEnd();
}

export function isValidTitle(title: string): boolean {
  return cleanTitle(title).length > 0;
}

function edited(assessment: Assessment, now: string, change: Partial<Assessment>): Assessment {
  return { ...assessment, ...change, updatedAt: now, revision: assessment.revision + 1 };
}

function withAnswer(assessment: Assessment, indicatorId: string, now: string, change: IndicatorAnswer): Assessment {
  const answer = { ...assessment.answers[indicatorId], ...change };
  for (const key of Object.keys(answer) as (keyof IndicatorAnswer)[]) {
    if (answer[key] === undefined || answer[key] === '') delete answer[key];
  }
  const answers = { ...assessment.answers };
  if (Object.keys(answer).length === 0) delete answers[indicatorId];
  else answers[indicatorId] = answer;
  return edited(assessment, now, { answers });
}

/** Rating an indicator is the user's own answer, so a carried answer's "please check" goes with it. */
export function rateIndicator(assessment: Assessment, indicatorId: string, rating: Rating | undefined, now: string): Assessment {
  const carried = assessment.answers[indicatorId]?.carried;
  return withAnswer(assessment, indicatorId, now, { current: rating, ...(carried ? { carried: { from: carried.from } } : {}) });
}

/** The user looked at a carried answer and keeps it as it is. */
export function keepCarriedAnswer(assessment: Assessment, indicatorId: string, now: string): Assessment {
  const carried = assessment.answers[indicatorId]?.carried;
  if (!carried?.needsCheck) return assessment;
  return withAnswer(assessment, indicatorId, now, { carried: { from: carried.from } });
}

export function setIndicatorTarget(assessment: Assessment, indicatorId: string, target: string | undefined, now: string): Assessment {
  return withAnswer(assessment, indicatorId, now, { target });
}

export function writeNote(assessment: Assessment, indicatorId: string, note: string, now: string): Assessment {
  return withAnswer(assessment, indicatorId, now, { note: note.slice(0, MAX_NOTE_LENGTH) });
}

/** Marks an indicator to come back to, or clears the mark. */
export function flagIndicator(assessment: Assessment, indicatorId: string, isFlagged: boolean, now: string): Assessment {
  return withAnswer(assessment, indicatorId, now, { flagged: isFlagged ? true : undefined });
}

/** Replaces one indicator's whole answer (level, target, note and flag), e.g. to put back an answer that was not saved. */
export function setAnswer(assessment: Assessment, indicatorId: string, answer: IndicatorAnswer | undefined, now: string): Assessment {
  return withAnswer(assessment, indicatorId, now, { current: answer?.current, target: answer?.target, note: answer?.note, flagged: answer?.flagged });
}

/**
 * Rates every listed indicator "not applicable" in one change, keeping targets, notes and flags. Returns the answers
 * as they were, so the change can be undone with restoreAnswers.
 */
export function markNotApplicable(
  assessment: Assessment,
  indicatorIds: readonly string[],
  now: string,
): { assessment: Assessment; before: Record<string, IndicatorAnswer | undefined> } {
  const answers = { ...assessment.answers };
  const before: Record<string, IndicatorAnswer | undefined> = {};
  for (const id of indicatorIds) {
    before[id] = assessment.answers[id];
    answers[id] = { ...assessment.answers[id], current: NOT_APPLICABLE };
  }
  return { assessment: edited(assessment, now, { answers }), before };
}

/** Puts back answers saved by markNotApplicable (an absent one is removed again). */
export function restoreAnswers(assessment: Assessment, before: Record<string, IndicatorAnswer | undefined>, now: string): Assessment {
  const answers = { ...assessment.answers };
  for (const [id, answer] of Object.entries(before)) {
    if (answer) answers[id] = answer;
    else delete answers[id];
  }
  return edited(assessment, now, { answers });
}

export function setAreaTarget(assessment: Assessment, skillAreaId: string, target: string, now: string): Assessment {
  return edited(assessment, now, { areaTargets: { ...assessment.areaTargets, [skillAreaId]: target } });
}

export function renameAssessment(assessment: Assessment, title: string, now: string): Assessment {
  if (!isValidTitle(title)) return assessment;
  return edited(assessment, now, { title: cleanTitle(title) });
}

export function updateRespondent(assessment: Assessment, respondent: Partial<Respondent>, now: string): Assessment {
  // The stored record allows no longer names than the form does.
  const next = { ...assessment.respondent };
  for (const field of ['name', 'role', 'district'] as const) {
    const text = respondent[field];
    if (text !== undefined) next[field] = text.slice(0, MAX_TITLE_LENGTH);
  }
  return edited(assessment, now, { respondent: next });
}

/** A copy to work on: everything but a reviewer's sign-off and proposals, which were given to the original. */
export function duplicateAssessment(original: Assessment, id: string, now: string): Assessment {
  const { reviewSignOff: _signOff, importanceProposals: _proposals, ...source } = original;
  return {
    ...source,
    respondent: { ...source.respondent },
    framework: { ...source.framework },
    answers: Object.fromEntries(Object.entries(source.answers).map(([key, answer]) => [key, { ...answer, ...(answer.carried ? { carried: { ...answer.carried, from: [...answer.carried.from] } } : {}) }])),
    areaTargets: { ...source.areaTargets },
    areaImportance: { ...source.areaImportance },
    pdPlan: source.pdPlan.map((action) => ({ ...action, skillAreaIds: [...action.skillAreaIds] })),
    comments: source.comments.map((comment) => ({ ...comment })),
    ...(source.received ? { received: { ...source.received } } : {}),
    ...(source.editionChange ? { editionChange: structuredClone(source.editionChange) } : {}),
    id,
    title: cleanTitle(`Copy of ${source.title}`),
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

export const MAX_READER_NOTE_LENGTH = 1_500;

/** The note to the reader; an empty note is removed, not stored. */
export function setReaderNote(assessment: Assessment, note: string, now: string): Assessment {
  const text = note.slice(0, MAX_READER_NOTE_LENGTH);
  const { readerNote: _old, ...rest } = assessment;
  return edited(rest, now, text.trim() ? { readerNote: text } : {});
}

export function setImportance(assessment: Assessment, skillAreaId: string, importance: Importance, now: string): Assessment {
  const areaImportance = { ...assessment.areaImportance };
  if (importance === 'normal') delete areaImportance[skillAreaId];
  else areaImportance[skillAreaId] = importance;
  return edited(assessment, now, { areaImportance });
}

export function importanceOf(assessment: Assessment, skillAreaId: string): Importance {
  return assessment.areaImportance[skillAreaId] ?? 'normal';
}

/**
 * A new assessment that starts from an earlier one: answers, targets, importance and plan carried over,
 * dated now, and linked back so growth can be compared.
 */
export function startReassessment(source: Assessment, id: string, title: string, now: string): Assessment {
  const { editionChange: _change, ...next } = duplicateAssessment(source, id, now);
  // Marks from an edition change belong to the assessment that made it; a re-assessment on the same edition starts clean.
  const answers = Object.fromEntries(Object.entries(next.answers).map(([key, { carried: _carried, ...answer }]) => [key, answer]));
  return { ...next, answers, title: cleanTitle(title), previousAssessmentId: source.id, lastSkillAreaId: undefined };
}
