import { describe, expect, it, vi } from 'vitest';
import type { HiringRound } from '../../src/domain/panel/panel.ts';
import { roundFileText, scorecardFileText } from '../../src/lib/panel-files.ts';
import { createPanelStore } from '../../src/state/panel-store.ts';
import { listRounds, listScorecards, loadRound, saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { buildRound, buildScorecard, SUBMITTED } from '../builders/panel.ts';
import { fileOf } from '../lib/file-like.ts';
import { freshStores } from '../stores.ts';

const EXPORTED = '2024-05-02T09:00:00.000Z';
const round: HiringRound = buildRound();
const card = buildScorecard(round, 'p1', { scores: { c1: { '1': { level: 'proficient', note: 'Clear plan.' } }, c2: { '2': { level: 'leading' } } }, submittedAt: SUBMITTED });

async function roundFile(changed: HiringRound) {
  return fileOf(await roundFileText(changed, EXPORTED), 'round.json');
}

describe('a round file whose round is already here', () => {
  it('opens an unchanged round without asking, and writes nothing', async () => {
    await saveRound(round);
    const panel = freshStores().get(createPanelStore);
    expect(await panel.openRoundFile(await roundFile(round))).toEqual({ status: 'opened', roundId: round.id });
    expect(await loadRound(round.id)).toEqual({ ok: true, round });
  });

  it('asks before replacing, says what differs, and keeps the stored round until the person chooses', async () => {
    await saveRound(round);
    const panel = freshStores().get(createPanelStore);
    const changed: HiringRound = { ...round, positionTitle: 'Deputy CTO', candidates: [{ id: 'c9', name: 'Mallory' }], revision: 2 };
    const outcome = await panel.openRoundFile(await roundFile(changed));
    expect(outcome).toMatchObject({ status: 'ask', offer: { fileName: 'round.json', stored: round, incoming: changed } });
    if (outcome.status !== 'ask') throw new Error('asked');
    expect(outcome.offer.differences).toEqual([
      'Position: “Deputy CTO” in the file, “Chief Technology Officer” here.',
      'The file adds candidates: “Mallory”.',
      'The file leaves out candidates kept here: “Ada Lovelace”, “Grace Hopper”.',
    ]);
    expect(await loadRound(round.id)).toEqual({ ok: true, round });

    expect(await panel.settleRoundFile(outcome.offer, 'keep-both')).toMatchObject({ status: 'opened' });
    const rounds = (await listRounds()).flatMap((r) => (r.ok ? [r.round] : []));
    expect(rounds.map((r) => r.positionTitle).sort()).toEqual(['Chief Technology Officer', 'Deputy CTO (copy from file)']);
    expect(await loadRound(round.id)).toEqual({ ok: true, round });

    expect(await panel.settleRoundFile(outcome.offer, 'replace')).toEqual({ status: 'opened', roundId: round.id });
    expect(await loadRound(round.id)).toEqual({ ok: true, round: changed });
  });
});

describe('scorecards after the round was replaced', () => {
  it('keeps every stored score: importing the same card again changes nothing on disk', async () => {
    await saveRound(round);
    await saveScorecards([card]);
    const panel = freshStores().get(createPanelStore);
    const fewer: HiringRound = { ...round, candidates: round.candidates.slice(0, 1), revision: 2 };
    const asked = await panel.openRoundFile(await roundFile(fewer));
    if (asked.status !== 'ask') throw new Error('asked');
    await panel.settleRoundFile(asked.offer, 'replace');
    await panel.openRound(round.id);
    const refused = await panel.importScorecardFiles([fileOf(await scorecardFileText(round, card, EXPORTED), 'p1.json')]);
    expect(refused).toEqual([
      '“p1.json”: The scorecard is damaged: The saved scorecard is damaged (scores.c2 names candidate “c2”, which the round does not have).',
    ]);
    expect((await listScorecards(round.id)).scorecards).toEqual([card]);

    const sameRound = await panel.importScorecardFiles([fileOf(await scorecardFileText(fewer, { ...card, scores: { c1: card.scores.c1 ?? {} } }, EXPORTED), 'p1.json')]);
    expect(sameRound).toEqual([]);
    expect(panel.store.getState().lastMerge?.notes.map((n) => n.message)).toContain("Alan Turing's scorecard is already here; nothing changed.");
    expect((await listScorecards(round.id)).scorecards).toEqual([card]);
  });

  it('refuses a card submitted later than its file was exported', async () => {
    await saveRound(round);
    const panel = freshStores().get(createPanelStore);
    await panel.openRound(round.id);
    const late = { ...card, submittedAt: '2024-05-03T00:00:00.000Z' };
    const [refusal] = await panel.importScorecardFiles([fileOf(await scorecardFileText(round, late, EXPORTED), 'late.json')]);
    expect(refusal).toBe('“late.json”: The scorecard is damaged: The saved scorecard is damaged (submittedAt is later than the file was exported).');
    expect((await listScorecards(round.id)).scorecards).toEqual([]);
  });
});

describe('importing while IndexedDB cannot be opened', () => {
  it('says the browser is not letting the app store data and what to try, instead of staying on “Reading…” or blaming other tabs', async () => {
    const { createImportStore } = await import('../../src/state/import-store.ts');
    const { exportFileText } = await import('../../src/lib/exchange-files.ts');
    const { ratedAssessment } = await import('../builders/assessment.ts');
    const text = await exportFileText([ratedAssessment()], { kind: 'assessment', includeNotes: true, now: EXPORTED, appVersion: '1' });
    const importer = freshStores().get(createImportStore);
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    await importer.chooseImportFile(fileOf(text, 'sent.json'));
    open.mockRestore();
    expect(importer.store.getState()).toEqual({
      phase: 'invalid',
      fileName: 'sent.json',
      message:
        'This browser is not letting the app save anything (private browsing, or site data turned off). Your answers cannot be kept: open the app in a normal window, or allow site data for it.',
    });
  });
});
