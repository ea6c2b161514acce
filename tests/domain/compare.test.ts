import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { setAreaTarget, startReassessment } from '../../src/domain/assessment/assessment.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import { addPdAction, updatePdAction } from '../../src/domain/pd/pd-plan.ts';
import type { Comparison, SkillAreaChange } from '../../src/domain/results/compare.ts';
import { compareAssessments } from '../../src/domain/results/compare.ts';
import { freshAssessment, rateArea, ratedAssessment } from '../builders/assessment.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const JAN = '2024-01-15T09:00:00.000Z';
const JUN = '2024-06-15T09:00:00.000Z';

function start(id: string, now: string): Assessment {
  return freshAssessment({ id, title: id, now });
}

/** Each area's indicators rated in order by LEVEL_LETTERS, at the time the assessment was started. */
function rated(id: string, now: string, patterns: Record<string, string>): Assessment {
  return ratedAssessment({ id, title: id, now, areas: patterns });
}

function change(comparison: Comparison, areaId: string): Omit<SkillAreaChange, 'skillArea' | 'category'> {
  const found = comparison.skillAreas.find((c) => c.skillArea.id === areaId);
  if (!found) throw new Error(`no skill area ${areaId}`);
  const { skillArea: _s, category: _c, ...figures } = found;
  return figures;
}

describe('compareAssessments: per skill area', () => {
  const earlier = rated('spring', JAN, { '1': 'EEEE', '2': 'PP', '3': 'LL', '5': 'DD', CV1: 'E' });
  const later = rated('autumn', JUN, { '1': 'PPPP', '2': 'DD', '3': 'LL', '4': 'D', '5': 'NN' });
  const comparison = compareAssessments(fw, earlier, later);

  it.each([
    ['grew', '1', { before: 1, after: 3, change: 2, gapBefore: 2, gapAfter: 0 }],
    ['fell back', '2', { before: 3, after: 2, change: -1, gapBefore: 0, gapAfter: 1 }],
    ['held', '3', { before: 4, after: 4, change: 0, gapBefore: 0, gapAfter: 0 }],
    ['rated only later', '4', { before: undefined, after: 2, change: undefined, gapBefore: 0, gapAfter: 1 }],
    ['not applicable later', '5', { before: 2, after: undefined, change: undefined, gapBefore: 1, gapAfter: 0 }],
    ['rated only earlier', 'CV1', { before: 1, after: undefined, change: undefined, gapBefore: 2, gapAfter: 0 }],
    ['rated in neither', '6', { before: undefined, after: undefined, change: undefined, gapBefore: 0, gapAfter: 0 }],
  ])('an area that %s (%s)', (_label, areaId, expected) => {
    expect(change(comparison, areaId)).toEqual(expected);
  });

  it('covers every skill area and core value in framework order, with its category', () => {
    expect(comparison.skillAreas.map((c) => c.skillArea.id)).toEqual(skillAreasOf(fw).map((a) => a.id));
    expect(comparison.skillAreas.map((c) => c.category.id)).toEqual(['I', 'I', 'I', 'II', 'II', 'II', 'III', 'III', 'III', 'III', 'IV', 'IV', 'IV', 'IV', 'IV']);
  });

  it('measures each gap against that assessment’s own targets', () => {
    const raised = setAreaTarget(later, '1', 'leading', JUN);
    expect(change(compareAssessments(fw, earlier, raised), '1')).toMatchObject({ gapBefore: 2, gapAfter: 1, change: 2 });
  });
});

describe('compareAssessments: which is earlier', () => {
  const spring = rated('spring', JAN, { '1': 'E' });
  const autumn = rated('autumn', JUN, { '1': 'L' });

  it('orders by createdAt whichever way round they are given', () => {
    const forward = compareAssessments(fw, spring, autumn);
    const backward = compareAssessments(fw, autumn, spring);
    expect(backward.earlier.id).toBe('spring');
    expect(backward.later.id).toBe('autumn');
    expect(backward).toEqual(forward);
    expect(change(backward, '1')).toMatchObject({ before: 1, after: 4, change: 3 });
  });

  it('orders by when each was started, not when it was last edited', () => {
    const editedLate = rateArea(spring, '2', 'D', spring.updatedAt);
    const touched = { ...editedLate, updatedAt: '2024-12-01T00:00:00.000Z' };
    expect(compareAssessments(fw, autumn, touched).earlier.id).toBe('spring');
  });

  it('keeps the argument order when both were started at the same moment', () => {
    const twin = rated('twin', JAN, { '1': 'P' });
    expect(compareAssessments(fw, spring, twin)).toMatchObject({ earlier: { id: 'spring' }, later: { id: 'twin' } });
    expect(compareAssessments(fw, twin, spring)).toMatchObject({ earlier: { id: 'twin' }, later: { id: 'spring' } });
  });
});

