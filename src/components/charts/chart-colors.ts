/**
 * Colours are the app's own variables, so a chart follows the light or dark theme (SVG attributes take var()).
 * Two series that stay apart for colour-blind readers and in greyscale: the brand blue drawn solid and
 * a mid orange drawn dashed, so line style alone also tells them apart.
 */
export interface SeriesStyle {
  stroke: string;
  fill: string;
  fillOpacity?: number;
  dash?: string;
}

const BLUE = 'var(--brand)';
const ORANGE = 'var(--focus)';
const DASH = '6 4';

/** Radar: the first series a filled shape, the second a dashed outline with no fill. */
export const RADAR_SERIES: [SeriesStyle, SeriesStyle] = [
  { stroke: BLUE, fill: BLUE, fillOpacity: 0.3 },
  { stroke: ORANGE, fill: 'none', dash: DASH },
];

/** Bars: the first solid, the second pale (the theme's soft orange, dark in dark mode) with a dashed outline. */
export const BAR_SERIES: [SeriesStyle, SeriesStyle] = [
  { stroke: 'none', fill: BLUE },
  { stroke: ORANGE, fill: 'var(--warn-soft)', dash: DASH },
];

export const AXIS_TEXT = 'var(--ink)';
export const QUIET_TEXT = 'var(--muted)';
export const GRID = 'var(--line)';
export const AXIS_LINE = 'var(--field-line)';
/** Behind the row or spoke the tooltip is about. */
export const HIGHLIGHT = 'var(--brand-soft)';
export const PAPER = 'var(--paper)';
