import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import type { RecordError } from '../../src/domain/records/record-codec.ts';
import { defineRecord } from '../../src/domain/records/record-codec.ts';
import { describeRecordProblem } from '../../src/domain/records/record-messages.ts';

/** A toy record with a history of three steps: v0 had `name`, v1 split it, v2 added tags, v3 counted them. */
const notes = defineRecord({
  version: 3,
  schema: z.object({ recordVersion: z.literal(3), id: z.string(), first: z.string(), last: z.string(), tags: z.array(z.string()), tagCount: z.int() }),
  unstampedVersion: 0,
  migrations: [
    // 0 → 1
    ({ name, ...rest }) => {
      const [first = '', last = ''] = String(name).split(' ');
      return { ...rest, first, last };
    },
    // 1 → 2
    (record) => ({ ...record, tags: [] }),
    // 2 → 3
    (record) => ({ ...record, tagCount: Array.isArray(record.tags) ? record.tags.length : 0 }),
  ],
});

const current = { recordVersion: 3, id: 'n1', first: 'Ada', last: 'Lovelace', tags: ['x'], tagCount: 1 };

describe('defineRecord: the one migration rule (the last step turns version − 1 into version)', () => {
  it('reads a current record as it is, without its version stamp', () => {
    expect(notes.read(current)).toEqual({ ok: true, value: { id: 'n1', first: 'Ada', last: 'Lovelace', tags: ['x'], tagCount: 1 } });
  });

  it.each([
    ['an unstamped record, as version 0', { id: 'n1', name: 'Ada Lovelace' }],
    ['version 0', { recordVersion: 0, id: 'n1', name: 'Ada Lovelace' }],
  ])('runs every step in order from %s', (_label, raw) => {
    expect(notes.read(raw)).toEqual({ ok: true, value: { id: 'n1', first: 'Ada', last: 'Lovelace', tags: [], tagCount: 0 } });
  });

  it('starts at the step for the stored version: a version-2 record only gets the last step', () => {
    expect(notes.read({ recordVersion: 2, id: 'n1', first: 'Ada', last: 'L', tags: ['a', 'b'] })).toMatchObject({ ok: true, value: { tags: ['a', 'b'], tagCount: 2 } });
  });

  it('never changes the raw record', () => {
    const raw = { recordVersion: 0, id: 'n1', name: 'Ada Lovelace' };
    notes.read(raw);
    expect(raw).toEqual({ recordVersion: 0, id: 'n1', name: 'Ada Lovelace' });
  });

  it('writes the current version stamp', () => {
    const { recordVersion: _v, ...value } = current;
    expect(notes.write(value)).toEqual(current);
  });

  it('without an unstamped version, a record with no stamp is of unknown format', () => {
    const stamped = defineRecord({ version: 1, schema: z.object({ recordVersion: z.literal(1), id: z.string() }), migrations: [] });
    expect(stamped.read({ id: 'r1' })).toEqual({ ok: false, id: 'r1', error: { code: 'unknown-version', path: ['recordVersion'] } });
    // With no steps, the oldest readable version is the current one.
    expect(stamped.read({ recordVersion: 0, id: 'r1' })).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
  });
});

describe('defineRecord: structured errors', () => {
  const cases: [label: string, raw: unknown, id: string, error: RecordError][] = [
    ['not an object', ['n1'], '(unknown)', { code: 'not-an-object', path: [] }],
    ['a version that is not a whole number', { ...current, recordVersion: 1.5 }, 'n1', { code: 'unknown-version', path: ['recordVersion'] }],
    ['a newer version', { ...current, recordVersion: 4 }, 'n1', { code: 'newer-version', path: ['recordVersion'], version: 4 }],
    ['a step that throws', { recordVersion: 0, id: 'n1', name: { toString: null } }, 'n1', { code: 'migration-failed', path: [], version: 0 }],
    ['a __proto__ key', JSON.parse('{"recordVersion":3,"id":"n1","first":"A","last":"B","tags":[{"__proto__":{}}],"tagCount":1}'), 'n1', { code: 'unsafe-key', path: ['tags', 0, '__proto__'] }],
    ['a field of the wrong type', { ...current, tags: ['x', 7] }, 'n1', { code: 'invalid', path: ['tags', 1] }],
  ];

  it.each(cases)('%s', (_label, raw, id, error) => {
    expect(notes.read(raw)).toEqual({ ok: false, id, error });
  });
});

describe('describeRecordProblem: the words each error gets', () => {
  const words = { aNoun: 'a note', noun: 'note', newerSubject: 'The note' };
  it.each<[RecordError, string]>([
    [{ code: 'not-an-object', path: [] }, 'The saved record is not a note.'],
    [{ code: 'unknown-version', path: ['recordVersion'] }, 'The saved note has an unknown format.'],
    [{ code: 'newer-version', path: ['recordVersion'], version: 4 }, 'The note was saved by a newer version of this app. Reload to update the app.'],
    [{ code: 'migration-failed', path: [], version: 0 }, 'The saved note is damaged (it could not be updated from record version 0).'],
    [{ code: 'unsafe-key', path: ['tags', 0, '__proto__'] }, 'The saved note is damaged (tags.0.__proto__ is not allowed).'],
    [{ code: 'invalid', path: ['tags', 1] }, 'The saved note is damaged (tags.1 is not valid).'],
    [{ code: 'invalid', path: [] }, 'The saved note is damaged (record is not valid).'],
  ])('%j', (error, message) => {
    expect(describeRecordProblem(error, words)).toBe(message);
  });
});
