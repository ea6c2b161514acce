import { READ_CONTEXT } from '../domain/shipped-framework.ts';
import { describe, expect, it } from 'vitest';
import { createAssessment, rateIndicator } from '../../src/domain/assessment/assessment.ts';
import { exchangeFile } from '../../src/domain/exchange/exchange-format.ts';
import { canonicalJson } from '../../src/domain/files/canonical-json.ts';
import type { FileProblemCode } from '../../src/domain/files/file-problem.ts';
import type { HiringRound } from '../../src/domain/panel/panel.ts';
import { scorecardFile } from '../../src/domain/panel/panel-file-kinds.ts';
import { createRound, emptyScorecard } from '../../src/domain/panel/round.ts';
import type { FileLike } from '../../src/lib/read-file-text.ts';
import { exportFileText, readImportFile } from '../../src/lib/exchange-files.ts';
import { encryptEnvelope, sha256Hex, toBase64 } from '../../src/lib/file-crypto.ts';
import { readScorecardFile, scorecardFileText } from '../../src/lib/panel-files.ts';
import { fileOf } from './file-like.ts';

/**
 * One file for every refusal code, each with the exact sentence the person is shown. A new code fails the
 * coverage test below until it has a file and a sentence here.
 */
const NOW = '2024-05-01T12:00:00.000Z';
const APP = 'EdTech Leader Self-Assessment';
const CHOOSE = `Choose the .json file made with “Export” in ${APP}.`;
const NOT_TEXT = 'The app cannot read this file’s text: it is not UTF-8 (nor UTF-16 with a byte order mark), or it is not a text file at all. If it was opened and saved in another program, ask for the file again, or export it again.';

type Json = Record<string, unknown>;
type Case = [code: FileProblemCode, file: () => Promise<FileLike>, message: string];

