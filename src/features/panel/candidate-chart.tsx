import type { CandidateResult } from '../../domain/panel/panel-results.ts';
import PairedBarChart from '../../components/charts/paired-bar-chart.tsx';
import { ChartFigure } from '../../components/ui/chart-figure.tsx';
import { formatLevel } from '../../lib/format.ts';

/** Weighted score per candidate; the chart code loads with this module only. */
export default function CandidateChart({ results, maxLevel }: { results: CandidateResult[]; maxLevel: number }) {
  const ranked = results.filter((c) => c.weightedScore !== undefined);
  const leader = ranked.find((c) => c.rank === 1);
  return (
    <ChartFigure
      title="Weighted score by candidate"
      summary={
        ranked.length === 0
          ? 'No submitted scores yet.'
          : `${ranked.length} ${ranked.length === 1 ? 'candidate' : 'candidates'} scored. Highest weighted score: ${leader?.name ?? '—'} (${formatLevel(leader?.weightedScore)}).`
      }
      table={{
        caption: 'Weighted score by candidate',
        columns: ['Candidate', 'Weighted score', 'Rank'],
        rows: results.map((c) => ({ key: c.candidateId, cells: [c.name, formatLevel(c.weightedScore), c.rank ?? '—'] })),
      }}
    >
      {ranked.length > 0 && (
        <PairedBarChart
          rows={results.map((c) => ({ name: c.name, first: c.weightedScore ?? null }))}
          firstName="Weighted score"
          max={maxLevel}
          label="Bar chart of weighted score by candidate"
        />
      )}
    </ChartFigure>
  );
}
