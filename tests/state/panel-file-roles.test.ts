import { describe, expect, it } from 'vitest';
import type { HiringRound } from '../../src/domain/panel/panel.ts';
import { roundFileText, scorecardFileText } from '../../src/lib/panel-files.ts';
import { handToPanel } from '../../src/state/panel-import.ts';
import { createPanelStore } from '../../src/state/panel-store.ts';
import { loadPanelistDevice } from '../../src/storage/panel-device.ts';
import { listScorecards, loadRound, saveRound } from '../../src/storage/panel-repository.ts';
import { buildRound, buildScorecard, SUBMITTED } from '../builders/panel.ts';
import { fileOf } from '../lib/file-like.ts';
import { freshStores } from '../stores.ts';

const EXPORTED = '2024-05-02T09:00:00.000Z';
/** A round on the December 2019 edition, covering its Data Privacy and Security area. */
const round2019: HiringRound = buildRound({ framework: { editionId: 'cosn-cto-2019', dataVersion: 1 }, skillAreaIds: ['1', 'DPS'] });

describe('a round file opened on another device', () => {
  it('makes that a panelist’s device for the round, on either edition, and leaves the chair’s own device the chair’s', async () => {
    const panel = freshStores().get(createPanelStore);
    const file = fileOf(await roundFileText(round2019, EXPORTED), 'round.json');
    expect(await panel.openRoundFile(file)).toEqual({ status: 'opened', roundId: round2019.id });
    expect(await loadRound(round2019.id)).toEqual({ ok: true, round: round2019 });
    expect(await loadPanelistDevice(round2019.id)).toEqual({});

    const chairs = buildRound({ id: 'r-chair' });
    await saveRound(chairs);
    expect(await panel.openRoundFile(fileOf(await roundFileText(chairs, EXPORTED), 'round.json'))).toEqual({ status: 'opened', roundId: 'r-chair' });
    expect(await loadPanelistDevice('r-chair')).toBeUndefined();
  });

  it('refuses a round whose consensus names a level the rubric does not have, and writes nothing', async () => {
    const panel = freshStores().get(createPanelStore);
    const odd: HiringRound = { ...round2019, consensus: { c1: { DPS: { level: 'legendary', note: '', at: EXPORTED } } } };
    const outcome = await panel.openRoundFile(fileOf(await roundFileText(odd, EXPORTED), 'round.json'));
    expect(outcome).toEqual({
      status: 'refused',
      message: expect.stringContaining('consensus.c1.DPS.level names rubric level “legendary”, which this version of the app does not have') as unknown,
    });
    expect(await loadRound(round2019.id)).toBeUndefined();
    expect(await loadPanelistDevice(round2019.id)).toBeUndefined();
  });
});

describe('the main Import screen hands panel files to the panel', () => {
  it('opens a new round, and puts a changed copy of a stored round to the panel’s question with the file loaded', async () => {
    const scope = freshStores();
    expect(await handToPanel(scope, fileOf(await roundFileText(round2019, EXPORTED), 'round.json'))).toEqual({ status: 'round', roundId: round2019.id });
    const changed = { ...round2019, positionTitle: 'Deputy CTO', revision: 2 };
    expect(await handToPanel(scope, fileOf(await roundFileText(changed, EXPORTED), 'changed.json'))).toEqual({ status: 'question' });
    expect(scope.get(createPanelStore).store.getState().roundOffer).toMatchObject({ fileName: 'changed.json', incoming: changed, stored: round2019 });
    expect(await loadRound(round2019.id)).toEqual({ ok: true, round: round2019 });
  });

  it('merges a scorecard into its round on the chair’s device, read against that round, and refuses one that names a stranger', async () => {
    const scope = freshStores();
    await saveRound(round2019);
    const card = buildScorecard(round2019, 'p1', { scores: { c1: { DPS: { level: 'not-observed' }, '1': { level: 'leading' } } }, submittedAt: SUBMITTED });
    const handed = await handToPanel(scope, fileOf(await scorecardFileText(round2019, card, EXPORTED), 'p1.json'));
    expect(handed).toEqual({ status: 'round', roundId: round2019.id });
    expect((await listScorecards(round2019.id)).scorecards).toEqual([card]);

    const stranger = buildScorecard(round2019, 'p2', { scores: { c1: { '1': { level: 'leading' } } }, submittedAt: SUBMITTED });
    const withStranger = { ...stranger, scores: { ...stranger.scores, stranger: { '1': { level: 'leading' } } } };
    const refused = await handToPanel(scope, fileOf(await scorecardFileText(round2019, withStranger, EXPORTED), 'p2.json'));
    expect(refused).toEqual({ status: 'refused', message: expect.stringContaining('names candidate “stranger”, which the round does not have') as unknown });
    expect((await listScorecards(round2019.id)).scorecards).toEqual([card]);
  });

  it('says plainly when a scorecard’s round is not on this device, or when this is a panelist’s own device, and stores nothing', async () => {
    const scope = freshStores();
    const card = buildScorecard(round2019, 'p1', { scores: { c1: { '1': { level: 'leading' } } }, submittedAt: SUBMITTED });
    const text = await scorecardFileText(round2019, card, EXPORTED);
    expect(await handToPanel(scope, fileOf(text, 'p1.json'))).toEqual({
      status: 'refused',
      message: 'This is a panelist’s scorecard for “Chief Technology Officer”, and that round is not on this device. Import it on the chair’s device, where the round was set up.',
    });
    await scope.get(createPanelStore).openRoundFile(fileOf(await roundFileText(round2019, EXPORTED), 'round.json'));
    expect(await handToPanel(scope, fileOf(text, 'p1.json'))).toEqual({ status: 'refused', message: expect.stringContaining('This device scores for one panelist') as unknown });
    expect((await listScorecards(round2019.id)).scorecards).toEqual([]);
  });
});
