import { describe, expect, it } from 'vitest';
import type { HiringRound, Scorecard } from '../../src/domain/panel/panel.ts';
import {
  readRound,
  readScorecard,
  ROUND_RECORD_VERSION,
  SCORECARD_RECORD_VERSION,
  WEIGHT_REASON_NOT_ASKED,
  toRoundRecord,
  toScorecardRecord,
} from '../../src/domain/panel/panel-records.ts';
import { emptyScorecard, isCandidateSubmitted, scoreArea, submitCandidate, submitScorecard } from '../../src/domain/panel/round.ts';
import { roundRecordV1, submittedScorecardRecordV1 } from '../storage/fixtures.ts';
import { roundTripRound, roundTripScorecard } from '../builders/panel.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const LATER = '2024-05-02T08:15:00.000Z';

const round: HiringRound = roundTripRound({ skillAreaIds: ['2', '1', 'CV1'], now: NOW });
const draft: Scorecard = roundTripScorecard(round, 'Clear "vision" <b>statement</b>', NOW);
const submitted = submitScorecard(draft, LATER);

/** JSON text and back: what a file or another device hands over. */
function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('round records', () => {
  it('are at version 2 and carry it', () => {
    expect(ROUND_RECORD_VERSION).toBe(2);
    expect(toRoundRecord(round)).toEqual({ recordVersion: 2, ...round });
  });

  it('read a version 1 round as it was, its unequal weights saying that no reason was asked for', () => {
    const { recordVersion: _v, ...v1 } = roundRecordV1;
    expect(readRound(throughJson(roundRecordV1))).toEqual({ ok: true, round: { ...v1, weightReason: WEIGHT_REASON_NOT_ASKED } });
    const equal = { ...roundRecordV1, weights: {} };
    const { recordVersion: _w, ...equalV1 } = equal;
    expect(readRound(throughJson(equal))).toEqual({ ok: true, round: equalV1 });
  });

  it('refuse what the app never writes in the fields version 2 added, naming the first problem', () => {
    const damaged = (change: Partial<HiringRound>) => readRound(throughJson(toRoundRecord({ ...round, ...change })));
    const problem = (detail: string) => ({ ok: false, id: 'round-2024', problem: `The saved hiring round is damaged (${detail}).` });
    expect(damaged({ weightReason: undefined })).toEqual(problem('weightReason is missing, though the skill areas count unequally'));
    expect(damaged({ weightReason: '   ' })).toEqual(problem('weightReason must not be blank'));
    expect(damaged({ weightReason: 'x'.repeat(301) })).toEqual(problem('weightReason is longer than the app allows (at most 300 characters)'));
    const practice = [{ id: 'c1', name: 'Pat', isPractice: true as const }, { id: 'c2', name: 'Sam', isPractice: true as const }];
    expect(damaged({ candidates: practice })).toEqual(problem('candidates.1.isPractice is a second practice candidate; a round has at most one'));
    expect(damaged({ candidates: [{ id: 'c1', name: 'Ada', interviewOn: '2024-02-30' }] })).toEqual(problem('candidates.0.interviewOn is not a plausible day'));
    expect(damaged({ candidates: [{ id: 'c1', name: 'Ada', interviewOn: '9999-01-01' }] })).toEqual(problem('candidates.0.interviewOn is not a plausible day'));
    const many = Array.from({ length: 21 }, (_, i) => `Question ${i + 1}?`);
    expect(damaged({ customQuestions: { '1': many } })).toEqual(problem('customQuestions.1 has more entries than the app allows (at most 20)'));
    expect(damaged({ customQuestions: { '1': ['x'.repeat(1001)] } })).toEqual(problem('customQuestions.1.0 is longer than the app allows (at most 1,000 characters)'));
    const longNote = { c1: { '1': { level: 'proficient', note: 'x'.repeat(20_001), at: LATER } } };
    expect(damaged({ consensus: longNote })).toEqual(problem('consensus.c1.1.note is longer than the app allows (at most 20,000 characters)'));
    expect(damaged({ recommendation: { reasons: 'x', at: '9999-01-01T00:00:00.000Z' } })).toEqual(problem('recommendation.at is not a plausible date'));
  });

  it('carry what version 2 added: interview days, a practice candidate, the weights’ reason, questions, an early close, consensus, a recommendation', () => {
    const full: HiringRound = {
      ...round,
      candidates: [{ id: 'c0', name: 'Practice Pat', isPractice: true }, { id: 'c1', name: 'Ada Lovelace', interviewOn: '2024-05-03' }],
      weightReason: 'Planning is most of this post',
      customQuestions: { '1': ['Tell us about a plan that failed.'] },
      scoringClosed: { at: LATER, unsubmitted: ['Edsger Dijkstra (Ada Lovelace)'] },
      consensus: { c1: { '1': { level: 'proficient', note: 'Agreed after discussion', at: LATER } } },
      recommendation: { candidateId: 'c1', reasons: 'Strongest plan', at: LATER },
    };
    expect(readRound(throughJson(toRoundRecord(full)))).toEqual({ ok: true, round: full });
    const badDay = toRoundRecord({ ...full, candidates: [{ id: 'c1', name: 'Ada', interviewOn: '3 May' }] });
    expect(readRound(throughJson(badDay))).toEqual({ ok: false, id: 'round-2024', problem: 'The saved hiring round is damaged (candidates.0.interviewOn is not a plausible day).' });
  });

  it('read back what toRoundRecord wrote', () => {
    expect(readRound(throughJson(toRoundRecord(round)))).toEqual({ ok: true, round });
    const bare = { ...round, candidates: [], panelists: [], skillAreaIds: [], weights: {} };
    expect(readRound(throughJson(toRoundRecord(bare)))).toEqual({ ok: true, round: bare });
  });

  it('read without the version stamp or extra fields, and without changing the raw record', () => {
    const raw = throughJson({ ...toRoundRecord(round), extra: 'ignored' });
    const copy = structuredClone(raw);
    const result = readRound(raw);
    expect(result.ok && Object.keys(result.round)).not.toContain('recordVersion');
    expect(result.ok && Object.keys(result.round)).not.toContain('extra');
    expect(raw).toEqual(copy);
  });

  const record = toRoundRecord(round);
  const damaged: [label: string, raw: unknown, where: string][] = [
    ['an id that is not an id', { ...record, id: 'round 2024' }, 'id'],
    ['no title', { ...record, positionTitle: undefined }, 'positionTitle'],
    ['a framework without an edition', { ...record, framework: { dataVersion: 1 } }, 'framework.editionId'],
    ['a data version of 0', { ...record, framework: { editionId: 'cosn-cto-2009', dataVersion: 0 } }, 'framework.dataVersion'],
    ['candidates that are not a list', { ...record, candidates: { a: 'Ada' } }, 'candidates'],
    ['a candidate with a blank name', { ...record, candidates: [{ id: 'c1', name: '  ' }] }, 'candidates.0.name'],
    ['a candidate id twice', { ...record, candidates: [{ id: 'c1', name: 'Ada' }, { id: 'c1', name: 'Grace' }] }, 'candidates.1.id'],
    ['a panelist without a role', { ...record, panelists: [{ id: 'p1', name: 'Alan' }] }, 'panelists.0.role'],
    ['a panelist id twice', { ...record, panelists: [{ id: 'p1', name: 'A', role: '' }, { id: 'p1', name: 'B', role: '' }] }, 'panelists.1.id'],
    ['a skill area twice', { ...record, skillAreaIds: ['1', '2', '1'] }, 'skillAreaIds.2'],
    ['a skill area that is not an id', { ...record, skillAreaIds: ['1', 'area two'] }, 'skillAreaIds.1'],
    ['a zero weight', { ...record, weights: { '1': 0 } }, 'weights.1'],
    ['a negative weight', { ...record, weights: { '1': -1 } }, 'weights.1'],
    ['a weight over 10', { ...record, weights: { '1': 10.01 } }, 'weights.1'],
    ['a weight as text', { ...record, weights: { '1': '2' } }, 'weights.1'],
    ['a weight keyed by a non-id', { ...record, weights: { 'area 1': 2 } }, 'weights.area 1'],
    ['a date that is not a date', { ...record, createdAt: 'yesterday' }, 'createdAt'],
    ['a revision of 0', { ...record, revision: 0 }, 'revision'],
    ['no weights at all', { ...record, weights: undefined }, 'weights'],
  ];
  it.each(damaged)('name what is damaged: %s', (_label, raw, where) => {
    const id = (raw as { id: string }).id;
    expect(readRound(throughJson(raw))).toEqual({ ok: false, id, problem: `The saved hiring round is damaged (${where} is not valid).` });
  });

  it.each([
    ['a weight', '{"recordVersion":1,"id":"r1","weights":{"__proto__":{"polluted":true}}}', 'weights.__proto__'],
    ['a candidate', '{"recordVersion":1,"id":"r1","candidates":[{"id":"c1","name":"Ada","__proto__":{"isAdmin":true}}]}', 'candidates.0.__proto__'],
    ['the top level', '{"recordVersion":1,"id":"r1","__proto__":{"revision":9}}', '__proto__'],
  ])('refuse a __proto__ key in %s', (_label, text, where) => {
    expect(readRound(JSON.parse(text))).toEqual({ ok: false, id: 'r1', problem: `The saved hiring round is damaged (${where} is not allowed).` });
  });

  it.each([
    ['nothing', null, '(unknown)', 'The saved record is not a hiring round.'],
    ['a list', [record], '(unknown)', 'The saved record is not a hiring round.'],
    ['text', 'round-2024', '(unknown)', 'The saved record is not a hiring round.'],
    ['no version stamp', { ...record, recordVersion: undefined }, 'round-2024', 'The saved hiring round has an unknown format.'],
    ['version 0', { ...record, recordVersion: 0 }, 'round-2024', 'The saved hiring round has an unknown format.'],
    ['a fractional version', { ...record, recordVersion: 1.5 }, 'round-2024', 'The saved hiring round has an unknown format.'],
    ['a version as text', { ...record, recordVersion: '1' }, 'round-2024', 'The saved hiring round has an unknown format.'],
    ['a newer version', { ...record, recordVersion: 3 }, 'round-2024', 'The hiring round was saved by a newer version of this app. Reload to update the app.'],
    ['no id either', { recordVersion: 1 }, '(unknown)', 'The saved hiring round is damaged (id is not valid).'],
  ])('refuse %s, saying why', (_label, raw, id, problem) => {
    expect(readRound(raw)).toEqual({ ok: false, id, problem });
  });
});

