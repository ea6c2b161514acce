import type { SkillAreaGap } from '../results/gaps.ts';

/**
 * Readiness for the CETL exam by its content areas. The current exam reports three content areas and
 * publishes no weights, so none are given for them; the per-area weights of the exam before 2020 are shown
 * only labelled as such. The framework's first three categories are the exam's three content areas; core
 * values are not examined on their own.
 */
export const CURRENT_CONTENT_AREAS = ['Leadership and Vision', 'Educational Environment', 'Managing Technology'] as const;

export interface ReadinessArea {
  gap: SkillAreaGap;
  /** Share of exam items before 2020, e.g. 0.15; absent where the data has none. */
  weightBefore2020?: number;
}

export interface ContentAreaReadiness {
  title: (typeof CURRENT_CONTENT_AREAS)[number];
  areas: ReadinessArea[];
  /** Mean current level over the rated indicators of its areas. */
  current?: number;
  /** Rated indicators at the proficient level (3) or above, and rated in all. */
  atProficient: number;
  rated: number;
  unrated: number;
}

const PROFICIENT = 3;

export function examReadiness(skillAreas: SkillAreaGap[]): ContentAreaReadiness[] {
  const categoryIds = [...new Set(skillAreas.filter((area) => area.skillArea.kind === 'skillArea').map((area) => area.category.id))];
  return CURRENT_CONTENT_AREAS.map((title, index) => {
    const own = skillAreas.filter((area) => area.category.id === categoryIds[index]);
    const indicators = own.flatMap((area) => area.indicators);
    const rated = indicators.length;
    return {
      title,
      areas: own.map((gap) => ({ gap, ...(gap.skillArea.examWeight === undefined ? {} : { weightBefore2020: gap.skillArea.examWeight }) })),
      ...(rated > 0 ? { current: indicators.reduce((sum, i) => sum + i.current, 0) / rated } : {}),
      atProficient: indicators.filter((i) => i.current >= PROFICIENT).length,
      rated,
      unrated: own.reduce((n, area) => n + area.unrated, 0),
    };
  });
}
