import { describe, expect, it } from 'vitest';
import { keepCarriedAnswer, rateIndicator, startReassessment } from '../../src/domain/assessment/assessment.ts';
import { carriedCounts, startReassessmentOn } from '../../src/domain/assessment/carry-over.ts';
import type { Crosswalk } from '../../src/domain/framework/crosswalk.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { shippedCrosswalk, shippedFramework, shippedFramework2019 } from './shipped-framework.ts';

const NOW = '2026-12-01T10:00:00.000Z';
const move = { from: shippedFramework, to: shippedFramework2019, crosswalk: shippedCrosswalk };

const earlier = () =>
  ratedAssessment({
    id: 'old',
    title: 'Spring 2019',
    ratings: { '1B': 'proficient', '7A': 'developing', '6A': 'leading', '6E': 'emerging', '7E': 'not-a-level', '3H': 'leading', '1A': 'na', '1H': 'na' },
    targets: { '1B': 'leading', '6A': 'proficient', '6E': 'leading' },
    notes: { '7A': 'Standards page on the intranet.', '6A': 'Yearly survey.', '6E': 'SLA draft.' },
    areaTargets: { '7': 'leading', '6': 'developing' },
    importance: { '7': 'high' },
    plan: [{ id: 'p1', title: 'Survey families', goal: 'Know their needs', skillAreaIds: ['6', '7'] }],
    comments: [{ id: 'c1', text: 'Good on stakeholders', author: 'Sam', authorRole: 'Superintendent', skillAreaId: '6' }],
  });

describe('re-assessing a 2009 assessment on the 2019 edition', () => {
  const next = startReassessmentOn(move, earlier(), 'new', 'Fall 2026', NOW);

  it('moves to the 2019 edition, links back and lists the new and retired indicators', () => {
    expect(next.framework).toEqual({ editionId: 'cosn-cto-2019', dataVersion: 1 });
    expect(next.previousAssessmentId).toBe('old');
    expect(next.editionChange).toEqual({
      fromEditionId: 'cosn-cto-2009',
      newIndicatorIds: ['3B', '4C', '4E', '6G', '9E', '10D', '10G', '10H'],
      retiredIndicatorIds: ['3H', '5E', '6B', '6G', '7H', 'CV2C', 'CV3C', 'CV5C'],
    });
  });

  it('carries one-to-one answers as they were, marked with where they came from', () => {
    expect(next.answers['1A']).toEqual({ current: 'proficient', target: 'leading', carried: { from: ['1B'] } });
    expect(next.answers['6A']).toEqual({ current: 'developing', note: 'Standards page on the intranet.', carried: { from: ['7A'] } });
  });

  it('carries merged answers at their lowest level and highest target, every note headed, marked "please check"', () => {
    expect(next.answers['6D']).toEqual({
      current: 'emerging',
      target: 'leading',
      note: '6A: Yearly survey.\n\n6E: SLA draft.',
      carried: { from: ['6A', '6E', '7E'], needsCheck: true },
    });
    expect(next.answers['1B']).toEqual({ current: 'na', carried: { from: ['1A', '1H'], needsCheck: true } });
  });

  it('carries nothing to new indicators or from retired ones', () => {
    expect(next.answers['3B']).toBeUndefined();
    expect(Object.values(next.answers).some((a) => a.carried?.from.includes('3H'))).toBe(false);
  });

  it('sends targets, importance, plan and comments through the skill-area crosswalk', () => {
    expect(next.areaTargets).toEqual({ '7': 'leading' });
    expect(next.areaImportance).toEqual({ '7': 'high' });
    expect(next.pdPlan.map((a) => a.skillAreaIds)).toEqual([['7']]);
    expect(next.comments.map((c) => c.skillAreaId)).toEqual([undefined]);
  });

  it('clears "please check" when the user rates the indicator or keeps the answer', () => {
    expect(carriedCounts(next)).toEqual({ settled: 2, toCheck: 2 });
    const rated = rateIndicator(next, '6D', 'developing', NOW);
    expect(rated.answers['6D']?.carried).toEqual({ from: ['6A', '6E', '7E'] });
    const kept = keepCarriedAnswer(rated, '1B', NOW);
    expect(kept.answers['1B']).toEqual({ current: 'na', carried: { from: ['1A', '1H'] } });
    expect(carriedCounts(kept)).toEqual({ settled: 4, toCheck: 0 });
    expect(keepCarriedAnswer(kept, '1B', NOW)).toBe(kept);
  });

  it('copies one answer to every part of a split, each marked "please check"', () => {
    const split: Crosswalk = { ...shippedCrosswalk, indicators: [{ from: ['7A'], to: ['6A', '6B'], change: 'split', reason: 'Test split.' }] };
    const answers = startReassessmentOn({ ...move, crosswalk: split }, earlier(), 'n', 'T', NOW).answers;
    expect(answers['6B']).toEqual({ current: 'developing', note: 'Standards page on the intranet.', carried: { from: ['7A'], needsCheck: true } });
    expect(answers['6A']).toEqual(answers['6B']);
  });

  it('leaves the marks behind when the carried assessment is re-assessed again on the same edition', () => {
    const again = startReassessment(next, 'again', 'Spring 2027', NOW);
    expect(again.editionChange).toBeUndefined();
    expect(Object.values(again.answers).some((a) => a.carried)).toBe(false);
    expect(again.answers['6D']?.current).toBe('emerging');
  });
});
