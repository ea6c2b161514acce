import { describe, expect, it } from 'vitest';
import type { HiringRound, Scorecard } from '../../src/domain/panel/panel.ts';
import type { AreaResult, CandidateResult } from '../../src/domain/panel/panel-results.ts';
import { panelResults } from '../../src/domain/panel/panel-results.ts';
import { visibleScorecards } from '../../src/domain/panel/chair.ts';
import { median } from '../../src/domain/statistics.ts';
import { LEVEL_LETTERS } from '../builders/assessment.ts';
import type { RoundOptions, ScorecardOptions } from '../builders/panel.ts';
import { buildRound, buildScorecard, SUBMITTED } from '../builders/panel.ts';
import { shippedFramework as fw, shippedFramework2019 as fw2019 } from './shipped-framework.ts';


function makeRound(options: RoundOptions = {}): HiringRound {
  return buildRound({
    candidates: ['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson'],
    panelists: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ name: `Panelist ${id}`, role: 'Board member' })),
    skillAreaIds: ['1', '2', '3'],
    ...options,
  });
}

const round = makeRound();
const otherRound = makeRound({ id: 'r2' });

/**
 * One panelist's card, submitted unless told otherwise: per candidate a letter per covered area in round order
 * (E D P L, N = not applicable, - = not scored).
 */
function scored(panelistId: string, patterns: Record<string, string>, options: ScorecardOptions & { round?: HiringRound } = {}): Scorecard {
  const scores: Scorecard['scores'] = {};
  for (const [candidateId, pattern] of Object.entries(patterns)) {
    const areas: Record<string, { level: string }> = {};
    [...pattern].forEach((letter, i) => {
      const level = LEVEL_LETTERS[letter];
      const areaId = round.skillAreaIds[i];
      if (level && areaId) areas[areaId] = { level };
    });
    scores[candidateId] = areas;
  }
  return buildScorecard(options.round ?? round, panelistId, { submittedAt: SUBMITTED, ...options, scores });
}

function resultFor(results: CandidateResult[], candidateId: string): CandidateResult {
  const found = results.find((r) => r.candidateId === candidateId);
  if (!found) throw new Error(`no result for ${candidateId}`);
  return found;
}

function area(result: CandidateResult, skillAreaId: string): AreaResult {
  const found = result.areas.find((a) => a.skillAreaId === skillAreaId);
  if (!found) throw new Error(`no area ${skillAreaId}`);
  return found;
}

describe('panelResults per skill area', () => {
  it.each([
    ['one score', ['P'], { mean: 3, median: 3, spread: 0, isDisagreement: false }],
    ['an odd count', ['E', 'D', 'L'], { mean: 7 / 3, median: 2, spread: 3, isDisagreement: true }],
    ['an even count', ['E', 'D', 'P', 'L'], { mean: 2.5, median: 2.5, spread: 3, isDisagreement: true }],
    ['an even count, unsorted', ['L', 'D', 'D', 'P'], { mean: 2.75, median: 2.5, spread: 2, isDisagreement: true }],
    ['a spread of exactly 2', ['D', 'L'], { mean: 3, median: 3, spread: 2, isDisagreement: true }],
    ['a spread just under 2', ['D', 'P', 'P'], { mean: 8 / 3, median: 3, spread: 1, isDisagreement: false }],
    ['full agreement', ['L', 'L', 'L'], { mean: 4, median: 4, spread: 0, isDisagreement: false }],
  ])('%s', (_label, letters, expected) => {
    const cards = letters.map((letter, i) => scored(`p${i + 1}`, { c1: letter }));
    const result = area(resultFor(panelResults(fw, round, cards), 'c1'), '1');
    expect(result.mean).toBeCloseTo(expected.mean, 10);
    expect(result).toMatchObject({ median: expected.median, spread: expected.spread, isDisagreement: expected.isDisagreement });
    expect(result.scores.map((s) => s.value)).toEqual(letters.map((l) => fw.rubric.levels.findIndex((level) => level.id === LEVEL_LETTERS[l]) + 1));
  });

  it('lists each panelist’s value and note in panel order', () => {
    const p2 = scored('p2', { c1: 'L' });
    const noted: Scorecard = { ...p2, scores: { c1: { '1': { level: 'leading', note: 'Led a 1:1 rollout' } } } };
    const results = panelResults(fw, round, [noted, scored('p1', { c1: 'D' })]);
    expect(area(resultFor(results, 'c1'), '1').scores).toEqual([
      { panelistId: 'p1', value: 2 },
      { panelistId: 'p2', value: 4, note: 'Led a 1:1 rollout' },
    ]);
  });

  it('leaves an area nobody scored without numbers, and "not applicable" does not count', () => {
    const results = panelResults(fw, round, [scored('p1', { c1: 'N-P' })]);
    expect(area(resultFor(results, 'c1'), '1')).toEqual({ skillAreaId: '1', scores: [], notObserved: [], isDisagreement: false, weight: 1 });
    expect(area(resultFor(results, 'c1'), '2')).toEqual({ skillAreaId: '2', scores: [], notObserved: [], isDisagreement: false, weight: 1 });
    expect(resultFor(results, 'c1')).toMatchObject({ weightedScore: 3, scoredAreas: 1, panelistsScored: 1 });
  });
});

