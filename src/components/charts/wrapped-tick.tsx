import type { BaseTickContentProps } from 'recharts/types/util/types';
import { AXIS_TEXT } from './chart-colors.ts';

const LINE_HEIGHT = 13;

type WrappedTickProps = Pick<BaseTickContentProps, 'x' | 'y' | 'textAnchor' | 'payload'> & {
  /** The name's lines (from the domain's axisLabel), found by the tick's full name. */
  linesOf: (name: string) => string[];
  /** Polar ticks sit around the chart: above the centre they grow upward, below it downward. */
  isPolar?: boolean;
};

/** An axis label of one to three lines, so a long area name is wrapped, never clipped; the full name is its title. */
export function WrappedTick({ x, y, textAnchor, payload, linesOf, isPolar }: WrappedTickProps) {
  const name = String(payload.value ?? '');
  const lines = linesOf(name);
  const sine = isPolar ? Math.sin((payload.coordinate * Math.PI) / 180) : 0;
  // First line's offset: centred on the tick, or stacked away from the chart at its top and bottom.
  const shift = sine > 0.5 ? -(lines.length - 1) * LINE_HEIGHT : sine < -0.5 ? LINE_HEIGHT * 0.6 : -((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={Number(x)} y={Number(y) + shift} textAnchor={textAnchor} fill={AXIS_TEXT} fontSize={11} dominantBaseline="middle">
      <title>{name}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
