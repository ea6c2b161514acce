import { useState } from 'react';
import { AXIS_LINE, GRID, PAPER, QUIET_TEXT, RADAR_SERIES, type SeriesStyle } from './chart-colors.ts';
import { levelTicks, pointsAttr, polarPoint, radarLayout, radarPoints, share, spokeAngle, type Point } from './chart-geometry.ts';
import { AxisLabel } from './axis-label.tsx';
import { ChartFrame } from './chart-frame.tsx';
import { useDrawingWidth } from './use-drawing-width.ts';

export interface RadarPoint {
  /** The name in short lines for the axis; `name` is the full name the tooltip shows. */
  label: string[];
  name: string;
  /** Null is drawn at the centre (level 0), as the chart library before did; callers pass only rated areas. */
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

function Series({ corners, style }: { corners: Point[]; style: SeriesStyle }) {
  return (
    <polygon
      points={pointsAttr(corners)}
      fill={style.fill}
      fillOpacity={style.fillOpacity}
      stroke={style.stroke}
      strokeWidth={2.5}
      strokeDasharray={style.dash}
      strokeLinejoin="round"
    />
  );
}

/** Two series of levels around the skill areas; the second is drawn dashed with no fill. At most 36rem wide. */
export default function LevelRadarChart({ points, firstName, secondName, maxLevel, label }: LevelRadarChartProps) {
  const [measureRef, width] = useDrawingWidth(480);
  const [active, setActive] = useState<number | null>(null);
  const { height, center, radius, labels } = radarLayout(
    points.map((p) => p.label),
    width,
  );
  const count = points.length;
  const rings = levelTicks(maxLevel).slice(1);
  const ring = (level: number) => pointsAttr(points.map((_, i) => polarPoint(center, share(level, maxLevel) * radius, spokeAngle(i, count))));
  const series = [
    { name: firstName, style: RADAR_SERIES[0], values: points.map((p) => p.first) },
    { name: secondName, style: RADAR_SERIES[1], values: points.map((p) => p.second) },
  ];
  const corners = series.map((s) => radarPoints(s.values, maxLevel, center, radius));
  // The level numbers sit between the first two spokes, so they never cover a spoke or its label.
  const tickAngle = spokeAngle(0.5, count);
  const outer = (i: number) => polarPoint(center, radius, spokeAngle(i, count));
  const tipAt = (i: number) => {
    const furthest = Math.max(...series.map((s) => s.values[i] ?? 0));
    return polarPoint(center, share(furthest, maxLevel) * radius, spokeAngle(i, count));
  };

  return (
    <ChartFrame
      className="chart-frame--radar"
      label={label}
      names={points.map((p) => p.name)}
      series={series}
      width={width}
      height={height}
      tipAt={tipAt}
      active={active}
      onActive={setActive}
      measureRef={measureRef}
    >
      {rings.map((level) => (
        <polygon key={level} points={ring(level)} fill="none" stroke={GRID} />
      ))}
      {points.map((p, i) => (
        <line key={p.name} x1={center.x} y1={center.y} x2={outer(i).x} y2={outer(i).y} stroke={i === active ? AXIS_LINE : GRID} strokeWidth={i === active ? 2 : 1} />
      ))}
      <Series corners={corners[0] ?? []} style={RADAR_SERIES[0]} />
      <Series corners={corners[1] ?? []} style={RADAR_SERIES[1]} />
      {rings.map((level) => {
        const at = polarPoint(center, share(level, maxLevel) * radius, tickAngle);
        return (
          <text key={level} x={at.x} y={at.y} textAnchor="middle" dominantBaseline="central" fontSize={11} fill={QUIET_TEXT} stroke={PAPER} strokeWidth={3} paintOrder="stroke">
            {level}
          </text>
        );
      })}
      {points.map((p, i) => {
        const place = labels[i];
        return place && <AxisLabel key={p.name} lines={p.label} x={place.x} top={place.top} anchor={place.anchor} />;
      })}
      {active !== null &&
        corners.map((c, s) => {
          const at = c[active];
          const style = RADAR_SERIES[s === 0 ? 0 : 1];
          return at && <circle key={s} cx={at.x} cy={at.y} r={5} fill={PAPER} stroke={style.stroke} strokeWidth={2.5} />;
        })}
      {/* One wedge per spoke, invisible: the pointer over it shows that spoke's tooltip. */}
      {points.map((p, i) => {
        const reach = radius + 24;
        const wedge = [center, polarPoint(center, reach, spokeAngle(i - 0.5, count)), polarPoint(center, reach, spokeAngle(i, count)), polarPoint(center, reach, spokeAngle(i + 0.5, count))];
        return <polygon key={p.name} className="chart-hit" points={pointsAttr(wedge)} onPointerEnter={() => setActive(i)} />;
      })}
    </ChartFrame>
  );
}
