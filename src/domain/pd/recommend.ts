import type { RankedGap } from '../results/gaps.ts';
import type { PdActivity, PdCatalogue } from './pd-catalogue-schema.ts';

export interface Suggestion {
  activity: PdActivity;
  /** the ranked gaps this activity serves, best-ranked first */
  serves: RankedGap[];
  /** one plain sentence: which gap(s) it serves and why it fits, e.g. "Serves your #1 gap, Strategic Planning, and suits your current level there (Developing)." */
  reason: string;
}

export interface SuggestOptions {
  /** How many of the top ranked gaps to serve (default 3). */
  gaps?: number;
  /** How many activities to pick for each gap (default 3). */
  perGap?: number;
  /** Level names by value, 1 first (default Emerging, Developing, Proficient, Leading). */
  levelNames?: string[];
  /** Whose gaps the reasons speak of: "your" (default), or the author's name with a possessive on a received copy. */
  possessive?: string;
}

export const DEFAULT_LEVEL_NAMES = ['Emerging', 'Developing', 'Proficient', 'Leading'];

/** The whole level a gap's mean current level is nearest to, 1..4; nothing rated counts as 1. */
export function levelOfGap(gap: RankedGap): number {
  return Math.min(4, Math.max(1, Math.round(gap.current ?? 1)));
}

/** An activity serves a gap when it lists the gap's skill area and suits the current level there. */
function isServing(activity: PdActivity, gap: RankedGap): boolean {
  const level = levelOfGap(gap);
  return activity.skillAreaIds.includes(gap.skillArea.id) && activity.levels.min <= level && level <= activity.levels.max;
}

function score(activity: PdActivity, gap: RankedGap, top: RankedGap[]): number {
  const focus = activity.skillAreaIds[0] === gap.skillArea.id ? 2 : 1;
  return focus + top.filter((other) => other !== gap && isServing(activity, other)).length;
}

function count(value: number | undefined, fallback: number): number {
  return value === undefined || Number.isNaN(value) ? fallback : Math.max(0, Math.floor(value));
}

function byId(a: PdActivity, b: PdActivity): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function reasonFor(serves: RankedGap[], levelNames: string[], whose: string): string {
  const levelName = (gap: RankedGap) => levelNames[levelOfGap(gap) - 1] ?? `level ${levelOfGap(gap)}`;
  const [only] = serves;
  if (only && serves.length === 1) {
    return `Serves ${whose} #${only.rank} gap, ${only.skillArea.title}, and suits ${whose} current level there (${levelName(only)}).`;
  }
  const parts = serves.map((gap) => `${whose} #${gap.rank} gap, ${gap.skillArea.title} (${levelName(gap)})`);
  const listed = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  return `Serves ${listed}, and suits ${whose} current level in each.`;
}

/**
 * Catalogue activities for the top ranked gaps: for each gap, the best `perGap` activities that list
 * its skill area and suit its current level, preferring activities focused on that area, then ones that
 * also serve other top gaps, then less effort. Each activity appears once, listing every top gap it serves.
 */
export function suggestActivities(catalogue: PdCatalogue, ranked: RankedGap[], options: SuggestOptions = {}): Suggestion[] {
  const top = ranked.toSorted((a, b) => a.rank - b.rank).slice(0, count(options.gaps, 3));
  const perGap = count(options.perGap, 3);
  const levelNames = options.levelNames ?? DEFAULT_LEVEL_NAMES;
  const picked: PdActivity[] = [];

  for (const gap of top) {
    const candidates = catalogue.activities
      .filter((activity) => !picked.includes(activity) && isServing(activity, gap))
      .map((activity) => ({ activity, score: score(activity, gap, top) }))
      .sort((a, b) => b.score - a.score || a.activity.effort.hours - b.activity.effort.hours || byId(a.activity, b.activity));
    picked.push(...candidates.slice(0, perGap).map((c) => c.activity));
  }

  const suggestions = picked.map((activity, order) => {
    const serves = top.filter((gap) => isServing(activity, gap));
    return { order, suggestion: { activity, serves, reason: reasonFor(serves, levelNames, options.possessive ?? 'your') } };
  });
  const bestRank = (s: Suggestion) => s.serves[0]?.rank ?? Number.POSITIVE_INFINITY;
  return suggestions
    .sort((a, b) => bestRank(a.suggestion) - bestRank(b.suggestion) || a.order - b.order)
    .map((entry) => entry.suggestion);
}
