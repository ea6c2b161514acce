import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { AXIS_TEXT, GRID, legendText, SERIES } from './chart-colors.ts';
import { useReducedMotion } from './use-reduced-motion.ts';
import type { BaseTickContentProps } from 'recharts/types/util/types';
import { WrappedTick } from './wrapped-tick.tsx';

export interface RadarPoint {
  /** The name in short lines for the axis; `name` is the full name the tooltip shows. */
  label: string[];
  name: string;
  first: number | null;
  second: number | null;
}

interface LevelRadarChartProps {
  points: RadarPoint[];
  /** Series names, e.g. "Current" and "Target". */
  firstName: string;
  secondName: string;
  maxLevel: number;
  /** Names the drawing for screen readers; arrow keys then step through its values. */
  label: string;
}

/** Two series of levels around the skill areas; the second is drawn dashed with no fill. */
export default function LevelRadarChart({ points, firstName, secondName, maxLevel, label }: LevelRadarChartProps) {
  const isAnimated = !useReducedMotion();
  const linesOf = (name: string) => points.find((point) => point.name === name)?.label ?? [name];
  return (
    <RadarChart
      responsive
      title={label}
      data={points}
      outerRadius="62%"
      margin={{ top: 40, right: 84, bottom: 40, left: 84 }}
      style={{ width: '100%', maxWidth: '36rem', aspectRatio: '1 / 1', margin: '0 auto' }}
    >
      <PolarGrid stroke={GRID} />
      <PolarAngleAxis dataKey="name" tick={(props: BaseTickContentProps) => <WrappedTick {...props} linesOf={linesOf} isPolar />} />
      {/* Between the first two spokes, so the level numbers never sit on a spoke's label. */}
      <PolarRadiusAxis domain={[0, maxLevel]} tickCount={maxLevel + 1} angle={90 - 180 / points.length} tick={{ fill: AXIS_TEXT, fontSize: 11 }} />
      <Radar
        name={secondName}
        dataKey="second"
        stroke={SERIES.secondary.color}
        strokeWidth={2.5}
        strokeDasharray={SERIES.secondary.dash}
        fill="none"
        isAnimationActive={isAnimated}
      />
      <Radar
        name={firstName}
        dataKey="first"
        stroke={SERIES.primary.color}
        strokeWidth={2.5}
        fill={SERIES.primary.color}
        fillOpacity={0.3}
        isAnimationActive={isAnimated}
      />
      <Tooltip isAnimationActive={isAnimated} />
      <Legend formatter={legendText} />
    </RadarChart>
  );
}
