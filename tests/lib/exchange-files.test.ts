import { READ_CONTEXT } from '../domain/shipped-framework.ts';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import type { PlainEnvelope } from '../../src/domain/exchange/exchange-format.ts';
import { exchangeFile, FILE_TYPE, FORMAT_VERSION_PLAIN, MAX_IMPORT_BYTES } from '../../src/domain/exchange/exchange-format.ts';
import { canonicalJson } from '../../src/domain/files/canonical-json.ts';
import type { SealedEnvelope } from '../../src/domain/files/envelope.ts';
import { readEnvelopeText } from '../../src/domain/files/envelope.ts';
import { MESSAGES } from '../../src/domain/files/file-messages.ts';
import { exportFileText, readImportFile } from '../../src/lib/exchange-files.ts';
import { encryptEnvelope, fromBase64, sha256Hex, toBase64 } from '../../src/lib/file-crypto.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { recordV1 } from '../storage/fixtures.ts';
import { fileOf as fileFrom } from './file-like.ts';

const NOW = '2024-05-01T12:00:00.000Z';
/** Few PBKDF2 rounds keep these tests quick; one test below uses the real count. */
const FAST = 1_000;

function sample(id = 'a1'): Assessment {
  return ratedAssessment({
    id,
    respondent: { name: 'Ada' },
    now: NOW,
    ratings: { '1A': 'developing' },
    notes: { '1A': 'Private: ask the cabinet.' },
    plan: [{ id: 'p1', title: 'Shadow the business office', skillAreaIds: ['2'], status: 'done', evidence: 'Private evidence' }],
    comments: [{ id: 'c1', text: 'Well argued.', author: 'Grace', authorRole: 'Superintendent' }],
  });
}

function fileOf(text: string | Uint8Array, name = 'spring-review.json') {
  return fileFrom(text, name);
}

function plainExport(assessments = [sample()], includeNotes = true): Promise<string> {
  return exportFileText(assessments, { kind: 'assessment', includeNotes, now: NOW, appVersion: '1.2.3' });
}

function sealedExport(passphrase: string, assessments = [sample()]): Promise<string> {
  return exportFileText(assessments, { kind: 'assessment', includeNotes: true, passphrase, now: NOW, appVersion: '1.2.3', iterations: FAST });
}

function read(text: string, passphrase?: string) {
  return readImportFile(fileOf(text), { passphrase, context: READ_CONTEXT });
}

describe('exportFileText: a plain file', () => {
  it('is indented JSON of a plain envelope whose checksum is the SHA-256 of the canonical payload', async () => {
    const text = await plainExport();
    expect(text).toContain('\n  "type": "edtech-leader-self-assessment",\n');
    const envelope = JSON.parse(text) as PlainEnvelope;
    expect(envelope).toMatchObject({ type: FILE_TYPE, formatVersion: FORMAT_VERSION_PLAIN, encrypted: false, payload: { kind: 'assessment', exportedAt: NOW, appVersion: '1.2.3' } });
    expect(envelope.checksum).toEqual({ algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(envelope.payload)) });
  });

  it('reads back as the same assessments', async () => {
    const assessments = [sample('a1'), sample('a2')];
    const text = await exportFileText(assessments, { kind: 'backup', includeNotes: true, now: NOW, appVersion: '1.2.3' });
    expect(await read(text)).toEqual({ status: 'ok', kind: 'backup', exportedAt: NOW, assessments });
  });

  it('leaves notes and evidence out unless asked for', async () => {
    const text = await plainExport([sample()], false);
    expect(text).not.toContain('Private');
    const outcome = await read(text);
    expect(outcome.status === 'ok' && outcome.assessments[0]).toMatchObject({ answers: { '1A': { current: 'developing' } }, pdPlan: [{ evidence: '' }], comments: [{ text: 'Well argued.' }] });
  });

  it('refuses an empty passphrase rather than writing an unprotected file', async () => {
    await expect(exportFileText([sample()], { kind: 'assessment', includeNotes: true, passphrase: '', now: NOW, appVersion: '1' })).rejects.toThrow(/passphrase/);
  });
});