const huge: FileLike = { name: 'huge.json', size: 30 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) };
const gone: FileLike = { name: 'gone.json', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
const text = (value: string) => () => Promise.resolve(fileOf(value));
const bytes = (value: number[]) => () => Promise.resolve(fileOf(new Uint8Array(value)));

const assessment = rateIndicator(createAssessment({ id: 'a1', title: 'Spring review', respondent: { name: 'Ada' }, framework: { editionId: 'cosn-cto-2009', dataVersion: 1 }, now: NOW }), '1A', 'developing', NOW);
const exported = (assessments = [assessment], kind: 'assessment' | 'backup' = 'assessment') => exportFileText(assessments, { kind, includeNotes: true, now: NOW, appVersion: '1' });

/** The export file after an edit to its parsed envelope, the checksum made right again so only the edit counts. */
function editedExport(edit: (payload: { assessments: Json[] }) => void) {
  return async () => {
    const envelope = JSON.parse(await exported()) as { payload: { assessments: Json[] }; checksum: { value: string } };
    edit(envelope.payload);
    envelope.checksum.value = await sha256Hex(canonicalJson(envelope.payload));
    return fileOf(JSON.stringify(envelope));
  };
}

const exchangeCases: Case[] = [
  ['too-big', () => Promise.resolve(huge), 'This file is 30.0 MB, more than the 20 MB the app can import. Check that it is an export file from this app.'],
  ['unreadable', () => Promise.resolve(gone), 'The file could not be read. Check that it is still where it was (not on a removed drive), then try again.'],
  ['not-text', bytes([0x7b, 0xe9, 0x7d]), NOT_TEXT],
  ['empty', text(' \n'), `The file is empty. ${CHOOSE}`],
  ['pdf', text('%PDF-1.7\n'), `This is a PDF. PDFs are for reading and printing; the app cannot import them. ${CHOOSE}`],
  ['csv', text('Grouping,Skill area,Indicator\r\nI,1,1A\r\n'), `This is not an export file from ${APP}: it looks like a CSV file. CSV exports are for spreadsheets and cannot be imported. ${CHOOSE}`],
  ['not-json', text('Dear Ada, here are my notes.'), `This is not an export file from ${APP}. ${CHOOSE}`],
  ['too-complex', text(`{"type":"edtech-leader-self-assessment","deep":${'['.repeat(5000)}${']'.repeat(5000)}}`), `This file holds data nested more than 16 levels deep, more than any file this app makes, so it was not opened. Nothing was imported. Ask for the file again, or export it again.`],
  ['truncated', async () => fileOf((await exported()).slice(0, 100)), 'The file is incomplete or damaged: it ends too early or has been edited. Ask for the file again, or export it again.'],
  ['unsafe-key', async () => fileOf((await exported()).replace('"payload":', '"__proto__": {"x": 1}, "payload":')), `The file says it comes from ${APP}, but part of it is missing or damaged (__proto__ is not allowed). Ask for the file again, or export it again.`],
  ['wrong-type', text('{"name":"package","version":"1.0.0"}'), `This is a JSON file, but not one exported by ${APP}. ${CHOOSE}`],
  ['newer-format', async () => fileOf((await exported()).replace('"formatVersion": 1', '"formatVersion": 3')), 'This file was made by a newer version of the app; update the app (reload it while online), then import the file again.'],
  ['bad-envelope', async () => fileOf((await exported()).replace('"algorithm": "SHA-256"', '"algorithm": "MD5"')), `The file says it comes from ${APP}, but part of it is missing or damaged (checksum.algorithm is not valid). Ask for the file again, or export it again.`],
  ['checksum-mismatch', async () => fileOf((await exported()).replace('"Spring review"', '"Autumn review"')), 'This file was changed or damaged after it was exported, so it cannot be trusted. Nothing was imported. Ask for the file again, or export it again.'],
  [
    'sealed-damaged',
    async () => {
      const sealed = await encryptEnvelope(JSON.parse(await exported()) as { type: string; formatVersion: number }, 'pw', { iterations: 1000 });
      return fileOf(JSON.stringify({ ...sealed, encryption: { ...sealed.encryption, iv: toBase64(new Uint8Array(4)) } }));
    },
    'The protected file is damaged and cannot be opened. Ask for the file again, or export it again.',
  ],
  ['bad-record', editedExport((p) => void (p.assessments[0] = { ...p.assessments[0], revision: 0 })), 'Assessment 1 of 1 “Spring review” in this file is damaged (revision is not valid). Nothing was imported. Ask for the file again, or export it again.'],
  [
    'unknown-edition',
    editedExport((p) => void (p.assessments[0] = { ...p.assessments[0], framework: { editionId: 'cosn-cto-2031', dataVersion: 1 } })),
    'Assessment “Spring review” uses the framework edition “cosn-cto-2031”, which this version of the app does not have. Update the app (reload it while online), then import the file again. Nothing was imported.',
  ],
  ['duplicate-record', async () => fileOf(await exported([assessment, assessment], 'backup')), 'The file holds the assessment “Spring review” more than once (id a1). Nothing was imported. Ask for the file again, or export it again.'],
  ['no-records', async () => fileOf(await exported([])), 'The file holds no assessment. Nothing was imported. Ask for the file again, or export it again.'],
];

const round: HiringRound = createRound({
  id: 'r1',
  positionTitle: 'CTO',
  district: '',
  framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
  candidates: ['Ada'],
  panelists: [{ name: 'Alan', role: '' }],
  skillAreaIds: ['1'],
  weights: {},
  now: NOW,
  newId: (() => {
    let n = 0;
    return () => `id-${(n += 1)}`;
  })(),
});
const scorecard = () => scorecardFileText(round, emptyScorecard(round, 'id-2', NOW), NOW);
const CHANGED = 'The file was changed or damaged after it was exported. Ask for it to be exported again.';

const scorecardCases: Case[] = [
  ['too-big', () => Promise.resolve(huge), 'The file is too large (over 5 MB) to be a panel file.'],
  ['unreadable', () => Promise.resolve(gone), 'The file could not be read.'],
  ['not-text', bytes([0x7b, 0, 0x7d, 0]), NOT_TEXT],
  ['empty', text(''), `The file is empty. ${CHOOSE}`],
  ['pdf', text('%PDF-1.4'), `This is a PDF. PDFs are for reading and printing; the app cannot import them. ${CHOOSE}`],
  ['csv', text('Candidate,Score\r\nAda,3\r\n'), `This is not an export file from ${APP}. ${CHOOSE}`],
  ['not-json', text('hello'), `This is not an export file from ${APP}. ${CHOOSE}`],
  // 20 lists of 20 lists of 150 numbers: no list longer than a panel file's 200, more than 60,000 entries in all.
  ['too-complex', text(`[${Array(20).fill(`[${Array(20).fill(`[${Array(150).fill(1).join(',')}]`).join(',')}]`).join(',')}]`), `This file holds more than 60,000 entries, more than any file this app makes, so it was not opened. Nothing was imported. Ask for the file again, or export it again.`],
  ['too-complex', text(`{"type":"x","scorecard":{"scores":[${'1,'.repeat(200)}1]}}`), `This file holds a list of more than 200 entries (scorecard.scores), more than any file this app makes, so it was not opened. Nothing was imported. Ask for the file again, or export it again.`],
  ['too-complex', text(`{"type":"x","scorecard":{"scores":{"k1":{"1":{"note":"${'n'.repeat(130_000)}"}}}}}`), `This file holds a text longer than 123,002 characters (scorecard.scores.k1.1.note), more than any file this app makes, so it was not opened. Nothing was imported. Ask for the file again, or export it again.`],
  ['too-complex', text(`{"list":[1,"${'n'.repeat(130_000)}"]}`), `This file holds a text longer than 123,002 characters (list.1), more than any file this app makes, so it was not opened. Nothing was imported. Ask for the file again, or export it again.`],
  ['truncated', async () => fileOf((await scorecard()).slice(0, -2)), 'The file is incomplete or damaged: it ends too early or has been edited. Ask for the file again, or export it again.'],
  ['unsafe-key', async () => fileOf((await scorecard()).replace('"scores": {}', '"scores": { "__proto__": {} }')), 'The file holds data that is not allowed (a "__proto__" key). It was not imported.'],
  ['wrong-type', async () => fileOf(await exported()), 'This is not a scorecard file from a panelist. Ask each panelist for the file from “Export scorecard”.'],
  ['newer-format', async () => fileOf((await scorecard()).replace('"formatVersion": 1', '"formatVersion": 7')), 'This file was made by a newer version of the app; update the app (reload it while online), then import the file again.'],
  ['bad-envelope', async () => fileOf((await scorecard()).replace('"formatVersion": 1', '"formatVersion": "one"')), 'The file is damaged: it does not say which format it is in.'],
  ['checksum-mismatch', async () => fileOf((await scorecard()).replace('"revision": 1', '"revision": 2')), CHANGED],
  [
    'bad-record',
    async () => {
      const envelope = JSON.parse(await scorecard()) as { scorecard: Json; checksum: { value: string } };
      envelope.scorecard.recordVersion = 9;
      envelope.checksum.value = await sha256Hex(canonicalJson(envelope.scorecard));
      return fileOf(JSON.stringify(envelope));
    },
    'The scorecard is damaged: The scorecard was saved by a newer version of this app. Reload to update the app.',
  ],
];

/** Codes a scorecard file cannot meet: it is never sealed and holds one record of no edition. */
const NOT_FOR_PANEL_FILES: FileProblemCode[] = ['sealed-damaged', 'unknown-edition', 'duplicate-record', 'no-records'];

describe('every refusal of an exchange file shows its own sentence', () => {
  it.each(exchangeCases)('%s', async (code, file, message) => {
    // A passphrase changes nothing for a plain file, and lets the damaged protected one be opened as far as it goes.
    expect(await readImportFile(await file(), { context: READ_CONTEXT, passphrase: 'pw' })).toEqual({ status: 'invalid', problem: expect.objectContaining({ code }) as unknown, message });
  });

  it('covers every code there is', () => {
    expect(exchangeCases.map(([code]) => code).sort()).toEqual(Object.keys(exchangeFile(READ_CONTEXT).messages).sort());
  });
});

describe('every refusal of a scorecard file shows its own sentence', () => {
  it.each(scorecardCases)('%s', async (code, file, message) => {
    expect(await readScorecardFile(await file(), READ_CONTEXT, round)).toEqual({ ok: false, problem: expect.objectContaining({ code }) as unknown, message });
  });

  it('covers every code a panel file can meet', () => {
    const codes = [...new Set(scorecardCases.map(([code]) => code)), ...NOT_FOR_PANEL_FILES].sort();
    expect(codes).toEqual(Object.keys(scorecardFile(READ_CONTEXT, round).messages).sort());
  });
});
