import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, Importance } from '../../src/domain/assessment/assessment.ts';
import {
  NOT_APPLICABLE,
  rateIndicator,
  setAreaTarget,
  setImportance,
  setIndicatorTarget,
  writeNote,
} from '../../src/domain/assessment/assessment.ts';
import { indicatorsOf, skillAreasOf } from '../../src/domain/framework/framework.ts';
import type { GapAnalysis, SkillAreaGap } from '../../src/domain/results/gaps.ts';
import { analyseGaps, compareGaps, formatLevels, IMPORTANCE_WEIGHTS, rankGaps } from '../../src/domain/results/gaps.ts';
import { freshAssessment, rateArea, ratedAssessment } from '../builders/assessment.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const levelIds = fw.rubric.levels.map((level) => level.id);
const areaIds = skillAreasOf(fw).map((area) => area.id);

function start(): Assessment {
  return freshAssessment({ id: 'g1', title: 'Gaps', now: NOW });
}

/** Several areas at once, each rated in order by LEVEL_LETTERS, e.g. { '1': 'EEDD', '2': 'PPL' }. */
function rated(patterns: Record<string, string>, importance: Record<string, Importance> = {}): Assessment {
  return ratedAssessment({ id: 'g1', title: 'Gaps', now: NOW, areas: patterns, importance });
}

function areaGap(analysis: GapAnalysis, areaId: string): SkillAreaGap {
  const found = analysis.skillAreas.find((area) => area.skillArea.id === areaId);
  if (!found) throw new Error(`no skill area ${areaId} in the analysis`);
  return found;
}

function rankedIds(assessment: Assessment): string[] {
  return rankGaps(analyseGaps(fw, assessment)).map((gap) => gap.skillArea.id);
}