describe('median', () => {
  it.each([
    [[], undefined],
    [[2], 2],
    [[4, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[1, 1, 4, 4], 2.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('panelResults per candidate', () => {
  it('gives candidates in round order and areas in round order, with their weights', () => {
    const weighted = makeRound({ skillAreaIds: ['3', '1', '2'], weights: { '1': 2.5 } });
    const results = panelResults(fw, weighted, []);
    expect(results.map((r) => [r.candidateId, r.name])).toEqual([
      ['c1', 'Ada Lovelace'],
      ['c2', 'Grace Hopper'],
      ['c3', 'Katherine Johnson'],
    ]);
    expect(results[0]?.areas.map((a) => [a.skillAreaId, a.weight])).toEqual([
      ['3', 1],
      ['1', 2.5],
      ['2', 1],
    ]);
  });

  it('weights the area means, over the areas anyone scored', () => {
    const weighted = makeRound({ weights: { '1': 3 } });
    // area 1: mean 4 (weight 3); area 2: mean 1.5 (weight 1); area 3 unscored.
    const results = panelResults(fw, weighted, [scored('p1', { c1: 'LE-' }), scored('p2', { c1: 'LD-' })]);
    expect(resultFor(results, 'c1').weightedScore).toBeCloseTo((4 * 3 + 1.5) / 4, 10);
    expect(resultFor(results, 'c1')).toMatchObject({ scoredAreas: 2, panelistsScored: 2, rank: 1 });
  });

  it.each([
    ['distinct scores', { c1: 'PPP', c2: 'LLL', c3: 'EEE' }, [2, 1, 3]],
    ['a tie at the top shares rank 1 and the next is 3', { c1: 'LLL', c2: 'LLL', c3: 'DDD' }, [1, 1, 3]],
    ['a tie lower down', { c1: 'LLL', c2: 'DDD', c3: 'DDD' }, [1, 2, 2]],
    ['nobody scored one candidate', { c1: 'DDD', c2: 'PPP', c3: '---' }, [2, 1, undefined]],
    ['nobody scored anyone', {}, [undefined, undefined, undefined]],
  ])('ranks by weighted score: %s', (_label, patterns: Record<string, string>, ranks) => {
    const results = panelResults(fw, round, [scored('p1', patterns)]);
    expect(results.map((r) => r.rank)).toEqual(ranks);
  });

  it('ties candidates whose weighted scores differ only by rounding (exam-style weights)', () => {
    const weighted = makeRound({ weights: { '1': 0.15, '2': 0.15, '3': 0.1 } });
    // Both are 2.5 on paper; in floating point Grace's comes out a hair under.
    const results = panelResults(fw, weighted, [scored('p1', { c1: 'DDL', c2: 'DLE' })]);
    expect(results[0]?.weightedScore).not.toBe(results[1]?.weightedScore);
    expect(results[1]?.weightedScore).toBeCloseTo(2.5, 10);
    expect(results.map((r) => r.rank)).toEqual([1, 1, undefined]);
    expect(results[2]).not.toHaveProperty('weightedScore');
  });

  it('counts a panelist who scored only some candidates where they scored', () => {
    const results = panelResults(fw, round, [scored('p1', { c1: 'LLL', c2: 'PPP' }), scored('p2', { c1: 'D--' })]);
    expect(resultFor(results, 'c1')).toMatchObject({ panelistsScored: 2, scoredAreas: 3 });
    expect(area(resultFor(results, 'c1'), '1')).toMatchObject({ mean: 3, spread: 2, isDisagreement: true });
    expect(area(resultFor(results, 'c1'), '2').scores).toEqual([{ panelistId: 'p1', value: 4 }]);
    expect(resultFor(results, 'c2')).toMatchObject({ panelistsScored: 1, scoredAreas: 3, weightedScore: 3 });
    expect(resultFor(results, 'c3')).toMatchObject({ panelistsScored: 0, scoredAreas: 0 });
  });

  it('counts only submitted cards when asked', () => {
    const cards = [scored('p1', { c1: 'LLL' }), scored('p2', { c1: 'EEE' }, { submittedAt: undefined })];
    expect(resultFor(panelResults(fw, round, cards), 'c1')).toMatchObject({ weightedScore: 2.5, panelistsScored: 2 });
    expect(resultFor(panelResults(fw, round, cards, { onlySubmitted: true }), 'c1')).toMatchObject({ weightedScore: 4, panelistsScored: 1 });
  });

  it('ignores cards of another round or from someone not on the panel, and counts the newest card per panelist', () => {
    const cards = [
      scored('p1', { c1: 'EEE' }, { round: otherRound }),
      scored('p9', { c1: 'EEE' }),
      scored('p2', { c1: 'EEE' }, { revision: 2 }),
      scored('p2', { c1: 'LLL' }, { revision: 5 }),
    ];
    expect(resultFor(panelResults(fw, round, cards), 'c1')).toMatchObject({ weightedScore: 4, panelistsScored: 1 });
  });
});

describe('visibleScorecards (blind scoring)', () => {
  const draft = (id: string) => scored(id, { c1: 'PPP' }, { submittedAt: undefined });
  const done = (id: string) => scored(id, { c1: 'PPP' });
  const all = ['p1', 'p2', 'p3', 'p4'];

  it.each([
    ['before everyone has submitted, only one’s own draft', [draft('p1'), done('p2'), draft('p3')], 'p1', ['r1--p1']],
    ['after submitting oneself, still only one’s own while others score', [done('p1'), done('p2'), draft('p3')], 'p1', ['r1--p1']],
    ['nothing, for someone with no card', [done('p1'), done('p2')], 'p9', []],
    ['everyone’s, once every panelist has submitted', all.map(done), 'p1', all.map((id) => `r1--${id}`)],
    ['not cards of another round', [...all.map(done), scored('p2', {}, { round: otherRound })], 'p1', all.map((id) => `r1--${id}`)],
  ])('%s', (_label, cards, viewer, expected) => {
    expect(visibleScorecards(round, cards, viewer).map((c) => c.id)).toEqual(expected);
  });

  it('everyone’s once the chair closes scoring early', () => {
    const closed = { ...round, scoringClosed: { at: SUBMITTED, unsubmitted: ['Panelist p3 (Ada Lovelace)'] } };
    expect(visibleScorecards(closed, [done('p1'), draft('p3')], 'p1').map((c) => c.id)).toEqual(['r1--p1', 'r1--p3']);
  });
});

describe('a round on the December 2019 edition', () => {
  it('scores its own areas, Data Privacy and Security among them, with the same rubric and weights', () => {
    const round2019 = makeRound({ framework: { editionId: 'cosn-cto-2019', dataVersion: 1 }, skillAreaIds: ['1', 'DPS'], weights: { DPS: 3 } });
    const cards = [
      buildScorecard(round2019, 'p1', { scores: { c1: { '1': { level: 'developing' }, DPS: { level: 'leading' } } }, submittedAt: SUBMITTED }),
      buildScorecard(round2019, 'p2', { scores: { c1: { '1': { level: 'proficient' }, DPS: { level: 'not-observed' } } }, submittedAt: SUBMITTED }),
    ];
    const [ada] = panelResults(fw2019, round2019, cards, { onlySubmitted: true });
    // Area 1: (2 + 3) / 2 = 2.5 at weight 1; DPS: 4 (not observed counts in no figure) at weight 3 → (2.5 + 12) / 4.
    expect(ada?.areas.map((a) => [a.skillAreaId, a.mean])).toEqual([
      ['1', 2.5],
      ['DPS', 4],
    ]);
    expect(ada?.weightedScore).toBeCloseTo(3.625, 10);
    expect(ada?.rank).toBe(1);
  });
});
