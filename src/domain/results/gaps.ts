import type { Assessment, Importance } from '../assessment/assessment.ts';
import { importanceOf, NOT_APPLICABLE } from '../assessment/assessment.ts';
import { effectiveTarget } from '../assessment/progress.ts';
import type { Category, Framework, Indicator, SkillArea } from '../framework/framework.ts';
import { findLevel, skillAreasOf } from '../framework/framework.ts';
import { levelFigures } from '../assessment/figures.ts';
import { mean } from '../statistics.ts';

/** How much importance multiplies a gap when ranking. */
export const IMPORTANCE_WEIGHTS: Record<Importance, number> = { low: 0.5, normal: 1, high: 2 };

export interface IndicatorGap {
  indicator: Indicator;
  /** Level values (1..4). */
  current: number;
  target: number;
  /** target − current: positive is a shortfall, negative a strength. */
  difference: number;
}

export type GapStatus = 'unrated' | 'below-target' | 'on-target' | 'above-target';

export interface SkillAreaGap {
  skillArea: SkillArea;
  category: Category;
  /** 0-based position in the framework, for stable ordering. */
  order: number;
  /** Indicators rated with a level ("not applicable" excluded). */
  rated: number;
  notApplicable: number;
  unrated: number;
  /** Mean current level of the rated indicators, as shown (one decimal); undefined when none. */
  current?: number;
  /** Mean target level of the same rated indicators, as shown; undefined when none. */
  target?: number;
  /** target − current of the shown figures, when positive (see figures.ts). */
  gap: number;
  /** current − target of the shown figures, when positive. */
  surplus: number;
  /** The ranking measure, not a difference of current and target: mean of max(0, target − current) per rated indicator. */
  shortfall: number;
  /** Rated indicators below their target. */
  belowTarget: number;
  /** unrated: nothing rated; below-target: any rated indicator short; above-target: none short, some above; else on-target. */
  status: GapStatus;
  importance: Importance;
  /** shortfall × IMPORTANCE_WEIGHTS[importance]. */
  priority: number;
  /** The rated indicators, largest shortfall first, then framework order. */
  indicators: IndicatorGap[];
}

export interface CategoryGap {
  category: Category;
  rated: number;
  /** Means over every rated indicator in the category (each indicator weighs the same). */
  current?: number;
  target?: number;
  gap: number;
  surplus: number;
  shortfall: number;
  skillAreas: SkillAreaGap[];
}

export interface GapAnalysis {
  /** Every skill area and core value, in framework order. */
  skillAreas: SkillAreaGap[];
  categories: CategoryGap[];
  /** Rated indicators ("not applicable" excluded) and all indicators. */
  rated: number;
  total: number;
}

export interface RankedGap extends SkillAreaGap {
  /** 1-based. */
  rank: number;
  /** One plain sentence: why this area ranks where it does. */
  reason: string;
}

/** Shown figures and the ranking measure over rated indicators, each weighing the same. */
function figuresOf(rated: IndicatorGap[]) {
  return {
    ...levelFigures(
      rated.map((i) => i.current),
      rated.map((i) => i.target),
    ),
    shortfall: mean(rated.map((i) => Math.max(0, i.difference))) ?? 0,
  };
}

function statusOf(rated: IndicatorGap[]): GapStatus {
  if (rated.length === 0) return 'unrated';
  if (rated.some((i) => i.difference > 0)) return 'below-target';
  if (rated.some((i) => i.difference < 0)) return 'above-target';
  return 'on-target';
}

/** Level values of one indicator, or why it has none: not applicable, or unrated. */
function gapOf(framework: Framework, assessment: Assessment, skillArea: SkillArea, indicator: Indicator): IndicatorGap | 'na' | 'unrated' {
  const rating = assessment.answers[indicator.id]?.current;
  if (rating === NOT_APPLICABLE) return 'na';
  const current = findLevel(framework, rating);
  // A target that is not (or no longer) a level of this edition falls back to the rubric default.
  const target =
    findLevel(framework, effectiveTarget(framework, assessment, skillArea, indicator)) ??
    findLevel(framework, framework.rubric.defaultTargetLevelId);
  // Unrated, or rated with something that is not a level of this edition.
  if (!current || !target) return 'unrated';
  return { indicator, current: current.value, target: target.value, difference: target.value - current.value };
}

