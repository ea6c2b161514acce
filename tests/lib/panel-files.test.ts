import { READ_CONTEXT } from '../domain/shipped-framework.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/files/canonical-json.ts';
import { MESSAGES } from '../../src/domain/files/file-messages.ts';
import type { HiringRound, Scorecard } from '../../src/domain/panel/panel.ts';
import { emptyScorecard, submitScorecard } from '../../src/domain/panel/round.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { roundTripRound, roundTripScorecard } from '../builders/panel.ts';
import { exportFileText } from '../../src/lib/exchange-files.ts';
import { sha256Hex } from '../../src/lib/file-crypto.ts';
import { fileOf as fileFrom } from './file-like.ts';
import { readRoundFile, readScorecardFile, roundFileText, scorecardFileText } from '../../src/lib/panel-files.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const LATER = '2024-05-02T08:15:00.000Z';
const FIVE_MB = 5 * 1024 * 1024;

const CHANGED = 'The file was changed or damaged after it was exported. Ask for it to be exported again.';
const NOT_A_SCORECARD = 'This is not a scorecard file from a panelist. Ask each panelist for the file from “Export scorecard”.';
const NOT_A_ROUND = 'This is not a hiring-round file. Ask the chair for the file from “Export the round for panelists”.';
const PROTO = 'The file holds data that is not allowed (a "__proto__" key). It was not imported.';

const round: HiringRound = roundTripRound({ now: NOW });
const draft: Scorecard = roundTripScorecard(round, 'Clear "vision" <b>statement</b> — café', NOW);
const card = submitScorecard(draft, LATER);

function fileOf(text: string | Uint8Array, name = 'scorecard.json') {
  return fileFrom(text, name);
}

const scorecardText = () => scorecardFileText(round, card, LATER);
const roundText = () => roundFileText(round, NOW);

type Json = Record<string, unknown>;

/** Edits the parsed file, then writes it back, keeping the body's checksum right if asked. */
async function edited(text: string, body: 'scorecard' | 'round', edit: (envelope: Json) => void, options: { fixChecksum: boolean }): Promise<string> {
  const envelope = JSON.parse(text) as Json;
  edit(envelope);
  if (options.fixChecksum) envelope.checksum = { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(envelope[body])) };
  return JSON.stringify(envelope, null, 2);
}

function assessmentExport(): Promise<string> {
  const assessment = ratedAssessment({ respondent: { name: 'Ada' }, now: NOW, ratings: { '1A': 'developing' } });
  return exportFileText([assessment], { kind: 'assessment', includeNotes: true, now: NOW, appVersion: '1.2.3' });
}

describe('scorecard files', () => {
  it('read back as the same scorecard, with the round’s position title', async () => {
    const text = await scorecardText();
    expect(JSON.parse(text)).toMatchObject({ type: 'edtech-leader-scorecard', formatVersion: 1, exportedAt: LATER, round: { id: round.id, positionTitle: round.positionTitle } });
    expect(await readScorecardFile(fileOf(text), READ_CONTEXT, round)).toEqual({ ok: true, scorecard: card, positionTitle: 'Chief Technology Officer' });
  });

  it('round-trips a draft that is not submitted and has no scores', async () => {
    const empty = emptyScorecard(round, 'p2', NOW);
    expect(await readScorecardFile(fileOf(await scorecardFileText(round, empty, NOW)), READ_CONTEXT, round)).toEqual({ ok: true, scorecard: empty, positionTitle: round.positionTitle });
  });

  it('accepts a file whose layout alone changed (a BOM, no indentation, keys reordered)', async () => {
    const envelope = JSON.parse(await scorecardText()) as Json;
    const reordered = Object.fromEntries(Object.entries(envelope).reverse());
    expect(await readScorecardFile(fileOf(`\uFEFF${JSON.stringify(reordered)}\n`), READ_CONTEXT, round)).toMatchObject({ ok: true, scorecard: card });
  });
});

describe('round files', () => {
  it('read back as the same round', async () => {
    const text = await roundText();
    expect(JSON.parse(text)).toMatchObject({ type: 'edtech-leader-hiring-round', formatVersion: 1, exportedAt: NOW });
    expect(await readRoundFile(fileOf(text, 'round.json'), READ_CONTEXT)).toEqual({ ok: true, round });
  });
});

