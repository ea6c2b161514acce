import type { ReportChart, ReportLevel } from '../../domain/report/report-model.ts';
import { wrapLabel } from '../../domain/results/chart-series.ts';
import { formatFigure } from './report-format.ts';

/**
 * Current against target per skill area, drawn by hand as inline SVG so the downloaded report needs no
 * script: current is a solid dark-blue bar, target a dashed orange outline, so shape alone tells them apart.
 */

const CURRENT = '#1d4e89';
const TARGET = '#b35900';
const INK = '#1f2933';
const MUTED = '#4a5866';
const GRID = '#c9d2dc';

const WIDTH = 760;
const PLOT_LEFT = 262;
const PLOT_RIGHT = 716;
const LEGEND_HEIGHT = 44;
const ROW = 38;
const AXIS_HEIGHT = 58;
const LINE_CHARS = 30;

export const CHART_TITLE = 'Current and target level by skill area';


function Legend() {
  return (
    <g fontSize="13" fill={INK}>
      <rect x={PLOT_LEFT} y={14} width={26} height={12} fill={CURRENT} />
      <text x={PLOT_LEFT + 34} y={24}>
        Current level (average)
      </text>
      <rect x={PLOT_LEFT + 210} y={10} width={26} height={20} fill="none" stroke={TARGET} strokeWidth={2} strokeDasharray="6 4" />
      <text x={PLOT_LEFT + 244} y={24}>
        Target level (average)
      </text>
    </g>
  );
}

export function ReportChartSvg({ chart, scale }: { chart: ReportChart; scale: ReportLevel[] }) {
  const { points, maxLevel } = chart;
  const unit = (PLOT_RIGHT - PLOT_LEFT) / maxLevel;
  const x = (value: number) => PLOT_LEFT + Math.max(0, Math.min(maxLevel, value)) * unit;
  const plotBottom = LEGEND_HEIGHT + points.length * ROW;
  const height = plotBottom + AXIS_HEIGHT;
  const ticks = Array.from({ length: maxLevel + 1 }, (_, value) => value);
  const tickName = (value: number) => scale.find((level) => level.value === value)?.name;

  const TITLE_ID = 'report-chart-title';
  const DESC_ID = 'report-chart-desc';
  return (
    <svg
      className="report-chart__svg"
      role="img"
      aria-labelledby={TITLE_ID}
      aria-describedby={DESC_ID}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
    >
      <title id={TITLE_ID}>{CHART_TITLE}</title>
      <desc id={DESC_ID}>{chart.summary}</desc>
      <Legend />
      {ticks.map((value) => (
        <line key={value} x1={x(value)} x2={x(value)} y1={LEGEND_HEIGHT} y2={plotBottom} stroke={GRID} strokeWidth={1} />
      ))}
      {points.map((point, i) => {
        const middle = LEGEND_HEIGHT + i * ROW + ROW / 2;
        const lines = wrapLabel(point.name, LINE_CHARS, 2);
        return (
          <g key={point.skillAreaId}>
            <text x={PLOT_LEFT - 10} y={middle + 5 - (lines.length - 1) * 8} textAnchor="end" fontSize="13" fill={INK}>
              {lines.map((line, n) => (
                <tspan key={n} x={PLOT_LEFT - 10} dy={n === 0 ? 0 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
            {point.target !== null && (
              <rect x={PLOT_LEFT} y={middle - 11} width={x(point.target) - PLOT_LEFT} height={22} fill="none" stroke={TARGET} strokeWidth={2} strokeDasharray="6 4" />
            )}
            {point.current !== null ? (
              <rect x={PLOT_LEFT} y={middle - 6} width={x(point.current) - PLOT_LEFT} height={12} fill={CURRENT}>
                <title>{`${point.name}: current ${formatFigure(point.current)}, target ${point.target === null ? '—' : formatFigure(point.target)}`}</title>
              </rect>
            ) : (
              <text x={PLOT_LEFT + 8} y={middle + 5} fontSize="13" fontStyle="italic" fill={MUTED}>
                Not rated
              </text>
            )}
          </g>
        );
      })}
      <line x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={plotBottom} y2={plotBottom} stroke={INK} strokeWidth={1} />
      {ticks.map((value) => (
        <text key={value} x={x(value)} y={plotBottom + 18} textAnchor="middle" fontSize="13" fill={INK}>
          <tspan x={x(value)}>{value}</tspan>
          {tickName(value) && (
            <tspan x={x(value)} dy={16}>
              {tickName(value)}
            </tspan>
          )}
        </text>
      ))}
      <text x={(PLOT_LEFT + PLOT_RIGHT) / 2} y={height - 4} textAnchor="middle" fontSize="13" fill={INK}>
        Average level, 0 to {maxLevel}
      </text>
    </svg>
  );
}
