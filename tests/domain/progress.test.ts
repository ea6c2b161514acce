import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, IndicatorAnswer } from '../../src/domain/assessment/assessment.ts';
import { NOT_APPLICABLE } from '../../src/domain/assessment/assessment.ts';
import type { Completion } from '../../src/domain/assessment/progress.ts';
import {
  answeredIn,
  areaTarget,
  assessmentCompletion,
  assessmentProgress,
  completionOf,
  effectiveTarget,
  isAnswered,
  skillAreaProgress,
} from '../../src/domain/assessment/progress.ts';
import type { SkillArea } from '../../src/domain/framework/framework.ts';
import { indicatorsOf, skillAreasOf } from '../../src/domain/framework/framework.ts';
import { freshAssessment } from '../builders/assessment.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const TOTAL = indicatorsOf(fw).length;
const levelIds = fw.rubric.levels.map((level) => level.id);

/** Answers and targets set as given, even ones the app's edits would not leave (an empty answer, say). */
function assessmentWith(answers: Record<string, IndicatorAnswer> = {}, areaTargets: Record<string, string> = {}): Assessment {
  return { ...freshAssessment({ id: 'p1', title: 'Progress', now: NOW }), answers, areaTargets };
}

function area(id: string): SkillArea {
  const found = skillAreasOf(fw).find((a) => a.id === id);
  if (!found) throw new Error(`no skill area ${id} in the shipped framework`);
  return found;
}

/** Every indicator of the given areas answered with `current`. */
function rateAll(areaIds: string[], current: string): Record<string, IndicatorAnswer> {
  return Object.fromEntries(areaIds.flatMap((id) => area(id).indicators.map((i) => [i.id, { current }])));
}

function categoryOf(progress: ReturnType<typeof assessmentProgress>, categoryId: string) {
  const found = progress.categories.find((c) => c.category.id === categoryId);
  if (!found) throw new Error(`no category ${categoryId}`);
  return found;
}

describe('the shipped framework as used here', () => {
  it('has the shape these tests rely on', () => {
    expect(TOTAL).toBe(92);
    expect(levelIds).toEqual(['emerging', 'developing', 'proficient', 'leading']);
    expect(fw.rubric.defaultTargetLevelId).toBe('proficient');
    expect(area('1').indicators).toHaveLength(8);
    expect(area('4').indicators).toHaveLength(7);
  });
});

describe('completionOf', () => {
  it.each([
    [0, 0, 0],
    [0, 8, 0],
    [1, 3, 33],
    [2, 3, 66],
    [7, 8, 87],
    [91, 92, 98],
    [99, 100, 99],
    [199, 200, 99],
    [999, 1000, 99],
    [8, 8, 100],
    [92, 92, 100],
  ])('%i of %i is %i%%', (answered, total, percent) => {
    expect(completionOf(answered, total)).toEqual({ answered, total, percent });
  });
});

describe('completion', () => {
  it('an empty assessment has nothing answered', () => {
    expect(assessmentCompletion(fw, assessmentWith())).toEqual({ answered: 0, total: TOTAL, percent: 0 });
    expect(assessmentProgress(fw, assessmentWith()).completion).toEqual({ answered: 0, total: TOTAL, percent: 0 });
  });

  it('counts "not applicable" as answered', () => {
    const a = assessmentWith({ '1A': { current: NOT_APPLICABLE }, '1B': { current: 'leading' } });
    expect(skillAreaProgress(fw, a, area('1')).completion).toEqual({ answered: 2, total: 8, percent: 25 });
    expect(isAnswered(a, { id: '1A', code: '1A', text: 'x', levels: {} })).toBe(true);
  });

  it('does not count a target or a note without a rating', () => {
    const a = assessmentWith({ '1A': { target: 'leading' }, '1B': { note: 'later' } });
    expect(skillAreaProgress(fw, a, area('1')).completion).toEqual({ answered: 0, total: 8, percent: 0 });
    expect(assessmentCompletion(fw, a).answered).toBe(0);
  });

  it('stays below 100% until the very last indicator is answered', () => {
    const all = rateAll(skillAreasOf(fw).map((a) => a.id), 'proficient');
    const { '10H': _last, ...allButOne } = all;
    expect(Object.keys(allButOne)).toHaveLength(TOTAL - 1);

    expect(assessmentCompletion(fw, assessmentWith(allButOne))).toEqual({ answered: TOTAL - 1, total: TOTAL, percent: 98 });
    expect(assessmentProgress(fw, assessmentWith(allButOne)).completion.percent).toBe(98);
    expect(skillAreaProgress(fw, assessmentWith(allButOne), area('10')).completion).toEqual({ answered: 7, total: 8, percent: 87 });

    expect(assessmentCompletion(fw, assessmentWith(all))).toEqual({ answered: TOTAL, total: TOTAL, percent: 100 });
    expect(assessmentProgress(fw, assessmentWith(all)).completion.percent).toBe(100);
  });

  it('ignores answers to indicators the framework does not have', () => {
    const a = assessmentWith({ '1A': { current: 'leading' }, ZZ9: { current: 'leading' } });
    expect(assessmentCompletion(fw, a).answered).toBe(1);
  });

  it('per category, adds up its skill areas', () => {
    const a = assessmentWith({ ...rateAll(['4'], 'leading'), '5A': { current: NOT_APPLICABLE } });
    const category = categoryOf(assessmentProgress(fw, a), 'II');
    expect(category.skillAreas.map((s) => s.completion.answered)).toEqual([7, 1, 0]);
    expect(category.completion).toEqual({ answered: 8, total: 22, percent: 36 });
  });
});

