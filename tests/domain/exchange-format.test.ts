import { READ_CONTEXT } from './shipped-framework.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, Importance, PdActionStatus } from '../../src/domain/assessment/assessment.ts';
import {
  createAssessment,
  MAX_NOTE_LENGTH,
  NOT_APPLICABLE,
  rateIndicator,
  renameAssessment,
  setAreaTarget,
  setImportance,
  setIndicatorTarget,
  startReassessment,
  updateRespondent,
  writeNote,
} from '../../src/domain/assessment/assessment.ts';
import { RECORD_VERSION, toRecord } from '../../src/domain/assessment/assessment-record.ts';
import { assessmentCsv } from '../../src/domain/exchange/assessment-csv.ts';
import type { ExportKind, ExportPayload, PlainEnvelope } from '../../src/domain/exchange/exchange-format.ts';
import { exchangeFile, FILE_TYPE, FORMAT_VERSION, MAX_IMPORT_BYTES, preparePayload, readPayload as readPayloadBody } from '../../src/domain/exchange/exchange-format.ts';
import { canonicalJson } from '../../src/domain/files/canonical-json.ts';
import { readEnvelopeText } from '../../src/domain/files/envelope.ts';
import { describeFileProblem, MESSAGES } from '../../src/domain/files/file-messages.ts';
import { indicatorsOf, skillAreasOf } from '../../src/domain/framework/framework.ts';
import { addPdAction, updatePdAction } from '../../src/domain/pd/pd-plan.ts';
import { addComment, markReceived } from '../../src/domain/review/review.ts';
import { readImportFile } from '../../src/lib/exchange-files.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { recordV0, recordV1, recordV2, recordV3 } from '../storage/fixtures.ts';
import { shippedFramework } from './shipped-framework.ts';

const EDITION = shippedFramework.id;
const EDITIONS = [EDITION];
const NOW = '2024-05-01T12:00:00.000Z';
const framework = { editionId: EDITION, dataVersion: shippedFramework.dataVersion };
const KIND = exchangeFile(READ_CONTEXT);

/** The envelope as far as the domain reads it, with the words the import screen would show for a refusal. */
function parseFileText(text: string) {
  const parsed = readEnvelopeText(text, KIND);
  return parsed.ok ? parsed : { ok: false as const, message: describeFileProblem(parsed.problem, KIND.messages) };
}

/** The payload as the domain reads it, with the words the import screen would show for a refusal. */
function readPayload(payload: unknown, editions: string[]) {
  const read = readPayloadBody(payload, { ...READ_CONTEXT, editions: READ_CONTEXT.editions.filter((e) => editions.includes(e.id)) });
  return read.ok ? { ok: true as const, ...read.value } : { ok: false as const, message: describeFileProblem(read.problem, KIND.messages) };
}

/** parseFileText checks the checksum's form, not its value: that is readImportFile's job (tests/lib). */
const SOME_CHECKSUM = { algorithm: 'SHA-256', value: 'ab'.repeat(32) } as const;

/** A little of everything, with markup in the free text that must come back as the same plain text. */
function sample(id = 'a1'): Assessment {
  return ratedAssessment({
    id,
    title: 'Spring <script>alert(1)</script> review',
    respondent: { name: 'Ada <b>L</b>', role: 'CTO', district: 'North & South' },
    now: NOW,
    ratings: { '1A': 'developing', '2B': NOT_APPLICABLE },
    targets: { '1A': 'leading' },
    notes: { '1A': '<img src=x onerror=alert(1)> "quoted", and\nsecond line', '1B': 'Only a note here.' },
    areaTargets: { '1': 'leading' },
    importance: { '2': 'high' },
    plan: [{ id: 'p1', title: 'Shadow the business office', skillAreaIds: ['2'], dueDate: '2024-06-30', status: 'done', evidence: 'Private evidence <a href="javascript:x">link</a>' }],
    comments: [{ id: 'c1', skillAreaId: '2', text: 'Good </textarea> work', author: 'Grace', authorRole: 'Superintendent' }],
  });
}

