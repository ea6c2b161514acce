import type { Completion } from '../../domain/assessment/progress.ts';
import { COMPLETION_RULE, GAP_RULE } from '../../domain/assessment/figures.ts';
import type { GapAnalysis, RankedGap } from '../../domain/results/gaps.ts';
import type { Strengths } from '../../domain/results/strengths.ts';
import { formatLevel } from '../../lib/format.ts';

interface ResultsOverviewProps {
  analysis: GapAnalysis;
  completion: Completion;
  ranked: RankedGap[];
  strengths: Strengths;
}

/** The few sentences a CTO would say to their superintendent before showing any chart. */
export function ResultsOverview({ analysis, completion, ranked, strengths }: ResultsOverviewProps) {
  const unrated = analysis.skillAreas.filter((area) => area.status === 'unrated');
  const top = ranked.slice(0, 3);
  const notApplicable = analysis.skillAreas.reduce((n, area) => n + area.notApplicable, 0);

  if (analysis.rated === 0) {
    return <p className="lead">Nothing is rated yet. Rate some indicators and the gaps, charts and suggestions will appear here.</p>;
  }
  return (
    <div className="results-overview">
      <p className="lead">
        {completion.answered} of {completion.total} indicators answered ({completion.percent}%)
        {notApplicable > 0 ? `, ${notApplicable} of them not applicable` : ''}.{' '}
        {top.length === 0
          ? 'Every rated skill area is at or above its target.'
          : `The top ${top.length === 1 ? 'priority is' : `${top.length} priorities are`} ${top.map((g) => g.skillArea.title).join(', ')}.`}
      </p>
      <p className="muted">
        {COMPLETION_RULE} {GAP_RULE}
      </p>
      {(strengths.areas.length > 0 || strengths.topRated.length > 0) && (
        <p>
          <strong>Strengths</strong>
          {strengths.areas.length > 0 &&
            ` — at or above target: ${strengths.areas.map((s) => `${s.skillArea.title} (${formatLevel(s.current)} against ${formatLevel(s.target)})`).join('; ')}.`}
          {strengths.topRated.length > 0 &&
            ` Rated at the top level: ${strengths.topRated.length} indicator${strengths.topRated.length === 1 ? '' : 's'} (${strengths.topRated
              .map((s) => s.indicator.code)
              .join(', ')}).`}
        </p>
      )}
      {unrated.length > 0 && <p className="muted">Not rated yet, so not ranked: {unrated.map((u) => u.skillArea.title).join(', ')}.</p>}
    </div>
  );
}
