import type { Assessment, PdAction } from '../assessment/assessment.ts';
import { NOT_APPLICABLE } from '../assessment/assessment.ts';
import { levelAverage, levelChange } from '../assessment/figures.ts';
import type { EditionMove } from '../framework/crosswalk.ts';
import { isOneToOne } from '../framework/crosswalk.ts';
import type { Category, Framework, Indicator, SkillArea } from '../framework/framework.ts';
import { findLevel } from '../framework/framework.ts';
import { actionsCompletedBetween } from '../pd/pd-plan.ts';
import type { GapAnalysis } from './gaps.ts';
import { analyseGaps } from './gaps.ts';

export interface SkillAreaChange {
  skillArea: SkillArea;
  /** Across editions: the earlier edition's areas this one is compared with (none for a new area). */
  comparedWith?: SkillArea[];
  category: Category;
  /** Shown figures (one decimal), as results show them. */
  before?: number;
  after?: number;
  /** after − before of the shown figures, when both are rated */
  change?: number;
  gapBefore: number;
  gapAfter: number;
}

/** rose / fell / same: rated with a level both times; new: rated only in the later; dropped: only in the earlier. */
export type IndicatorMove = 'rose' | 'fell' | 'same' | 'new' | 'dropped';

export interface IndicatorChange {
  indicator: Indicator;
  skillArea: SkillArea;
  before?: number;
  after?: number;
  change?: number;
  move: IndicatorMove;
}

export interface Comparison {
  earlier: Assessment;
  later: Assessment;
  skillAreas: SkillAreaChange[];
  /** Every indicator rated with a level in either assessment, in framework order. */
  indicators: IndicatorChange[];
  overall: { before?: number; after?: number; change?: number };
  /** PD actions completed after the earlier assessment was started and no later than the later one was */
  completedActions: PdAction[];
  /** Set when the two use different editions, compared area by area through the crosswalk. */
  acrossEditions?: { from: Framework; to: Framework; retiredAreas: SkillArea[] };
}

/** Mean current level over every rated indicator of the assessment, as shown. */
function overallCurrent(analysis: GapAnalysis): number | undefined {
  return levelAverage(analysis.skillAreas.flatMap((area) => area.indicators.map((i) => i.current)));
}

function levelValue(framework: Framework, assessment: Assessment, indicator: Pick<Indicator, 'id'>): number | undefined {
  const rating = assessment.answers[indicator.id]?.current;
  return rating === NOT_APPLICABLE ? undefined : findLevel(framework, rating)?.value;
}

/** How a figure moved from before to after; only meaningful when at least one of them is rated. */
export function moveOf(before: number | undefined, after: number | undefined): IndicatorMove {
  if (before === undefined) return 'new';
  if (after === undefined) return 'dropped';
  return after > before ? 'rose' : after < before ? 'fell' : 'same';
}

/**
 * Every indicator of the later assessment's edition rated in either. Across editions (`move`), an indicator's
 * "before" is its one-to-one source in the earlier edition; one split, merged or new has none.
 */
function indicatorChanges(framework: Framework, earlier: Assessment, later: Assessment, move?: EditionMove): IndicatorChange[] {
  const sourceOf = (indicatorId: string): string | undefined => {
    if (!move) return indicatorId;
    const mapping = move.crosswalk.indicators.find((each) => each.to.includes(indicatorId));
    return mapping && isOneToOne(mapping) ? mapping.from[0] : undefined;
  };
  return framework.categories.flatMap((category) =>
    category.skillAreas.flatMap((skillArea) =>
      skillArea.indicators.flatMap((indicator): IndicatorChange[] => {
        const source = sourceOf(indicator.id);
        const before = source === undefined ? undefined : levelValue(move?.from ?? framework, earlier, { id: source });
        const after = levelValue(framework, later, indicator);
        if (before === undefined && after === undefined) return [];
        return [{ indicator, skillArea, before, after, change: levelChange(before, after), move: moveOf(before, after) }];
      }),
    ),
  );
}

/** What a comparison says the same way within and across editions: the two assessments, each one's own overall mean, and the plan actions completed between them. */
function commonParts(earlier: Assessment, later: Assessment, before: GapAnalysis, after: GapAnalysis): Pick<Comparison, 'earlier' | 'later' | 'overall' | 'completedActions'> {
  const overallBefore = overallCurrent(before);
  const overallAfter = overallCurrent(after);
  return {
    earlier,
    later,
    overall: { before: overallBefore, after: overallAfter, change: levelChange(overallBefore, overallAfter) },
    completedActions: actionsCompletedBetween([earlier.pdPlan, later.pdPlan], earlier.createdAt, later.createdAt),
  };
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
      change: levelChange(area.current, then?.current),
      gapBefore: area.gap,
      gapAfter: then?.gap ?? 0,
    };
  });
  return { ...commonParts(earlier, later, before, after), skillAreas, indicators: indicatorChanges(framework, earlier, later) };
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
    const then = levelAverage(old.flatMap((each) => (each.current === undefined ? [] : [each.current])));
    return {
      skillArea: area.skillArea,
      category: area.category,
      comparedWith: old.map((each) => each.skillArea),
      before: then,
      after: area.current,
      change: levelChange(then, area.current),
      gapBefore: levelAverage(old.map((each) => each.gap)) ?? 0,
      gapAfter: area.gap,
    };
  });
  const retired = new Set(move.crosswalk.skillAreas.filter((mapping) => mapping.to.length === 0).flatMap((mapping) => mapping.from));
  return {
    ...commonParts(earlier, later, before, after),
    skillAreas,
    indicators: indicatorChanges(move.to, earlier, later, move),
    acrossEditions: { from: move.from, to: move.to, retiredAreas: before.skillAreas.filter((a) => retired.has(a.skillArea.id)).map((a) => a.skillArea) },
  };
}