function envelope(payload: unknown, change: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: FILE_TYPE, formatVersion: FORMAT_VERSION, encrypted: false, checksum: SOME_CHECKSUM, payload, ...change };
}

function payloadOf(assessments: Assessment[], kind: ExportKind = 'assessment'): ExportPayload {
  return preparePayload(assessments, { kind, includeNotes: true, exportedAt: NOW, appVersion: '1.2.3' });
}

function fileText(assessments: Assessment[] = [sample()], kind: ExportKind = 'assessment'): string {
  return JSON.stringify(envelope(payloadOf(assessments, kind)), null, 2);
}

function message(text: string): string {
  const parsed = parseFileText(text);
  return parsed.ok ? '(accepted)' : parsed.message;
}

/** Parses and reads a file's text as far as the domain goes; the checksum is checked in tests/lib. */
function readAll(text: string) {
  const parsed = parseFileText(text);
  if (!parsed.ok) return parsed;
  if (parsed.sealed) return { ok: false as const, message: 'encrypted' };
  return readPayload(parsed.envelope.body, EDITIONS);
}

const encryptedEnvelope = {
  type: FILE_TYPE,
  formatVersion: FORMAT_VERSION,
  encrypted: true,
  encryption: { kdf: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', cipher: 'AES-GCM', iv: 'AAAAAAAAAAAAAAAA' },
  data: 'c2VhbGVkIGRhdGEgZ29lcyBoZXJl',
};

describe('canonicalJson', () => {
  it('sorts object keys at every depth, so key order never changes the text', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('keeps array order and leaves out undefined values, as JSON does', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('gives the same text before and after a JSON round trip', () => {
    const payload = payloadOf([sample(), startReassessment(sample(), 'b1', 'Autumn', NOW)]);
    expect(canonicalJson(JSON.parse(JSON.stringify(payload)))).toBe(canonicalJson(payload));
  });
});

describe('preparePayload', () => {
  it('carries the kind, time, app version and each assessment as a current record', () => {
    const payload = preparePayload([sample()], { kind: 'backup', includeNotes: true, exportedAt: NOW, appVersion: '1.2.3' });
    expect(payload).toEqual({ kind: 'backup', exportedAt: NOW, appVersion: '1.2.3', assessments: [toRecord(sample())] });
    expect(payload.assessments[0]?.recordVersion).toBe(RECORD_VERSION);
  });

  it('leaves personal notes and plan evidence out unless asked for', () => {
    const [record] = preparePayload([sample()], { kind: 'assessment', includeNotes: false, exportedAt: NOW, appVersion: '1' }).assessments;
    expect(record?.answers).toEqual({ '1A': { current: 'developing', target: 'leading' }, '2B': { current: NOT_APPLICABLE } });
    expect(record?.pdPlan.map((a) => a.evidence)).toEqual(['']);
    expect(JSON.stringify(record)).not.toMatch(/Private evidence|onerror|Only a note/);
    expect(record?.comments).toEqual(sample().comments);
  });

  it('copies: changing the payload never changes the assessment, with or without notes', () => {
    for (const includeNotes of [true, false]) {
      const source = sample();
      const before = structuredClone(source);
      const payload = preparePayload([source], { kind: 'assessment', includeNotes, exportedAt: NOW, appVersion: '1' });
      const record = payload.assessments[0];
      if (record) {
        record.comments.pop();
        record.pdPlan[0]?.skillAreaIds.push('9');
        record.respondent.name = 'changed';
      }
      expect(source).toEqual(before);
    }
  });
});

describe('parseFileText: what people actually choose', () => {
  it('accepts a plain export file, with or without a byte order mark', () => {
    for (const text of [fileText(), `\uFEFF${fileText()}`, `\n  ${fileText()}\n`]) {
      const parsed = parseFileText(text);
      expect(parsed.ok && !parsed.sealed && (parsed.envelope.body as { assessments: unknown[] }).assessments).toHaveLength(1);
    }
  });

  it('accepts a passphrase-protected file as encrypted, without opening it', () => {
    expect(parseFileText(JSON.stringify(encryptedEnvelope))).toEqual({ ok: true, sealed: true, envelope: encryptedEnvelope });
  });

  it('reads files near the size limit without running out of stack', () => {
    const sealed = { ...encryptedEnvelope, data: 'QUJD'.repeat(4_500_000) };
    expect(parseFileText(JSON.stringify(sealed))).toMatchObject({ ok: true, sealed: true });
    // Every indicator's note as long as the app lets anyone type: about 2 MB of text.
    const answers = Object.fromEntries(indicatorsOf(shippedFramework).map((i) => [i.id, { note: 'n'.repeat(MAX_NOTE_LENGTH) }]));
    const big: Assessment = { ...sample(), answers };
    expect(readAll(fileText([big]))).toMatchObject({ ok: true, assessments: [big] });
    // Longer than the app lets anyone type, as a hand-made file could be: refused, naming the note.
    const tooLong: Assessment = { ...sample(), answers: { ...sample().answers, '2A': { note: 'n'.repeat(30_000) } } };
    expect(readAll(fileText([tooLong]))).toMatchObject({ ok: false, message: expect.stringContaining('(answers.2A.note is longer than the app allows (at most 20,000 characters))') as unknown });
    // Longer than any note could be written, even escaped: refused before the file is parsed, naming the note.
    const huge: Assessment = { ...sample(), answers: { ...sample().answers, '2A': { note: 'n'.repeat(15_000_000) } } };
    expect(readAll(fileText([huge]))).toMatchObject({ ok: false, message: expect.stringContaining('a text longer than 120,002 characters (payload.assessments.0.answers.2A.note)') as unknown });
    expect(message(`"${'x,'.repeat(5_000_000)}\n`)).toBe(MESSAGES.notOurs);
  });

  it.each([
    ['an empty file', ''],
    ['only spaces and line breaks', '  \r\n\t\n'],
    ['only a byte order mark', '\uFEFF'],
  ])('says %s is empty', (_label, text) => {
    expect(message(text)).toBe(MESSAGES.empty);
    expect(message(text)).toMatch(/^The file is empty\. Choose the \.json file/);
  });

  it('says a PDF cannot be imported and what to choose instead', () => {
    expect(message('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj')).toBe(MESSAGES.pdf);
    expect(MESSAGES.pdf).toMatch(/This is a PDF.*cannot import.*\.json file/);
  });

  it('says the app’s own CSV export is for spreadsheets and cannot be imported', () => {
    const csv = assessmentCsv(shippedFramework, sample(), { includeNotes: true });
    expect(message(csv)).toBe(MESSAGES.csv);
    expect(message('name;score\nAda;3')).toBe(MESSAGES.csv);
    expect(message('"Title, long",Level\r\n"Ada, CTO",3\r\n')).toBe(MESSAGES.csv);
    expect(message('Dear Ada, here are my notes.')).toBe(MESSAGES.notOurs);
    expect(MESSAGES.csv).toMatch(/not an export file from EdTech Leader Self-Assessment/);
    expect(MESSAGES.csv).toMatch(/CSV exports are for spreadsheets and cannot be imported/);
  });

  it.each([
    ['plain text', 'Dear Ada, here are my notes.'],
    ['a web page', '<!doctype html><html><body>Report</body></html>'],
    ['an unfinished array', '[1'],
  ])('says %s is not an export file from this app', (_label, text) => {
    expect(message(text)).toBe(MESSAGES.notOurs);
    expect(MESSAGES.notOurs).toMatch(/^This is not an export file from EdTech Leader Self-Assessment\. Choose/);
  });

  it.each([
    ['cut in half', (t: string) => t.slice(0, Math.floor(t.length / 2))],
    ['missing its last brace', (t: string) => t.slice(0, -1)],
    ['cut after the first character', (t: string) => t.slice(0, 1)],
    ['with junk added at the end', (t: string) => `${t}}`],
  ])('says a file %s is incomplete or damaged', (_label, damage) => {
    expect(message(damage(fileText()))).toBe(MESSAGES.truncated);
    expect(MESSAGES.truncated).toMatch(/^The file is incomplete or damaged/);
  });

  it.each([
    ['some other app’s settings', '{"theme":"dark"}'],
    ['another type', JSON.stringify({ ...envelope(payloadOf([sample()])), type: 'excalidraw' })],
    ['a type that is not text', JSON.stringify({ ...envelope(payloadOf([sample()])), type: 1 })],
    ['a bare list', '[1, 2, 3]'],
    ['a bare number', '42'],
    ['a bare string', '"edtech-leader-self-assessment"'],
    ['null', 'null'],
    ['a record exported some other way', JSON.stringify(recordV3)],
  ])('says JSON that is %s is not one of ours', (_label, text) => {
    expect(message(text)).toBe(MESSAGES.otherJson);
    expect(MESSAGES.otherJson).toBe('This is a JSON file, but not one exported by EdTech Leader Self-Assessment. Choose the .json file made with “Export” in EdTech Leader Self-Assessment.');
  });

  it.each([
    ['a plain file', envelope(payloadOf([sample()]), { formatVersion: FORMAT_VERSION + 1 })],
    ['a protected file', { ...encryptedEnvelope, formatVersion: FORMAT_VERSION + 1 }],
    ['a file from the far future in a shape we do not know', { type: FILE_TYPE, formatVersion: 99, body: 'zzz' }],
  ])('tells the user to update the app for %s from a newer version', (_label, value) => {
    expect(message(JSON.stringify(value))).toBe(MESSAGES.newer);
    expect(MESSAGES.newer).toMatch(/made by a newer version of the app; update the app/);
  });

  function withProtoAt(json: string, marker: string): string {
    const text = json.replace(marker, `"__proto__":{"polluted":true},${marker}`);
    expect(text).not.toBe(json);
    return text;
  }

  it.each([
    ['at the top', '"type":'],
    ['in the payload', '"kind":'],
    ['inside a record', '"answers":'],
    ['inside an answer', '"current":'],
    ['inside a comment', '"authorRole":'],
  ])('refuses a __proto__ key %s, naming where it is', (_label, marker) => {
    const text = withProtoAt(JSON.stringify(envelope(payloadOf([sample()]))), marker);
    const result = message(text);
    expect(result).toMatch(/__proto__ is not allowed/);
    expect(result).toMatch(/missing or damaged/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a __proto__ key in a protected file’s header', () => {
    const text = withProtoAt(JSON.stringify(encryptedEnvelope), '"kdf":');
    expect(message(text)).toMatch(/encryption\.__proto__ is not allowed/);
  });

  const malformed: [label: string, value: unknown, where: string][] = [
    ['no format version', envelope([], { formatVersion: undefined }), 'formatVersion'],
    ['a format version that is text', envelope(payloadOf([sample()]), { formatVersion: '1' }), 'formatVersion'],
    ['a format version of 0', envelope(payloadOf([sample()]), { formatVersion: 0 }), 'formatVersion'],
    ['no checksum', envelope(payloadOf([sample()]), { checksum: undefined }), 'checksum'],
    ['a checksum that is not SHA-256 hex', envelope(payloadOf([sample()]), { checksum: { algorithm: 'SHA-256', value: 'xyz' } }), 'checksum.value'],
    ['a checksum of another kind', envelope(payloadOf([sample()]), { checksum: { algorithm: 'MD5', value: SOME_CHECKSUM.value } }), 'checksum.algorithm'],
    ['no payload', envelope(undefined), 'payload'],
    ['a payload that is a list', envelope([toRecord(sample())]), 'payload'],
    ['a payload with no assessments', envelope({ kind: 'assessment' }), 'payload.assessments'],
    ['an "encrypted" flag that is text', envelope(payloadOf([sample()]), { encrypted: 'no' }), 'encrypted'],
    ['a protected file with no iv', { ...encryptedEnvelope, encryption: { ...encryptedEnvelope.encryption, iv: undefined } }, 'encryption.iv'],
    ['a protected file whose data is not base64', { ...encryptedEnvelope, data: 'not base64!' }, 'data'],
    ['a protected file with another cipher', { ...encryptedEnvelope, encryption: { ...encryptedEnvelope.encryption, cipher: 'AES-CBC' } }, 'encryption.cipher'],
    ['a protected file asking for a billion rounds', { ...encryptedEnvelope, encryption: { ...encryptedEnvelope.encryption, iterations: 1e9 } }, 'encryption.iterations'],
    ['a protected file with no data', { ...encryptedEnvelope, data: undefined }, 'data'],
  ];

  it.each(malformed)('says an envelope with %s is damaged, naming the field', (_label, value, where) => {
    const result = message(JSON.stringify(value));
    expect(result).toContain(`(${where} is not valid)`);
    expect(result).toMatch(/^The file says it comes from EdTech Leader Self-Assessment, but part of it is missing or damaged/);
    expect(result).toMatch(/export it again\.$/);
  });
});

describe('readPayload', () => {
  function read(assessments: unknown[], change: Record<string, unknown> = {}) {
    return readPayload({ kind: 'backup', exportedAt: NOW, appVersion: '1.2.3', assessments, ...change }, EDITIONS);
  }

  it('gives back every assessment with the kind and time of the export', () => {
    const payload = payloadOf([sample('a1'), sample('a2')], 'backup');
    expect(readPayload(JSON.parse(JSON.stringify(payload)), EDITIONS)).toEqual({ ok: true, kind: 'backup', exportedAt: NOW, assessments: [sample('a1'), sample('a2')] });
  });

  it('keeps markup in names, notes and comments as the same plain text', () => {
    const result = readAll(fileText());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a] = result.assessments;
    expect(a?.title).toBe('Spring <script>alert(1)</script> review');
    expect(a?.respondent).toEqual({ name: 'Ada <b>L</b>', role: 'CTO', district: 'North & South' });
    expect(a?.answers['1A']?.note).toBe('<img src=x onerror=alert(1)> "quoted", and\nsecond line');
    expect(a?.pdPlan[0]?.evidence).toBe('Private evidence <a href="javascript:x">link</a>');
    expect(a?.comments[0]?.text).toBe('Good </textarea> work');
  });

  it('migrates records from older versions of the app', () => {
    const result = read([recordV0, recordV1, { ...recordV2, id: 'a2' }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessments.map((a) => [a.id, a.revision, a.comments])).toEqual([
      ['old1', 1, []],
      ['a1', 7, []],
      ['a2', 7, []],
    ]);
  });

  it('refuses the whole file when one record comes from a newer version, telling the user to update', () => {
    const result = read([recordV3, { ...recordV3, id: 'a9', recordVersion: RECORD_VERSION + 1 }]);
    expect(result).toEqual({ ok: false, message: 'Assessment 2 of 2 “Spring review” was made by a newer version of the app; update the app (reload it while online), then import the file again. Nothing was imported.' });
  });

  it('refuses the whole file when one record is damaged, naming the record and field', () => {
    const result = read([recordV3, { ...recordV3, id: 'a2', answers: { '1A': { current: 'lead ing' } } }]);
    expect(result).toEqual({ ok: false, message: 'Assessment 2 of 2 “Spring review” in this file is damaged (answers.1A.current is not valid). Nothing was imported. Ask for the file again, or export it again.' });
  });

  it.each([
    ['a comment with no author', { comments: [{ ...recordV3.comments[0], author: undefined }] }, 'comments.0.author'],
    ['a comment at no real time', { comments: [{ ...recordV3.comments[0], at: '31/12/2024' }] }, 'comments.0.at'],
    ['a received mark without a file name', { received: { at: NOW } }, 'received.fileName'],
  ])('names the field of %s', (_label, change, where) => {
    const result = read([{ ...recordV3, ...change }]);
    expect(result.ok ? '' : result.message).toContain(`(${where} is not valid)`);
  });

  it.each([
    ['a string', 'a1'],
    ['null', null],
    ['a list', [recordV3]],
  ])('refuses a record that is %s', (_label, record) => {
    expect(read([record])).toEqual({ ok: false, message: expect.stringMatching(/^Assessment 1 of 1 in this file is damaged \(not an assessment\)/) as unknown });
  });

  it('refuses an edition this app does not have, naming it', () => {
    const result = read([recordV3, { ...recordV3, id: 'a2', title: 'Future', framework: { editionId: 'cosn-cto-2031', dataVersion: 1 } }]);
    expect(result).toEqual({
      ok: false,
      message: 'Assessment “Future” uses the framework edition “cosn-cto-2031”, which this version of the app does not have. Update the app (reload it while online), then import the file again. Nothing was imported.',
    });
    expect(readPayload({ kind: 'backup', exportedAt: NOW, appVersion: '1', assessments: [recordV3] }, [])).toMatchObject({ ok: false, message: expect.stringContaining('“cosn-cto-2009”') as unknown });
  });

  it('refuses a file that holds the same assessment twice', () => {
    const result = read([recordV3, { ...recordV1, id: 'b1' }, { ...recordV3, title: 'Again' }]);
    expect(result).toEqual({ ok: false, message: 'The file holds the assessment “Again” more than once (id a1). Nothing was imported. Ask for the file again, or export it again.' });
  });

  it('refuses a file sent as one assessment that holds none, but reads an empty backup', () => {
    expect(read([], { kind: 'assessment' })).toEqual({ ok: false, message: 'The file holds no assessment. Nothing was imported. Ask for the file again, or export it again.' });
    expect(read([])).toEqual({ ok: true, kind: 'backup', exportedAt: NOW, assessments: [] });
  });

  it('shortens a very long title in a message', () => {
    const result = read([{ ...recordV3, title: 'x'.repeat(500), revision: 0 }]);
    expect(result.ok ? '' : result.message).toContain(`“${'x'.repeat(79)}…”`);
  });

  it.each([
    ['no kind', { kind: undefined }, 'payload.kind'],
    ['an unknown kind', { kind: 'everything' }, 'payload.kind'],
    ['an export time that is not a time', { exportedAt: 'May 1st' }, 'payload.exportedAt'],
    ['no app version', { appVersion: undefined }, 'payload.appVersion'],
    ['assessments that are not a list', { assessments: { a1: recordV3 } }, 'payload.assessments'],
  ])('refuses a payload with %s, naming the field', (_label, change, where) => {
    const result = read([recordV3], change);
    expect(result.ok ? '' : result.message).toContain(`(${where} is not valid)`);
  });

  it.each([[null], [undefined], ['text'], [[]], [42]])('refuses a payload that is %j', (payload) => {
    expect(readPayload(payload, EDITIONS)).toMatchObject({ ok: false, message: expect.stringContaining('damaged') as unknown });
  });

  it('refuses a __proto__ key handed to it directly', () => {
    const payload: unknown = JSON.parse(`{"kind":"backup","exportedAt":"${NOW}","appVersion":"1","assessments":[],"__proto__":{"x":1}}`);
    expect(readPayload(payload, EDITIONS)).toEqual({ ok: false, message: expect.stringContaining('(payload.__proto__ is not allowed)') as unknown });
  });
});

describe('readImportFile: size', () => {
  it('refuses a 50 MB file by its size, without reading it', async () => {
    let isRead = false;
    const file = {
      name: 'huge.json',
      size: 50 * 1024 * 1024,
      arrayBuffer: (): Promise<ArrayBuffer> => {
        isRead = true;
        throw new Error('must not be read');
      },
    };
    const outcome = await readImportFile(file, { context: READ_CONTEXT });
    expect(outcome).toMatchObject({ status: 'invalid', message: 'This file is 50.0 MB, more than the 20 MB the app can import. Check that it is an export file from this app.' });
    expect(isRead).toBe(false);
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
  });
});

// ---- Properties ---------------------------------------------------------------------------------------

const indicatorIds = indicatorsOf(shippedFramework).map((i) => i.id);
const areaIds = skillAreasOf(shippedFramework).map((a) => a.id);
const levelIds = shippedFramework.rubric.levels.map((l) => l.id);

const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,11}$/);
const textArb = fc.string({ unit: 'binary', maxLength: 40 });
const timeArb = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date(NOW), noInvalidDate: true }).map((d) => d.toISOString());
const dayArb = fc.constantFrom('2024-06-30', '2025-02-28', '2024-02-30', 'soon', undefined);

