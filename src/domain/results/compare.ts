import type { Assessment, PdAction } from '../assessment/assessment.ts';
import type { EditionMove } from '../framework/crosswalk.ts';
import type { Category, Framework, SkillArea } from '../framework/framework.ts';
import { actionsCompletedBetween } from '../pd/pd-plan.ts';
import type { GapAnalysis } from './gaps.ts';
import { analyseGaps } from './gaps.ts';
import { mean } from '../statistics.ts';

export interface SkillAreaChange {
  skillArea: SkillArea;
  /** Across editions: the earlier edition's areas this one is compared with (none for a new area). */
  comparedWith?: SkillArea[];
  category: Category;
  before?: number;
  after?: number;
  /** after − before, when both are rated */
  change?: number;
  gapBefore: number;
  gapAfter: number;
}

export interface Comparison {
  earlier: Assessment;
  later: Assessment;
  skillAreas: SkillAreaChange[];
  overall: { before?: number; after?: number; change?: number };
  /** PD actions completed after the earlier assessment was started and no later than the later one was */
  completedActions: PdAction[];
  /** Set when the two use different editions, compared area by area through the crosswalk. */
  acrossEditions?: { from: Framework; to: Framework; retiredAreas: SkillArea[] };
}

function difference(before: number | undefined, after: number | undefined): number | undefined {
  return before === undefined || after === undefined ? undefined : after - before;
}

/** Mean current level over every rated indicator of the assessment. */
function overallCurrent(analysis: GapAnalysis): number | undefined {
  const currents = analysis.skillAreas.flatMap((area) => area.indicators.map((i) => i.current));
  return mean(currents);
}

/**
 * Growth between two assessments of the same framework, whichever order they are given in: the earlier
 * is the one started first (on a tie, the first argument).
 */
export function compareAssessments(framework: Framework, a: Assessment, b: Assessment): Comparison {
  const [earlier, later] = b.createdAt < a.createdAt ? [b, a] : [a, b];
  const before = analyseGaps(framework, earlier);
  const after = analyseGaps(framework, later);
  const skillAreas = before.skillAreas.map((area, i): SkillAreaChange => {
    const then = after.skillAreas[i];
    return {
      skillArea: area.skillArea,
      category: area.category,
      before: area.current,
      after: then?.current,
      change: difference(area.current, then?.current),
      gapBefore: area.gap,
      gapAfter: then?.gap ?? 0,
    };
  });
  const overallBefore = overallCurrent(before);
  const overallAfter = overallCurrent(after);
  return {
    earlier,
    later,
    skillAreas,
    overall: { before: overallBefore, after: overallAfter, change: difference(overallBefore, overallAfter) },
    completedActions: actionsCompletedBetween([earlier.pdPlan, later.pdPlan], earlier.createdAt, later.createdAt),
  };
}

/**
 * Growth from an assessment on an older edition to one on a newer, area by area through the crosswalk: each
 * newer area is compared with the older area(s) it came from (a merge with their mean); a new area has no
 * "before", and a retired area is listed apart. The overall figures are each assessment's own mean.
 */
export function compareAcrossEditions(move: EditionMove, earlier: Assessment, later: Assessment): Comparison {
  const before = analyseGaps(move.from, earlier);
  const after = analyseGaps(move.to, later);
  const skillAreas = after.skillAreas.map((area): SkillAreaChange => {
    const sources = move.crosswalk.skillAreas.find((mapping) => mapping.to.includes(area.skillArea.id))?.from ?? [];
    const old = before.skillAreas.filter((each) => sources.includes(each.skillArea.id));
    const then = mean(old.flatMap((each) => (each.current === undefined ? [] : [each.current])));
    return {
      skillArea: area.skillArea,
      category: area.category,
      comparedWith: old.map((each) => each.skillArea),
      before: then,
      after: area.current,
      change: difference(then, area.current),
      gapBefore: mean(old.map((each) => each.gap)) ?? 0,
      gapAfter: area.gap,
    };
  });
  const retired = new Set(move.crosswalk.skillAreas.filter((mapping) => mapping.to.length === 0).flatMap((mapping) => mapping.from));
  const overallBefore = overallCurrent(before);
  const overallAfter = overallCurrent(after);
  return {
    earlier,
    later,
    skillAreas,
    overall: { before: overallBefore, after: overallAfter, change: difference(overallBefore, overallAfter) },
    completedActions: actionsCompletedBetween([earlier.pdPlan, later.pdPlan], earlier.createdAt, later.createdAt),
    acrossEditions: { from: move.from, to: move.to, retiredAreas: before.skillAreas.filter((a) => retired.has(a.skillArea.id)).map((a) => a.skillArea) },
  };
}
