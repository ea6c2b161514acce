import { describe, expect, it } from 'vitest';
import type { HiringRound, Scorecard } from '../../src/domain/panel/panel.ts';
import { emptyScorecard, isComplete, isSubmitted, MAX_PANEL_NOTE_LENGTH, scoreArea, submitScorecard, weightOf } from '../../src/domain/panel/round.ts';
import type { RoundOptions } from '../builders/panel.ts';
import { buildRound } from '../builders/panel.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const LATER = '2024-05-02T09:30:00.000Z';

function idsFrom(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${(n += 1)}`;
}

/** The builder's round, but ids x1, x2, … as createRound hands them out, and dated NOW. */
function newRound(change: RoundOptions = {}): HiringRound {
  return buildRound({ now: NOW, newId: idsFrom('x'), ...change });
}

describe('createRound', () => {
  it('builds a round at revision 1, dated now, with ids handed out in order to candidates, then panelists', () => {
    expect(newRound()).toEqual({
      id: 'r1',
      positionTitle: 'Chief Technology Officer',
      district: 'Springfield USD',
      framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
      candidates: [
        { id: 'x1', name: 'Ada Lovelace' },
        { id: 'x2', name: 'Grace Hopper' },
      ],
      panelists: [
        { id: 'x3', name: 'Alan Turing', role: 'Superintendent' },
        { id: 'x4', name: 'Edsger Dijkstra', role: 'Board member' },
      ],
      skillAreaIds: ['1', '2', 'CV1'],
      weights: {},
      createdAt: NOW,
      updatedAt: NOW,
      revision: 1,
    } satisfies HiringRound);
  });

  it('trims every text and drops candidates and panelists without a name', () => {
    const round = newRound({
      positionTitle: '  Director of   Technology ',
      district: ' Shelbyville\tSD ',
      candidates: ['  Ada  Lovelace ', '', '   ', 'Grace Hopper'],
      panelists: [
        { name: '   ', role: 'Nobody' },
        { name: ' Alan Turing ', role: '  Superintendent ' },
        { name: '', role: '' },
      ],
    });
    expect(round.positionTitle).toBe('Director of Technology');
    expect(round.district).toBe('Shelbyville SD');
    expect(round.candidates).toEqual([
      { id: 'x1', name: 'Ada Lovelace' },
      { id: 'x2', name: 'Grace Hopper' },
    ]);
    expect(round.panelists).toEqual([{ id: 'x3', name: 'Alan Turing', role: 'Superintendent' }]);
  });

  it('keeps the skill areas in the order given, not framework order, each once', () => {
    expect(newRound({ skillAreaIds: ['CV2', '10', '1', '10', ' ', '3'] }).skillAreaIds).toEqual(['CV2', '10', '1', '3']);
  });

  it('does not share the framework reference it was given', () => {
    const framework = { editionId: 'cosn-cto-2009', dataVersion: 2 };
    const round = newRound({ framework });
    framework.dataVersion = 3;
    expect(round.framework).toEqual({ editionId: 'cosn-cto-2009', dataVersion: 2 });
  });

  it.each([
    ['a weight for a covered area', { '1': 2 }, { '1': 2 }],
    ['a fractional weight', { '2': 0.5 }, { '2': 0.5 }],
    ['the largest weight, 10', { CV1: 10 }, { CV1: 10 }],
    ['a weight over 10', { '1': 10.5 }, {}],
    ['a zero weight', { '1': 0 }, {}],
    ['a negative weight', { '1': -2 }, {}],
    ['a weight that is not a number', { '1': Number.NaN }, {}],
    ['an infinite weight', { '1': Number.POSITIVE_INFINITY }, {}],
    ['a weight for an area the round does not cover', { '7': 3, '1': 3 }, { '1': 3 }],
  ])('weights: %s', (_label, weights: Record<string, number>, expected) => {
    expect(newRound({ weights }).weights).toEqual(expected);
  });

  it('counts a covered area without a weight as 1', () => {
    const round = newRound({ weights: { '2': 3 } });
    expect(['1', '2', 'CV1'].map((id) => weightOf(round, id))).toEqual([1, 3, 1]);
  });
});

describe('scorecards', () => {
  const round = newRound();
  const blank = emptyScorecard(round, 'x3', NOW);

  it('start empty, one per panelist per round', () => {
    expect(blank).toEqual({ id: 'r1--x3', roundId: 'r1', panelistId: 'x3', scores: {}, updatedAt: NOW, revision: 1 } satisfies Scorecard);
    expect(isSubmitted(blank)).toBe(false);
  });

  it('take a level and a note, one revision and a new date per change', () => {
    const leveled = scoreArea(blank, 'x1', '2', { level: 'proficient' }, LATER);
    expect(leveled).toMatchObject({ scores: { x1: { '2': { level: 'proficient' } } }, updatedAt: LATER, revision: 2 });
    const noted = scoreArea(leveled, 'x1', '2', { note: 'Clear five-year plan' }, LATER);
    expect(noted.scores).toEqual({ x1: { '2': { level: 'proficient', note: 'Clear five-year plan' } } });
    expect(noted.revision).toBe(3);
    expect(blank.scores).toEqual({});
    expect(leveled.scores).toEqual({ x1: { '2': { level: 'proficient' } } });
  });

  it.each([
    ['undefined', undefined],
    ['an empty string', ''],
  ])('clear a level given as %s, keeping the note', (_label, level) => {
    const scored = scoreArea(blank, 'x1', '1', { level: 'leading', note: 'Strong' }, NOW);
    const cleared = scoreArea(scored, 'x1', '1', { level }, LATER);
    expect(cleared.scores).toEqual({ x1: { '1': { note: 'Strong' } } });
    expect(cleared.scores.x1?.['1']).not.toHaveProperty('level');
    expect(cleared.revision).toBe(scored.revision + 1);
  });

  it('drop an area with neither level nor note, and a candidate with no areas left', () => {
    let card = scoreArea(blank, 'x1', '1', { level: 'leading' }, NOW);
    card = scoreArea(card, 'x2', '1', { level: 'emerging' }, NOW);
    card = scoreArea(card, 'x1', '1', { level: undefined }, LATER);
    expect(card.scores).toEqual({ x2: { '1': { level: 'emerging' } } });
  });

  it('cut a note down to the longest allowed', () => {
    const card = scoreArea(blank, 'x1', '1', { note: 'a'.repeat(MAX_PANEL_NOTE_LENGTH + 10) }, NOW);
    expect(card.scores.x1?.['1']?.note).toHaveLength(MAX_PANEL_NOTE_LENGTH);
  });

  it('are submitted once: the date is set, the revision goes up, the scores stay', () => {
    const scored = scoreArea(blank, 'x1', '1', { level: 'leading' }, NOW);
    const submitted = submitScorecard(scored, LATER);
    expect(submitted).toEqual({ ...scored, submittedAt: LATER, revision: scored.revision + 1 });
    expect(isSubmitted(submitted)).toBe(true);
    expect(submitScorecard(submitted, '2024-06-01T00:00:00.000Z')).toBe(submitted);
  });

  it('are locked once submitted, so nobody changes their scores after seeing the others', () => {
    const submitted = submitScorecard(scoreArea(blank, 'x1', '1', { level: 'leading' }, NOW), NOW);
    expect(scoreArea(submitted, 'x1', '1', { level: 'emerging' }, LATER)).toBe(submitted);
  });
});

describe('isComplete', () => {
  const round = newRound();
  const allThree = ['1', '2', 'CV1'].reduce((card, areaId) => scoreArea(card, 'x1', areaId, { level: 'developing' }, NOW), emptyScorecard(round, 'x3', NOW));

  it.each([
    ['every covered area has a level', allThree, 'x1', true],
    ['a candidate nobody scored', allThree, 'x2', false],
    ['a candidate not in the round', scoreArea(allThree, 'zz', '1', { level: 'leading' }, NOW), 'zz', false],
    ['one area has only a note', scoreArea(allThree, 'x1', 'CV1', { level: undefined, note: 'Ask again' }, NOW), 'x1', false],
    ['one area was cleared', scoreArea(allThree, 'x1', '2', { level: undefined }, NOW), 'x1', false],
  ])('%s → %s', (_label, card, candidateId, expected) => {
    expect(isComplete(round, card, candidateId)).toBe(expected);
  });

  it('is never complete for a round that covers no skill areas', () => {
    const empty = newRound({ skillAreaIds: [] });
    expect(isComplete(empty, emptyScorecard(empty, 'x3', NOW), 'x1')).toBe(false);
  });
});