describe('scorecard records', () => {
  it('are at version 2 and carry it', () => {
    expect(SCORECARD_RECORD_VERSION).toBe(2);
    expect(toScorecardRecord(submitted)).toEqual({ recordVersion: 2, ...submitted });
  });

  it('read a version 1 card handed in as a whole as locked for every candidate', () => {
    const read = readScorecard(throughJson(submittedScorecardRecordV1));
    if (!read.ok) throw new Error(read.problem);
    expect(read.scorecard.submittedAt).toBe(submittedScorecardRecordV1.submittedAt);
    for (const candidateId of ['c1', 'c2']) expect(isCandidateSubmitted(read.scorecard, candidateId)).toBe(true);
    expect(scoreArea(read.scorecard, 'c2', '1', { level: 'leading' }, LATER)).toBe(read.scorecard);
  });

  it('carry per-candidate submission times', () => {
    const one = submitCandidate(round, draft, 'c1', LATER);
    expect(readScorecard(throughJson(toScorecardRecord(one)))).toEqual({ ok: true, scorecard: one });
    expect(one.submittedFor).toEqual({ c1: LATER });
  });

  it.each([
    ['a draft', draft],
    ['a submitted card', submitted],
    ['an empty card', emptyScorecard(round, 'p2', NOW)],
  ])('read back what toScorecardRecord wrote: %s', (_label, card) => {
    const result = readScorecard(throughJson(toScorecardRecord(card)));
    expect(result).toEqual({ ok: true, scorecard: card });
    if (card === draft) expect(result.ok && result.scorecard).not.toHaveProperty('submittedAt');
  });

  it('keep an area that has only a note, and a level without a note', () => {
    const result = readScorecard(throughJson(toScorecardRecord(submitted)));
    expect(result.ok && result.scorecard.scores).toEqual({
      'c1': { '1': { level: 'proficient', note: 'Clear "vision" <b>statement</b>' } },
      'c2': { CV1: { note: 'Ask about the bond campaign' } },
    });
  });

  const record = toScorecardRecord(submitted);
  const damaged: [label: string, raw: unknown, where: string][] = [
    ['an id that is not round--panelist', { ...record, id: 'round-2024--p2' }, 'id'],
    ['a round id that is not an id', { ...record, roundId: 'round 2024' }, 'roundId'],
    ['no panelist', { ...record, panelistId: undefined }, 'panelistId'],
    ['scores that are a list', { ...record, scores: [] }, 'scores'],
    ['scores for a candidate that are text', { ...record, scores: { 'c1': 'great' } }, 'scores.c1'],
    ['a level that is not an id', { ...record, scores: { 'c1': { '1': { level: 'lead ing' } } } }, 'scores.c1.1.level'],
    ['a level given as a number', { ...record, scores: { 'c1': { '1': { level: 3 } } } }, 'scores.c1.1.level'],
    ['a note that is not text', { ...record, scores: { 'c1': { '1': { note: ['a'] } } } }, 'scores.c1.1.note'],
    ['a skill area key that is not an id', { ...record, scores: { 'c1': { 'area 1': { level: 'leading' } } } }, 'scores.c1.area 1'],
    ['a submission date that is not a date', { ...record, submittedAt: 'Tuesday' }, 'submittedAt'],
    ['no last change', { ...record, updatedAt: undefined }, 'updatedAt'],
    ['a fractional revision', { ...record, revision: 2.5 }, 'revision'],
  ];
  it.each(damaged)('name what is damaged: %s', (_label, raw, where) => {
    const result = readScorecard(throughJson(raw));
    expect(result).toEqual({ ok: false, id: (raw as { id: string }).id, problem: `The saved scorecard is damaged (${where} is not valid).` });
  });

  it('name the scorecard that cannot be read', () => {
    expect(readScorecard({ ...record, revision: 0 })).toMatchObject({ ok: false, id: 'round-2024--p1' });
  });

  it.each([
    ['the scores', '{"recordVersion":1,"id":"r1--p1","scores":{"__proto__":{"1":{"level":"leading"}}}}', 'scores.__proto__'],
    ['a candidate’s areas', '{"recordVersion":1,"id":"r1--p1","scores":{"c1":{"__proto__":{"level":"leading"}}}}', 'scores.c1.__proto__'],
  ])('refuse a __proto__ key in %s', (_label, text, where) => {
    expect(readScorecard(JSON.parse(text))).toEqual({ ok: false, id: 'r1--p1', problem: `The saved scorecard is damaged (${where} is not allowed).` });
  });

  it.each([
    ['nothing', undefined, '(unknown)', 'The saved record is not a scorecard.'],
    ['a number', 7, '(unknown)', 'The saved record is not a scorecard.'],
    ['no version stamp', { ...record, recordVersion: undefined }, 'round-2024--p1', 'The saved scorecard has an unknown format.'],
    ['a newer version', { ...record, recordVersion: 3 }, 'round-2024--p1', 'The scorecard was saved by a newer version of this app. Reload to update the app.'],
  ])('refuse %s, saying why', (_label, raw, id, problem) => {
    expect(readScorecard(raw)).toEqual({ ok: false, id, problem });
  });

  it('does not read a hiring round as a scorecard, nor the other way round', () => {
    expect(readScorecard(throughJson(toRoundRecord(round)))).toMatchObject({ ok: false, id: 'round-2024' });
    expect(readRound(throughJson(toScorecardRecord(submitted)))).toMatchObject({ ok: false, id: 'round-2024--p1' });
  });
});