describe('compareAssessments: overall', () => {
  it('averages every rated indicator, not the skill area means', () => {
    // Earlier: eight at 1 and one at 4 → 12 / 9 (the mean of area means would be 2.5). Later: eight at 3 and one at 4.
    const earlier = rated('spring', JAN, { '1': 'EEEEEEEE', CV1: 'LNN' });
    const later = rated('autumn', JUN, { '1': 'PPPPPPPP', CV1: 'L' });
    const { overall } = compareAssessments(fw, earlier, later);
    // Shown to one decimal, and the change is the difference of the shown figures: 3.1 − 1.3 = 1.8.
    expect(overall).toEqual({ before: 1.3, after: 3.1, change: 1.8 });
  });

  it.each([
    ['nothing rated in either', {}, {}, { before: undefined, after: undefined, change: undefined }],
    ['nothing rated earlier', {}, { '1': 'D' }, { before: undefined, after: 2, change: undefined }],
    ['only "not applicable" later', { '1': 'D' }, { '1': 'NNN' }, { before: 2, after: undefined, change: undefined }],
  ])('is undefined where there is nothing to average: %s', (_label, before, after, expected) => {
    expect(compareAssessments(fw, rated('a', JAN, before), rated('b', JUN, after)).overall).toEqual(expected);
  });
});

describe('compareAssessments: per indicator', () => {
  const earlier = rated('spring', JAN, { '1': 'EPP-', '2': 'N' });
  const later = rated('autumn', JUN, { '1': 'PDP', '2': 'D', '3': 'L' });
  const moves = compareAssessments(fw, later, earlier).indicators.map((c) => [c.indicator.id, c.move, c.before, c.after, c.change]);

  it('says what rose, fell, held, is new or was dropped, in framework order, leaving out what neither rated', () => {
    expect(moves).toEqual([
      ['1A', 'rose', 1, 3, 2],
      ['1B', 'fell', 3, 2, -1],
      ['1C', 'same', 3, 3, 0],
      ['2A', 'new', undefined, 2, undefined],
      ['3A', 'new', undefined, 4, undefined],
    ]);
  });

  it('counts an indicator rated earlier and not applicable or unrated later as dropped', () => {
    const dropped = compareAssessments(fw, rated('a', JAN, { '1': 'EE' }), rated('b', JUN, { '1': 'N' })).indicators;
    expect(dropped.map((c) => [c.indicator.id, c.move])).toEqual([
      ['1A', 'dropped'],
      ['1B', 'dropped'],
    ]);
  });
});

describe('compareAssessments: PD actions completed in between', () => {
  /** An action added at the earlier assessment's start and, if `doneAt` is given, marked done then. */
  function withAction(a: Assessment, id: string, doneAt?: string): Assessment {
    const added = addPdAction(a, { id, title: `Action ${id}`, skillAreaIds: ['1'] }, JAN);
    return doneAt ? updatePdAction(added, id, { status: 'done' }, doneAt) : added;
  }

  let spring = start('spring', JAN);
  // Done before the earlier assessment started, exactly when it started, and in between.
  spring = withAction(spring, 'before', '2024-01-10T00:00:00.000Z');
  spring = withAction(spring, 'at-start', JAN);
  spring = withAction(spring, 'march', '2024-03-01T00:00:00.000Z');
  spring = withAction(spring, 'still-planned');
  spring = withAction(spring, 'reopened', '2024-02-01T00:00:00.000Z');
  spring = updatePdAction(spring, 'reopened', { status: 'in-progress' }, '2024-02-02T00:00:00.000Z');
  // The reassessment carries the whole plan over, so these actions are in both plans.
  let autumn = startReassessment(spring, 'autumn', 'Autumn', JUN);
  // Added to the later plan only: done in between, exactly when the later one started, and after.
  autumn = withAction(autumn, 'may', '2024-05-20T00:00:00.000Z');
  autumn = withAction(autumn, 'at-end', JUN);
  autumn = withAction(autumn, 'after', '2024-07-01T00:00:00.000Z');

  it('lists actions done after the earlier start and up to the later start, oldest first, each once', () => {
    const ids = compareAssessments(fw, spring, autumn).completedActions.map((a) => a.id);
    expect(ids).toEqual(['march', 'may', 'at-end']);
    // 'march' (and the rest of the spring plan) is in both plans.
    expect(autumn.pdPlan.filter((a) => a.id === 'march')).toHaveLength(1);
    expect(spring.pdPlan.filter((a) => a.id === 'march')).toHaveLength(1);
  });

  it('gives the same list when the assessments are passed the other way round', () => {
    expect(compareAssessments(fw, autumn, spring).completedActions).toEqual(compareAssessments(fw, spring, autumn).completedActions);
  });

  it('is empty when nothing was done in between', () => {
    expect(compareAssessments(fw, start('a', JAN), start('b', JUN)).completedActions).toEqual([]);
  });
});
