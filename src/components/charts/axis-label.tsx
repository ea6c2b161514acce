import { AXIS_TEXT } from './chart-colors.ts';
import { FONT_SIZE, LINE_HEIGHT, type Anchor } from './chart-geometry.ts';

/** An axis label of one to three lines whose box starts at `top`, so a long name is wrapped, never clipped. */
export function AxisLabel({ lines, x, top, anchor }: { lines: string[]; x: number; top: number; anchor: Anchor }) {
  return (
    <text x={x} textAnchor={anchor} fill={AXIS_TEXT} fontSize={FONT_SIZE} dominantBaseline="central">
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={top + (i + 0.5) * LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
