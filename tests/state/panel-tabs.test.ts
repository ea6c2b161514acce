import { describe, expect, it } from 'vitest';
import type { HiringRound, Scorecard } from '../../src/domain/panel/panel.ts';
import { toScorecardRecord } from '../../src/domain/panel/panel-records.ts';
import { createPanelStore } from '../../src/state/panel-store.ts';
import { CHANNEL_NAME } from '../../src/storage/change-feed.ts';
import { listScorecards, saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { buildRound, buildScorecard } from '../builders/panel.ts';
import { putStored } from '../storage/raw-records.ts';
import { freshStores } from '../stores.ts';

const T1 = '2024-05-01T09:00:00.000Z';
const T2 = '2024-05-01T10:00:00.000Z';

const round: HiringRound = buildRound({
  positionTitle: 'CTO',
  district: 'North',
  candidates: ['Ada'],
  panelists: [{ name: 'Alan', role: 'Superintendent' }],
  skillAreaIds: ['1'],
});

const card = (note: string, revision: number, updatedAt = T1): Scorecard =>
  buildScorecard(round, 'p1', { scores: { c1: { '1': { level: 'developing', note } } }, now: updatedAt, revision });

/** Another tab of the app: its own connection and channel. */
async function writeAsOtherTab(scorecard: Scorecard, { announce = true } = {}): Promise<void> {
  await putStored('scorecards', toScorecardRecord(scorecard));
  if (announce) {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.postMessage([{ store: 'scorecards', id: scorecard.id }]);
    channel.close();
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

async function openRound() {
  await saveRound(round);
  await saveScorecards([card('First thoughts.', 2)]);
  const panel = freshStores().get(createPanelStore);
  await panel.openRound('r1');
  // On the chair's (shared) device a panelist scores behind their PIN.
  expect(await panel.setPin('p1', '1234')).toBeUndefined();
  return panel;
}

const noteShown = (panel: Awaited<ReturnType<typeof openRound>>) => panel.store.getState().scorecards[0]?.scores.c1?.['1']?.note;

describe('two tabs on one scorecard', () => {
  it('shows the other tab’s saved card without a reload', async () => {
    const panel = await openRound();
    await writeAsOtherTab(card('Their thoughts.', 3, T2));
    await until(() => noteShown(panel) === 'Their thoughts.');
    expect(panel.store.getState().saveState).toBe('saved');
  });

  it('refuses this tab’s stale edit, keeps the typed note on screen, and loads theirs when asked', async () => {
    const panel = await openRound();
    await writeAsOtherTab(card('Their thoughts.', 3, T2), { announce: false });

    panel.scoreCandidate('p1', 'c1', '1', { note: 'Typed here while behind.' });
    await until(() => panel.store.getState().saveState === 'conflict');
    expect(panel.store.getState().saveProblem).toMatch(/changed in another tab/);
    panel.scoreCandidate('p1', 'c1', '1', { note: 'Typed here while behind, and more.' });
    expect(noteShown(panel)).toBe('Typed here while behind, and more.');
    expect((await listScorecards('r1')).scorecards[0]?.scores.c1?.['1']?.note).toBe('Their thoughts.');

    await panel.loadNewestScores();
    expect(noteShown(panel)).toBe('Their thoughts.');
    expect(panel.store.getState()).toMatchObject({ saveState: 'saved', saveProblem: undefined });
    panel.scoreCandidate('p1', 'c1', '1', { note: 'Agreed.' });
    expect((await listScorecards('r1')).scorecards[0]?.scores.c1?.['1']?.note).toBe('Agreed.');
  });
});