type Step = (a: Assessment, now: string) => Assessment;

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...indicatorIds), fc.constantFrom(...levelIds, NOT_APPLICABLE, undefined)).map(([id, r]): Step => (a, now) => rateIndicator(a, id, r, now)) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...indicatorIds), fc.constantFrom(...levelIds, undefined)).map(([id, t]): Step => (a, now) => setIndicatorTarget(a, id, t, now)) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...indicatorIds), textArb).map(([id, note]): Step => (a, now) => writeNote(a, id, note, now)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...areaIds), fc.constantFrom(...levelIds)).map(([id, t]): Step => (a, now) => setAreaTarget(a, id, t, now)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...areaIds), fc.constantFrom<Importance>('low', 'normal', 'high')).map(([id, i]): Step => (a, now) => setImportance(a, id, i, now)) },
  { weight: 1, arbitrary: textArb.map((title): Step => (a, now) => renameAssessment(a, title, now)) },
  { weight: 1, arbitrary: fc.record({ name: textArb, role: textArb, district: textArb }, { requiredKeys: [] }).map((r): Step => (a, now) => updateRespondent(a, r, now)) },
  // A place in the walk, as records saved before it moved out of the answers still carry.
  { weight: 1, arbitrary: fc.constantFrom(...areaIds).map((id): Step => (a) => ({ ...a, lastSkillAreaId: id })) },
  {
    weight: 2,
    arbitrary: fc
      .record({ id: idArb, title: textArb, goal: textArb, skillAreaIds: fc.subarray(areaIds, { maxLength: 3 }), activityId: fc.option(idArb, { nil: undefined }), dueDate: dayArb })
      .map((action): Step => (a, now) => addPdAction(a, action, now)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.constantFrom<PdActionStatus>('planned', 'in-progress', 'done'), textArb)
      .map(([n, status, evidence]): Step => (a, now) => {
        const action = a.pdPlan[n % Math.max(1, a.pdPlan.length)];
        return action ? updatePdAction(a, action.id, { status, evidence }, now) : a;
      }),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ id: idArb, skillAreaId: fc.option(fc.constantFrom(...areaIds), { nil: undefined }), text: textArb, author: textArb, authorRole: textArb })
      .map((comment): Step => (a, now) => addComment(a, comment, now)),
  },
);

