import { describe, expect, it } from 'vitest';
import { readRecord, RECORD_VERSION, toRecord } from '../../src/storage/assessment-record.ts';
import { makeAssessment, recordV0, recordV1 } from './fixtures.ts';

function withoutVersion(record: typeof recordV1) {
  const { recordVersion: _version, ...assessment } = record;
  return assessment;
}

describe('readRecord', () => {
  it('reads a version-1 record as it was stored', () => {
    expect(readRecord(structuredClone(recordV1))).toEqual({ ok: true, assessment: withoutVersion(recordV1) });
  });

  it('reads back what toRecord wrote', () => {
    const assessment = makeAssessment({ answers: { '1A': { current: 'na', note: 'n/a here' } }, lastSkillAreaId: 'CV3', revision: 4 });
    const record = toRecord(assessment);
    expect(record.recordVersion).toBe(RECORD_VERSION);
    expect(readRecord(structuredClone(record))).toEqual({ ok: true, assessment });
  });

  it('migrates a version-0 record (no version stamp, no revision)', () => {
    const result = readRecord(structuredClone(recordV0));
    expect(result).toEqual({ ok: true, assessment: { ...recordV0, revision: 1 } });
    expect(result.ok && Object.keys(result.assessment)).not.toContain('recordVersion');
  });

  it('does not change the raw object while migrating', () => {
    const raw = structuredClone(recordV0);
    readRecord(raw);
    expect(raw).toEqual(recordV0);
  });

  it('refuses a record from a newer record version, saying so', () => {
    const result = readRecord({ ...recordV1, recordVersion: RECORD_VERSION + 1, somethingNew: true });
    expect(result).toEqual({ ok: false, id: 'a1', title: 'Spring review', problem: expect.stringMatching(/newer version/i) as unknown, isFromNewerApp: true });
  });

  it.each([['one'], [-1], [1.5], [Number.NaN]])('refuses the record version %j as an unknown format', (recordVersion) => {
    const result = readRecord({ ...recordV1, recordVersion });
    expect(result).toEqual({ ok: false, id: 'a1', title: 'Spring review', problem: expect.stringMatching(/unknown format/i) as unknown });
  });

  const damaged: [label: string, raw: unknown, where: string][] = [
    ['answers that are a string', { ...recordV1, answers: 'all of them' }, 'answers'],
    ['answers that are an array', { ...recordV1, answers: [{ current: 'leading' }] }, 'answers'],
    ['answers that are null', { ...recordV1, answers: null }, 'answers'],
    ['an answer that is not an object', { ...recordV1, answers: { '1A': 'leading' } }, 'answers.1A'],
    ['a rating that is not an id', { ...recordV1, answers: { '1A': { current: 'lead ing' } } }, 'answers.1A.current'],
    ['a note that is not text', { ...recordV1, answers: { '1A': { note: 5 } } }, 'answers.1A.note'],
    ['an area target that is not an id', { ...recordV1, areaTargets: { '1': '' } }, 'areaTargets.1'],
    ['no respondent', { ...recordV1, respondent: undefined }, 'respondent'],
    ['no createdAt', { ...recordV1, createdAt: undefined }, 'createdAt'],
    ['an updatedAt that is not a time', { ...recordV1, updatedAt: 'yesterday' }, 'updatedAt'],
    ['no framework', { ...recordV1, framework: undefined }, 'framework'],
    ['revision 0', { ...recordV1, revision: 0 }, 'revision'],
    ['a fractional revision', { ...recordV1, revision: 2.5 }, 'revision'],
    ['a title that is not text', { ...recordV1, title: 12 }, 'title'],
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
  function withOwnProtoKey(field: 'answers' | 'areaTargets', value: string): unknown {
    const json = JSON.stringify({ ...recordV1, [field]: {} }).replace(`"${field}":{}`, `"${field}":{"__proto__":${value}}`);
    const raw: unknown = JSON.parse(json);
    expect(Object.keys((raw as Record<string, object>)[field] ?? {})).toEqual(['__proto__']);
    return raw;
  }

  it.each([
    ['answers', '{"current":"leading","polluted":true}'],
    ['areaTargets', '"leading"'],
  ] as const)('never lets a __proto__ key in %s reach any prototype', (field, value) => {
    const result = readRecord(withOwnProtoKey(field, value));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).current).toBeUndefined();
    if (result.ok) {
      expect(Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(result.assessment.areaTargets)).toBe(Object.prototype);
    }
  });

  it.each([
    ['answers', '{"current":"leading"}'],
    ['areaTargets', '"leading"'],
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
    const result = readRecord({ ...recordV1, answers: { [key]: { current: 'leading' } } });
    expect(result).toMatchObject({ ok: false, id: 'a1', title: 'Spring review' });
    expect(result.ok ? '' : result.problem).toContain('answers');
  });

  it('keeps a key that is a valid id but also an Object.prototype name as plain own data', () => {
    const result = readRecord({ ...recordV1, answers: { constructor: { current: 'leading' } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.assessment.answers)).toEqual(['constructor']);
    expect(result.assessment.answers.constructor).toEqual({ current: 'leading' });
    expect(Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
  });

  it('names the record even when the id is missing, and keeps a readable title', () => {
    expect(readRecord({ ...recordV1, id: undefined })).toMatchObject({ ok: false, id: '(unknown)', title: 'Spring review' });
    expect(readRecord({ ...recordV1, id: 7, title: undefined })).toEqual({ ok: false, id: '(unknown)', problem: expect.stringContaining('damaged') as unknown });
  });

  it.each([[null], [undefined], ['a string'], [42], [true], [[recordV1]]])('reports %j as not an assessment at all', (raw) => {
    expect(readRecord(raw)).toEqual({ ok: false, id: '(unknown)', problem: 'The saved record is not an assessment.' });
  });
});
