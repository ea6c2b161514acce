import type { FeedbackComparison } from '../feedback/self-vs-others.ts';
import { areaRef } from './report-results.ts';
import type { ReportFeedback } from './report-types.ts';

/**
 * The report's optional "self against others" section (types in report-types.ts), from the comparison the
 * feedback screen shows.
 */
export function reportFeedbackOf(comparison: FeedbackComparison, askedAt: string): ReportFeedback {
  return {
    responses: comparison.responses,
    askedAt,
    areas: comparison.areas.map((area) => ({
      area: areaRef(area.skillArea),
      self: area.self ?? null,
      blocks: area.blocks.map((block) => ({ label: block.kind === 'named' ? `${block.label} (named)` : block.label, count: block.count, average: block.average })),
      others: area.allOthers ? { ...area.allOthers } : null,
      difference: area.difference ?? null,
      perception: area.perception ?? null,
      heldBack: area.heldBack.count,
    })),
    blindSpots: comparison.blindSpots.map((area) => areaRef(area.skillArea)),
    hiddenStrengths: comparison.hiddenStrengths.map((area) => areaRef(area.skillArea)),
  };
}
