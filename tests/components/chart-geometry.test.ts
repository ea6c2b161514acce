import { describe, expect, it } from 'vitest';
import {
  barEnd,
  barLayout,
  barTop,
  LINE_HEIGHT,
  levelTicks,
  polarPoint,
  radarLayout,
  radarPoints,
  spokeAngle,
  stepIndex,
  textWidth,
  tipPlace,
  type RadarLayout,
} from '../../src/components/charts/chart-geometry.ts';

const close = (value: number) => Math.round(value * 1000) / 1000;

describe('levelTicks', () => {
  it.each([
    [4, [0, 1, 2, 3, 4]],
    [3, [0, 1, 2, 3]],
    [0, [0, 1]],
  ])('0..%i', (max, ticks) => {
    expect(levelTicks(max)).toEqual(ticks);
  });
});

describe('polar points', () => {
  const center = { x: 100, y: 100 };
  it.each([
    [0, 4, { x: 100, y: 50 }],
    [1, 4, { x: 150, y: 100 }],
    [2, 4, { x: 100, y: 150 }],
    [3, 4, { x: 50, y: 100 }],
  ])('spoke %i of %i runs clockwise from twelve o’clock', (index, count, expected) => {
    const at = polarPoint(center, 50, spokeAngle(index, count));
    expect({ x: close(at.x), y: close(at.y) }).toEqual(expected);
  });

  it('puts a series’ corners at their share of the radius; null at the centre, beyond the scale at its end', () => {
    const corners = radarPoints([4, 2, null, 9], 4, center, 80).map(({ x, y }) => ({ x: close(x), y: close(y) }));
    expect(corners).toEqual([
      { x: 100, y: 20 },
      { x: 140, y: 100 },
      { x: 100, y: 100 },
      { x: 20, y: 100 },
    ]);
  });
});

/** Each label's box as the chart draws it. */
function labelBoxes(layout: RadarLayout, labels: string[][]) {
  return layout.labels.map((place, i) => {
    const lines = labels[i] ?? [];
    const width = textWidth(lines);
    const left = place.anchor === 'start' ? place.x : place.anchor === 'end' ? place.x - width : place.x - width / 2;
    return { left, right: left + width, top: place.top, bottom: place.top + lines.length * LINE_HEIGHT };
  });
}

describe('radarLayout', () => {
  const six = [['Leadership', 'and Vision'], ['Strategic', 'Planning'], ['Ethics and', 'Policies'], ['Team Building', 'and Staffing'], ['Stakeholder', 'Focus'], ['Business', 'Management']];

  it.each([576, 400, 260])('at %i px every label is inside the drawing, beside its spoke, and the drawing is no taller than wide', (width) => {
    const layout = radarLayout(six, width);
    expect(layout.radius).toBeGreaterThan(20);
    expect(layout.height).toBeLessThanOrEqual(width);
    for (const box of labelBoxes(layout, six)) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(layout.height);
    }
    // The shape itself fits too.
    expect(layout.center.y - layout.radius).toBeGreaterThanOrEqual(0);
    expect(layout.center.y + layout.radius).toBeLessThanOrEqual(layout.height);
  });

  it('labels above the centre end above the shape, those below start below it, and the sides face outward', () => {
    const layout = radarLayout(six, 576);
    const [top, right, , bottom, , left] = labelBoxes(layout, six);
    expect(top?.bottom).toBeLessThan(layout.center.y - layout.radius);
    expect(bottom?.top).toBeGreaterThan(layout.center.y + layout.radius);
    expect(layout.labels.map((l) => l.anchor)).toEqual(['middle', 'start', 'start', 'middle', 'end', 'end']);
    expect(right?.left).toBeGreaterThan(layout.center.x);
    expect(left?.right).toBeLessThan(layout.center.x);
  });

  it('grows with the width it is given', () => {
    expect(radarLayout(six, 576).radius).toBeGreaterThan(radarLayout(six, 320).radius);
  });
});

