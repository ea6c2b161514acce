import { describe, expect, it } from 'vitest';
import {
  areResultsOpen,
  closeScoring,
  isCalibrationOpen,
  outstandingScores,
  roundForPanelists,
  setConsensus,
  setInterviewDay,
  setRecommendation,
} from '../../src/domain/panel/chair.ts';
import { calibrationResult, isTooClose, panelResults, unequalPanels } from '../../src/domain/panel/panel-results.ts';
import { NOT_OBSERVED, roundSetupProblems, scoreArea, submitCandidate, unscoredAreas } from '../../src/domain/panel/round.ts';
import { buildRound, buildScorecard } from '../builders/panel.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const NOW = '2024-05-02T09:00:00.000Z';
const LATER = '2024-05-03T09:00:00.000Z';
const round = buildRound();
const scores = { c1: { '1': { level: 'proficient' }, '2': { level: 'leading' } }, c2: { '1': { level: 'developing' } } };

describe('submitting per candidate', () => {
  const card = buildScorecard(round, 'p1', { scores });

  it('locks the candidate handed in, and only that one', () => {
    const one = submitCandidate(round, card, 'c1', NOW);
    expect(one.submittedFor).toEqual({ c1: NOW });
    expect(one.submittedAt).toBeUndefined();
    expect(scoreArea(one, 'c1', '1', { level: 'emerging' }, LATER)).toBe(one);
    expect(scoreArea(one, 'c1', 'CV1', { note: 'after the fact' }, LATER)).toBe(one);
    expect(scoreArea(one, 'c2', '2', { level: 'emerging' }, LATER).scores.c2?.['2']).toEqual({ level: 'emerging' });
  });

  it('keeps the first time when a candidate is handed in twice, and counts the card submitted once every candidate is in', () => {
    const one = submitCandidate(round, card, 'c1', NOW);
    expect(submitCandidate(round, one, 'c1', LATER)).toBe(one);
    const both = submitCandidate(round, one, 'c2', LATER);
    expect(both.submittedFor).toEqual({ c1: NOW, c2: LATER });
    expect(both.submittedAt).toBe(LATER);
  });

  it('lists the areas still empty, in round order; "not observed" counts as answered', () => {
    expect(unscoredAreas(round, card, 'c1')).toEqual(['CV1']);
    expect(unscoredAreas(round, card, 'c2')).toEqual(['2', 'CV1']);
    expect(unscoredAreas(round, scoreArea(card, 'c2', '2', { level: NOT_OBSERVED }, NOW), 'c2')).toEqual(['CV1']);
    expect(unscoredAreas(round, undefined, 'c1')).toEqual(['1', '2', 'CV1']);
  });
});

describe('not observed', () => {
  it('is left out of means, spreads, totals and the count of panelists', () => {
    const cards = [
      buildScorecard(round, 'p1', { scores: { c1: { '1': { level: 'leading' }, '2': { level: NOT_OBSERVED, note: 'ran out of time' } } }, submittedAt: NOW }),
      buildScorecard(round, 'p2', { scores: { c1: { '1': { level: 'developing' }, '2': { level: 'developing' } } }, submittedAt: NOW }),
    ];
    const [ada] = panelResults(fw, round, cards, { onlySubmitted: true });
    const planning = ada?.areas.find((a) => a.skillAreaId === '2');
    expect(planning).toMatchObject({ mean: 2, spread: 0, notObserved: [{ panelistId: 'p1', note: 'ran out of time' }] });
    expect(ada?.panelistTotals).toEqual([{ panelistId: 'p1', total: 4 }, { panelistId: 'p2', total: 2 }]);
    expect(ada?.weightedScore).toBe(2.5);
  });
});

