import { describe, expect, it } from 'vitest';
import { flagIndicator, markNotApplicable, NOT_APPLICABLE, restoreAnswers } from '../../src/domain/assessment/assessment.ts';
import { describeTimeLeft, flaggedIndicators, nextUnrated, SECONDS_PER_RATING, timeLeft } from '../../src/domain/assessment/walk.ts';
import { indicatorsOf, skillAreasOf } from '../../src/domain/framework/framework.ts';
import { freshAssessment, makeAssessment, rateArea } from '../builders/assessment.ts';
import { shippedFramework as framework } from './shipped-framework.ts';

const AT = '2024-04-01T08:00:00.000Z';
const areas = skillAreasOf(framework);
const first = areas[0]!;
const second = areas[1]!;

describe('flagging and whole-area not applicable', () => {
  it('flags an unrated indicator, lists it in framework order, and clears the flag without leaving an empty answer', () => {
    const [a, b] = [second.indicators[0]!.id, first.indicators[1]!.id];
    let assessment = flagIndicator(flagIndicator(freshAssessment(), a, true, AT), b, true, AT);
    expect(flaggedIndicators(framework, assessment).map((p) => [p.skillArea.id, p.indicator.id])).toEqual([
      [first.id, b],
      [second.id, a],
    ]);
    assessment = flagIndicator(assessment, b, false, AT);
    expect(assessment.answers[b]).toBeUndefined();
    expect(flaggedIndicators(framework, assessment).map((p) => p.indicator.id)).toEqual([a]);
  });

  it('rates a whole area not applicable keeping notes, and undo puts every answer back as it was', () => {
    const [x, y] = first.indicators;
    const start = makeAssessment({ answers: { [x!.id]: { current: 'leading', note: 'Board minutes' } } });
    const ids = first.indicators.map((i) => i.id);
    const { assessment, before } = markNotApplicable(start, ids, AT);
    expect(ids.every((id) => assessment.answers[id]?.current === NOT_APPLICABLE)).toBe(true);
    expect(assessment.answers[x!.id]?.note).toBe('Board minutes');
    expect(assessment.revision).toBe(start.revision + 1);
    const undone = restoreAnswers(assessment, before, AT);
    expect(undone.answers).toEqual(start.answers);
    expect(undone.answers[y!.id]).toBeUndefined();
  });
});

describe('nextUnrated', () => {
  it('finds the first unrated indicator after the one given, into the next area and round to the start', () => {
    const rated = rateArea(freshAssessment(), first.id, 'E'.repeat(first.indicators.length), AT);
    expect(nextUnrated(framework, rated)?.indicator.id).toBe(second.indicators[0]!.id);
    const last = indicatorsOf(framework).at(-1)!;
    expect(nextUnrated(framework, rated, last.id)?.indicator.id).toBe(second.indicators[0]!.id);
    expect(nextUnrated(framework, rated, second.indicators[0]!.id)?.indicator.id).toBe(second.indicators[1]!.id);
  });

  it('is undefined when every indicator is rated', () => {
    let all = freshAssessment();
    for (const area of areas) all = rateArea(all, area.id, 'P'.repeat(area.indicators.length), AT);
    expect(nextUnrated(framework, all)).toBeUndefined();
  });
});

describe('timeLeft', () => {
  it('counts what is left at the measured pace per indicator and says it in words', () => {
    const total = indicatorsOf(framework).length;
    const fresh = timeLeft(framework, freshAssessment());
    expect(fresh).toEqual({ unrated: total, minutes: Math.ceil((total * SECONDS_PER_RATING) / 60) });
    const rated = timeLeft(framework, rateArea(freshAssessment(), first.id, 'D'.repeat(first.indicators.length), AT));
    expect(rated.unrated).toBe(total - first.indicators.length);
    expect(describeTimeLeft({ unrated: 1, minutes: 1 })).toBe('1 indicator left: about 1 minute to rate, more with evidence notes');
    expect(describeTimeLeft({ unrated: 0, minutes: 0 })).toBe('nothing left to rate');
  });
});
