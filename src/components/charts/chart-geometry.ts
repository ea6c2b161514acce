/**
 * The charts' geometry as plain functions of the data and the drawing's width (in CSS pixels, so text is drawn at
 * its real size): what goes where is unit-tested here, and the components only draw it.
 */

export interface Point {
  x: number;
  y: number;
}

export type Anchor = 'start' | 'middle' | 'end';

export const FONT_SIZE = 12;
export const LINE_HEIGHT = 14;
/** Room kept at the drawing's edges, so a stroke or a letter is never cut. */
const EDGE = 4;

/** Text width without measuring it (no layout in tests or before the first paint): generous for system-ui. */
export function textWidth(lines: string[], fontSize = FONT_SIZE): number {
  return Math.max(0, ...lines.map((line) => line.length)) * fontSize * 0.6;
}

/** The whole levels 0..max, the axis ticks and radar rings. */
export function levelTicks(max: number): number[] {
  return Array.from({ length: Math.max(1, Math.floor(max)) + 1 }, (_, level) => level);
}

/** Spoke `index` of `count`, clockwise from twelve o'clock, in radians. */
export function spokeAngle(index: number, count: number): number {
  return (2 * Math.PI * index) / count;
}

export function polarPoint(center: Point, radius: number, angle: number): Point {
  return { x: center.x + radius * Math.sin(angle), y: center.y - radius * Math.cos(angle) };
}

/** SVG `points` for a polygon. */
export function pointsAttr(points: Point[]): string {
  return points.map(({ x, y }) => `${round(x)},${round(y)}`).join(' ');
}

const round = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** How far along the scale a value sits (0..1): beyond the scale is drawn at its end. */
export function share(value: number, max: number): number {
  return max > 0 ? clamp(value / max, 0, 1) : 0;
}

/** A label's lines start at `top`: labels above the centre grow upward from their spoke's end, below it downward. */
export interface RadarLabel {
  x: number;
  top: number;
  anchor: Anchor;
}

export interface RadarLayout {
  width: number;
  height: number;
  center: Point;
  radius: number;
  labels: RadarLabel[];
}

const LABEL_GAP = 8;

/** A label's anchor beside its spoke, and its box relative to the anchor point. */
function labelBox(lines: string[], angle: number, radius: number, center: Point) {
  const at = polarPoint(center, radius + LABEL_GAP, angle);
  const dx = Math.sin(angle);
  const dy = -Math.cos(angle);
  const width = textWidth(lines);
  const height = lines.length * LINE_HEIGHT;
  const anchor: Anchor = Math.abs(dx) < 0.2 ? 'middle' : dx > 0 ? 'start' : 'end';
  const left = anchor === 'start' ? at.x : anchor === 'end' ? at.x - width : at.x - width / 2;
  const top = dy < -0.5 ? at.y - height : dy > 0.5 ? at.y : at.y - height / 2;
  return { at, anchor, left, right: left + width, top, bottom: top + height };
}

/**
 * The largest radar that fits `width` with every label beside its spoke, never clipped: found by halving the
 * interval, since the labels' boxes grow with the radius. The height is what the drawing then needs, at most its width.
 */
export function radarLayout(labels: string[][], width: number): RadarLayout {
  const center = { x: width / 2, y: 0 };
  const boxes = (radius: number) => labels.map((lines, i) => labelBox(lines, spokeAngle(i, labels.length), radius, center));
  const extent = (radius: number) => {
    const all = boxes(radius);
    return {
      left: Math.min(center.x - radius, ...all.map((b) => b.left)),
      right: Math.max(center.x + radius, ...all.map((b) => b.right)),
      top: Math.min(-radius, ...all.map((b) => b.top)),
      bottom: Math.max(radius, ...all.map((b) => b.bottom)),
    };
  };
  const fits = (radius: number) => {
    const e = extent(radius);
    return e.left >= EDGE && e.right <= width - EDGE && e.bottom - e.top + 2 * EDGE <= width;
  };
  let low = 0;
  let high = width / 2;
  for (let step = 0; step < 30; step += 1) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  const radius = Math.floor(low);
  const { top, bottom } = extent(radius);
  const placed = { x: center.x, y: EDGE - top };
  return {
    width,
    height: Math.ceil(bottom - top + 2 * EDGE),
    center: placed,
    radius,
    labels: labels.map((lines, i) => {
      const box = labelBox(lines, spokeAngle(i, labels.length), radius, placed);
      return { x: box.at.x, top: box.top, anchor: box.anchor };
    }),
  };
}