function analyseSkillArea(framework: Framework, assessment: Assessment, category: Category, skillArea: SkillArea, order: number): SkillAreaGap {
  const outcomes = skillArea.indicators.map((indicator) => gapOf(framework, assessment, skillArea, indicator));
  // Rated indicators in framework order; a stable sort keeps that order among equal shortfalls.
  const rated = outcomes.filter((o): o is IndicatorGap => typeof o === 'object');
  const figures = figuresOf(rated);
  const importance = importanceOf(assessment, skillArea.id);
  return {
    skillArea,
    category,
    order,
    rated: rated.length,
    notApplicable: outcomes.filter((o) => o === 'na').length,
    unrated: outcomes.filter((o) => o === 'unrated').length,
    ...figures,
    belowTarget: rated.filter((i) => i.difference > 0).length,
    status: statusOf(rated),
    importance,
    priority: figures.shortfall * IMPORTANCE_WEIGHTS[importance],
    indicators: rated.toSorted((a, b) => b.difference - a.difference),
  };
}

/**
 * Where the assessment falls short of its targets, per skill area (core values included, framework
 * order) and per category. Unrated and "not applicable" indicators are counted but not averaged.
 */
export function analyseGaps(framework: Framework, assessment: Assessment): GapAnalysis {
  const areas = skillAreasOf(framework);
  const categories = framework.categories.map((category): CategoryGap => {
    const skillAreas = category.skillAreas.map((skillArea) =>
      analyseSkillArea(framework, assessment, category, skillArea, areas.indexOf(skillArea)),
    );
    const rated = skillAreas.flatMap((area) => area.indicators);
    return { category, rated: rated.length, ...figuresOf(rated), skillAreas };
  });
  const skillAreas = categories.flatMap((category) => category.skillAreas);
  return {
    skillAreas,
    categories,
    rated: skillAreas.reduce((n, area) => n + area.rated, 0),
    total: areas.reduce((n, area) => n + area.indicators.length, 0),
  };
}

/**
 * The ranking order: priority, then shortfall, then importance (all highest first), then framework order.
 * Figures are means of small integers, so equal values compare exactly equal.
 */
export function compareGaps(a: SkillAreaGap, b: SkillAreaGap): number {
  return (
    b.priority - a.priority ||
    b.shortfall - a.shortfall ||
    IMPORTANCE_WEIGHTS[b.importance] - IMPORTANCE_WEIGHTS[a.importance] ||
    a.order - b.order
  );
}

/** A figure for a sentence: at most one decimal, no trailing ".0". */
export function formatLevels(value: number): string {
  return String(Math.round(value * 10) / 10);
}

const IMPORTANCE_CLAUSE: Record<Importance, string> = {
  high: ', counted double because it is marked high importance',
  normal: '',
  low: ', counted at half weight (low importance)',
};

function tieClause(area: SkillAreaGap, ahead: SkillAreaGap | undefined): string {
  if (!ahead || ahead.priority !== area.priority) return '';
  const name = ahead.skillArea.title;
  if (ahead.shortfall !== area.shortfall) return ` Same priority as ${name}; the larger shortfall ranks first.`;
  if (ahead.importance !== area.importance) return ` Same priority and shortfall as ${name}; the higher importance ranks first.`;
  return ` Same priority and shortfall as ${name}, which comes first in the framework.`;
}

function reasonFor(area: SkillAreaGap, ahead: SkillAreaGap | undefined): string {
  const figure = formatLevels(area.shortfall);
  const levels = figure === '1' ? 'level' : 'levels';
  const indicators = area.rated === 1 ? 'indicator' : 'indicators';
  const shortfall = `Average shortfall of ${figure} ${levels} across ${area.belowTarget} of ${area.rated} rated ${indicators}`;
  return `${shortfall}${IMPORTANCE_CLAUSE[area.importance]}.${tieClause(area, ahead)}`;
}

/** Areas to work on, most pressing first: every area with a rated indicator below its target. */
export function rankGaps(analysis: GapAnalysis): RankedGap[] {
  const ordered = analysis.skillAreas.filter((area) => area.shortfall > 0).toSorted(compareGaps);
  return ordered.map((area, i) => ({ ...area, rank: i + 1, reason: reasonFor(area, ordered[i - 1]) }));
}
