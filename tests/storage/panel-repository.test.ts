import { describe, expect, it } from 'vitest';
import type { HiringRound, Scorecard } from '../../src/domain/panel/panel.ts';
import { ROUND_RECORD_VERSION, SCORECARD_RECORD_VERSION, toRoundRecord, toScorecardRecord } from '../../src/domain/panel/panel-records.ts';
import type { RoundRead } from '../../src/storage/panel-repository.ts';
import { deleteRound, listRounds, listScorecards, loadRound, saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { StorageError } from '../../src/storage/storage-error.ts';
import type { RoundOptions, ScorecardOptions } from '../builders/panel.ts';
import { buildRound, buildScorecard } from '../builders/panel.ts';
import { caught, putStored, readStored, uncloneable } from './raw-records.ts';

const T1 = '2024-05-01T09:00:00.000Z';
const T2 = '2024-05-02T09:00:00.000Z';
const T3 = '2024-05-03T09:00:00.000Z';

function makeRound(options: RoundOptions = {}): HiringRound {
  return buildRound({ weights: { '1': 2 }, ...options });
}

/** Panelist's card in round `roundId`, by default scored once: Ada (c1) proficient in area 1. */
function makeCard(roundId: string, panelistId: string, options: ScorecardOptions = {}): Scorecard {
  return buildScorecard(makeRound({ id: roundId }), panelistId, { scores: { c1: { '1': { level: 'proficient', note: 'Clear vision' } } }, ...options });
}

function roundIds(reads: RoundRead[]): string[] {
  return reads.map((r) => (r.ok ? r.round.id : `!${r.id}`));
}

function byId(cards: Scorecard[]): Scorecard[] {
  return [...cards].sort((a, b) => a.id.localeCompare(b.id));
}

describe('panel repository: rounds', () => {
  it('loads exactly the round that was saved, stored as a versioned record', async () => {
    const round = makeRound();
    await saveRound(round);
    expect(await loadRound('r1')).toEqual({ ok: true, round });
    expect(await readStored('rounds', 'r1')).toEqual({ recordVersion: ROUND_RECORD_VERSION, ...round });
  });

  it('loads nothing for an id that was never saved', async () => {
    expect(await loadRound('nope')).toBeUndefined();
  });

  it('saving the round again replaces it', async () => {
    await saveRound(makeRound());
    const renamed = { ...makeRound({ positionTitle: 'Director of Technology' }), revision: 2, updatedAt: T2 };
    await saveRound(renamed);
    expect(await loadRound('r1')).toEqual({ ok: true, round: renamed });
    expect(await listRounds()).toHaveLength(1);
  });

  it('lists every round, newest first', async () => {
    await saveRound(makeRound({ id: 'mid', now: T2 }));
    await saveRound(makeRound({ id: 'new', now: T3 }));
    await saveRound(makeRound({ id: 'old', now: T1 }));
    expect(roundIds(await listRounds())).toEqual(['new', 'mid', 'old']);
  });

  it('lists nothing when nothing is stored', async () => {
    expect(await listRounds()).toEqual([]);
  });

  it('lists an unreadable round with the reason, after the readable ones', async () => {
    await saveRound(makeRound({ id: 'good1', now: T1 }));
    await putStored('rounds', { ...toRoundRecord(makeRound({ id: 'bad' })), positionTitle: 42 });
    await putStored('rounds', { ...toRoundRecord(makeRound({ id: 'future' })), recordVersion: ROUND_RECORD_VERSION + 1 });
    await saveRound(makeRound({ id: 'good2', now: T2 }));

    const reads = await listRounds();
    expect(roundIds(reads).slice(0, 2)).toEqual(['good2', 'good1']);
    expect(reads.slice(2)).toEqual(
      expect.arrayContaining([
        { ok: false, id: 'bad', storedKey: 'bad', problem: 'The saved hiring round is damaged (positionTitle is not valid).' },
        { ok: false, id: 'future', storedKey: 'future', problem: 'The hiring round was saved by a newer version of this app. Reload to update the app.' },
      ]),
    );
    expect(reads).toHaveLength(4);
  });

  it('loadRound gives the reason a round cannot be read', async () => {
    await putStored('rounds', { ...toRoundRecord(makeRound()), candidates: [{ id: 'c1', name: '   ' }] });
    expect(await loadRound('r1')).toEqual({ ok: false, id: 'r1', problem: 'The saved hiring round is damaged (candidates.0.name is not valid).' });
  });
});

describe('panel repository: scorecards', () => {
  it('lists one round’s scorecards only, as they were saved', async () => {
    const mine = [makeCard('r1', 'p1'), makeCard('r1', 'p2', { submittedAt: T2, scores: {} })];
    const other = makeCard('r2', 'p1');
    await saveScorecards([...mine, other]);
    const listed = await listScorecards('r1');
    expect({ ...listed, scorecards: byId(listed.scorecards) }).toEqual({ scorecards: mine, damaged: [] });
    expect(await listScorecards('r2')).toEqual({ scorecards: [other], damaged: [] });
    expect(await listScorecards('r3')).toEqual({ scorecards: [], damaged: [] });
    expect(await readStored('scorecards', 'r1--p1')).toEqual({ recordVersion: SCORECARD_RECORD_VERSION, ...makeCard('r1', 'p1') });
  });

  it('lists the round’s unreadable scorecards apart, with the reason and their stored key, not another round’s', async () => {
    const good = makeCard('r1', 'p1');
    await saveScorecards([good]);
    await putStored('scorecards', { ...toScorecardRecord(makeCard('r1', 'p2')), revision: 0 });
    await putStored('scorecards', { ...toScorecardRecord(makeCard('r1', 'p3')), recordVersion: SCORECARD_RECORD_VERSION + 1 });
    await putStored('scorecards', { ...toScorecardRecord(makeCard('r2', 'p1')), scores: 'broken' });

    const damaged = (problem: string) => expect.objectContaining({ problem: expect.stringContaining(problem) as unknown }) as unknown;
    const listed = await listScorecards('r1');
    expect(listed.scorecards).toEqual([good]);
    expect(listed.damaged.map((d) => d.storedKey)).toEqual(['r1--p2', 'r1--p3']);
    expect(listed.damaged).toEqual([damaged('revision'), damaged('newer version')]);
    expect((await listScorecards('r2')).damaged.map((d) => d.storedKey)).toEqual(['r2--p1']);
  });

  it('a newer save of a card replaces the stored one', async () => {
    await saveScorecards([makeCard('r1', 'p1')]);
    const newer = makeCard('r1', 'p1', { now: T2, submittedAt: T2 });
    await saveScorecards([newer]);
    expect(await listScorecards('r1')).toEqual({ scorecards: [newer], damaged: [] });
  });

  it('saving an empty batch is not an error', async () => {
    await expect(saveScorecards([])).resolves.toBeUndefined();
  });

  it('writes a batch whole or not at all: one card that cannot be stored means none is written', async () => {
    const before = makeCard('r1', 'p1');
    await saveScorecards([before]);
    const storedBefore = await readStored('scorecards', 'r1--p1');

    const batch = [
      makeCard('r1', 'p1', { revision: 5, now: T3, scores: {} }),
      makeCard('r1', 'p2'),
      uncloneable(makeCard('r1', 'p3')),
    ];
    const error = await caught(saveScorecards(batch));
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ problem: 'failed', cause: { name: 'DataCloneError' } });

    expect(await readStored('scorecards', 'r1--p1')).toEqual(storedBefore);
    expect(await readStored('scorecards', 'r1--p2')).toBeUndefined();
    expect(await readStored('scorecards', 'r1--p3')).toBeUndefined();
    expect(await listScorecards('r1')).toEqual({ scorecards: [before], damaged: [] });
  });

  it('writes nothing when the only card in the batch cannot be stored, and the next save works', async () => {
    await expect(saveScorecards([uncloneable(makeCard('r1', 'p1'))])).rejects.toBeInstanceOf(StorageError);
    expect(await readStored('scorecards', 'r1--p1')).toBeUndefined();
    await saveScorecards([makeCard('r1', 'p1', { revision: 3 })]);
    expect((await listScorecards('r1')).scorecards).toEqual([makeCard('r1', 'p1', { revision: 3 })]);
  });
});