describe('analyseGaps on an empty assessment', () => {
  const analysis = analyseGaps(fw, start());

  it('lists every skill area and core value in framework order, numbered from 0', () => {
    expect(analysis.skillAreas.map((area) => area.skillArea.id)).toEqual(areaIds);
    expect(analysis.skillAreas.map((area) => area.order)).toEqual(areaIds.map((_, i) => i));
    expect(analysis.categories.map((c) => c.category.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(analysis.categories.flatMap((c) => c.skillAreas)).toEqual(analysis.skillAreas);
    expect(analysis.skillAreas.every((area) => area.category.skillAreas.includes(area.skillArea))).toBe(true);
  });

  it('has nothing rated, no gap, status unrated and nothing ranked', () => {
    expect(analysis).toMatchObject({ rated: 0, total: 92 });
    for (const area of analysis.skillAreas) {
      expect(area).toMatchObject({ rated: 0, notApplicable: 0, unrated: area.skillArea.indicators.length, gap: 0, surplus: 0 });
      expect(area).toMatchObject({ belowTarget: 0, status: 'unrated', importance: 'normal', priority: 0, indicators: [] });
      expect(area.current).toBeUndefined();
      expect(area.target).toBeUndefined();
    }
    for (const category of analysis.categories) {
      expect(category).toMatchObject({ rated: 0, gap: 0, surplus: 0, current: undefined, target: undefined });
    }
    expect(rankGaps(analysis)).toEqual([]);
  });
});

describe('analyseGaps: what counts as rated', () => {
  it('counts "not applicable" and unrated indicators but leaves them out of every mean', () => {
    // 1A–1C not applicable, 1D and 1E developing, 1F proficient, 1G and 1H unrated; target proficient.
    const area = areaGap(analyseGaps(fw, rated({ '1': 'NNNDDP' })), '1');
    // Shown to one decimal: current 2.3 (7/3), target 3, gap 0.7 = 3 − 2.3.
    expect(area).toMatchObject({ rated: 3, notApplicable: 3, unrated: 2, current: 2.3, target: 3, gap: 0.7, surplus: 0, belowTarget: 2, status: 'below-target' });
    expect(area.shortfall).toBeCloseTo(2 / 3, 12);
    expect(area.indicators.map((i) => i.indicator.id)).toEqual(['1D', '1E', '1F']);
  });

  it.each([
    ['everything not applicable', (a: Assessment) => rateArea(a, '2', 'NNNNNNNN', NOW), { notApplicable: 8, unrated: 0 }],
    ['a target but no rating', (a: Assessment) => setIndicatorTarget(a, '2A', 'leading', NOW), { notApplicable: 0, unrated: 8 }],
    ['a note but no rating', (a: Assessment) => writeNote(a, '2A', 'later', NOW), { notApplicable: 0, unrated: 8 }],
    ['a rating taken back', (a: Assessment) => rateIndicator(rateIndicator(a, '2A', 'emerging', NOW), '2A', undefined, NOW), { notApplicable: 0, unrated: 8 }],
    ['a rating that is not a level', (a: Assessment) => rateIndicator(a, '2A', 'expert', NOW), { notApplicable: 0, unrated: 8 }],
    ['high importance alone', (a: Assessment) => setImportance(a, '2', 'high', NOW), { notApplicable: 0, unrated: 8 }],
  ])('%s: status unrated, gap 0, not ranked', (_label, edit, counts) => {
    const analysis = analyseGaps(fw, edit(start()));
    expect(areaGap(analysis, '2')).toMatchObject({ ...counts, rated: 0, status: 'unrated', gap: 0, surplus: 0, priority: 0, current: undefined });
    expect(analysis.rated).toBe(0);
    expect(rankGaps(analysis)).toEqual([]);
  });

  it('an indicator target that is not a level falls back to the rubric default', () => {
    const a = setIndicatorTarget(rated({ '3': 'E' }), '3A', 'mastery', NOW);
    expect(areaGap(analyseGaps(fw, a), '3').indicators).toEqual([
      expect.objectContaining({ current: 1, target: 3, difference: 2 }),
    ]);
  });
});

describe('analyseGaps: targets', () => {
  it.each([
    ['rubric default', (a: Assessment) => a, 3],
    ['area target', (a: Assessment) => setAreaTarget(a, '1', 'leading', NOW), 4],
    ['indicator target over the area target', (a: Assessment) => setIndicatorTarget(setAreaTarget(a, '1', 'leading', NOW), '1A', 'developing', NOW), 2],
  ])('uses the effective target: %s', (_label, edit, target) => {
    const area = areaGap(analyseGaps(fw, edit(rated({ '1': 'E' }))), '1');
    expect(area.indicators).toEqual([expect.objectContaining({ current: 1, target, difference: target - 1 })]);
    expect(area.gap).toBe(target - 1);
  });

  it('averages the targets of rated indicators only', () => {
    // 1A has its own target (leading) and is rated; 1B's own target does not count, it is unrated.
    let a = setIndicatorTarget(rated({ '1': 'DD' }), '1A', 'leading', NOW);
    a = setIndicatorTarget(a, '1C', 'emerging', NOW);
    expect(areaGap(analyseGaps(fw, a), '1')).toMatchObject({ current: 2, target: 3.5, gap: 1.5 });
  });

  it('a target below the current level is a strength: surplus, above-target, never a negative gap, not ranked', () => {
    const a = setAreaTarget(rated({ '4': 'LLLLLLL' }), '4', 'developing', NOW);
    const analysis = analyseGaps(fw, a);
    expect(areaGap(analysis, '4')).toMatchObject({ current: 4, target: 2, gap: 0, surplus: 2, belowTarget: 0, status: 'above-target', priority: 0 });
    expect(areaGap(analysis, '4').indicators.every((i) => i.difference === -2)).toBe(true);
    expect(rankGaps(analysis)).toEqual([]);
  });

  it('gap is target − current as shown; the ranking measure (average shortfall) keeps strengths from cancelling shortfalls', () => {
    // 2A leading (one above), 2B emerging (two below): current 2.5, target 3, gap 0.5; the shortfall is (0 + 2) / 2 = 1.
    const area = areaGap(analyseGaps(fw, rated({ '2': 'LE' })), '2');
    expect(area).toMatchObject({ current: 2.5, target: 3, gap: 0.5, surplus: 0, shortfall: 1, belowTarget: 1, status: 'below-target', priority: 1 });
  });

  it('an area above target on average with one indicator short: a surplus, and still ranked by its shortfall', () => {
    // 2A–2C leading (one above each), 2D emerging (two below): current 3.25 → 3.3, target 3, surplus 0.3.
    const analysis = analyseGaps(fw, rated({ '2': 'LLLE' }));
    expect(areaGap(analysis, '2')).toMatchObject({ current: 3.3, target: 3, gap: 0, surplus: 0.3, shortfall: 0.5, status: 'below-target' });
    expect(rankGaps(analysis).map((r) => r.skillArea.id)).toEqual(['2']);
  });

  it('everything at its target is on-target, with no gap and no surplus', () => {
    const area = areaGap(analyseGaps(fw, rated({ '5': 'PPPP' })), '5');
    expect(area).toMatchObject({ gap: 0, surplus: 0, status: 'on-target', rated: 4 });
  });

  it('lists rated indicators largest shortfall first, then in framework order', () => {
    // Differences against proficient: 3A 0, 3B 2, 3C 1, 3D 2, 3E −1.
    const area = areaGap(analyseGaps(fw, rated({ '3': 'PEDEL' })), '3');
    expect(area.indicators.map((i) => [i.indicator.id, i.difference])).toEqual([
      ['3B', 2],
      ['3D', 2],
      ['3C', 1],
      ['3A', 0],
      ['3E', -1],
    ]);
  });
});

describe('analyseGaps: importance', () => {
  it.each([
    ['low', 0.5],
    ['normal', 1],
    ['high', 2],
  ] satisfies [Importance, number][])('%s importance weighs the gap by %s', (importance, weight) => {
    const area = areaGap(analyseGaps(fw, rated({ '6': 'EDD' }, { '6': importance })), '6');
    expect(area.importance).toBe(importance);
    expect(area.gap).toBe(1.3);
    expect(area.shortfall).toBeCloseTo(4 / 3, 12);
    expect(area.priority).toBeCloseTo((4 / 3) * weight, 12);
    expect(IMPORTANCE_WEIGHTS[importance]).toBe(weight);
  });
});

describe('analyseGaps: categories', () => {
  it('weigh every rated indicator equally, not every skill area', () => {
    // Area 4: seven indicators at emerging (gap 2 each). Area 5: one at leading (surplus 1). Area 6: none.
    const category = analyseGaps(fw, rated({ '4': 'EEEEEEE', '5': 'L' })).categories.find((c) => c.category.id === 'II');
    // Current 11/8 = 1.375, shown 1.4; gap 3 − 1.4 = 1.6; shortfall 14/8.
    expect(category).toMatchObject({ rated: 8, current: 1.4, target: 3, gap: 1.6, surplus: 0, shortfall: 14 / 8 });
    // The mean of the area means would be 2.5 and the mean gap 1.
    expect(category?.skillAreas.map((s) => s.current)).toEqual([1, 4, undefined]);
  });
});

describe('analyseGaps and rankGaps on a fully rated assessment', () => {
  // Every numbered-area indicator developing (one below target), every core value leading (one above).
  const full = skillAreasOf(fw).reduce((a, area) => rateArea(a, area.id, (area.kind === 'coreValue' ? 'L' : 'D').repeat(area.indicators.length), NOW), start());
  const analysis = analyseGaps(fw, full);
  const ranked = rankGaps(analysis);

  it('counts every indicator as rated', () => {
    expect(analysis).toMatchObject({ rated: 92, total: 92 });
    expect(analysis.categories.reduce((n, c) => n + c.rated, 0)).toBe(92);
    for (const area of analysis.skillAreas) expect(area).toMatchObject({ unrated: 0, notApplicable: 0, rated: area.skillArea.indicators.length });
  });

  it('gives numbered areas a gap and core values a surplus', () => {
    const statuses = analysis.skillAreas.map((area) => [area.skillArea.id, area.status, area.gap, area.surplus]);
    expect(statuses).toEqual(
      skillAreasOf(fw).map((area) => (area.kind === 'coreValue' ? [area.id, 'above-target', 0, 1] : [area.id, 'below-target', 1, 0])),
    );
    expect(analysis.categories.map((c) => [c.category.id, c.current, c.gap, c.surplus])).toEqual([
      ['I', 2, 1, 0],
      ['II', 2, 1, 0],
      ['III', 2, 1, 0],
      ['IV', 4, 0, 1],
    ]);
  });

  it('ranks the ten numbered areas, all tied, in framework order, each reason naming the one ahead', () => {
    expect(ranked.map((r) => [r.rank, r.skillArea.id])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((id, i) => [i + 1, id]));
    expect(ranked[0]?.reason).toBe('Average shortfall of 1 level across 8 of 8 rated indicators.');
    expect(ranked[1]?.reason).toBe(
      'Average shortfall of 1 level across 8 of 8 rated indicators. Same priority and shortfall as Leadership and Vision, which comes first in the framework.',
    );
    expect(ranked[9]?.reason).toContain('Same priority and shortfall as Business Management');
  });
});

describe('rankGaps: order', () => {
  it.each([
    ['the larger gap first', { '1': 'D', '2': 'E' }, {}, ['2', '1']],
    ['high importance lifts a smaller gap above a larger one', { '1': 'E', '2': 'DDDD', '3': 'DDP' }, { '3': 'high' }, ['1', '3', '2']],
    ['low importance drops a larger gap below a smaller one', { '1': 'EE', '2': 'EDD' }, { '1': 'low' }, ['2', '1']],
    ['low importance halves a gap into a tie, which the larger gap wins', { '1': 'EE', '2': 'D' }, { '1': 'low' }, ['1', '2']],
    ['areas without a gap are left out', { '1': 'PL', '2': 'E', '3': 'NN', '4': 'D' }, {}, ['2', '4']],
    ['core values are ranked like skill areas', { CV5: 'E', '10': 'D' }, {}, ['CV5', '10']],
  ] satisfies [string, Record<string, string>, Record<string, Importance>, string[]][])('%s', (_label, patterns, importance, expected) => {
    expect(rankedIds(rated(patterns, importance))).toEqual(expected);
  });

  it('the same data without importance ranks the other way round', () => {
    expect(rankedIds(rated({ '1': 'E', '2': 'DDDD', '3': 'DDP' }))).toEqual(['1', '2', '3']);
    expect(rankedIds(rated({ '1': 'EE', '2': 'EDD' }))).toEqual(['1', '2']);
  });

  it('numbers ranks from 1', () => {
    expect(rankGaps(analyseGaps(fw, rated({ '7': 'E', '8': 'D', '9': 'DP' }))).map((r) => [r.skillArea.id, r.rank])).toEqual([
      ['7', 1],
      ['8', 2],
      ['9', 3],
    ]);
  });
});

describe('rankGaps: ties', () => {
  it('on equal priority, the larger shortfall ranks first, ahead of framework order, and the reason says so', () => {
    // Area 2: gap 0.5 at high importance; area 5: gap 1 at normal. Both have priority 1.
    const ranked = rankGaps(analyseGaps(fw, rated({ '2': 'DP', '5': 'D' }, { '2': 'high' })));
    expect(ranked.map((r) => [r.skillArea.id, r.priority, r.shortfall])).toEqual([
      ['5', 1, 1],
      ['2', 1, 0.5],
    ]);
    expect(ranked[0]?.reason).toBe('Average shortfall of 1 level across 1 of 1 rated indicator.');
    expect(ranked[1]?.reason).toBe(
      'Average shortfall of 0.5 levels across 1 of 2 rated indicators, counted double because it is marked high importance. Same priority as Team Building and Staffing; the larger shortfall ranks first.',
    );
  });

  it('on equal priority and gap, framework order decides, however many indicators are rated', () => {
    const ranked = rankGaps(analyseGaps(fw, rated({ '7': 'D', '3': 'DDDDDDDD' })));
    expect(ranked.map((r) => r.skillArea.id)).toEqual(['3', '7']);
    expect(ranked[0]?.reason).not.toContain('Same priority');
    expect(ranked[1]?.reason).toBe(
      'Average shortfall of 1 level across 1 of 1 rated indicator. Same priority and shortfall as Ethics and Policies, which comes first in the framework.',
    );
  });

  it('on equal priority and gap, higher importance would rank first', () => {
    // priority = gap × weight, so two areas with the same priority and gap always share an importance;
    // this level only decides for an analysis built some other way, which the comparator must still order.
    const analysis = analyseGaps(fw, rated({ '1': 'D', '2': 'D' }, { '2': 'high' }));
    const tampered: GapAnalysis = {
      ...analysis,
      skillAreas: analysis.skillAreas.map((area) => (area.skillArea.id === '2' ? { ...area, priority: 1 } : area)),
    };
    const ranked = rankGaps(tampered);
    expect(ranked.map((r) => r.skillArea.id)).toEqual(['2', '1']);
    expect(ranked[1]?.reason).toBe(
      'Average shortfall of 1 level across 1 of 1 rated indicator. Same priority and shortfall as Strategic Planning; the higher importance ranks first.',
    );
    expect(compareGaps(areaGap(tampered, '2'), areaGap(tampered, '1'))).toBeLessThan(0);
  });

  it('a reason mentions a tie only with the area directly ahead', () => {
    // Areas 1 and 2 tie at gap 2; area 3 has gap 1.
    const ranked = rankGaps(analyseGaps(fw, rated({ '1': 'E', '2': 'E', '3': 'D' })));
    expect(ranked.map((r) => r.reason.includes('Same priority'))).toEqual([false, true, false]);
  });
});

describe('rankGaps: reasons', () => {
  it.each([
    ['normal', { '1': 'EDDP' }, {}, 'Average shortfall of 1 level across 3 of 4 rated indicators.'],
    ['high', { '1': 'EEDP' }, { '1': 'high' }, 'Average shortfall of 1.3 levels across 3 of 4 rated indicators, counted double because it is marked high importance.'],
    ['low', { '1': 'EDP' }, { '1': 'low' }, 'Average shortfall of 1 level across 2 of 3 rated indicators, counted at half weight (low importance).'],
    ['rounded to one decimal', { '1': 'DPP' }, {}, 'Average shortfall of 0.3 levels across 1 of 3 rated indicators.'],
    ['whole numbers without a decimal', { '1': 'EE' }, {}, 'Average shortfall of 2 levels across 2 of 2 rated indicators.'],
  ] satisfies [string, Record<string, string>, Record<string, Importance>, string][])('%s', (_label, patterns, importance, reason) => {
    expect(rankGaps(analyseGaps(fw, rated(patterns, importance)))[0]?.reason).toBe(reason);
  });

  it.each([
    [1, '1'],
    [1.25, '1.3'],
    [2 / 3, '0.7'],
    [0.04, '0'],
    [1.96, '2'],
  ])('formatLevels(%d) is %s', (value, text) => {
    expect(formatLevels(value)).toBe(text);
  });
});

type Step =
  | { kind: 'rate'; id: string; rating: string | undefined }
  | { kind: 'target'; id: string; level: string }
  | { kind: 'areaTarget'; id: string; level: string }
  | { kind: 'importance'; id: string; importance: Importance };

const indicatorIdArb = fc.constantFrom(...indicatorsOf(fw).map((i) => i.id));
const areaIdArb = fc.constantFrom(...areaIds);
const levelArb = fc.constantFrom(...levelIds);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('rate' as const), id: indicatorIdArb, rating: fc.constantFrom(...levelIds, NOT_APPLICABLE, undefined) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('target' as const), id: indicatorIdArb, level: levelArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('areaTarget' as const), id: areaIdArb, level: levelArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('importance' as const), id: areaIdArb, importance: fc.constantFrom<Importance>('low', 'normal', 'high') }) },
);