const assessmentArb = (id: string): fc.Arbitrary<Assessment> =>
  fc
    .record({ title: textArb, created: timeArb, steps: fc.array(fc.tuple(stepArb, timeArb), { maxLength: 25 }), ending: fc.constantFrom('as is', 'reassessed', 'received') })
    .map(({ title, created, steps, ending }) => {
      const a = steps.reduce((acc, [step, now]) => step(acc, now), createAssessment({ id, title, framework, now: created }));
      if (ending === 'reassessed') return startReassessment(a, `${id}-next`, `${title} again`, created);
      if (ending === 'received') return markReceived(a, `${title}.json`, created);
      return a;
    });

const assessmentsArb: fc.Arbitrary<Assessment[]> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 3 })
  .chain((ids) => fc.tuple(...ids.map((id) => assessmentArb(id))));

function exported(assessments: Assessment[], kind: ExportKind, includeNotes: boolean): string {
  const payload = preparePayload(assessments, { kind, includeNotes, exportedAt: NOW, appVersion: '1.2.3' });
  const plain: PlainEnvelope = { type: FILE_TYPE, formatVersion: FORMAT_VERSION, encrypted: false, checksum: SOME_CHECKSUM, payload };
  return JSON.stringify(plain, null, 2);
}

describe('round trip', () => {
  it('preparePayload → envelope → JSON text → parseFileText → readPayload gives back equal assessments', () => {
    fc.assert(
      fc.property(assessmentsArb, fc.constantFrom<ExportKind>('assessment', 'backup'), (assessments, kind) => {
        expect(readAll(exported(assessments, kind, true))).toEqual({ ok: true, kind, exportedAt: NOW, assessments });
      }),
      { numRuns: 150 },
    );
  });

  it('without notes, gives back the same assessments with every note and all evidence gone', () => {
    fc.assert(
      fc.property(assessmentsArb, (assessments) => {
        const result = readAll(exported(assessments, 'assessment', false));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.assessments.map((a) => a.id)).toEqual(assessments.map((a) => a.id));
        for (const [i, a] of result.assessments.entries()) {
          expect(Object.values(a.answers).some((answer) => 'note' in answer)).toBe(false);
          expect(a.pdPlan.every((action) => action.evidence === '')).toBe(true);
          expect(a.comments).toEqual(assessments[i]?.comments);
        }
      }),
      { numRuns: 50 },
    );
  });
});