describe('panel repository: deleteRound', () => {
  it('removes the round and its scorecards, and leaves another round and its scorecards alone', async () => {
    await saveRound(makeRound({ id: 'r1' }));
    await saveRound(makeRound({ id: 'r2', positionTitle: 'Network Manager' }));
    const kept = [makeCard('r2', 'p1'), makeCard('r2', 'p2')];
    await saveScorecards([makeCard('r1', 'p1'), makeCard('r1', 'p2'), ...kept]);
    await putStored('scorecards', { ...toScorecardRecord(makeCard('r1', 'p3')), revision: 'damaged' });

    await deleteRound('r1');

    expect(await loadRound('r1')).toBeUndefined();
    expect(await readStored('rounds', 'r1')).toBeUndefined();
    expect(await listScorecards('r1')).toEqual({ scorecards: [], damaged: [] });
    for (const id of ['r1--p1', 'r1--p2', 'r1--p3']) expect(await readStored('scorecards', id)).toBeUndefined();

    expect(roundIds(await listRounds())).toEqual(['r2']);
    const left = await listScorecards('r2');
    expect({ ...left, scorecards: byId(left.scorecards) }).toEqual({ scorecards: kept, damaged: [] });
  });

  it('deleting a round that is not there is not an error', async () => {
    await saveScorecards([makeCard('r2', 'p1')]);
    await expect(deleteRound('ghost')).resolves.toBeUndefined();
    expect((await listScorecards('r2')).scorecards).toHaveLength(1);
  });
});
