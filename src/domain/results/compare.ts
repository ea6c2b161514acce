import type { Assessment, PdAction } from '../assessment/assessment.ts';
import type { Category, Framework, SkillArea } from '../framework/framework.ts';
import { actionsCompletedBetween } from '../pd/pd-plan.ts';
import type { GapAnalysis } from './gaps.ts';
import { analyseGaps } from './gaps.ts';
import { mean } from '../statistics.ts';

export interface SkillAreaChange {
  skillArea: SkillArea;
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
