import type { SkillArea } from '../framework/framework.ts';
import type { Comparison } from './compare.ts';
import type { GapAnalysis, RankedGap } from './gaps.ts';

/** Plain data for the results charts; the chart components only draw it. Level figures are the shown ones (figures.ts). */

export interface AreaPoint {
  skillAreaId: string;
  /** axis label: the area's name in at most three short lines (full name in `name`, the table and the tooltip) */
  label: string[];
  name: string;
  current: number | null;
  target: number | null;
  gap: number;
  surplus: number;
}

/** One bar of the priority chart: it draws the priority score, the measure the ranking sorts by. */
export interface GapBar {
  skillAreaId: string;
  name: string;
  /** average shortfall per rated indicator (the ranking's measure, not target − current) */
  shortfall: number;
  importance: string;
  priority: number;
  rank: number;
}

export interface CategoryPoint {
  categoryId: string;
  name: string;
  current: number | null;
  target: number | null;
  gap: number;
  surplus: number;
}

export interface ChangePoint {
  skillAreaId: string;
  label: string[];
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

/**
 * Splits a name into lines of about `lineChars` at word breaks; past `maxLines` the last line ends in "…".
 * A single word longer than a line keeps its own line whole.
 */
export function wrapLabel(text: string, lineChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= lineChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}

/** Radar and bar axis labels: the area's name, short enough to fit beside a chart on a 320 px screen. */
export function axisLabel(area: SkillArea): string[] {
  return wrapLabel(area.title, 13, 3);
}

/** Every skill area and core value in framework order; null where nothing is rated. */
export function areaSeries(analysis: GapAnalysis): AreaPoint[] {
  return analysis.skillAreas.map(({ skillArea, current, target, gap, surplus }) => ({
    skillAreaId: skillArea.id,
    label: axisLabel(skillArea),
    name: skillArea.title,
    current: current ?? null,
    target: target ?? null,
    gap,
    surplus,
  }));
}

/** One bar per ranked area, in rank order, so the bars (priority scores) never rise down the chart. */
export function gapBars(ranked: RankedGap[]): GapBar[] {
  return ranked
    .toSorted((a, b) => a.rank - b.rank)
    .map(({ skillArea, shortfall, importance, priority, rank }) => ({
      skillAreaId: skillArea.id,
      name: skillArea.title,
      shortfall: round2(shortfall),
      importance,
      priority: round2(priority),
      rank,
    }));
}

export function categorySeries(analysis: GapAnalysis): CategoryPoint[] {
  return analysis.categories.map(({ category, current, target, gap, surplus }) => ({
    categoryId: category.id,
    name: category.title,
    current: current ?? null,
    target: target ?? null,
    gap,
    surplus,
  }));
}

export function changeSeries(comparison: Comparison): ChangePoint[] {
  return comparison.skillAreas.map(({ skillArea, before, after, change }) => ({
    skillAreaId: skillArea.id,
    label: axisLabel(skillArea),
    name: skillArea.title,
    before: before ?? null,
    after: after ?? null,
    change: change ?? null,
  }));
}
