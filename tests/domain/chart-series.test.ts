import { describe, expect, it } from 'vitest';
import type { Assessment, Importance } from '../../src/domain/assessment/assessment.ts';
import { setAreaTarget } from '../../src/domain/assessment/assessment.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import { areaSeries, categorySeries, changeSeries, gapBars, round2, wrapLabel } from '../../src/domain/results/chart-series.ts';
import { compareAssessments } from '../../src/domain/results/compare.ts';
import { analyseGaps, rankGaps } from '../../src/domain/results/gaps.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const JAN = '2024-01-15T09:00:00.000Z';
const JUN = '2024-06-15T09:00:00.000Z';

/** Rates each area's indicators in order by LEVEL_LETTERS: E D P L for the levels, N for not applicable, - to skip. */
function rated(now: string, patterns: Record<string, string>, importance: Record<string, Importance> = {}): Assessment {
  return ratedAssessment({ id: now, title: 'Charts', now, areas: patterns, importance });
}

describe('round2', () => {
  it.each([
    [2, 2],
    [2 / 3, 0.67],
    [1 / 3, 0.33],
    [-1 / 3, -0.33],
    [0.125, 0.13],
    [-0.125, -0.13],
    [11 / 8, 1.38],
    [0.004, 0],
    [-0.004, 0],
  ])('%d → %d', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });

  it('never gives -0', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(round2(-0), 0)).toBe(true);
  });
});

describe('areaSeries', () => {
  // Area 1: 2/3 short of proficient. Area 4 at leading against a target of developing. CV2 all not applicable.
  const a = setAreaTarget(rated(JAN, { '1': 'DDP', '4': 'LL', CV2: 'NNN' }), '4', 'developing', JAN);
  const series = areaSeries(analyseGaps(fw, a));

  it('has every skill area in framework order, labelled by its name in short lines', () => {
    expect(series.map((p) => p.skillAreaId)).toEqual(skillAreasOf(fw).map((s) => s.id));
    expect(series.map((p) => p.label.join(' / '))).toEqual([
      'Leadership / and Vision', 'Strategic / Planning', 'Ethics and / Policies', 'Instructional / Focus and / Professional…',
      'Team Building / and Staffing', 'Stakeholder / Focus', 'Information / Technology / Management',
      'Communication / Systems / Management', 'Business / Management', 'Data / Management',
      'Communicator', 'Exhibits / Courage', 'Flexible and / Adaptable', 'Results-Oriented', 'Innovative',
    ]);
    expect(series.map((p) => p.name)).toEqual(skillAreasOf(fw).map((s) => s.title));
  });

  it.each([
    ['a shortfall, as shown', '1', { current: 2.3, target: 3, gap: 0.7, surplus: 0 }],
    ['a strength', '4', { current: 4, target: 2, gap: 0, surplus: 2 }],
    ['nothing rated', '2', { current: null, target: null, gap: 0, surplus: 0 }],
    ['everything not applicable', 'CV2', { current: null, target: null, gap: 0, surplus: 0 }],
  ])('%s (%s)', (_label, areaId, expected) => {
    expect(series.find((p) => p.skillAreaId === areaId)).toMatchObject(expected);
  });

  it('is plain data', () => {
    expect(series[0]).toEqual({ skillAreaId: '1', label: ['Leadership', 'and Vision'], name: 'Leadership and Vision', current: 2.3, target: 3, gap: 0.7, surplus: 0 });
    expect(JSON.parse(JSON.stringify(series))).toEqual(series);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Innovative', 13, 3, ['Innovative']],
    ['Flexible and Adaptable', 13, 3, ['Flexible and', 'Adaptable']],
    ['Instructional Focus and Professional Development', 13, 3, ['Instructional', 'Focus and', 'Professional…']],
    ['Instructional Focus and Professional Development', 30, 2, ['Instructional Focus and', 'Professional Development']],
  ])('%s in lines of %d, at most %d', (text, chars, lines, expected) => {
    expect(wrapLabel(text, chars, lines)).toEqual(expected);
  });
});

describe('gapBars', () => {
  // Area 3: gap 2/3 at high importance (priority 4/3). Area 7: gap 2. Area 9: gap 1/3 at low importance.
  const ranked = rankGaps(analyseGaps(fw, rated(JAN, { '3': 'DDP', '7': 'E', '9': 'DPP' }, { '3': 'high', '9': 'low' })));

  it('gives one bar per ranked area, in rank order, drawing the priority score the ranking sorts by', () => {
    const bars = gapBars(ranked);
    expect(bars).toEqual([
      { skillAreaId: '7', name: 'Information Technology Management', shortfall: 2, importance: 'normal', priority: 2, rank: 1 },
      { skillAreaId: '3', name: 'Ethics and Policies', shortfall: 0.67, importance: 'high', priority: 1.33, rank: 2 },
      { skillAreaId: '9', name: 'Business Management', shortfall: 0.33, importance: 'low', priority: 0.17, rank: 3 },
    ]);
    expect(bars.map((b) => b.priority)).toEqual(bars.map((b) => b.priority).toSorted((a, b) => b - a));
  });

  it('keeps rank order even if handed the gaps shuffled', () => {
    expect(gapBars(ranked.toReversed())).toEqual(gapBars(ranked));
  });

  it('is empty when nothing is short', () => {
    expect(gapBars(rankGaps(analyseGaps(fw, rated(JAN, { '1': 'PL' }))))).toEqual([]);
  });
});

describe('categorySeries', () => {
  it('gives one point per category, weighing every rated indicator equally', () => {
    // Category II: seven at emerging (area 4) and one at leading (area 5): current 11/8 shown 1.4, gap 3 − 1.4.
    const series = categorySeries(analyseGaps(fw, rated(JAN, { '4': 'EEEEEEE', '5': 'L', '1': 'DP' })));
    expect(series).toEqual([
      { categoryId: 'I', name: 'Leadership and Vision', current: 2.5, target: 3, gap: 0.5, surplus: 0 },
      { categoryId: 'II', name: 'Understanding the Educational Environment', current: 1.4, target: 3, gap: 1.6, surplus: 0 },
      { categoryId: 'III', name: 'Managing Technology and Support Resources', current: null, target: null, gap: 0, surplus: 0 },
      { categoryId: 'IV', name: 'Core Values and Skills', current: null, target: null, gap: 0, surplus: 0 },
    ]);
  });
});

describe('changeSeries', () => {
  const earlier = rated(JAN, { '1': 'EEE', '2': 'PPL', '5': 'D', CV1: 'E' });
  const later = rated(JUN, { '1': 'DDE', '2': 'DD', '6': 'P', CV1: 'L' });
  const series = changeSeries(compareAssessments(fw, later, earlier));

  it('has every skill area in framework order with the same labels as areaSeries', () => {
    expect(series.map((p) => [p.skillAreaId, p.label])).toEqual(areaSeries(analyseGaps(fw, earlier)).map((p) => [p.skillAreaId, p.label]));
  });

  it.each([
    ['growth, as shown', '1', { before: 1, after: 1.7, change: 0.7 }],
    ['a fall, as shown', '2', { before: 3.3, after: 2, change: -1.3 }],
    ['rated only earlier', '5', { before: 2, after: null, change: null }],
    ['rated only later', '6', { before: null, after: 3, change: null }],
    ['rated in neither', '7', { before: null, after: null, change: null }],
    ['a core value', 'CV1', { label: ['Communicator'], name: 'Communicator', before: 1, after: 4, change: 3 }],
  ])('%s (%s)', (_label, areaId, expected) => {
    expect(series.find((p) => p.skillAreaId === areaId)).toMatchObject(expected);
  });
});