describe('current average', () => {
  it('is undefined for an empty assessment, for every area and category', () => {
    const progress = assessmentProgress(fw, assessmentWith());
    for (const category of progress.categories) {
      expect(category.current).toBeUndefined();
      for (const s of category.skillAreas) expect(s.current).toBeUndefined();
    }
  });

  it('leaves out "not applicable" and unrated indicators', () => {
    const a = assessmentWith({
      '1A': { current: 'emerging' },
      '1B': { current: 'leading' },
      '1C': { current: NOT_APPLICABLE },
      '1D': { note: 'no rating yet' },
    });
    expect(skillAreaProgress(fw, a, area('1')).current).toBe(2.5);
  });

  it('is undefined when everything rated is "not applicable"', () => {
    const a = assessmentWith(rateAll(['2'], NOT_APPLICABLE));
    expect(skillAreaProgress(fw, a, area('2')).current).toBeUndefined();
  });

  it('uses the level values 1 to 4', () => {
    const a = assessmentWith({
      '3A': { current: 'emerging' },
      '3B': { current: 'developing' },
      '3C': { current: 'proficient' },
      '3D': { current: 'leading' },
      '3E': { current: 'leading' },
    });
    expect(skillAreaProgress(fw, a, area('3')).current).toBe(2.8);
  });
});

describe('target average', () => {
  it('is undefined for an empty assessment, like the current average: it counts the rated indicators only', () => {
    const progress = assessmentProgress(fw, assessmentWith());
    for (const category of progress.categories) {
      expect(category.target).toBeUndefined();
      for (const s of category.skillAreas) expect(s.target).toBeUndefined();
    }
  });

  it('is undefined, like the current average, when every indicator is "not applicable"', () => {
    const a = assessmentWith(rateAll(['CV1', 'CV2', 'CV3', 'CV4', 'CV5'], NOT_APPLICABLE));
    const values = categoryOf(assessmentProgress(fw, a), 'IV');
    expect(values.current).toBeUndefined();
    expect(values.target).toBeUndefined();
    expect(values.completion.percent).toBe(100);
  });

  it('prefers the indicator override, then the area target, then the rubric default', () => {
    const a = assessmentWith({ '1A': { target: 'emerging' } }, { '1': 'leading' });
    expect(effectiveTarget(fw, a, area('1'), area('1').indicators[0]!)).toBe('emerging');
    expect(effectiveTarget(fw, a, area('1'), area('1').indicators[1]!)).toBe('leading');
    expect(effectiveTarget(fw, a, area('2'), area('2').indicators[0]!)).toBe('proficient');
    expect(areaTarget(fw, a, area('1'))).toBe('leading');
    expect(areaTarget(fw, a, area('2'))).toBe('proficient');
  });

  it.each([
    ['rubric default only', {}, {}, 3],
    ['area target', {}, { '1': 'leading' }, 4],
    ['one override under the default, shown to one decimal', { '1A': { target: 'emerging' } }, {}, 2.8],
    ['one override under an area target', { '1A': { target: 'emerging' } }, { '1': 'leading' }, 3.6],
    ['an area target for a different area', {}, { '2': 'emerging' }, 3],
    [
      'not applicable indicators skipped',
      { '1A': { target: 'emerging' }, '1C': { current: NOT_APPLICABLE, target: 'emerging' } },
      { '1': 'leading' },
      3.6,
    ],
  ] satisfies [string, Record<string, IndicatorAnswer>, Record<string, string>, number][])(
    'skill area 1, every indicator rated: %s',
    (_label, overrides, areaTargets, expected) => {
      const answers: Record<string, IndicatorAnswer> = rateAll(['1'], 'developing');
      for (const [id, answer] of Object.entries(overrides)) answers[id] = { ...answers[id], ...answer };
      expect(skillAreaProgress(fw, assessmentWith(answers, areaTargets), area('1')).target).toBe(expected);
    },
  );
});

