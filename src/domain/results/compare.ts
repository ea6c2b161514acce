import type { Assessment, PdAction } from '../assessment/assessment.ts';
import { NOT_APPLICABLE } from '../assessment/assessment.ts';
import { levelAverage, levelChange } from '../assessment/figures.ts';
import type { Category, Framework, Indicator, SkillArea } from '../framework/framework.ts';
import { findLevel } from '../framework/framework.ts';
import { actionsCompletedBetween } from '../pd/pd-plan.ts';
import type { GapAnalysis } from './gaps.ts';
import { analyseGaps } from './gaps.ts';

export interface SkillAreaChange {
  skillArea: SkillArea;
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
}

/** Mean current level over every rated indicator of the assessment, as shown. */
function overallCurrent(analysis: GapAnalysis): number | undefined {
  return levelAverage(analysis.skillAreas.flatMap((area) => area.indicators.map((i) => i.current)));
}

function levelValue(framework: Framework, assessment: Assessment, indicator: Indicator): number | undefined {
  const rating = assessment.answers[indicator.id]?.current;
  return rating === NOT_APPLICABLE ? undefined : findLevel(framework, rating)?.value;
}

function moveOf(before: number | undefined, after: number | undefined): IndicatorMove {
  if (before === undefined) return 'new';
  if (after === undefined) return 'dropped';
  return after > before ? 'rose' : after < before ? 'fell' : 'same';
}

function indicatorChanges(framework: Framework, earlier: Assessment, later: Assessment): IndicatorChange[] {
  return framework.categories.flatMap((category) =>
    category.skillAreas.flatMap((skillArea) =>
      skillArea.indicators.flatMap((indicator): IndicatorChange[] => {
        const before = levelValue(framework, earlier, indicator);
        const after = levelValue(framework, later, indicator);
        if (before === undefined && after === undefined) return [];
        return [{ indicator, skillArea, before, after, change: levelChange(before, after), move: moveOf(before, after) }];
      }),
    ),
  );
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
  const overallBefore = overallCurrent(before);
  const overallAfter = overallCurrent(after);
  return {
    earlier,
    later,
    skillAreas,
    indicators: indicatorChanges(framework, earlier, later),
    overall: { before: overallBefore, after: overallAfter, change: levelChange(overallBefore, overallAfter) },
    completedActions: actionsCompletedBetween([earlier.pdPlan, later.pdPlan], earlier.createdAt, later.createdAt),
  };
}