// ---- Fuzzing ------------------------------------------------------------------------------------------

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

function parentAt(root: unknown, path: Path): Record<string | number, unknown> | unknown[] {
  return path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
}

type Mutation = (text: string) => string;

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n): Mutation => (text) => text.slice(0, n % (text.length + 1))),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(([n, s]): Mutation => (text) => {
    const at = n % text.length;
    return text.slice(0, at) + s + text.slice(at + 1);
  }),
  fc.nat().map((n): Mutation => (text) => {
    const root: unknown = JSON.parse(text);
    const paths = pathsOf(root);
    const path = paths[n % paths.length] ?? [];
    const parent = parentAt(root, path);
    const key = path.at(-1) ?? '';
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return JSON.stringify(root);
  }),
  fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([n, replacement]): Mutation => (text) => {
    const root: unknown = JSON.parse(text);
    const paths = pathsOf(root);
    const path = paths[n % paths.length] ?? [];
    const parent = parentAt(root, path) as Record<string | number, unknown>;
    parent[path.at(-1) ?? ''] = replacement;
    return JSON.stringify(root);
  }),
);

/** Reading never throws, and an accepted file gives back every record it holds, never some of them. */
function checkNeverPartial(text: string): void {
  const parsed = parseFileText(text);
  if (!parsed.ok || parsed.sealed) return;
  const raws = (parsed.envelope.body as { assessments: unknown[] }).assessments;
  const result = readPayload(parsed.envelope.body, EDITIONS);
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(20);
    return;
  }
  expect(result.assessments).toHaveLength(raws.length);
  expect(result.assessments.map((a) => a.id)).toEqual(raws.map((r) => (r as { id: unknown }).id));
}

describe('fuzzing', () => {
  it('random text never makes parseFileText throw, and every refusal has a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json(), fc.string().map((s) => `{"type":"${FILE_TYPE}"${s}`)), (text) => {
        const parsed = parseFileText(text);
        if (!parsed.ok) expect(parsed.message).toMatch(/\.$/);
        checkNeverPartial(text);
      }),
      { numRuns: 500 },
    );
  });

  it('anything at all as a payload never makes readPayload throw', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withBigInt: true }), (payload) => {
        const result = readPayload(payload, EDITIONS);
        expect(result.ok ? result.assessments : result.message).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('truncating, flipping characters, deleting keys and changing types never make reading throw or half-succeed', () => {
    const text = exported([sample('a1'), startReassessment(sample('a2'), 'a3', 'Autumn', NOW), markReceived(sample('a4'), 'x.json', NOW)], 'backup', true);
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
        let mutated = text;
        for (const mutate of mutations) {
          try {
            mutated = mutate(mutated);
          } catch {
            // A structural mutation needs JSON; once the text is broken, only text mutations apply.
          }
        }
        checkNeverPartial(mutated);
      }),
      { numRuns: 1000 },
    );
  });
});