/** A series' corner on each spoke. Null is drawn at the centre, as the chart library before did; callers pass only rated areas. */
export function radarPoints(values: (number | null)[], max: number, center: Point, radius: number): Point[] {
  return values.map((value, i) => polarPoint(center, share(value ?? 0, max) * radius, spokeAngle(i, values.length)));
}

export interface BarLayout {
  width: number;
  height: number;
  /** The plot area: bars start at `left`, the scale's end is `right`. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  rowHeight: number;
  /** Thickness of each bar; with a second series both share a row, the second above. */
  barHeight: number;
  /** Each row's name in lines that fit the name column. */
  labels: string[][];
}

const BAR_GAP = 4;
const NAME_GAP = 14;

/** Lines no longer than `chars`: a longer one is broken after a hyphen where it has one, else at the limit. */
export function fitLines(lines: string[], chars: number): string[] {
  return lines.flatMap((line) => {
    const parts: string[] = [];
    let rest = line;
    while (rest.length > chars) {
      const hyphen = rest.lastIndexOf('-', chars - 1);
      const cut = hyphen > 0 ? hyphen + 1 : chars;
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    return [...parts, rest];
  });
}

/**
 * The name column as wide as the longest line, up to 45 % of the drawing (a longer line is broken to fit, so no
 * name is clipped); rows tall enough for their names.
 */
export function barLayout(names: string[][], width: number, hasSecond: boolean): BarLayout {
  const left = Math.round(clamp(textWidth(names.flat()) + NAME_GAP, 48, width * 0.45));
  const labels = names.map((lines) => fitLines(lines, Math.max(1, Math.floor((left - NAME_GAP) / (FONT_SIZE * 0.6)))));
  const lines = Math.max(1, ...labels.map((label) => label.length));
  const rowHeight = Math.max(hasSecond ? 56 : 40, lines * LINE_HEIGHT + 12);
  const top = 8;
  const bottom = top + labels.length * rowHeight;
  const barHeight = hasSecond ? (rowHeight - 16 - BAR_GAP) / 2 : Math.min(28, rowHeight - 14);
  return { width, height: bottom + 26, left, right: width - 16, top, bottom, rowHeight, barHeight, labels };
}

/** Where a value's bar ends. */
export function barEnd(layout: BarLayout, value: number, max: number): number {
  return layout.left + share(value, max) * (layout.right - layout.left);
}

/** The top of row `row`'s bar of series 0 (first) or 1 (second, drawn above it). */
export function barTop(layout: BarLayout, row: number, series: 0 | 1, hasSecond: boolean): number {
  const middle = layout.top + (row + 0.5) * layout.rowHeight;
  if (!hasSecond) return middle - layout.barHeight / 2;
  return series === 1 ? middle - BAR_GAP / 2 - layout.barHeight : middle + BAR_GAP / 2;
}

/**
 * The point a keyboard key moves to among `count` points: arrows step (stopping at the ends), Home and End jump,
 * Escape hides the tooltip (null). Undefined: the key is not the chart's, so the page keeps it.
 */
export function stepIndex(index: number | null, key: string, count: number): number | null | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return index === null ? 0 : Math.min(count - 1, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return index === null ? 0 : Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}

/** Where the tooltip sits, as shares of the drawing: beside the point, on the side with more room, never off the edge. */
export function tipPlace(point: Point, width: number, height: number): { left: number; top: number; isLeftOfPoint: boolean } {
  const margin = Math.min(40, height / 2);
  return { left: point.x / width, top: clamp(point.y, margin, height - margin) / height, isLeftOfPoint: point.x > width / 2 };
}
