import { afterEach, describe, expect, it } from 'vitest';
import { indicatorsOf } from '../../src/domain/framework/framework.ts';
import { useAssessmentListStore, loadAssessmentList, startAssessment } from '../../src/state/assessment-list-store.ts';
import { openAssessment, rateIndicator, useAssessmentStore, whenSaved } from '../../src/state/assessment-store.ts';
import { backupEverything, dismissBackupReminder, refreshBackupReminder, useBackupStore } from '../../src/state/backup-store.ts';
import { loadFramework } from '../../src/state/content-loader.ts';
import { deleteAllData, loadDataOverview, useDataStore } from '../../src/state/data-store.ts';
import { loadRounds, startRound, usePanelStore } from '../../src/state/panel-store.ts';
import { loadBackupState, loadPersistenceOutcome } from '../../src/storage/data-repository.ts';
import { saveReviewer } from '../../src/storage/assessment-repository.ts';
import { DB_NAME } from '../../src/storage/db.ts';

/** A browser's StorageManager, as far as the app uses it. */
function fakeStorageManager(answer: boolean) {
  const calls = { persist: 0 };
  let isPersisted = false;
  const manager = {
    estimate: () => Promise.resolve({ usage: 2_500_000, quota: 1_000_000_000 }),
    persisted: () => Promise.resolve(isPersisted),
    persist: () => {
      calls.persist += 1;
      isPersisted = answer;
      return Promise.resolve(answer);
    },
  };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: manager });
  return calls;
}

/** Cache Storage with named caches, as a service worker leaves it. */
function fakeCaches(names: string[]) {
  const kept = new Set(names);
  const storage = {
    keys: () => Promise.resolve([...kept]),
    delete: (name: string) => Promise.resolve(kept.delete(name)),
  };
  Object.defineProperty(globalThis, 'caches', { configurable: true, value: storage });
  return kept;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
  Reflect.deleteProperty(globalThis, 'caches');
  localStorage.clear();
});

const eventually = async (check: () => Promise<unknown>) => {
  for (let i = 0; i < 50 && !(await check()); i += 1) await new Promise((r) => setTimeout(r, 10));
};

async function rateFirst(count: number, from = 0) {
  const framework = await loadFramework();
  for (const indicator of indicatorsOf(framework).slice(from, from + count)) rateIndicator(indicator.id, 'proficient');
  await whenSaved();
}

describe('asking for persistent storage', () => {
  it('asks once, on the first new assessment, and records the answer', async () => {
    const calls = fakeStorageManager(false);
    await startAssessment({ title: 'First', respondent: {} });
    await eventually(() => loadPersistenceOutcome());
    expect(await loadPersistenceOutcome()).toMatchObject({ isGranted: false });
    await startAssessment({ title: 'Second', respondent: {} });
    await startRound({ positionTitle: 'CTO', district: 'X', candidates: ['A'], panelists: [{ name: 'P', role: '' }], skillAreaIds: ['1'], weights: {} });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.persist).toBe(1);
  });

  it('does nothing where the browser has no such API, and the work is saved all the same', async () => {
    const created = await startAssessment({ title: 'No API', respondent: {} });
    expect(created).toBeDefined();
    await new Promise((r) => setTimeout(r, 50));
    expect(await loadPersistenceOutcome()).toBeUndefined();
    expect(useAssessmentListStore.getState().items).toHaveLength(1);
  });
});

describe('the backup reminder', () => {
  it('appears after significant work, waits after "not now", and goes after a backup', async () => {
    const assessment = await startAssessment({ title: 'Work', respondent: {} });
    await openAssessment(assessment?.id ?? '');
    await rateFirst(14);
    await refreshBackupReminder();
    expect(useBackupStore.getState().work).toBeUndefined();

    await rateFirst(1, 14);
    await refreshBackupReminder();
    expect(useBackupStore.getState().work).toMatchObject({ newRatings: 15 });

    await dismissBackupReminder();
    await refreshBackupReminder();
    expect(useBackupStore.getState().work).toBeUndefined();
    expect((await loadBackupState()).dismissedAt).toBeDefined();

    await rateFirst(15, 15);
    await refreshBackupReminder();
    expect(useBackupStore.getState().work).toMatchObject({ newRatings: 15 });

    const { count } = await backupEverything();
    expect(count).toBe(1);
    const stored = await loadBackupState();
    expect(stored.lastBackupAt).toBeDefined();
    await refreshBackupReminder();
    expect(useBackupStore.getState()).toEqual({ work: undefined, lastBackupAt: stored.lastBackupAt });
  });
});

describe('deleting all data', () => {
  it('removes the database, caches and app keys, resets every store, and says exactly what went', async () => {
    fakeStorageManager(true);
    const kept = fakeCaches(['workbox-precache-v2', 'app-runtime']);
    localStorage.setItem('edtech-leader:something', '1');
    localStorage.setItem('another-app', 'theirs');
    const first = await startAssessment({ title: 'One', respondent: {} });
    await startAssessment({ title: 'Two', respondent: {} });
    await startRound({ positionTitle: 'CTO', district: 'X', candidates: ['A'], panelists: [{ name: 'P', role: '' }], skillAreaIds: ['1'], weights: {} });
    await saveReviewer({ name: 'Sam', role: 'Superintendent' });
    await openAssessment(first?.id ?? '');
    await loadAssessmentList();
    await loadRounds();
    await loadDataOverview();
    expect(useDataStore.getState().counts).toMatchObject({ assessments: 2, rounds: 1, scorecards: 0, hasReviewer: true });

    await deleteAllData();

    expect(useDataStore.getState().deletion).toEqual({
      phase: 'done',
      message: "Removed 2 assessments, 1 hiring round, your saved reviewer name, the app's remembered settings and 2 offline caches.",
    });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    expect(kept.size).toBe(0);
    expect(localStorage.getItem('edtech-leader:something')).toBeNull();
    expect(localStorage.getItem('another-app')).toBe('theirs');
    expect(useAssessmentListStore.getState()).toMatchObject({ status: 'loading', items: [] });
    expect(useAssessmentStore.getState().status).toBe('idle');
    expect(usePanelStore.getState()).toMatchObject({ status: 'idle', rounds: [] });
    expect(useDataStore.getState().counts).toMatchObject({ assessments: 0, rounds: 0, scorecards: 0 });
  });
});
