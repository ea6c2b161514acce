import { useState } from 'react';
import { AXIS_LINE, AXIS_TEXT, BAR_SERIES, GRID, HIGHLIGHT } from './chart-colors.ts';
import { barEnd, barLayout, barTop, FONT_SIZE, levelTicks, LINE_HEIGHT } from './chart-geometry.ts';
import { AxisLabel } from './axis-label.tsx';
import { ChartFrame, type FrameSeries } from './chart-frame.tsx';
import { useDrawingWidth } from './use-drawing-width.ts';
import { wrapLabel } from '../../domain/results/chart-series.ts';

export interface BarRow {
  name: string;
  /** The name in short lines for the axis; by default `name` wrapped. The tooltip shows `name`. */
  label?: string[];
  /** Null draws no bar. */
  first: number | null;
  second?: number | null;
}

interface PairedBarChartProps {
  rows: BarRow[];
  firstName: string;
  /** Leave out for a single series. */
  secondName?: string;
  max: number;
  /** Names the drawing for screen readers; arrow keys then step through its values. */
  label: string;
}

/** Horizontal bars, one row per item; a second series is drawn pale with a dashed outline, above the first. */
export default function PairedBarChart({ rows, firstName, secondName, max, label }: PairedBarChartProps) {
  const [measureRef, width] = useDrawingWidth(640);
  const [active, setActive] = useState<number | null>(null);
  const hasSecond = secondName !== undefined;
  const layout = barLayout(
    rows.map((row) => row.label ?? wrapLabel(row.name, 14, 3)),
    width,
    hasSecond,
  );
  const { left, right, top, bottom, rowHeight, barHeight, labels } = layout;
  // Listed first series first (tooltip, legend); the second's bar is drawn above the first's in each row.
  const series: FrameSeries[] = [
    { name: firstName, style: BAR_SERIES[0], values: rows.map((r) => r.first) },
    ...(hasSecond ? [{ name: secondName, style: BAR_SERIES[1], values: rows.map((r) => r.second ?? null) }] : []),
  ];
  const x = (value: number) => barEnd(layout, value, max);
  const middle = (i: number) => top + (i + 0.5) * rowHeight;
  const tipAt = (i: number) => ({ x: x(Math.max(0, ...series.map((s) => s.values[i] ?? 0))), y: middle(i) });

  return (
    <ChartFrame
      label={label}
      names={rows.map((r) => r.name)}
      series={series}
      width={width}
      height={layout.height}
      tipAt={tipAt}
      active={active}
      onActive={setActive}
      measureRef={measureRef}
    >
      {active !== null && <rect x={left} y={top + active * rowHeight} width={right - left} height={rowHeight} fill={HIGHLIGHT} />}
      {levelTicks(max).map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} stroke={GRID} />
          <text x={x(tick)} y={bottom + 8 + LINE_HEIGHT / 2} textAnchor="middle" dominantBaseline="central" fontSize={FONT_SIZE} fill={AXIS_TEXT}>
            {tick}
          </text>
        </g>
      ))}
      {rows.map((_, i) => (
        <g key={i}>
          <AxisLabel lines={labels[i] ?? []} x={left - 8} top={middle(i) - ((labels[i]?.length ?? 1) * LINE_HEIGHT) / 2} anchor="end" />
          {series.map((s, n) => {
            const value = s.values[i];
            if (value === null || value === undefined) return null;
            const isSecond = n === 1;
            return (
              <rect
                key={s.name}
                className="chart-bar"
                x={left}
                y={barTop(layout, i, isSecond ? 1 : 0, hasSecond)}
                width={x(value) - left}
                height={barHeight}
                fill={s.style.fill}
                stroke={s.style.stroke}
                strokeWidth={isSecond ? 2 : 0}
                strokeDasharray={s.style.dash}
              />
            );
          })}
        </g>
      ))}
      <line x1={left} x2={left} y1={top} y2={bottom} stroke={AXIS_LINE} />
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={AXIS_LINE} />
      {/* One band per row, invisible: the pointer over it shows that row's tooltip. */}
      {rows.map((_, i) => (
        <rect key={i} className="chart-hit" x={0} y={top + i * rowHeight} width={width} height={rowHeight} onPointerEnter={() => setActive(i)} />
      ))}
    </ChartFrame>
  );
}
