import { describe, expect, it } from 'vitest';
import type { HiringRound } from '../../src/domain/panel/panel.ts';
import { submitCandidate } from '../../src/domain/panel/round.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { READ_CONTEXT } from '../domain/shipped-framework.ts';
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
    expect(await readPanelFile(fileOf(text, 'archive.json'), READ_CONTEXT)).toEqual({ ok: true, file: { kind: 'archive', archive: { round, scorecards: cards } } });
  });

  it('refuses an archive changed after it was written, saying so, and changes nothing', async () => {
    const text = (await roundArchiveText(round, cards, NOW)).replace('"leading"', '"emerging"');
    expect(await readPanelFile(fileOf(text, 'archive.json'), READ_CONTEXT)).toMatchObject({
      ok: false,
      message: 'The file was changed or damaged after it was exported. Ask for it to be exported again.',
    });
  });

  it('tells a round file from a scorecard file, and leaves any other file to its own reader', async () => {
    expect(await readPanelFile(fileOf(await roundFileText(round, NOW), 'round.json'), READ_CONTEXT)).toEqual({ ok: true, file: { kind: 'round', round } });
    const card = cards[0];
    if (!card) throw new Error('no card');
    expect(await readPanelFile(fileOf(await scorecardFileText(round, card, NOW), 'card.json'), READ_CONTEXT)).toEqual({
      ok: true,
      file: { kind: 'scorecard', roundId: round.id, positionTitle: 'Chief Technology Officer' },
    });
    const assessment = await exportFileText([ratedAssessment()], { kind: 'assessment', includeNotes: true, now: NOW, appVersion: '1' });
    expect(await readPanelFile(fileOf(assessment, 'assessment.json'), READ_CONTEXT)).toBeUndefined();
  });

  it('refuses an archive whose scorecard names a panelist the round does not have, or a level the rubric does not', async () => {
    const stranger = { ...buildScorecard(round, 'p1'), id: `${round.id}--px`, panelistId: 'px' };
    expect(await readPanelFile(fileOf(await roundArchiveText(round, [stranger], NOW), 'archive.json'), READ_CONTEXT)).toMatchObject({
      ok: false,
      message: expect.stringContaining('scorecards.0.panelistId names panelist “px”, which the round does not have') as unknown,
    });
    const odd = buildScorecard(round, 'p1', { scores: { c1: { '1': { level: 'legendary' } } } });
    expect(await readPanelFile(fileOf(await roundArchiveText(round, [odd], NOW), 'archive.json'), READ_CONTEXT)).toMatchObject({
      ok: false,
      message: expect.stringContaining('rubric level “legendary”') as unknown,
    });
  });
});
