import { describe, expect, it } from 'vitest';
import type { HiringRound } from '../../src/domain/panel/panel.ts';
import { submitCandidate } from '../../src/domain/panel/round.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { buildRound, buildScorecard } from '../builders/panel.ts';
import { exportFileText } from '../../src/lib/exchange-files.ts';
import { fileOf } from './file-like.ts';
import { readPanelFile, roundArchiveText, roundFileText, scorecardFileText } from '../../src/lib/panel-files.ts';

const NOW = '2024-05-02T12:00:00.000Z';
const round: HiringRound = { ...buildRound(), consensus: { c1: { '1': { level: 'proficient', note: 'Agreed', at: NOW } } } };
const cards = [
  submitCandidate(round, buildScorecard(round, 'p1', { scores: { c1: { '1': { level: 'leading', note: 'private' } } } }), 'c1', NOW),
  buildScorecard(round, 'p2', { scores: { c1: { '1': { level: 'not-observed' } } } }),
];

describe('the round archive and the panel files the Import screen recognises', () => {
  it('carries the round and every raw scorecard under one checksum, and reads back whole', async () => {
    const text = await roundArchiveText(round, cards, NOW);
    expect(JSON.parse(text)).toMatchObject({ type: 'edtech-leader-round-archive', checksum: { algorithm: 'SHA-256' } });
    expect(await readPanelFile(fileOf(text, 'archive.json'))).toEqual({ ok: true, file: { kind: 'archive', archive: { round, scorecards: cards } } });
  });

  it('refuses an archive changed after it was written, saying so, and changes nothing', async () => {
    const text = (await roundArchiveText(round, cards, NOW)).replace('"leading"', '"emerging"');
    expect(await readPanelFile(fileOf(text, 'archive.json'))).toMatchObject({
      ok: false,
      message: 'The file was changed or damaged after it was exported. Ask for it to be exported again.',
    });
  });

  it('tells a round file from a scorecard file, and leaves any other file to its own reader', async () => {
    expect(await readPanelFile(fileOf(await roundFileText(round, NOW), 'round.json'))).toEqual({ ok: true, file: { kind: 'round', round } });
    const card = cards[0];
    if (!card) throw new Error('no card');
    expect(await readPanelFile(fileOf(await scorecardFileText(round, card, NOW), 'card.json'))).toEqual({
      ok: true,
      file: { kind: 'scorecard', scorecard: card, positionTitle: 'Chief Technology Officer' },
    });
    const assessment = await exportFileText([ratedAssessment()], { kind: 'assessment', includeNotes: true, now: NOW, appVersion: '1' });
    expect(await readPanelFile(fileOf(assessment, 'assessment.json'))).toBeUndefined();
  });
});
