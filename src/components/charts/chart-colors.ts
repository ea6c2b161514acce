import { createElement } from 'react';

/**
 * Colours are the app's own variables, so a chart follows the light or dark theme (SVG attributes take var()).
 * Two series that stay apart for colour-blind readers and in greyscale: the brand blue drawn solid and
 * a mid orange drawn dashed, so line style alone also tells them apart.
 */
export const SERIES = {
  primary: { color: 'var(--brand)', dash: undefined },
  secondary: { color: 'var(--focus)', dash: '6 4' },
} as const;

export const AXIS_TEXT = 'var(--ink)';
export const GRID = 'var(--line)';

/** Legend labels in body text colour: a pale series colour would fail contrast. */
export function legendText(value: string) {
  return createElement('span', { className: 'chart__legend-text' }, value);
}
