import type { GapAnalysis, RankedGap, SkillAreaGap } from '../results/gaps.ts';
import { formatLevels, IMPORTANCE_WEIGHTS, rankGaps } from '../results/gaps.ts';
import type { FeedbackComparison } from './self-vs-others.ts';

/**
 * Gaps for development suggestions when colleagues see an area lower than the leader does (a blind spot):
 * there the colleagues' level stands for the current level, so the gap grows and suggestions suit the level
 * others see. Every other area keeps the leader's own figures.
 */
export function gapsWithColleaguesView(analysis: GapAnalysis, comparison: FeedbackComparison): { ranked: RankedGap[]; adjusted: string[] } {
  const adjusted: string[] = [];
  const skillAreas = analysis.skillAreas.map((area): SkillAreaGap => {
    const blind = comparison.blindSpots.find((spot) => spot.skillArea.id === area.skillArea.id);
    const others = blind?.allOthers?.average;
    if (!blind || others === undefined || area.target === undefined) return area;
    adjusted.push(area.skillArea.id);
    const seen = area.target - others;
    const gap = Math.max(area.gap, seen);
    // Colleagues give one level per area, so their shortfall is the area's: never less than the leader's own.
    const shortfall = Math.max(area.shortfall, seen);
    return {
      ...area,
      current: others,
      gap,
      surplus: gap > 0 ? 0 : area.surplus,
      shortfall,
      priority: shortfall * IMPORTANCE_WEIGHTS[area.importance],
      status: shortfall > 0 ? 'below-target' : area.status,
    };
  });
  const ranked = rankGaps({ ...analysis, skillAreas }).map((gap) => {
    const blind = comparison.blindSpots.find((spot) => spot.skillArea.id === gap.skillArea.id);
    if (!blind?.difference) return gap;
    return { ...gap, reason: `${gap.reason} Colleagues rate this area ${formatLevels(blind.difference)} levels below your own rating, so their view is used.` };
  });
  return { ranked, adjusted };
}
