import type { Framework, Indicator, SkillArea } from '../framework/framework.ts';
import type { GapAnalysis, SkillAreaGap } from './gaps.ts';

export interface TopRatedIndicator {
  indicator: Indicator;
  skillArea: SkillArea;
}

export interface Strengths {
  /** Rated areas with no indicator below its target: on or above target, framework order. */
  areas: SkillAreaGap[];
  /** Indicators rated at the rubric's highest level, framework order. */
  topRated: TopRatedIndicator[];
}

/** What results and the report call strengths: areas at or above target, and indicators rated at the top level. */
export function strengthsOf(framework: Framework, analysis: GapAnalysis): Strengths {
  const top = Math.max(...framework.rubric.levels.map((level) => level.value));
  return {
    areas: analysis.skillAreas.filter((area) => area.status === 'on-target' || area.status === 'above-target'),
    topRated: analysis.skillAreas.flatMap((area) =>
      area.skillArea.indicators.flatMap((indicator) =>
        area.indicators.some((rated) => rated.indicator.id === indicator.id && rated.current === top) ? [{ indicator, skillArea: area.skillArea }] : [],
      ),
    ),
  };
}
