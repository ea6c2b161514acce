import { READ_CONTEXT } from '../domain/shipped-framework.ts';
import { describe, expect, it } from 'vitest';
import { createAssessment, rateIndicator } from '../../src/domain/assessment/assessment.ts';
import { MESSAGES } from '../../src/domain/files/file-messages.ts';
import type { HiringRound } from '../../src/domain/panel/panel.ts';
import { createRound, emptyScorecard, scoreArea } from '../../src/domain/panel/round.ts';
import { exportFileText, readImportFile } from '../../src/lib/exchange-files.ts';
import { readRoundFile, readScorecardFile, roundFileText, scorecardFileText } from '../../src/lib/panel-files.ts';
import { decodeFileBytes } from '../../src/lib/read-file-text.ts';
import { fileOf } from './file-like.ts';

const NOW = '2024-05-01T12:00:00.000Z';
/** Beyond ASCII on purpose: an accent, a curly quote and a character outside the BMP (a surrogate pair in UTF-16). */
const WORDS = 'Café “vision” 😀';

/** Text as UTF-16 code units in the given byte order, with or without a byte order mark. */
function utf16(text: string, order: 'le' | 'be', hasMark = true): Uint8Array {
  const units = (hasMark ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i += 1) view.setUint16(i * 2, units.charCodeAt(i), order === 'le');
  return bytes;
}

function utf8(text: string, hasMark = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return hasMark ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

describe('decodeFileBytes', () => {
  it.each([
    ['UTF-8', utf8(WORDS)],
    ['UTF-8 with a byte order mark', utf8(WORDS, true)],
    ['UTF-16 LE with a byte order mark', utf16(WORDS, 'le')],
    ['UTF-16 BE with a byte order mark', utf16(WORDS, 'be')],
  ])('reads %s as the same text, without the mark', (_label, bytes) => {
    expect(decodeFileBytes(bytes)).toEqual({ ok: true, text: WORDS });
  });

  it.each([
    ['UTF-16 LE without a mark', utf16('{"type":"x"}', 'le', false)],
    ['UTF-16 BE without a mark', utf16('{"type":"x"}', 'be', false)],
    ['Latin-1 (not UTF-8)', new Uint8Array([0x7b, 0x22, 0x43, 0x61, 0x66, 0xe9, 0x22, 0x7d])],
    ['UTF-16 LE cut in the middle of a character', utf16('{}', 'le').slice(0, 5)],
    ['UTF-32 LE with its mark', new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0])],
    ['a zip file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xb7, 0xac])],
  ])('refuses %s instead of reading part of it', (_label, bytes) => {
    expect(decodeFileBytes(bytes)).toEqual({ ok: false, problem: { code: 'not-text', path: [] } });
  });

  it('still calls a binary PDF a PDF', () => {
    const pdf = new Uint8Array([...utf8('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]);
    expect(decodeFileBytes(pdf)).toEqual({ ok: false, problem: { code: 'pdf', path: [] } });
  });
});

const round: HiringRound = createRound({
  id: 'round-2024',
  positionTitle: `Chief Technology Officer — ${WORDS}`,
  district: 'Springfield USD',
  framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
  candidates: ['Ada Lovelace', 'Grace Hopper'],
  panelists: [{ name: 'Alan Turing', role: 'Superintendent' }],
  skillAreaIds: ['1', '2'],
  weights: { '1': 2 },
  weightReason: 'Leadership matters most in this post.',
  now: NOW,
  newId: (() => {
    let n = 0;
    return () => `id-${(n += 1)}`;
  })(),
});
const card = scoreArea(emptyScorecard(round, 'id-3', NOW), 'id-1', '1', { level: 'proficient', note: WORDS }, NOW);
const assessment = rateIndicator(createAssessment({ id: 'a1', title: WORDS, respondent: { name: 'Ada' }, framework: { editionId: 'cosn-cto-2009', dataVersion: 1 }, now: NOW }), '1A', 'developing', NOW);

const encodings: [string, (text: string) => Uint8Array][] = [
  ['UTF-8 with a byte order mark', (text) => utf8(text, true)],
  ['UTF-16 LE with a byte order mark', (text) => utf16(text, 'le')],
  ['UTF-16 BE with a byte order mark', (text) => utf16(text, 'be')],
];

describe('files saved again in another encoding (as a text editor on Windows may)', () => {
  it.each(encodings)('opens a scorecard file in %s', async (_label, encode) => {
    expect(await readScorecardFile(fileOf(encode(await scorecardFileText(round, card, NOW))), READ_CONTEXT, round)).toEqual({ ok: true, scorecard: card, positionTitle: round.positionTitle });
  });

  it.each(encodings)('opens a round file in %s', async (_label, encode) => {
    expect(await readRoundFile(fileOf(encode(await roundFileText(round, NOW))), READ_CONTEXT)).toEqual({ ok: true, round });
  });

  it.each(encodings)('imports an assessment file in %s', async (_label, encode) => {
    const text = await exportFileText([assessment], { kind: 'assessment', includeNotes: true, now: NOW, appVersion: '1' });
    expect(await readImportFile(fileOf(encode(text)), { context: READ_CONTEXT })).toEqual({ status: 'ok', kind: 'assessment', exportedAt: NOW, assessments: [assessment] });
  });

  it('refuses UTF-16 without a byte order mark, and text that is not UTF-8, with the same clear message', async () => {
    const scorecard = await scorecardFileText(round, card, NOW);
    // "é" as Latin-1 writes it: one byte that UTF-8 cannot start a character with before plain ASCII.
    const latin1 = new Uint8Array([...utf8(scorecard.slice(0, 20)), 0xe9, ...utf8(scorecard.slice(20))]);
    for (const bytes of [utf16(scorecard, 'le', false), utf16(scorecard, 'be', false), latin1]) {
      expect(await readScorecardFile(fileOf(bytes), READ_CONTEXT, round)).toMatchObject({ ok: false, message: MESSAGES.notText });
      expect(await readRoundFile(fileOf(bytes), READ_CONTEXT)).toMatchObject({ ok: false, message: MESSAGES.notText });
      expect(await readImportFile(fileOf(bytes), { context: READ_CONTEXT })).toMatchObject({ status: 'invalid', message: MESSAGES.notText });
    }
    expect(MESSAGES.notText).toMatch(/^The app cannot read this file’s text: it is not UTF-8/);
  });
});
