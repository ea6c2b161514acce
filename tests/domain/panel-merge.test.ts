import { NOT_OBSERVED } from '../../src/domain/panel/round.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MergeNote } from '../../src/domain/panel/merge.ts';
import { mergeScorecards } from '../../src/domain/panel/merge.ts';
import type { HiringRound, Scorecard } from '../../src/domain/panel/panel.ts';
import { scorecardId } from '../../src/domain/panel/panel.ts';
import { buildRound } from '../builders/panel.ts';

const T1 = '2024-05-01T09:00:00.000Z';
const T2 = '2024-05-01T10:00:00.000Z';
const T3 = '2024-05-01T11:00:00.000Z';

const round: HiringRound = buildRound({
  panelists: [
    { name: 'Alan Turing', role: 'Superintendent' },
    { name: 'Edsger Dijkstra', role: 'Board member' },
    { name: 'Barbara Liskov', role: 'Principal' },
  ],
});

/** A card as it may arrive in a file, at any date and revision (some no panelist's app would make). */
function card(panelistId: string, scores: Scorecard['scores'], change: Partial<Scorecard> = {}): Scorecard {
  const roundId = change.roundId ?? 'r1';
  return { id: scorecardId(roundId, panelistId), roundId, panelistId, scores, updatedAt: T1, revision: 2, ...change };
}

const alan = card('p1', { c1: { '1': { level: 'proficient' } } });
const edsger = card('p2', { c2: { '2': { level: 'leading', note: 'Knows E-rate' } } }, { submittedAt: T2 });

function kinds(notes: MergeNote[]): [MergeNote['kind'], string][] {
  return notes.map((note) => [note.kind, note.scorecardId]);
}

