import type { Assessment, FrameworkRef, Importance, PdActionStatus, Rating, Respondent } from '../../src/domain/assessment/assessment.ts';
import {
  createAssessment,
  NOT_APPLICABLE,
  rateIndicator,
  setAreaTarget,
  setImportance,
  setIndicatorTarget,
  startReassessment,
  writeNote,
} from '../../src/domain/assessment/assessment.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import type { NewPdAction } from '../../src/domain/pd/pd-plan.ts';
import { addPdAction, updatePdAction } from '../../src/domain/pd/pd-plan.ts';
import type { NewComment } from '../../src/domain/review/review.ts';
import { addComment } from '../../src/domain/review/review.ts';
import { shippedFramework } from '../domain/shipped-framework.ts';

/** The edition the app ships, as an assessment refers to it. */
export const SHIPPED: FrameworkRef = { editionId: shippedFramework.id, dataVersion: shippedFramework.dataVersion };

export const CREATED = '2024-03-01T09:00:00.000Z';

/** One letter per level, for rating a skill area's indicators in order: E D P L, N for not applicable, - to skip. */
export const LEVEL_LETTERS: Readonly<Record<string, string>> = { E: 'emerging', D: 'developing', P: 'proficient', L: 'leading', N: NOT_APPLICABLE };

export interface AssessmentOptions {
  id?: string;
  title?: string;
  respondent?: Partial<Respondent>;
  framework?: FrameworkRef;
  /** When it was created (and, unless `at` says otherwise, when every edit below was made). */
  now?: string;
}

/** A plan action as the user adds it, and (optionally) the status and evidence it is then given. */
export interface PlanStep extends NewPdAction {
  status?: PdActionStatus;
  evidence?: string;
}

export interface Edits {
  /** Current level per indicator id, rated in the order given. */
  ratings?: Record<string, Rating>;
  /** Per skill area id, its indicators rated in order by LEVEL_LETTERS, e.g. { '1': 'EEDD', '2': 'P-N' }. */
  areas?: Record<string, string>;
  /** Target level per indicator id. */
  targets?: Record<string, string>;
  notes?: Record<string, string>;
  /** Target level per skill area id. */
  areaTargets?: Record<string, string>;
  importance?: Record<string, Importance>;
  plan?: readonly PlanStep[];
  comments?: readonly NewComment[];
}

export interface RatedOptions extends AssessmentOptions, Edits {
  /** When the edits were made; `now` unless given. */
  at?: string;
}

/** A fresh assessment on the shipped framework, exactly as createAssessment makes it. */
export function freshAssessment({ id = 'a1', title = 'Spring review', respondent, framework = SHIPPED, now = CREATED }: AssessmentOptions = {}): Assessment {
  return createAssessment({ id, title, ...(respondent ? { respondent } : {}), framework, now });
}

/**
 * Ada's "Spring review" (a1), fresh, with any field replaced: for storage and state tests that need a record
 * in a given state (a revision, a place in the walk) rather than the edits that lead there.
 */
export function makeAssessment(change: Partial<Assessment> = {}): Assessment {
  return { ...freshAssessment({ respondent: { name: 'Ada', role: 'CTO', district: 'North' } }), ...change };
}

/** Rates a skill area's indicators (of the shipped framework) in order, one LEVEL_LETTERS letter each. */
export function rateArea(assessment: Assessment, areaId: string, pattern: string, at: string): Assessment {
  const indicators = skillAreasOf(shippedFramework).find((area) => area.id === areaId)?.indicators ?? [];
  if (pattern.length > indicators.length) throw new Error(`area ${areaId} has only ${indicators.length} indicators`);
  return [...pattern].reduce((a, letter, i) => {
    const rating = LEVEL_LETTERS[letter];
    const indicator = indicators[i];
    return rating && indicator ? rateIndicator(a, indicator.id, rating, at) : a;
  }, assessment);
}

/**
 * Edits an assessment through the domain's own functions, in this order: ratings, area patterns, indicator
 * targets, notes, area targets, importance, plan actions (each added, then given its status and evidence),
 * comments. Each edit counts one revision, as it does in the app.
 */
export function editAssessment(assessment: Assessment, edits: Edits, at: string): Assessment {
  let a = assessment;
  for (const [id, rating] of Object.entries(edits.ratings ?? {})) a = rateIndicator(a, id, rating, at);
  for (const [areaId, pattern] of Object.entries(edits.areas ?? {})) a = rateArea(a, areaId, pattern, at);
  for (const [id, target] of Object.entries(edits.targets ?? {})) a = setIndicatorTarget(a, id, target, at);
  for (const [id, note] of Object.entries(edits.notes ?? {})) a = writeNote(a, id, note, at);
  for (const [areaId, target] of Object.entries(edits.areaTargets ?? {})) a = setAreaTarget(a, areaId, target, at);
  for (const [areaId, level] of Object.entries(edits.importance ?? {})) a = setImportance(a, areaId, level, at);
  for (const { status, evidence, ...action } of edits.plan ?? []) {
    a = addPdAction(a, action, at);
    if (status !== undefined || evidence !== undefined) {
      a = updatePdAction(a, action.id, { ...(status ? { status } : {}), ...(evidence !== undefined ? { evidence } : {}) }, at);
    }
  }
  for (const comment of edits.comments ?? []) a = addComment(a, comment, at);
  return a;
}

/** A fresh assessment with the edits made (at `at`, else when it was created). */
export function ratedAssessment(options: RatedOptions = {}): Assessment {
  const a = freshAssessment(options);
  return editAssessment(a, options, options.at ?? a.createdAt);
}

/** An earlier assessment and a reassessment started from it (answers, targets and plan carried over), with its own edits on top. */
export function reassessmentPair(earlier: RatedOptions, later: Edits & { id: string; title: string; now: string; at?: string }): [Assessment, Assessment] {
  const first = ratedAssessment(earlier);
  const second = startReassessment(first, later.id, later.title, later.now);
  return [first, editAssessment(second, later, later.at ?? later.now)];
}
