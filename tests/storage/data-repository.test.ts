import { describe, expect, it } from 'vitest';
import { markBackedUp, emptyBackupState } from '../../src/domain/data/backup-reminder.ts';
import { insertAssessment, saveLastAssessmentId, saveReviewer } from '../../src/storage/assessment-repository.ts';
import {
  countStoredData,
  deleteDatabase,
  loadBackupState,
  loadPersistenceOutcome,
  saveBackupState,
  savePersistenceOutcome,
} from '../../src/storage/data-repository.ts';
import { database, DB_NAME, onDeletedElsewhere, openDatabase } from '../../src/storage/db.ts';
import { saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { makeAssessment } from '../builders/assessment.ts';
import { NOTHING_STORED } from '../../src/domain/data/removal.ts';
import { createRound, emptyScorecard } from '../../src/domain/panel/round.ts';

const NOW = '2026-10-01T12:00:00.000Z';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((info) => (info.name ? [info.name] : []));
}

async function storeSomething() {
  await insertAssessment(makeAssessment({ id: 'a1' }));
  await insertAssessment(makeAssessment({ id: 'a2' }));
  let n = 0;
  const round = createRound({
    id: 'r1',
    positionTitle: 'CTO',
    district: 'Lakeside',
    candidates: ['Ana', 'Ben'],
    panelists: [{ name: 'Chair', role: 'Superintendent' }, { name: 'Dee', role: 'Board' }],
    skillAreaIds: ['1'],
    weights: { '1': 1 },
    framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
    now: NOW,
    newId: () => `id${(n += 1)}`,
  });
  await saveRound(round);
  await saveScorecards(round.panelists.map((p) => emptyScorecard(round, p.id, NOW)));
  await saveReviewer({ name: 'Sam', role: 'Superintendent' });
  await saveLastAssessmentId('a1');
}

describe('backup and persistence records in meta', () => {
  it('round-trips the backup state, and starts empty', async () => {
    expect(await loadBackupState()).toEqual(emptyBackupState());
    const state = markBackedUp(emptyBackupState(), [{ id: 'a1', revision: 4, rated: 3, isComplete: false }], NOW);
    await saveBackupState(state);
    expect(await loadBackupState()).toEqual(state);
  });

  it('round-trips the persistence outcome, and reads a damaged one as never asked', async () => {
    expect(await loadPersistenceOutcome()).toBeUndefined();
    await savePersistenceOutcome({ askedAt: NOW, isGranted: false });
    expect(await loadPersistenceOutcome()).toEqual({ askedAt: NOW, isGranted: false });
    const db = await openDatabase();
    await db.put('meta', { askedAt: 'soon', isGranted: 'yes' }, 'persistence');
    db.close();
    expect(await loadPersistenceOutcome()).toBeUndefined();
  });
});

describe('countStoredData', () => {
  it('counts every record, readable or not', async () => {
    expect(await countStoredData()).toEqual(NOTHING_STORED);
    await storeSomething();
    const db = await openDatabase();
    await db.put('assessments', { id: 'broken', recordVersion: 99 });
    db.close();
    expect(await countStoredData()).toEqual({ ...NOTHING_STORED, assessments: 3, rounds: 1, scorecards: 2, hasReviewer: true, settings: 1 });
  });

  it('counts feedback requests with the responses inside them, feedback being given, and CETL log entries, readable or not', async () => {
    const db = await openDatabase();
    await db.put('feedback', { id: 'q1', assessmentId: 'a1', responses: [{ id: 'r1' }, { id: 'r2' }] });
    await db.put('feedback', { id: 'q2', assessmentId: 'a1', responses: [{ id: 'r3' }], recordVersion: 99 });
    await db.put('feedback', { id: 'q3', assessmentId: 'a2', responses: 'broken' });
    await db.put('feedbackDrafts', { requestId: 'other-leader' });
    await db.put('cetl', { id: 'mine', entries: [{}, {}, {}, {}] });
    db.close();
    expect(await countStoredData()).toEqual({ ...NOTHING_STORED, feedbackRequests: 3, feedbackResponses: 3, feedbackDrafts: 1, cetlEntries: 4 });
  });
});

describe('deleteDatabase', () => {
  it('removes the database with everything in it, though the app had it open', async () => {
    await storeSomething();
    expect(await databaseNames()).toContain(DB_NAME);
    let wasBlocked = false;
    await deleteDatabase(() => (wasBlocked = true));
    expect(wasBlocked).toBe(false);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('says when another connection holds it, and finishes once that one closes', async () => {
    await storeSomething();
    // Another tab of an app that does not step aside when asked.
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    let blockedCalls = 0;
    const deletion = deleteDatabase(() => {
      blockedCalls += 1;
      setTimeout(() => other.close(), 10);
    });
    await deletion;
    expect(blockedCalls).toBe(1);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('tells this tab when another tab deletes the database, and does not hold that deletion up', async () => {
    await storeSomething();
    await database();
    let calls = 0;
    const stop = onDeletedElsewhere(() => (calls += 1));
    const wasBlocked = await new Promise<boolean>((resolve, reject) => {
      let blocked = false;
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onblocked = () => (blocked = true);
      request.onsuccess = () => resolve(blocked);
      request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    });
    stop();
    expect({ calls, wasBlocked }).toEqual({ calls: 1, wasBlocked: false });
    expect(await countStoredData()).toMatchObject({ assessments: 0, rounds: 0 });
  });
});
