import type { GapAnalysis, RankedGap } from '../../domain/results/gaps.ts';
import { formatLevel } from '../../lib/format.ts';

/** The few sentences a CTO would say to their superintendent before showing any chart. */
export function ResultsOverview({ analysis, ranked }: { analysis: GapAnalysis; ranked: RankedGap[] }) {
  const strengths = analysis.skillAreas.filter((area) => area.status === 'above-target');
  const unrated = analysis.skillAreas.filter((area) => area.status === 'unrated');
  const top = ranked.slice(0, 3);

  if (analysis.rated === 0) {
    return <p className="lead">Nothing is rated yet. Rate some indicators and your gaps, charts and suggestions will appear here.</p>;
  }
  return (
    <div className="results-overview">
      <p className="lead">
        {analysis.rated} of {analysis.total} indicators rated.{' '}
        {top.length === 0
          ? 'Every rated skill area is at or above its target.'
          : `Your top ${top.length === 1 ? 'priority is' : `${top.length} priorities are`} ${top.map((g) => g.skillArea.title).join(', ')}.`}
      </p>
      {strengths.length > 0 && (
        <p>
          <strong>Strengths</strong> (above target): {strengths.map((s) => `${s.skillArea.title} (${formatLevel(s.current)} against ${formatLevel(s.target)})`).join('; ')}.
        </p>
      )}
      {unrated.length > 0 && (
        <p className="muted">Not rated yet, so not ranked: {unrated.map((u) => u.skillArea.title).join(', ')}.</p>
      )}
    </div>
  );
}
