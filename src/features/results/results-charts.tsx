import type { GapAnalysis, RankedGap } from '../../domain/results/gaps.ts';
import { areaSeries, categorySeries, gapBars } from '../../domain/results/chart-series.ts';
import LevelRadarChart from '../../components/charts/level-radar-chart.tsx';
import PairedBarChart from '../../components/charts/paired-bar-chart.tsx';
import { ChartFigure } from '../../components/ui/chart-figure.tsx';
import { formatGap, formatLevel } from '../../lib/format.ts';

interface ResultsChartsProps {
  analysis: GapAnalysis;
  ranked: RankedGap[];
  maxLevel: number;
}

const figure = (value: number | null) => formatLevel(value ?? undefined);
const IMPORTANCE: Record<string, string> = { low: 'Low', normal: 'Normal', high: 'High' };

/** The three results charts; this module and the chart code load only when the results screen is opened. */
export default function ResultsCharts({ analysis, ranked, maxLevel }: ResultsChartsProps) {
  const areas = areaSeries(analysis);
  const bars = gapBars(ranked);
  const categories = categorySeries(analysis);
  const rated = areas.filter((a) => a.current !== null);
  const widest = rated.reduce<(typeof rated)[number] | undefined>((best, a) => (a.gap > (best?.gap ?? 0) ? a : best), undefined);

  return (
    <div className="chart-grid">
      <ChartFigure
        title="Current and target level by skill area"
        summary={
          rated.length === 0
            ? 'Nothing is rated yet.'
            : `${rated.length} of ${areas.length} skill areas rated (only rated areas are drawn). Solid shape: current level; dashed outline: target. ` +
              (widest ? `The largest gap is in ${widest.name}.` : 'Every rated area is at or above its target.')
        }
        table={{
          caption: 'Average current and target level by skill area',
          columns: ['Skill area', 'Current', 'Target', 'Gap'],
          rows: areas.map((a) => ({ key: a.skillAreaId, cells: [a.name, figure(a.current), figure(a.target), formatGap(a)] })),
        }}
      >
        {rated.length >= 3 ? (
          <LevelRadarChart
            points={rated.map((a) => ({ label: a.label, name: a.name, first: a.current, second: a.target }))}
            firstName="Current"
            secondName="Target"
            maxLevel={maxLevel}
            label="Radar chart of current and target level by skill area"
          />
        ) : (
          <p className="muted">The chart appears once at least three skill areas are rated.</p>
        )}
      </ChartFigure>

      <ChartFigure
        title="Priority score by skill area, highest first"
        summary={
          bars.length === 0
            ? 'No rated skill area has an indicator below its target.'
            : `The priority score is the average shortfall per rated indicator times importance (low ×0.5, normal ×1, high ×2); it ranks the ${bars.length} areas with an indicator below target. ` +
              bars
                .slice(0, 3)
                .map((b) => `#${b.rank} ${b.name}: ${b.priority.toFixed(1)}`)
                .join('; ') +
              '.'
        }
        table={{
          caption: 'Priority score by skill area, in rank order',
          columns: ['Skill area', 'Rank', 'Average shortfall per indicator', 'Importance', 'Priority score'],
          rows: bars.map((b) => ({ key: b.skillAreaId, cells: [b.name, b.rank, b.shortfall.toFixed(1), IMPORTANCE[b.importance] ?? b.importance, b.priority.toFixed(1)] })),
        }}
      >
        {bars.length > 0 && (
          <PairedBarChart
            rows={bars.map((b) => ({ name: b.name, first: b.priority }))}
            firstName="Priority score"
            max={Math.max(1, Math.ceil(Math.max(...bars.map((b) => b.priority))))}
            label="Bar chart of priority scores by skill area, highest first"
          />
        )}
      </ChartFigure>

      <ChartFigure
        title="Summary by grouping"
        summary={categories
          .map((c) => (c.current === null ? `${c.name}: not rated` : `${c.name}: current ${figure(c.current)}, target ${figure(c.target)}`))
          .join('; ')}
        table={{
          caption: 'Average current and target level by grouping',
          columns: ['Grouping', 'Current', 'Target', 'Gap'],
          rows: categories.map((c) => ({ key: c.categoryId, cells: [c.name, figure(c.current), figure(c.target), formatGap(c)] })),
        }}
      >
        <PairedBarChart
          rows={categories.map((c) => ({ name: c.name, first: c.current, second: c.target }))}
          firstName="Current"
          secondName="Target"
          max={maxLevel}
          label="Bar chart of current and target level by grouping"
        />
      </ChartFigure>
    </div>
  );
}
