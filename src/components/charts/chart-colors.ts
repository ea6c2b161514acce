import { createElement } from 'react';

/**
 * Two series that stay apart for colour-blind readers and in greyscale: a dark blue drawn solid and
 * a mid orange drawn dashed, so line style alone also tells them apart.
 */
export const SERIES = {
  primary: { color: '#1d4e89', dash: undefined },
  secondary: { color: '#b35900', dash: '6 4' },
} as const;

export const AXIS_TEXT = '#1f2933';
export const GRID = '#c9d2dc';

/** Legend labels in body text colour: a pale series colour would fail contrast. */
export function legendText(value: string) {
  return createElement('span', { className: 'chart__legend-text' }, value);
}