describe('barLayout', () => {
  const labels = [['Leadership and', 'Vision'], ['Understanding', 'the', 'Educational…'], ['Core Values']];

  it('grows in height with the rows, and rows are tall enough for three-line names', () => {
    const three = barLayout(labels, 600, true);
    const one = barLayout(labels.slice(0, 1), 600, true);
    expect(three.height - one.height).toBe(2 * three.rowHeight);
    expect(three.rowHeight).toBeGreaterThanOrEqual(3 * LINE_HEIGHT);
  });

  it('gives the names a column as wide as the longest line, up to 45 % of a narrow drawing', () => {
    expect(barLayout(labels, 600, false).left).toBeGreaterThanOrEqual(textWidth(['Leadership and']));
    expect(barLayout([['Alexandra', 'Kimberly-Nakamura']], 200, false).left).toBe(90);
  });

  it('breaks a name too long for that column after a hyphen, or at the limit, so no name is clipped', () => {
    const layout = barLayout([['Alexandra', 'Kimberly-Nakamura'], ['Oppenheimerschmidt']], 200, false);
    expect(layout.labels).toEqual([
      ['Alexandra', 'Kimberly-', 'Nakamura'],
      ['Oppenheime', 'rschmidt'],
    ]);
    for (const lines of layout.labels) expect(textWidth(lines)).toBeLessThanOrEqual(layout.left - 8);
    expect(barLayout(labels, 600, false).labels).toEqual(labels);
  });

  it('runs the scale from the name column to the right edge; a value beyond it stops at its end', () => {
    const layout = barLayout(labels, 600, false);
    expect(barEnd(layout, 0, 4)).toBe(layout.left);
    expect(barEnd(layout, 2, 4)).toBe((layout.left + layout.right) / 2);
    expect(barEnd(layout, 6, 4)).toBe(layout.right);
  });

  it('draws a second series’ bar above the first, both inside their row and apart', () => {
    const layout = barLayout(labels, 600, true);
    const second = barTop(layout, 1, 1, true);
    const first = barTop(layout, 1, 0, true);
    const rowTop = layout.top + layout.rowHeight;
    expect(second).toBeGreaterThan(rowTop);
    expect(second + layout.barHeight).toBeLessThan(first);
    expect(first + layout.barHeight).toBeLessThan(rowTop + layout.rowHeight);
  });
});

describe('stepIndex', () => {
  it.each([
    [null, 'ArrowRight', 0],
    [null, 'ArrowLeft', 0],
    [0, 'ArrowRight', 1],
    [1, 'ArrowDown', 2],
    [2, 'ArrowRight', 2],
    [1, 'ArrowLeft', 0],
    [0, 'ArrowUp', 0],
    [1, 'Home', 0],
    [0, 'End', 2],
    [1, 'Escape', null],
    [1, 'Tab', undefined],
    [1, 'a', undefined],
  ] as const)('from %s, %s goes to %s of three points', (index, key, expected) => {
    expect(stepIndex(index, key, 3)).toBe(expected);
  });

  it('leaves every key to the page when there is nothing to step through', () => {
    expect(stepIndex(null, 'ArrowRight', 0)).toBeUndefined();
  });
});

describe('tipPlace', () => {
  it('sits right of a point in the left half, left of one in the right half, and never off the top or bottom', () => {
    expect(tipPlace({ x: 100, y: 150 }, 400, 300)).toEqual({ left: 0.25, top: 0.5, isLeftOfPoint: false });
    expect(tipPlace({ x: 300, y: 0 }, 400, 300)).toMatchObject({ left: 0.75, isLeftOfPoint: true });
    expect(tipPlace({ x: 300, y: 0 }, 400, 300).top).toBeGreaterThan(0.1);
    expect(tipPlace({ x: 300, y: 300 }, 400, 300).top).toBeLessThan(0.9);
  });
});