function apply(a: Assessment, step: Step): Assessment {
  switch (step.kind) {
    case 'rate':
      return rateIndicator(a, step.id, step.rating, NOW);
    case 'target':
      return setIndicatorTarget(a, step.id, step.level, NOW);
    case 'areaTarget':
      return setAreaTarget(a, step.id, step.level, NOW);
    case 'importance':
      return setImportance(a, step.id, step.importance, NOW);
  }
}

const assessmentArb = fc.array(stepArb, { maxLength: 200 }).map((steps) => steps.reduce(apply, start()));

/** The ranking order, written out again from the specification. */
function specOrder(a: SkillAreaGap, b: SkillAreaGap): number {
  if (a.priority !== b.priority) return a.priority > b.priority ? -1 : 1;
  if (a.shortfall !== b.shortfall) return a.shortfall > b.shortfall ? -1 : 1;
  const [wa, wb] = [IMPORTANCE_WEIGHTS[a.importance], IMPORTANCE_WEIGHTS[b.importance]];
  if (wa !== wb) return wa > wb ? -1 : 1;
  return a.order - b.order;
}

describe('rankGaps properties over random assessments', () => {
  it('is total, ordered by the comparator, independent of input order and repeatable', () => {
    const indices = areaIds.map((_, i) => i);
    fc.assert(
      fc.property(assessmentArb, fc.shuffledSubarray(indices, { minLength: indices.length }), (assessment, permutation) => {
        const analysis = analyseGaps(fw, assessment);
        const ranked = rankGaps(analysis);

        const eligible = analysis.skillAreas.filter((area) => area.belowTarget > 0).map((area) => area.skillArea.id);
        expect(ranked.map((r) => r.skillArea.id).toSorted()).toEqual(eligible.toSorted());
        expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
        ranked.forEach((r, i) => {
          expect(r.shortfall).toBeGreaterThan(0);
          expect(r.priority).toBeCloseTo(r.shortfall * IMPORTANCE_WEIGHTS[r.importance], 12);
          const ahead = ranked[i - 1];
          if (ahead) expect(specOrder(ahead, r)).toBeLessThan(0);
          expect(r.reason.includes('Same priority')).toBe(ahead !== undefined && ahead.priority === r.priority);
        });

        const shuffled = permutation.map((i) => analysis.skillAreas[i]).filter((area) => area !== undefined);
        expect(shuffled).toHaveLength(analysis.skillAreas.length);
        expect(rankGaps({ ...analysis, skillAreas: shuffled })).toEqual(ranked);
        expect(rankGaps(analysis)).toEqual(ranked);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every count and figure within bounds', () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const analysis = analyseGaps(fw, assessment);
        for (const area of analysis.skillAreas) {
          expect(area.rated + area.notApplicable + area.unrated).toBe(area.skillArea.indicators.length);
          expect(area.gap).toBeGreaterThanOrEqual(0);
          expect(area.surplus).toBeGreaterThanOrEqual(0);
          expect(area.status === 'unrated').toBe(area.rated === 0);
          expect(area.status === 'below-target').toBe(area.shortfall > 0);
          expect(area.indicators).toHaveLength(area.rated);
          if (area.current !== undefined && area.target !== undefined) {
            expect(area.gap - area.surplus).toBeCloseTo(area.target - area.current, 12);
            expect(Math.min(area.gap, area.surplus)).toBe(0);
          }
        }
        expect(analysis.rated).toBe(analysis.categories.reduce((n, c) => n + c.rated, 0));
      }),
      { numRuns: 200 },
    );
  });
});