describe('blind until every panelist has submitted, or the chair closes scoring', () => {
  const p1 = submitCandidate(round, submitCandidate(round, buildScorecard(round, 'p1', { scores }), 'c1', NOW), 'c2', NOW);
  const p2 = submitCandidate(round, buildScorecard(round, 'p2', { scores }), 'c1', NOW);

  it('stays closed while any candidate of any panelist is out, saying who and what', () => {
    expect(areResultsOpen(round, [p1, p2])).toBe(false);
    expect(outstandingScores(round, [p1, p2]).map((o) => [o.panelist.name, o.candidates])).toEqual([['Edsger Dijkstra', ['Grace Hopper']]]);
    expect(areResultsOpen(round, [p1])).toBe(false);
    expect(areResultsOpen(round, [p1, submitCandidate(round, p2, 'c2', LATER)])).toBe(true);
  });

  it('opens when the chair closes scoring early, and records who had not submitted', () => {
    const closed = closeScoring(round, [p1, p2], LATER);
    expect(closed.scoringClosed).toEqual({ at: LATER, unsubmitted: ['Edsger Dijkstra (Grace Hopper)'] });
    expect(closed.revision).toBe(round.revision + 1);
    expect(areResultsOpen(closed, [p1, p2])).toBe(true);
    expect(closeScoring(closed, [], '2025-01-01T00:00:00.000Z')).toBe(closed);
    // A draft still counts for nothing.
    const [, grace] = panelResults(fw, closed, [p1, p2], { onlySubmitted: true });
    expect(grace?.panelistsScored).toBe(1);
  });
});

describe('consensus', () => {
  const cards = [buildScorecard(round, 'p1', { scores, submittedAt: NOW }), buildScorecard(round, 'p2', { scores: { c1: { '1': { level: 'emerging' } } }, submittedAt: NOW })];

  it('sits beside the independent scores, which never change', () => {
    const agreed = setConsensus(round, 'c1', '1', { level: 'developing', note: 'Vision strong, plan thin' }, LATER);
    const [ada] = panelResults(fw, agreed, cards, { onlySubmitted: true });
    const vision = ada?.areas.find((a) => a.skillAreaId === '1');
    expect(vision?.consensus).toEqual({ level: 'developing', value: 2, note: 'Vision strong, plan thin', at: LATER });
    expect(vision?.scores.map((s) => s.value)).toEqual([3, 1]);
    expect(vision?.mean).toBe(2);
    expect(ada?.weightedScore).toBe(panelResults(fw, round, cards, { onlySubmitted: true })[0]?.weightedScore);
  });

  it('keeps the note when the level changes, and is cleared by an empty level', () => {
    const agreed = setConsensus(round, 'c1', '1', { level: 'developing', note: 'n' }, NOW);
    expect(setConsensus(agreed, 'c1', '1', { level: 'proficient' }, LATER).consensus).toEqual({ c1: { '1': { level: 'proficient', note: 'n', at: LATER } } });
    expect(setConsensus(agreed, 'c1', '1', { level: '' }, LATER).consensus).toEqual({});
  });

  it('is refused for a candidate or area the round does not have', () => {
    expect(setConsensus(round, 'c9', '1', { level: 'leading' }, NOW)).toBe(round);
    expect(setConsensus(round, 'c1', '7', { level: 'leading' }, NOW)).toBe(round);
  });

  it('stays on the chair’s device with the recommendation: the round sent to panelists carries neither', () => {
    const closed = closeScoring(round, cards, NOW);
    const discussed = setRecommendation(setConsensus(closed, 'c1', '1', { level: 'developing', note: 'Agreed' }, LATER), 'c1', 'Strongest plan', LATER);
    const sent = roundForPanelists(discussed);
    expect(sent).not.toHaveProperty('consensus');
    expect(sent).not.toHaveProperty('recommendation');
    expect(sent).toEqual({ ...closed, updatedAt: LATER, revision: discussed.revision });
  });
});