describe('category averages', () => {
  it('weigh every indicator equally, not every skill area', () => {
    // Area 4 has 7 indicators all at 4; area 5 has one indicator at 1.
    const a = assessmentWith({ ...rateAll(['4'], 'leading'), '5A': { current: 'emerging' } }, { '4': 'leading', '5': 'emerging' });
    const category = categoryOf(assessmentProgress(fw, a), 'II');
    expect(category.skillAreas.map((s) => s.current)).toEqual([4, 1, undefined]);
    // (7 × 4 + 1) / 8 = 3.625, shown 3.6.
    expect(category.current).toBe(3.6);
    // Targets of the same rated indicators: 7 at 4 (area 4), 1 at 1 (area 5).
    expect(category.target).toBe(3.6);
  });

  it('list the categories and skill areas in framework order', () => {
    const progress = assessmentProgress(fw, assessmentWith());
    expect(progress.categories.map((c) => c.category.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(progress.categories.flatMap((c) => c.skillAreas.map((s) => s.skillArea.id))).toEqual(skillAreasOf(fw).map((s) => s.id));
  });
});

const answerArb: fc.Arbitrary<IndicatorAnswer> = fc.record(
  {
    current: fc.constantFrom(...levelIds, NOT_APPLICABLE),
    target: fc.constantFrom(...levelIds),
    note: fc.string({ maxLength: 5 }),
  },
  { requiredKeys: [] },
);

const assessmentArb: fc.Arbitrary<Assessment> = fc
  .record({
    answers: fc.dictionary(fc.constantFrom(...indicatorsOf(fw).map((i) => i.id)), answerArb),
    areaTargets: fc.dictionary(fc.constantFrom(...skillAreasOf(fw).map((s) => s.id)), fc.constantFrom(...levelIds)),
  })
  .map(({ answers, areaTargets }) => assessmentWith(answers, areaTargets));

function sum(completions: Completion[]): { answered: number; total: number } {
  return {
    answered: completions.reduce((n, c) => n + c.answered, 0),
    total: completions.reduce((n, c) => n + c.total, 0),
  };
}

describe('properties over random answer sets', () => {
  it('percent lies in 0..100, answered never exceeds total, averages lie in [1, 4]', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const progress = assessmentProgress(fw, a);
        const completions = [
          progress.completion,
          assessmentCompletion(fw, a),
          ...progress.categories.map((c) => c.completion),
          ...progress.categories.flatMap((c) => c.skillAreas.map((s) => s.completion)),
        ];
        for (const c of completions) {
          expect(c.percent).toBeGreaterThanOrEqual(0);
          expect(c.percent).toBeLessThanOrEqual(100);
          expect(Number.isInteger(c.percent)).toBe(true);
          expect(c.answered).toBeGreaterThanOrEqual(0);
          expect(c.answered).toBeLessThanOrEqual(c.total);
          expect(c.percent === 100).toBe(c.answered === c.total && c.total > 0);
        }
        const averages = progress.categories.flatMap((c) => [c, ...c.skillAreas]).flatMap((x) => [x.current, x.target]);
        for (const value of averages) {
          if (value === undefined) continue;
          expect(value).toBeGreaterThanOrEqual(1);
          expect(value).toBeLessThanOrEqual(4);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('assessmentCompletion equals the sum over skill areas and over categories', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const overall = assessmentCompletion(fw, a);
        const bySkillArea = skillAreasOf(fw).map((s) => skillAreaProgress(fw, a, s).completion);
        const progress = assessmentProgress(fw, a);
        expect(sum(bySkillArea)).toEqual({ answered: overall.answered, total: overall.total });
        expect(sum(progress.categories.map((c) => c.completion))).toEqual({ answered: overall.answered, total: overall.total });
        expect(progress.completion).toEqual(overall);
        expect(overall.answered).toBe(Object.values(a.answers).filter((answer) => answer.current !== undefined).length);
      }),
      { numRuns: 300 },
    );
  });

  it('skillAreaProgress agrees with the per-area figures in assessmentProgress', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const nested = assessmentProgress(fw, a).categories.flatMap((c) => c.skillAreas);
        expect(nested).toEqual(skillAreasOf(fw).map((s) => skillAreaProgress(fw, a, s)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('answeredIn', () => {
  it('counts what skillAreaProgress counts: ratings and "not applicable", not notes or targets alone', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...indicatorsOf(fw).map((i) => i.id)),
          fc.record({ current: fc.option(fc.constantFrom(...levelIds, NOT_APPLICABLE), { nil: undefined }), note: fc.option(fc.string(), { nil: undefined }) }),
        ),
        (answers) => {
          const assessment = assessmentWith(answers);
          for (const skillArea of skillAreasOf(fw)) {
            expect(answeredIn(assessment, skillArea)).toBe(skillAreaProgress(fw, assessment, skillArea).completion.answered);
          }
        },
      ),
    );
  });
});
