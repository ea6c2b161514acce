import { mean } from '../statistics.ts';

/**
 * The one place the app's level figures are defined. Every screen, chart, CSV and report shows current,
 * target, gap and surplus as built here, so the three figures beside each other always add up.
 */

/** How completion counts, in the words every screen that shows a completion count uses. */
export const COMPLETION_RULE =
  'An indicator counts as answered once it has a level or is marked not applicable; not applicable answers are left out of every average.';

/** How gap and surplus relate to the figures beside them. */
export const GAP_RULE = 'Gap is the average target minus the average current level, both as shown (one decimal); above target it is a surplus.';

/** One decimal, halves away from zero, never -0: the precision every level figure is shown with. */
export function roundLevel(value: number): number {
  const rounded = Math.sign(value) * (Math.round(Math.abs(value) * 10) / 10);
  return rounded === 0 ? 0 : rounded;
}

/** The mean of level values as shown; undefined for none. */
export function levelAverage(values: number[]): number | undefined {
  const value = mean(values);
  return value === undefined ? undefined : roundLevel(value);
}

export interface LevelFigures {
  /** Average current level, as shown (one decimal); undefined when nothing is rated. */
  current?: number;
  /** Average target of the same rated indicators, as shown. */
  target?: number;
  /** max(0, target − current) of the shown figures: what the screens call the gap. */
  gap: number;
  /** max(0, current − target) of the shown figures. */
  surplus: number;
}

/** Current, target, gap and surplus from the same rated indicators' levels and targets. */
export function levelFigures(currents: number[], targets: number[]): LevelFigures {
  const current = levelAverage(currents);
  const target = levelAverage(targets);
  if (current === undefined || target === undefined) return { current, target, gap: 0, surplus: 0 };
  const difference = roundLevel(target - current);
  return { current, target, gap: Math.max(0, difference), surplus: Math.max(0, -difference) };
}

/** later − earlier of two shown figures, so "2.4 → 2.6" always reads "+0.2". */
export function levelChange(before: number | undefined, after: number | undefined): number | undefined {
  return before === undefined || after === undefined ? undefined : roundLevel(after - before);
}