describe('round setup', () => {
  const base = { positionTitle: 'CTO', candidates: ['Ada'], panelists: [{ name: 'Alan', role: '' }], skillAreaIds: ['1', '2'] };

  it('asks for a one-line reason once any covered area counts other than once', () => {
    expect(roundSetupProblems({ ...base, weights: {} })).toEqual([]);
    expect(roundSetupProblems({ ...base, weights: { '2': 2 } })).toEqual(['Some areas count more than others: say in one line why.']);
    expect(roundSetupProblems({ ...base, weights: { '2': 2 }, weightReason: '  ' })).toHaveLength(1);
    expect(roundSetupProblems({ ...base, weights: { '2': 2 }, weightReason: 'Planning is the job' })).toEqual([]);
    // A weight on an area the round does not cover does not count.
    expect(roundSetupProblems({ ...base, weights: { '7': 3 } })).toEqual([]);
  });

  it('keeps a practice candidate first, marked, and out of the results and their ranks', () => {
    const practiced = buildRound({ practiceCandidate: 'Practice Pat' });
    expect(practiced.candidates.map((c) => [c.id, c.name, c.isPractice ?? false])).toEqual([
      ['p3', 'Practice Pat', true],
      ['c1', 'Ada Lovelace', false],
      ['c2', 'Grace Hopper', false],
    ]);
    const cards = ['p1', 'p2'].map((p, i) =>
      buildScorecard(practiced, p, { scores: { p3: { '1': { level: i === 0 ? 'leading' : 'emerging' } }, c1: { '1': { level: 'developing' } } }, submittedAt: NOW }),
    );
    expect(panelResults(fw, practiced, cards).map((r) => [r.name, r.rank])).toEqual([
      ['Ada Lovelace', 1],
      ['Grace Hopper', undefined],
    ]);
    expect(calibrationResult(fw, practiced, cards)?.areas[0]).toMatchObject({ spread: 3, isDisagreement: true });
    expect(isCalibrationOpen(practiced, cards)).toBe(true);
    expect(isCalibrationOpen(practiced, cards.slice(0, 1))).toBe(false);
  });

  it('sets and clears an interview day, and records the chair’s recommendation of a ranked candidate only', () => {
    const dated = setInterviewDay(round, 'c1', '2024-05-06', NOW);
    expect(dated.candidates[0]).toEqual({ id: 'c1', name: 'Ada Lovelace', interviewOn: '2024-05-06' });
    expect(setInterviewDay(dated, 'c1', '', NOW).candidates[0]).toEqual({ id: 'c1', name: 'Ada Lovelace' });
    expect(setRecommendation(round, 'c2', 'Best plan', NOW).recommendation).toEqual({ candidateId: 'c2', reasons: 'Best plan', at: NOW });
    expect(setRecommendation(round, 'zz', 'None fit', NOW).recommendation).toEqual({ reasons: 'None fit', at: NOW });
  });
});

describe('too close to separate', () => {
  const result = (weightedScore: number, low: number, high: number) => ({ weightedScore, range: { low, high } });

  it.each([
    ['each total inside the other’s range', result(2.8, 2.2, 3.4), result(2.7, 2.3, 3.1), true],
    ['ranges overlap but one total lies outside the other’s range', result(3.0, 2.5, 3.5), result(2.4, 2.2, 2.6), false],
    ['ranges apart', result(3.5, 3.2, 3.8), result(2.0, 1.5, 2.5), false],
    ['a total exactly on the other’s edge counts as inside', result(3.0, 2.0, 3.0), result(2.0, 2.0, 3.0), true],
  ])('%s', (_label, a, b, expected) => {
    expect(isTooClose(a, b)).toBe(expected);
    expect(isTooClose(b, a)).toBe(expected);
  });

  it('is listed on both candidates in the panel results, with strongest and weakest areas', () => {
    const cards = [
      buildScorecard(round, 'p1', { scores: { c1: { '1': { level: 'leading' }, '2': { level: 'developing' } }, c2: { '1': { level: 'developing' } } }, submittedAt: NOW }),
      buildScorecard(round, 'p2', { scores: { c1: { '1': { level: 'developing' }, '2': { level: 'emerging' } }, c2: { '1': { level: 'proficient' } } }, submittedAt: NOW }),
    ];
    const [ada, grace] = panelResults(fw, round, cards, { onlySubmitted: true });
    // Ada: Alan 3, Edsger 1.5 → 2.25 in [1.5, 3]; Grace: 2 and 3 → 2.5 in [2, 3].
    expect(ada).toMatchObject({ weightedScore: 2.25, range: { low: 1.5, high: 3 }, tooCloseTo: ['c2'], strongest: ['1'], weakest: ['2'] });
    expect(grace).toMatchObject({ weightedScore: 2.5, range: { low: 2, high: 3 }, tooCloseTo: ['c1'], strongest: [], weakest: [] });
  });

  it('warns when candidates were scored by different numbers of panelists', () => {
    const cards = [buildScorecard(round, 'p1', { scores, submittedAt: NOW }), buildScorecard(round, 'p2', { scores: { c1: scores.c1 }, submittedAt: NOW })];
    expect(unequalPanels(panelResults(fw, round, cards))).toEqual({ most: 2, fewer: [{ name: 'Grace Hopper', panelists: 1 }] });
    expect(unequalPanels(panelResults(fw, round, cards.slice(0, 1)))).toBeUndefined();
  });
});