describe('mergeScorecards', () => {
  it('adds cards it has not seen, sorted by scorecard id, saying whose they are', () => {
    const result = mergeScorecards(round, [], [edsger, alan]);
    expect(result.scorecards).toEqual([alan, edsger]);
    expect(kinds(result.notes)).toEqual([
      ['added', 'r1--p2'],
      ['added', 'r1--p1'],
    ]);
    expect(result.notes[0]?.message).toMatch(/Edsger Dijkstra/);
  });

  it('changes nothing when the same card is imported again', () => {
    const first = mergeScorecards(round, [], [alan]);
    const again = mergeScorecards(round, first.scorecards, [structuredClone(alan)]);
    expect(again.scorecards).toEqual(first.scorecards);
    expect(again.notes).toEqual([{ kind: 'unchanged', scorecardId: 'r1--p1', message: expect.stringMatching(/Alan Turing.*nothing changed/) as unknown }]);
  });

  it('adds a card once when one import holds it twice', () => {
    const result = mergeScorecards(round, [], [alan, structuredClone(alan)]);
    expect(result.scorecards).toEqual([alan]);
    expect(kinds(result.notes)).toEqual([
      ['added', 'r1--p1'],
      ['unchanged', 'r1--p1'],
    ]);
  });

  const draft = card('p1', { c1: { '1': { level: 'emerging' } } }, { updatedAt: T1, revision: 3 });
  it.each([
    ['submitted against a draft', draft, card('p1', { c1: { '1': { level: 'leading' } } }, { submittedAt: T1, updatedAt: T1, revision: 1 })],
    ['submitted later', { ...draft, submittedAt: T2 }, card('p1', {}, { submittedAt: T3, revision: 1 })],
    ['changed later (neither submitted)', draft, card('p1', { c2: { CV1: { level: 'developing' } } }, { updatedAt: T2, revision: 2 })],
    ['a higher revision (same dates)', draft, card('p1', { c1: { '2': { level: 'leading' } } }, { updatedAt: T1, revision: 4 })],
  ])('replaces a panelist’s card with a newer one — %s — and says so', (_label, base, newer) => {
    const forward = mergeScorecards(round, [base], [newer]);
    expect(forward.scorecards).toEqual([newer]);
    expect(forward.notes).toEqual([{ kind: 'replaced', scorecardId: 'r1--p1', message: expect.stringMatching(/^Alan Turing's scorecard was replaced by a newer one/) as unknown }]);

    const backward = mergeScorecards(round, [newer], [base]);
    expect(backward.scorecards).toEqual([newer]);
    expect(backward.notes).toEqual([
      { kind: 'older-ignored', scorecardId: 'r1--p1', message: expect.stringMatching(/^An older scorecard from Alan Turing was ignored.*the one already here is newer/) as unknown },
    ]);
  });

  it('keeps the newest of several versions in one import, ignoring the rest', () => {
    const v1 = card('p1', { c1: { '1': { level: 'emerging' } } }, { revision: 2 });
    const v2 = card('p1', { c1: { '1': { level: 'developing' } } }, { revision: 3 });
    const v3 = card('p1', { c1: { '1': { level: 'proficient' } } }, { revision: 4, submittedAt: T2 });
    const result = mergeScorecards(round, [v1], [v3, v2]);
    expect(result.scorecards).toEqual([v3]);
    expect(kinds(result.notes)).toEqual([
      ['replaced', 'r1--p1'],
      ['older-ignored', 'r1--p1'],
    ]);
    expect(result.notes[1]?.message).toMatch(/another one in this import is newer/);
  });

  it('compares times as times: 10:00:00Z and 10:00:00.000Z are the same moment', () => {
    const exact = card('p1', {}, { updatedAt: '2024-05-01T10:00:00Z', revision: 5 });
    const withMs = card('p1', {}, { updatedAt: '2024-05-01T10:00:00.500Z', revision: 1 });
    expect(mergeScorecards(round, [], [exact, withMs]).scorecards).toEqual([withMs]);
  });

  it('picks the same card, whatever the order, when two differ only in scores', () => {
    const a = card('p1', { c1: { '1': { level: 'emerging' } } });
    const b = card('p1', { c1: { '1': { level: 'leading' } } });
    const ab = mergeScorecards(round, [a], [b]);
    const ba = mergeScorecards(round, [b], [a]);
    expect(ab.scorecards).toEqual(ba.scorecards);
    const ignored = [...ab.notes, ...ba.notes].find((note) => note.kind === 'older-ignored');
    expect(ignored?.message).toMatch(/^A different scorecard from Alan Turing with the same dates was ignored/);
  });

  it('refuses a card for another round, naming the panelist and this round, and leaves it out', () => {
    const stray = card('p1', { c1: { '1': { level: 'leading' } } }, { roundId: 'r2' });
    const result = mergeScorecards(round, [edsger], [stray]);
    expect(result.scorecards).toEqual([edsger]);
    expect(result.notes).toEqual([
      {
        kind: 'other-round',
        scorecardId: 'r2--p1',
        message: 'The scorecard from Alan Turing belongs to another hiring round, not to Chief Technology Officer; it was not imported.',
      },
    ]);
  });

  it('refuses a card from someone who is not on the panel', () => {
    const result = mergeScorecards(round, [], [card('p9', { c1: { '1': { level: 'leading' } } })]);
    expect(result.scorecards).toEqual([]);
    expect(result.notes).toEqual([
      { kind: 'unknown-panelist', scorecardId: 'r1--p9', message: 'The scorecard from panelist "p9" was not imported: they are not on this round\'s panel.' },
    ]);
  });

  it('drops a stored card whose panelist has left the panel, and says so', () => {
    const result = mergeScorecards(round, [card('p9', {})], []);
    expect(result.scorecards).toEqual([]);
    expect(kinds(result.notes)).toEqual([['unknown-panelist', 'r1--p9']]);
  });

  it('reports scores for an unknown candidate or skill area by name and leaves only those out', () => {
    const mixed = card('p3', {
      c1: { '1': { level: 'leading' }, '7': { level: 'emerging' }, CV9: { note: 'n/a' } },
      c2: { '7': { level: 'developing' } },
      c9: { '1': { level: 'proficient' } },
    });
    const result = mergeScorecards(round, [], [mixed]);
    expect(result.scorecards).toEqual([{ ...mixed, scores: { c1: { '1': { level: 'leading' } } } }]);
    expect(result.notes).toEqual([
      { kind: 'added', scorecardId: 'r1--p3', message: expect.stringMatching(/Barbara Liskov/) as unknown },
      { kind: 'unknown-candidate', scorecardId: 'r1--p3', message: 'Barbara Liskov\'s scorecard has scores for candidate "c9", who is not a candidate in this round; those scores were left out.' },
      {
        kind: 'unknown-skill-area',
        scorecardId: 'r1--p3',
        message: 'Barbara Liskov\'s scorecard scores skill area "7", which this round does not cover, for Ada Lovelace and Grace Hopper; those scores were left out.',
      },
      { kind: 'unknown-skill-area', scorecardId: 'r1--p3', message: expect.stringMatching(/skill area "CV9".*for Ada Lovelace;/) as unknown },
    ]);
  });

  it('reports left-out scores again when the same card is imported again', () => {
    const withStranger = card('p3', { c1: { '1': { level: 'leading' } }, c9: { '1': { level: 'proficient' } } });
    const first = mergeScorecards(round, [], [withStranger]);
    const again = mergeScorecards(round, first.scorecards, [withStranger]);
    expect(again.scorecards).toEqual(first.scorecards);
    expect(kinds(again.notes)).toEqual([
      ['unchanged', 'r1--p3'],
      ['unknown-candidate', 'r1--p3'],
    ]);
  });

  it('counts a panelist who scored only some candidates where they scored', () => {
    const partial = card('p2', { c2: { CV1: { level: 'developing' } } });
    expect(mergeScorecards(round, [alan], [partial]).scorecards).toEqual([alan, partial]);
  });

  it('does not change the cards it was given', () => {
    const existing = [structuredClone(alan)];
    const incoming = [card('p1', { c9: { '1': { level: 'leading' } } }, { submittedAt: T3 }), structuredClone(edsger)];
    const copies = structuredClone({ existing, incoming });
    mergeScorecards(round, existing, incoming);
    expect({ existing, incoming }).toEqual(copies);
  });
});

describe('mergeScorecards, whatever the order', () => {
  const times = [T1, T2, T3, '2024-05-01T10:00:00Z'];
  const levelArb = fc.option(fc.constantFrom('emerging', 'developing', 'proficient', 'leading', NOT_OBSERVED), { nil: undefined });
  const areaArb = fc.record({ level: levelArb, note: fc.option(fc.constantFrom('', 'ok', 'ask again'), { nil: undefined }) }, { requiredKeys: [] });
  const scoresArb = fc.dictionary(fc.constantFrom('c1', 'c2', 'c9'), fc.dictionary(fc.constantFrom('1', '2', 'CV1', '7'), areaArb, { maxKeys: 4 }), { maxKeys: 3 });
  const cardArb: fc.Arbitrary<Scorecard> = fc
    .record({
      panelistId: fc.constantFrom('p1', 'p2', 'p3', 'p9'),
      roundId: fc.constantFrom('r1', 'r1', 'r1', 'r2'),
      scores: scoresArb,
      submittedAt: fc.option(fc.constantFrom(...times), { nil: undefined }),
      // Per-candidate submission, a candidate the round does not have included.
      submittedFor: fc.dictionary(fc.constantFrom('c1', 'c2', 'c9'), fc.constantFrom(...times), { maxKeys: 3 }),
      updatedAt: fc.constantFrom(...times),
      revision: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ submittedAt, submittedFor, ...rest }) =>
      card(rest.panelistId, rest.scores, { ...rest, ...(submittedAt ? { submittedAt } : {}), ...(Object.keys(submittedFor).length > 0 ? { submittedFor } : {}) }),
    );
  const batchArb = fc.array(cardArb, { maxLength: 12 });
  /** A batch, the same batch shuffled, and which of its cards go into a first import. */
  const splitArb = batchArb.chain((cards) =>
    fc.tuple(
      fc.constant(cards),
      fc.shuffledSubarray(cards, { minLength: cards.length, maxLength: cards.length }),
      fc.array(fc.boolean(), { minLength: cards.length, maxLength: cards.length }),
    ),
  );

  it('gives the same scorecards for any permutation and any split into batches', () => {
    fc.assert(
      fc.property(batchArb, splitArb, (existing, [incoming, shuffled, picks]) => {
        const whole = mergeScorecards(round, existing, incoming).scorecards;
        expect(mergeScorecards(round, existing, shuffled).scorecards).toEqual(whole);
        const first = incoming.filter((_, i) => picks[i]);
        const second = incoming.filter((_, i) => !picks[i]);
        const stepwise = mergeScorecards(round, mergeScorecards(round, existing, first).scorecards, second).scorecards;
        expect(stepwise).toEqual(whole);
        const reversed = mergeScorecards(round, mergeScorecards(round, existing, [...second].reverse()).scorecards, [...first].reverse()).scorecards;
        expect(reversed).toEqual(whole);
      }),
    );
  });

  it('changes nothing when the result is merged again with the same cards', () => {
    fc.assert(
      fc.property(batchArb, batchArb, (existing, incoming) => {
        const once = mergeScorecards(round, existing, incoming);
        const twice = mergeScorecards(round, once.scorecards, incoming);
        expect(twice.scorecards).toEqual(once.scorecards);
        expect(twice.notes.filter((note) => note.kind === 'added' || note.kind === 'replaced')).toEqual([]);
      }),
    );
  });

  it('keeps only this round’s panelists, one card each, sorted by id', () => {
    fc.assert(
      fc.property(batchArb, batchArb, (existing, incoming) => {
        const ids = mergeScorecards(round, existing, incoming).scorecards.map((c) => c.id);
        expect(ids).toEqual([...new Set(ids)].sort());
        expect(ids.every((id) => ['r1--p1', 'r1--p2', 'r1--p3'].includes(id))).toBe(true);
      }),
    );
  });
});
