import type { Comparison } from '../../domain/results/compare.ts';
import { changeSeries } from '../../domain/results/chart-series.ts';
import PairedBarChart from '../../components/charts/paired-bar-chart.tsx';
import { ChartFigure } from '../../components/ui/chart-figure.tsx';
import { formatChange, formatLevel } from '../../lib/format.ts';

/** Before and after per skill area; the chart code loads with this module only. */
export default function ChangeChart({ comparison, maxLevel }: { comparison: Comparison; maxLevel: number }) {
  const points = changeSeries(comparison);
  const moved = points.filter((p) => p.change !== null && Math.abs(p.change) >= 0.05);
  const up = moved.filter((p) => (p.change ?? 0) > 0).map((p) => p.name);
  const down = moved.filter((p) => (p.change ?? 0) < 0).map((p) => p.name);
  const summary =
    moved.length === 0
      ? 'No skill area changed level between the two assessments.'
      : [up.length > 0 ? `Up: ${up.join(', ')}.` : '', down.length > 0 ? `Down: ${down.join(', ')}.` : ''].filter(Boolean).join(' ');
  return (
    <ChartFigure
      title="Before and after, by skill area"
      summary={`${summary} Pale dashed bars: the earlier assessment; solid bars: the later one.`}
      table={{
        caption: 'Average current level before and after, by skill area',
        columns: ['Skill area', 'Before', 'After', 'Change'],
        rows: points.map((p) => ({
          key: p.skillAreaId,
          cells: [p.name, formatLevel(p.before ?? undefined), formatLevel(p.after ?? undefined), formatChange(p.change ?? undefined)],
        })),
      }}
    >
      <PairedBarChart rows={points.map((p) => ({ name: p.name, first: p.after, second: p.before }))} firstName="After" secondName="Before" max={maxLevel} label="Bar chart of levels before and after, by skill area" />
    </ChartFigure>
  );
}
