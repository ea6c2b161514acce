import { describe, expect, it } from 'vitest';
import { readRecord, RECORD_VERSION, toRecord } from '../../src/domain/assessment/assessment-record.ts';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { addComment } from '../../src/domain/review/review.ts';
import { makeAssessment, reassessmentPair } from '../builders/assessment.ts';
import { recordV0, recordV1, recordV2, recordV3, recordV3Received, recordV4 } from '../storage/fixtures.ts';

function withoutVersion<T extends { recordVersion: number }>(record: T): Omit<T, 'recordVersion'> {
  const { recordVersion: _version, ...assessment } = record;
  return assessment;
}

describe('readRecord', () => {
  it('is at record version 4', () => {
    expect(RECORD_VERSION).toBe(4);
    expect(recordV4.recordVersion).toBe(RECORD_VERSION);
  });

  it('reads a version-4 record with its note to the reader, sign-off, plan-action comment and resolved comment', () => {
    expect(readRecord(structuredClone(recordV4))).toEqual({ ok: true, assessment: withoutVersion(recordV4) });
  });

  it('migrates a version-3 record to version 4 unchanged: every new field is optional', () => {
    const result = readRecord(structuredClone(recordV3));
    expect(result).toEqual({ ok: true, assessment: withoutVersion(recordV3) });
    expect(result.ok && toRecord(result.assessment)).toEqual({ ...recordV3, recordVersion: 4 });
    expect(result.ok && result.assessment).not.toHaveProperty('readerNote');
  });

  it('refuses a version-4 record whose sign-off has no date, saying where', () => {
    const broken = { ...structuredClone(recordV4), reviewSignOff: { name: 'Grace Hopper', role: 'Superintendent' } };
    expect(readRecord(broken)).toMatchObject({ ok: false, id: recordV4.id });
  });

  it('keeps carried-answer marks and the edition change through a write and a read', () => {
    const carried: Assessment = {
      ...makeAssessment(),
      answers: { '6D': { current: 'emerging', carried: { from: ['6A', '6E'], needsCheck: true as const } }, '6A': { current: 'leading', carried: { from: ['7A'] } } },
      editionChange: { fromEditionId: 'cosn-cto-2009', newIndicatorIds: ['3B'], retiredIndicatorIds: ['3H'] },
    };
    expect(readRecord(toRecord(carried))).toEqual({ ok: true, assessment: carried });
    expect(readRecord({ ...toRecord(carried), answers: { '6D': { carried: { from: [] } } } }).ok).toBe(false);
  });

  it('reads a version-3 record as it was stored, importance, plan and comments included', () => {
    const result = readRecord(structuredClone(recordV3));
    expect(result).toEqual({ ok: true, assessment: withoutVersion(recordV3) });
    expect(result.ok && result.assessment.pdPlan[0]).toMatchObject({ status: 'done', completedAt: '2024-03-05T16:00:00.000Z' });
    expect(result.ok && result.assessment.comments.map((c) => [c.id, c.skillAreaId])).toEqual([
      ['c1', '2'],
      ['c2', undefined],
    ]);
    expect(result.ok && result.assessment.comments[1]).not.toHaveProperty('skillAreaId');
  });

  it('reads a received copy with where and when it came from', () => {
    const result = readRecord(structuredClone(recordV3Received));
    expect(result).toEqual({ ok: true, assessment: withoutVersion(recordV3Received) });
    expect(result.ok && result.assessment.received).toEqual({ at: '2024-03-06T08:00:00.000Z', fileName: 'spring-review.json' });
  });

  it('reads back what toRecord wrote for an assessment with comments and a received mark', () => {
    const NOW = '2024-04-01T08:00:00.000Z';
    let assessment = makeAssessment({ received: { at: NOW, fileName: 'from-ada.json' } });
    assessment = addComment(assessment, { id: 'k1', skillAreaId: '4', text: 'Good <b>work</b>', author: 'Grace', authorRole: 'Superintendent' }, NOW);
    assessment = addComment(assessment, { id: 'k2', text: 'Overall fine', author: 'Grace', authorRole: '' }, NOW);
    expect(readRecord(structuredClone(toRecord(assessment)))).toEqual({ ok: true, assessment });
  });

  it('reads back what toRecord wrote for an assessment with importance, a plan and a previous assessment', () => {
    const NOW = '2024-04-01T08:00:00.000Z';
    const [, assessment] = reassessmentPair(
      {
        at: NOW,
        ratings: { '2A': 'emerging' },
        importance: { '2': 'high' },
        plan: [{ id: 'p1', title: 'Read up', skillAreaIds: ['2'], activityId: 'pd-read-strategic-planning', dueDate: '2024-05-01', status: 'done', evidence: 'Summary for the team' }],
      },
      { id: 'b2', title: 'Autumn review', now: NOW },
    );
    const result = readRecord(structuredClone(toRecord(assessment)));
    expect(result).toEqual({ ok: true, assessment });
    expect(result.ok && result.assessment).toMatchObject({ previousAssessmentId: 'a1', areaImportance: { '2': 'high' }, pdPlan: [{ id: 'p1', completedAt: NOW }] });
  });

  it('reads back what toRecord wrote', () => {
    const assessment = makeAssessment({ answers: { '1A': { current: 'na', note: 'n/a here' } }, lastSkillAreaId: 'CV3', revision: 4 });
    const record = toRecord(assessment);
    expect(record.recordVersion).toBe(RECORD_VERSION);
    expect(readRecord(structuredClone(record))).toEqual({ ok: true, assessment });
  });

  it('migrates a version-2 record to version 3: no comments yet, everything else kept as stored', () => {
    const result = readRecord(structuredClone(recordV2));
    expect(result).toEqual({ ok: true, assessment: { ...withoutVersion(recordV2), comments: [] } });
    if (!result.ok) return;
    expect(result.assessment.pdPlan).toEqual(recordV2.pdPlan);
    expect(result.assessment.areaImportance).toEqual(recordV2.areaImportance);
    expect(result.assessment.previousAssessmentId).toBe('a0');
    expect(result.assessment.revision).toBe(recordV2.revision);
    expect(result.assessment).not.toHaveProperty('received');
  });

  it('migrates a version-1 record to version 3: empty importance, plan and comments, every answer kept', () => {
    const result = readRecord(structuredClone(recordV1));
    expect(result).toEqual({ ok: true, assessment: { ...withoutVersion(recordV1), areaImportance: {}, pdPlan: [], comments: [] } });
    if (!result.ok) return;
    expect(result.assessment.answers).toEqual(recordV1.answers);
    expect(result.assessment.areaTargets).toEqual(recordV1.areaTargets);
    expect(result.assessment.revision).toBe(recordV1.revision);
    expect(result.assessment).not.toHaveProperty('previousAssessmentId');
  });

  it('migrates a version-0 record through all three steps (no version stamp or revision, no importance or plan, no comments)', () => {
    const result = readRecord(structuredClone(recordV0));
    expect(result).toEqual({ ok: true, assessment: { ...recordV0, revision: 1, areaImportance: {}, pdPlan: [], comments: [] } });
    expect(result.ok && Object.keys(result.assessment)).not.toContain('recordVersion');
  });

  it.each([
    ['version 0', recordV0],
    ['version 1', recordV1],
    ['version 2', recordV2],
  ])('does not change the raw %s object while migrating', (_label, record) => {
    const raw = structuredClone(record);
    readRecord(raw);
    expect(raw).toEqual(record);
  });

  it('still checks a migrated record: a damaged version-1 record is reported, not passed through', () => {
    const result = readRecord({ ...recordV1, answers: { '1A': { current: 'lead ing' } } });
    expect(result).toEqual({ ok: false, id: 'a1', title: 'Spring review', problem: 'The saved data is damaged (answers.1A.current is not valid).' });
  });

  it('refuses a record from a newer record version, saying so', () => {
    const result = readRecord({ ...recordV3, recordVersion: RECORD_VERSION + 1, somethingNew: true });
    expect(result).toEqual({ ok: false, id: 'a1', title: 'Spring review', problem: expect.stringMatching(/newer version/i) as unknown, isFromNewerApp: true });
  });

  it.each([['one'], [-1], [1.5], [Number.NaN]])('refuses the record version %j as an unknown format', (recordVersion) => {
    const result = readRecord({ ...recordV3, recordVersion });
    expect(result).toEqual({ ok: false, id: 'a1', title: 'Spring review', problem: expect.stringMatching(/unknown format/i) as unknown });
  });

  const damaged: [label: string, raw: unknown, where: string][] = [
    ['answers that are a string', { ...recordV3, answers: 'all of them' }, 'answers'],
    ['answers that are an array', { ...recordV3, answers: [{ current: 'leading' }] }, 'answers'],
    ['answers that are null', { ...recordV3, answers: null }, 'answers'],
    ['an answer that is not an object', { ...recordV3, answers: { '1A': 'leading' } }, 'answers.1A'],
    ['a rating that is not an id', { ...recordV3, answers: { '1A': { current: 'lead ing' } } }, 'answers.1A.current'],
    ['a note that is not text', { ...recordV3, answers: { '1A': { note: 5 } } }, 'answers.1A.note'],
    ['an area target that is not an id', { ...recordV3, areaTargets: { '1': '' } }, 'areaTargets.1'],
    ['no respondent', { ...recordV3, respondent: undefined }, 'respondent'],
    ['no createdAt', { ...recordV3, createdAt: undefined }, 'createdAt'],
    ['an updatedAt that is not a time', { ...recordV3, updatedAt: 'yesterday' }, 'updatedAt'],
    ['no framework', { ...recordV3, framework: undefined }, 'framework'],
    ['revision 0', { ...recordV3, revision: 0 }, 'revision'],
    ['a fractional revision', { ...recordV3, revision: 2.5 }, 'revision'],
    ['a title that is not text', { ...recordV3, title: 12 }, 'title'],
    ['an importance of "normal" (never stored)', { ...recordV3, areaImportance: { '2': 'normal' } }, 'areaImportance.2'],
    ['an importance that is not a word we use', { ...recordV3, areaImportance: { '2': 'urgent' } }, 'areaImportance.2'],
    ['a plan that is not a list', { ...recordV3, pdPlan: { act1: {} } }, 'pdPlan'],
    ['no plan at all', { ...recordV3, pdPlan: undefined }, 'pdPlan'],
    ['a plan entry with a bad status', { ...recordV3, pdPlan: [{ ...recordV3.pdPlan[0], status: 'finished' }] }, 'pdPlan.0.status'],
    ['a plan entry with a due date that is not a date', { ...recordV3, pdPlan: [{ ...recordV3.pdPlan[0], dueDate: '30/06/2024' }] }, 'pdPlan.0.dueDate'],
    ['a plan entry with an impossible due date', { ...recordV3, pdPlan: [{ ...recordV3.pdPlan[0], dueDate: '2024-02-30' }] }, 'pdPlan.0.dueDate'],
    ['a plan entry with a completedAt that is not a time', { ...recordV3, pdPlan: [recordV3.pdPlan[1], { ...recordV3.pdPlan[0], completedAt: 'last week' }] }, 'pdPlan.1.completedAt'],
    ['a plan entry with no createdAt', { ...recordV3, pdPlan: [{ ...recordV3.pdPlan[1], createdAt: undefined }] }, 'pdPlan.0.createdAt'],
    ['a plan entry whose skill areas are not a list', { ...recordV3, pdPlan: [{ ...recordV3.pdPlan[1], skillAreaIds: '2' }] }, 'pdPlan.0.skillAreaIds'],
    ['a previous assessment id that is not an id', { ...recordV3, previousAssessmentId: 'a 0' }, 'previousAssessmentId'],
    ['comments that are not a list', { ...recordV3, comments: { c1: {} } }, 'comments'],
    ['no comments at all', { ...recordV3, comments: undefined }, 'comments'],
    ['a comment with no author', { ...recordV3, comments: [{ ...recordV3.comments[0], author: undefined }] }, 'comments.0.author'],
    ['a comment with an author that is not text', { ...recordV3, comments: [{ ...recordV3.comments[0], author: ['Grace'] }] }, 'comments.0.author'],
    ['a comment whose time is not a time', { ...recordV3, comments: [recordV3.comments[0], { ...recordV3.comments[1], at: 'Tuesday' }] }, 'comments.1.at'],
    ['a comment with no time', { ...recordV3, comments: [{ ...recordV3.comments[1], at: undefined }] }, 'comments.0.at'],
    ['a comment with no text', { ...recordV3, comments: [{ ...recordV3.comments[0], text: undefined }] }, 'comments.0.text'],
    ['a comment on a skill area id that is not an id', { ...recordV3, comments: [{ ...recordV3.comments[0], skillAreaId: 'area 2' }] }, 'comments.0.skillAreaId'],
    ['a comment id that is not an id', { ...recordV3, comments: [{ ...recordV3.comments[0], id: '' }] }, 'comments.0.id'],
    ['a received mark with no file name', { ...recordV3Received, id: 'a1', title: 'Spring review', received: { at: '2024-03-06T08:00:00.000Z' } }, 'received.fileName'],
    ['a received mark whose time is not a time', { ...recordV3Received, id: 'a1', title: 'Spring review', received: { at: 'today', fileName: 'x.json' } }, 'received.at'],
  ];

  it.each(damaged)('reports %s as damaged, naming the record and the field', (_label, raw, where) => {
    const result = readRecord(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.id).toBe('a1');
    expect(result.problem).toContain('damaged');
    expect(result.problem).toContain(`(${where} `);
    if (typeof (raw as { title: unknown }).title === 'string') expect(result.title).toBe('Spring review');
    else expect(result).not.toHaveProperty('title');
  });

  /** A record as JSON.parse (or a hand-edited import) produces it: `__proto__` as an own key. */
  function withOwnProtoKey(field: 'answers' | 'areaTargets' | 'areaImportance', value: string): unknown {
    const json = JSON.stringify({ ...recordV3, [field]: {} }).replace(`"${field}":{}`, `"${field}":{"__proto__":${value}}`);
    const raw: unknown = JSON.parse(json);
    expect(Object.keys((raw as Record<string, object>)[field] ?? {})).toEqual(['__proto__']);
    return raw;
  }

  it.each([
    ['answers', '{"current":"leading","polluted":true}'],
    ['areaTargets', '"leading"'],
    ['areaImportance', '"high"'],
  ] as const)('never lets a __proto__ key in %s reach any prototype', (field, value) => {
    const result = readRecord(withOwnProtoKey(field, value));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).current).toBeUndefined();
    if (result.ok) {
      expect(Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(result.assessment.areaTargets)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(result.assessment.areaImportance)).toBe(Object.prototype);
    }
  });

  it.each([
    ['answers', '{"current":"leading"}'],
    ['areaTargets', '"leading"'],
    ['areaImportance', '"high"'],
  ] as const)('reports a __proto__ key in %s as damaged, like any other key that is not an id', (field, value) => {
    const result = readRecord(withOwnProtoKey(field, value));
    expect(result).toMatchObject({ ok: false, id: 'a1', title: 'Spring review' });
    expect(result.ok ? '' : result.problem).toContain(`(${field}`);
  });

  it.each([
    ['a space', '1 A'],
    ['a leading underscore', '_1A'],
    ['nothing', ''],
  ])('reports an answers key with %s as damaged', (_label, key) => {
    const result = readRecord({ ...recordV3, answers: { [key]: { current: 'leading' } } });
    expect(result).toMatchObject({ ok: false, id: 'a1', title: 'Spring review' });
    expect(result.ok ? '' : result.problem).toContain('answers');
  });

  it('keeps a key that is a valid id but also an Object.prototype name as plain own data', () => {
    const result = readRecord({ ...recordV3, answers: { constructor: { current: 'leading' } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.assessment.answers)).toEqual(['constructor']);
    expect(result.assessment.answers.constructor).toEqual({ current: 'leading' });
    expect(Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
  });

  it('names the record even when the id is missing, and keeps a readable title', () => {
    expect(readRecord({ ...recordV3, id: undefined })).toMatchObject({ ok: false, id: '(unknown)', title: 'Spring review' });
    expect(readRecord({ ...recordV3, id: 7, title: undefined })).toEqual({ ok: false, id: '(unknown)', problem: expect.stringContaining('damaged') as unknown });
  });

  it.each([[null], [undefined], ['a string'], [42], [true], [[recordV3]]])('reports %j as not an assessment at all', (raw) => {
    expect(readRecord(raw)).toEqual({ ok: false, id: '(unknown)', problem: 'The saved record is not an assessment.' });
  });
});
