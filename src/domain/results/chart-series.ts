import type { SkillArea } from '../framework/framework.ts';
import type { Comparison } from './compare.ts';
import type { GapAnalysis, RankedGap } from './gaps.ts';

/** Plain data for the results charts; the chart components only draw it. Figures have 2 decimals. */

export interface AreaPoint {
  skillAreaId: string;
  /** short axis label: the code for numbered areas ("1".."10"), the title for core values */
  label: string;
  name: string;
  current: number | null;
  target: number | null;
  gap: number;
}

export interface GapBar {
  skillAreaId: string;
  name: string;
  gap: number;
  priority: number;
  rank: number;
}

export interface CategoryPoint {
  categoryId: string;
  name: string;
  current: number | null;
  target: number | null;
  gap: number;
}

export interface ChangePoint {
  skillAreaId: string;
  label: string;
  name: string;
  before: number | null;
  after: number | null;
  change: number | null;
}

/** Two decimals, halves away from zero, and never -0. */
export function round2(value: number): number {
  const rounded = Math.sign(value) * (Math.round(Math.abs(value) * 100) / 100);
  return rounded === 0 ? 0 : rounded;
}

function orNull(value: number | undefined): number | null {
  return value === undefined ? null : round2(value);
}

export function axisLabel(area: SkillArea): string {
  return area.kind === 'coreValue' ? area.title : area.code;
}

/** Every skill area and core value in framework order; null where nothing is rated. */
export function areaSeries(analysis: GapAnalysis): AreaPoint[] {
  return analysis.skillAreas.map(({ skillArea, current, target, gap }) => ({
    skillAreaId: skillArea.id,
    label: axisLabel(skillArea),
    name: skillArea.title,
    current: orNull(current),
    target: orNull(target),
    gap: round2(gap),
  }));
}

/** One bar per ranked gap, in rank order. */
export function gapBars(ranked: RankedGap[]): GapBar[] {
  return ranked
    .toSorted((a, b) => a.rank - b.rank)
    .map(({ skillArea, gap, priority, rank }) => ({ skillAreaId: skillArea.id, name: skillArea.title, gap: round2(gap), priority: round2(priority), rank }));
}

export function categorySeries(analysis: GapAnalysis): CategoryPoint[] {
  return analysis.categories.map(({ category, current, target, gap }) => ({
    categoryId: category.id,
    name: category.title,
    current: orNull(current),
    target: orNull(target),
    gap: round2(gap),
  }));
}

export function changeSeries(comparison: Comparison): ChangePoint[] {
  return comparison.skillAreas.map(({ skillArea, before, after, change }) => ({
    skillAreaId: skillArea.id,
    label: axisLabel(skillArea),
    name: skillArea.title,
    before: orNull(before),
    after: orNull(after),
    change: orNull(change),
  }));
}