describe('bad panel files get a message, never a rejection', () => {
  const pdf = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
  const notJson = 'Candidate,Skill area,Weight\r\nAda Lovelace,Leadership and Vision,1\r\n';

  it.each([
    ['an empty file', '', MESSAGES.empty],
    ['a file of blank lines', '\n  \n', MESSAGES.empty],
    ['a PDF', pdf, MESSAGES.pdf],
    ['text that is not JSON', notJson, MESSAGES.notOurs],
  ])('%s', async (_label, text, message) => {
    expect(await readScorecardFile(fileOf(text), READ_CONTEXT, round)).toMatchObject({ ok: false, message });
    expect(await readRoundFile(fileOf(text), READ_CONTEXT)).toMatchObject({ ok: false, message });
  });

  it('truncated JSON', async () => {
    const scorecard = await scorecardText();
    const roundFile = await roundText();
    expect(await readScorecardFile(fileOf(scorecard.slice(0, scorecard.length / 2)), READ_CONTEXT, round)).toMatchObject({ ok: false, message: MESSAGES.truncated });
    expect(await readRoundFile(fileOf(roundFile.slice(0, -1)), READ_CONTEXT)).toMatchObject({ ok: false, message: MESSAGES.truncated });
  });

  it('the wrong kind of file: a scorecard given as a round, a round as a scorecard, an assessment export as either', async () => {
    expect(await readRoundFile(fileOf(await scorecardText()), READ_CONTEXT)).toMatchObject({ ok: false, message: NOT_A_ROUND });
    expect(await readScorecardFile(fileOf(await roundText()), READ_CONTEXT, round)).toMatchObject({ ok: false, message: NOT_A_SCORECARD });
    const assessment = await assessmentExport();
    expect(await readScorecardFile(fileOf(assessment), READ_CONTEXT, round)).toMatchObject({ ok: false, message: NOT_A_SCORECARD });
    expect(await readRoundFile(fileOf(assessment), READ_CONTEXT)).toMatchObject({ ok: false, message: NOT_A_ROUND });
  });

  it('JSON that is not an object at all', async () => {
    for (const text of ['[1, 2, 3]', '"edtech-leader-scorecard"', 'null', '42']) {
      expect(await readScorecardFile(fileOf(text), READ_CONTEXT, round)).toMatchObject({ ok: false, message: NOT_A_SCORECARD });
    }
  });

  it('a newer format version', async () => {
    const scorecard = await edited(await scorecardText(), 'scorecard', (e) => (e.formatVersion = 2), { fixChecksum: false });
    expect(await readScorecardFile(fileOf(scorecard), READ_CONTEXT, round)).toMatchObject({ ok: false, message: MESSAGES.newer });
    const roundFile = await edited(await roundText(), 'round', (e) => (e.formatVersion = 2), { fixChecksum: false });
    expect(await readRoundFile(fileOf(roundFile), READ_CONTEXT)).toMatchObject({ ok: false, message: MESSAGES.newer });
  });

  it('a format version that is not a whole number from 1 up', async () => {
    for (const bad of ['1', 0, -1, 1.5, null]) {
      const scorecard = await edited(await scorecardText(), 'scorecard', (e) => (e.formatVersion = bad), { fixChecksum: false });
      expect(await readScorecardFile(fileOf(scorecard), READ_CONTEXT, round)).toMatchObject({ ok: false, message: 'The file is damaged: it does not say which format it is in.' });
    }
  });

  it('a "__proto__" key, wherever it is', async () => {
    const text = await scorecardText();
    const inScores = text.replace('"scores": {', '"scores": {\n "__proto__": { "isAdmin": true },');
    const atTop = text.replace('{', '{ "__proto__": { "type": "edtech-leader-scorecard" },');
    expect(inScores).not.toBe(text);
    expect(await readScorecardFile(fileOf(inScores), READ_CONTEXT, round)).toMatchObject({ ok: false, message: PROTO });
    expect(await readScorecardFile(fileOf(atTop), READ_CONTEXT, round)).toMatchObject({ ok: false, message: PROTO });
    expect(({} as Json).isAdmin).toBeUndefined();
    const roundFile = (await roundText()).replace('"weights": {', '"weights": { "__proto__": 1,');
    expect(await readRoundFile(fileOf(roundFile), READ_CONTEXT)).toMatchObject({ ok: false, message: PROTO });
  });

  it.each([
    ['a level', (t: string) => t.replace('"level": "proficient"', '"level": "leading"')],
    ['a note', (t: string) => t.replace('Ask about the bond campaign', 'Ask about the bond')],
    ['the submission time', (t: string) => t.replace(`"submittedAt": "${LATER}"`, `"submittedAt": "${NOW}"`)],
    ['the checksum itself', (t: string) => t.replace(/"value": "[0-9a-f]{4}/, '"value": "0000')],
    ['the checksum, removed', (t: string) => t.replace(/"checksum": \{[^}]*\},/, '')],
  ])('a scorecard file after %s was edited, as changed or damaged', async (_label, edit) => {
    const text = await scorecardText();
    const changed = edit(text);
    expect(changed).not.toBe(text);
    expect(await readScorecardFile(fileOf(changed), READ_CONTEXT, round)).toMatchObject({ ok: false, message: CHANGED });
  });

  it('a round file after a candidate’s name was edited, as changed or damaged', async () => {
    const text = await roundText();
    const changed = text.replace('"Grace Hopper"', '"Grace Brewster Hopper"');
    expect(changed).not.toBe(text);
    expect(await readRoundFile(fileOf(changed), READ_CONTEXT)).toMatchObject({ ok: false, message: CHANGED });
  });

  it('a damaged scorecard whose checksum was recomputed to match, naming what is wrong', async () => {
    const text = await scorecardText();
    const badRevision = await edited(text, 'scorecard', (e) => ((e.scorecard as Json).revision = 0), { fixChecksum: true });
    expect(await readScorecardFile(fileOf(badRevision), READ_CONTEXT, round)).toMatchObject({ ok: false, message: 'The scorecard is damaged: The saved scorecard is damaged (revision is not valid).' });
    const wrongId = await edited(text, 'scorecard', (e) => ((e.scorecard as Json).id = 'someone-else'), { fixChecksum: true });
    expect(await readScorecardFile(fileOf(wrongId), READ_CONTEXT, round)).toMatchObject({ ok: false, message: 'The scorecard is damaged: The saved scorecard is damaged (id is not valid).' });
    const noCard = await edited(text, 'scorecard', (e) => delete e.scorecard, { fixChecksum: true });
    expect(await readScorecardFile(fileOf(noCard), READ_CONTEXT, round)).toMatchObject({ ok: false, message: expect.stringMatching(/^The (scorecard is damaged|file was changed)/) as unknown });
  });

  it('a damaged round whose checksum was recomputed to match', async () => {
    const text = await edited(
      await roundText(),
      'round',
      (e) => {
        const r = e.round as { candidates: { id: string; name: string }[] };
        r.candidates = [r.candidates[0] ?? { id: 'x', name: 'x' }, { id: r.candidates[0]?.id ?? 'x', name: 'Twin' }];
      },
      { fixChecksum: true },
    );
    expect(await readRoundFile(fileOf(text), READ_CONTEXT)).toMatchObject({ ok: false, message: 'The hiring round in the file is damaged: The saved hiring round is damaged (candidates.1.id is not valid).' });
  });

  it('a file over 5 MB, without reading it', async () => {
    const huge = {
      name: 'huge.json',
      size: FIVE_MB + 1,
      arrayBuffer: (): Promise<ArrayBuffer> => {
        throw new Error('a file this large must not be read');
      },
    };
    const message = 'The file is too large (over 5 MB) to be a panel file.';
    expect(await readScorecardFile(huge, READ_CONTEXT, round)).toMatchObject({ ok: false, message });
    expect(await readRoundFile(huge, READ_CONTEXT)).toMatchObject({ ok: false, message });
  });

  it('reads a file of exactly 5 MB', async () => {
    expect(await readScorecardFile({ ...fileOf(await scorecardText()), size: FIVE_MB }, READ_CONTEXT, round)).toMatchObject({ ok: true, scorecard: card });
  });

  it('a file the browser cannot read', async () => {
    const gone = { name: 'gone.json', size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readScorecardFile(gone, READ_CONTEXT, round)).toMatchObject({ ok: false, message: 'The file could not be read.' });
    expect(await readRoundFile(gone, READ_CONTEXT)).toMatchObject({ ok: false, message: 'The file could not be read.' });
  });
});

type Path = (string | number)[];

/** Every place in a parsed JSON value, the root included. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value) ? value.map((_v, i) => i) : Object.keys(value);
  return [path, ...children.flatMap((key) => pathsIn((value as Record<string | number, unknown>)[key], [...path, key]))];
}

function setAt(root: unknown, path: Path, replacement: unknown, isDelete: boolean): unknown {
  if (path.length === 0) return isDelete ? undefined : replacement;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (isDelete) delete parent[last];
  else parent[last] = replacement;
  return root;
}

const textMutation = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.string({ unit: 'binary', maxLength: 12 }) });
const jsonMutation = fc.record({ pick: fc.nat(), isDelete: fc.boolean(), replacement: fc.jsonValue({ maxDepth: 3 }), fixChecksum: fc.boolean() });

describe('readScorecardFile: fuzzed files', () => {
  it('never rejects whatever is cut from or put into the text', async () => {
    const text = await scorecardText();
    await fc.assert(
      fc.asyncProperty(fc.array(textMutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        let mutated = text;
        for (const { at, cut, insert } of mutations) {
          const i = at % (mutated.length + 1);
          mutated = mutated.slice(0, i) + insert + mutated.slice(i + cut);
        }
        const result = await readScorecardFile(fileOf(mutated), READ_CONTEXT, round);
        if (!result.ok) expect(result.message).toMatch(/\S/);
      }),
      { numRuns: 300 },
    );
  });

  it('never rejects whatever value is put at or removed from any place, with or without a matching checksum', async () => {
    const text = await scorecardText();
    await fc.assert(
      fc.asyncProperty(fc.array(jsonMutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        let value: unknown = JSON.parse(text);
        let fixChecksum = false;
        for (const { pick, isDelete, replacement, fixChecksum: fix } of mutations) {
          const places = pathsIn(value);
          value = setAt(value, places[pick % places.length] ?? [], replacement, isDelete);
          fixChecksum ||= fix;
        }
        if (fixChecksum && typeof value === 'object' && value !== null && !Array.isArray(value)) {
          const envelope = value as Json;
          envelope.checksum = { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(envelope.scorecard)) };
        }
        const result = await readScorecardFile(fileOf(JSON.stringify(value) ?? ''), READ_CONTEXT, round);
        if (result.ok) expect(result.scorecard.id).toBe(`${result.scorecard.roundId}--${result.scorecard.panelistId}`);
        else expect(result.message).toMatch(/\S/);
      }),
      { numRuns: 300 },
    );
  });
});