describe('readImportFile: checksum', () => {
  it.each([
    ['a rating', (t: string) => t.replace('"current": "developing"', '"current": "leading"')],
    ['the title', (t: string) => t.replace('"title": "Spring review"', '"title": "Autumn review"')],
    ['the export time', (t: string) => t.replace(`"exportedAt": "${NOW}"`, '"exportedAt": "2025-01-01T00:00:00.000Z"')],
    ['a record added by hand', (t: string) => t.replace('"assessments": [', `"assessments": [${JSON.stringify({ ...recordV1, id: 'extra' })},`)],
    ['the checksum itself', (t: string) => t.replace(/"value": "[0-9a-f]{4}/, '"value": "0000')],
  ])('refuses a plain file after %s was edited, as changed or damaged', async (_label, edit) => {
    const text = await plainExport();
    const edited = edit(text);
    expect(edited).not.toBe(text);
    expect(await read(edited)).toMatchObject({ status: 'invalid', message: MESSAGES.changed });
    expect(MESSAGES.changed).toMatch(/changed or damaged after it was exported/);
  });

  it('accepts a file whose layout alone changed (re-indented, keys reordered)', async () => {
    const envelope = JSON.parse(await plainExport()) as PlainEnvelope;
    const reordered = { payload: { assessments: envelope.payload.assessments, appVersion: '1.2.3', exportedAt: NOW, kind: 'assessment' }, checksum: envelope.checksum, encrypted: false, formatVersion: 1, type: FILE_TYPE };
    expect(await read(JSON.stringify(reordered))).toMatchObject({ status: 'ok', assessments: [sample()] });
  });
});

describe('readImportFile: passphrase-protected files', () => {
  it('round-trips with the right passphrase, and shows nothing in clear', async () => {
    const text = await sealedExport('correct horse');
    expect(text).not.toMatch(/Spring review|Private|Grace/);
    expect(readEnvelopeText(text, exchangeFile(READ_CONTEXT))).toMatchObject({ ok: true, sealed: true });
    expect(await read(text, 'correct horse')).toEqual({ status: 'ok', kind: 'assessment', exportedAt: NOW, assessments: [sample()] });
  });

  it('asks for the passphrase when none (or an empty one) is given', async () => {
    const text = await sealedExport('correct horse');
    expect(await read(text)).toEqual({ status: 'needs-passphrase' });
    expect(await read(text, '')).toEqual({ status: 'needs-passphrase' });
  });

  it('says the passphrase is wrong, and gives nothing else', async () => {
    const outcome = await read(await sealedExport('correct horse'), 'correct hose');
    expect(outcome).toEqual({ status: 'wrong-passphrase', message: 'The passphrase is not right, or the file was changed after it was exported.' });
    expect(Object.keys(outcome).sort()).toEqual(['message', 'status']);
  });

  it('cannot tell a changed ciphertext from a wrong passphrase, and says both', async () => {
    const envelope = JSON.parse(await sealedExport('correct horse')) as SealedEnvelope;
    const bytes = fromBase64(envelope.data);
    bytes[10] = (bytes[10] ?? 0) ^ 0xff;
    const outcome = await read(JSON.stringify({ ...envelope, data: toBase64(bytes) }), 'correct horse');
    expect(outcome).toEqual({ status: 'wrong-passphrase', message: expect.stringMatching(/changed after it was exported/) as unknown });
  });

  it('refuses a protected file that opens to a plain file with the wrong checksum', async () => {
    const text = await plainExport();
    const plain = JSON.parse(text) as PlainEnvelope;
    const sealed = await encryptEnvelope({ ...plain, checksum: { algorithm: 'SHA-256', value: '0'.repeat(64) } }, 'pw', { iterations: FAST });
    expect(await read(JSON.stringify(sealed), 'pw')).toMatchObject({ status: 'invalid', message: MESSAGES.changed });
  });

  it('refuses a protected file that opens to something other than a plain export', async () => {
    const inner = (await encryptEnvelope(JSON.parse(await plainExport()) as PlainEnvelope, 'pw', { iterations: FAST })) as unknown as PlainEnvelope;
    const twice = await encryptEnvelope(inner, 'pw', { iterations: FAST });
    expect(await read(JSON.stringify(twice), 'pw')).toMatchObject({ status: 'invalid', message: MESSAGES.sealedDamaged });
  });

  it('refuses a header with an iv of the wrong length as damaged, not as a wrong passphrase', async () => {
    const envelope = JSON.parse(await sealedExport('pw')) as SealedEnvelope;
    const broken = { ...envelope, encryption: { ...envelope.encryption, iv: toBase64(new Uint8Array(4)) } };
    expect(await read(JSON.stringify(broken), 'pw')).toMatchObject({ status: 'invalid', message: MESSAGES.sealedDamaged });
  });

  it('uses 600,000 PBKDF2 rounds by default, and reads them from the file', async () => {
    const text = await exportFileText([sample()], { kind: 'assessment', includeNotes: true, passphrase: 'slow and strong', now: NOW, appVersion: '1' });
    expect((JSON.parse(text) as SealedEnvelope).encryption.iterations).toBe(600_000);
    expect(await read(text, 'slow and strong')).toMatchObject({ status: 'ok', assessments: [sample()] });
  });
});

describe('readImportFile: other refusals', () => {
  it('passes on the reason a file is not ours', async () => {
    expect(await read('Grouping,Skill area,Indicator\r\nI,1,1A\r\n')).toMatchObject({ status: 'invalid', message: MESSAGES.csv });
    expect(await read('')).toMatchObject({ status: 'invalid', message: MESSAGES.empty });
  });

  it('refuses a review file with more comments than an assessment may hold, or a comment longer than the app lets anyone write', async () => {
    const base = sample();
    const comment = base.comments[0];
    if (!comment) throw new Error('the sample has a comment');
    const tooMany = { ...base, comments: Array.from({ length: 501 }, (_, i) => ({ ...comment, id: `c${i}` })) };
    expect(await read(await plainExport([tooMany]))).toMatchObject({ status: 'invalid', message: expect.stringMatching(/comments/) as unknown });
    const tooLong = { ...base, comments: [{ ...comment, text: 'x'.repeat(5_001) }] };
    expect(await read(await plainExport([tooLong]))).toMatchObject({ status: 'invalid', message: expect.stringMatching(/comments\.0\.text/) as unknown });
    const atTheLimits = { ...base, comments: Array.from({ length: 500 }, (_, i) => ({ ...comment, id: `c${i}`, text: 'x'.repeat(5_000) })) };
    expect(await read(await plainExport([atTheLimits]))).toMatchObject({ status: 'ok' });
  });

  it('refuses an edition this app does not have, naming it, even when the checksum is right', async () => {
    const other = { ...sample(), framework: { editionId: 'cosn-cto-2031', dataVersion: 1 } };
    expect(await read(await plainExport([other]))).toMatchObject({ status: 'invalid', message: expect.stringContaining('“cosn-cto-2031”') as unknown });
  });

  it('reads a file of exactly the size limit', async () => {
    const text = await plainExport();
    const outcome = await readImportFile({ ...fileOf(text), size: MAX_IMPORT_BYTES }, { context: READ_CONTEXT });
    expect(outcome.status).toBe('ok');
  });

  it('refuses text longer than the limit even when the file claimed to be small', async () => {
    const outcome = await readImportFile({ ...fileOf(' '.repeat(MAX_IMPORT_BYTES + 1)), size: 10 }, { context: READ_CONTEXT });
    expect(outcome).toMatchObject({ status: 'invalid', message: expect.stringContaining('20 MB') as unknown });
  });

  it('turns a file that cannot be read into a message, never a rejection', async () => {
    const outcome = await readImportFile({ name: 'gone.json', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }, { context: READ_CONTEXT });
    expect(outcome).toMatchObject({ status: 'invalid', message: MESSAGES.unreadable });
  });
});
