import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TEXT, GRID, legendText, SERIES } from './chart-colors.ts';
import { useReducedMotion } from './use-reduced-motion.ts';
import type { BaseTickContentProps } from 'recharts/types/util/types';
import { WrappedTick } from './wrapped-tick.tsx';
import { wrapLabel } from '../../domain/results/chart-series.ts';

export interface BarRow {
  name: string;
  /** The name in short lines for the axis; by default `name` wrapped. The tooltip shows `name`. */
  label?: string[];
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

/** Horizontal bars, one row per item; a second series is drawn pale with a dashed outline. */
export default function PairedBarChart({ rows, firstName, secondName, max, label }: PairedBarChartProps) {
  const isAnimated = !useReducedMotion();
  const linesOf = (name: string) => rows.find((row) => row.name === name)?.label ?? wrapLabel(name, 14, 3);
  // Room for a long name to wrap onto two or three lines beside its bars.
  const rowHeight = secondName ? 64 : 44;
  return (
    <BarChart
      responsive
      title={label}
      layout="vertical"
      data={rows}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      style={{ width: '100%', height: rows.length * rowHeight + 80 }}
    >
      <CartesianGrid stroke={GRID} horizontal={false} />
      <XAxis type="number" domain={[0, max]} tickCount={max + 1} allowDecimals={false} tick={{ fill: AXIS_TEXT, fontSize: 12 }} />
      <YAxis
        type="category"
        dataKey="name"
        width={96}
        tick={(props: BaseTickContentProps) => <WrappedTick {...props} linesOf={linesOf} />}
        interval={0}
      />
      {secondName && (
        <Bar
          dataKey="second"
          name={secondName}
          fill="#f6e3cf"
          stroke={SERIES.secondary.color}
          strokeWidth={2}
          strokeDasharray={SERIES.secondary.dash}
          isAnimationActive={isAnimated}
        />
      )}
      <Bar dataKey="first" name={firstName} fill={SERIES.primary.color} isAnimationActive={isAnimated} />
      <Tooltip isAnimationActive={isAnimated} />
      <Legend formatter={legendText} />
    </BarChart>
  );
}
