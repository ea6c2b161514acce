import { afterEach, describe, expect, it } from 'vitest';
import { indicatorsOf } from '../../src/domain/framework/framework.ts';
import { createAssessmentListStore } from '../../src/state/assessment-list-store.ts';
import type { AssessmentStore } from '../../src/state/assessment-store.ts';
import { createAssessmentStore } from '../../src/state/assessment-store.ts';
import { createBackupStore } from '../../src/state/backup-store.ts';
import { loadFramework } from '../../src/state/content-loader.ts';
import { createDataStore } from '../../src/state/data-store.ts';
import { createPanelStore } from '../../src/state/panel-store.ts';
import { freshStores } from '../stores.ts';
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

/** A fresh set of the app's stores, as the screens of one tab use them. */
function app() {
  const stores = freshStores();
  return {
    list: stores.get(createAssessmentListStore),
    open: stores.get(createAssessmentStore),
    backup: stores.get(createBackupStore),
    data: stores.get(createDataStore),
    panel: stores.get(createPanelStore),
  };
}

async function rateFirst(open: AssessmentStore, count: number, from = 0) {
  const framework = await loadFramework();
  for (const indicator of indicatorsOf(framework).slice(from, from + count)) open.rateIndicator(indicator.id, 'proficient');
}

describe('asking for persistent storage', () => {
  it('asks once, on the first new assessment, and records the answer', async () => {
    const calls = fakeStorageManager(false);
    const { list, panel } = app();
    await list.startAssessment({ title: 'First', respondent: {} });
    await eventually(() => loadPersistenceOutcome());
    expect(await loadPersistenceOutcome()).toMatchObject({ isGranted: false });
    await list.startAssessment({ title: 'Second', respondent: {} });
    await panel.startRound({ positionTitle: 'CTO', district: 'X', candidates: ['A'], panelists: [{ name: 'P', role: '' }], skillAreaIds: ['1'], weights: {} });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.persist).toBe(1);
  });

  it('does nothing where the browser has no such API, and the work is saved all the same', async () => {
    const { list } = app();
    const created = await list.startAssessment({ title: 'No API', respondent: {} });
    expect(created).toBeDefined();
    await new Promise((r) => setTimeout(r, 50));
    expect(await loadPersistenceOutcome()).toBeUndefined();
    expect(list.store.getState().items).toHaveLength(1);
  });
});

describe('the backup reminder', () => {
  it('appears after significant work, waits after "not now", and goes after a backup', async () => {
    const { list, open, backup } = app();
    const assessment = await list.startAssessment({ title: 'Work', respondent: {} });
    await open.openAssessment(assessment?.id ?? '');
    await rateFirst(open, 14);
    await backup.refreshBackupReminder();
    expect(backup.store.getState().work).toBeUndefined();

    await rateFirst(open, 1, 14);
    await backup.refreshBackupReminder();
    expect(backup.store.getState().work).toMatchObject({ newRatings: 15 });

    await backup.dismissBackupReminder();
    await backup.refreshBackupReminder();
    expect(backup.store.getState().work).toBeUndefined();
    expect((await loadBackupState()).dismissedAt).toBeDefined();

    await rateFirst(open, 15, 15);
    await backup.refreshBackupReminder();
    expect(backup.store.getState().work).toMatchObject({ newRatings: 15 });

    const { count } = await backup.backupEverything();
    expect(count).toBe(1);
    const stored = await loadBackupState();
    expect(stored.lastBackupAt).toBeDefined();
    await backup.refreshBackupReminder();
    expect(backup.store.getState()).toEqual({ work: undefined, lastBackupAt: stored.lastBackupAt });
  });
});

describe('deleting all data', () => {
  it('removes the database, caches and app keys, resets every store, and says exactly what went', async () => {
    fakeStorageManager(true);
    const kept = fakeCaches(['workbox-precache-v2', 'app-runtime']);
    localStorage.setItem('edtech-leader:something', '1');
    localStorage.setItem('another-app', 'theirs');
    const { list, open, data, panel } = app();
    const first = await list.startAssessment({ title: 'One', respondent: {} });
    await list.startAssessment({ title: 'Two', respondent: {} });
    await panel.startRound({ positionTitle: 'CTO', district: 'X', candidates: ['A'], panelists: [{ name: 'P', role: '' }], skillAreaIds: ['1'], weights: {} });
    await saveReviewer({ name: 'Sam', role: 'Superintendent' });
    await open.openAssessment(first?.id ?? '');
    await list.loadAssessmentList();
    await panel.loadRounds();
    await data.loadDataOverview();
    expect(data.store.getState().counts).toMatchObject({ assessments: 2, rounds: 1, scorecards: 0, hasReviewer: true });

    await data.deleteAllData();

    expect(data.store.getState().deletion).toEqual({
      phase: 'done',
      message: "Removed 2 assessments, 1 hiring round, your saved reviewer name, the app's remembered settings and 2 offline caches.",
    });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    expect(kept.size).toBe(0);
    expect(localStorage.getItem('edtech-leader:something')).toBeNull();
    expect(localStorage.getItem('another-app')).toBe('theirs');
    expect(list.store.getState()).toMatchObject({ status: 'loading', items: [] });
    expect(open.store.getState().status).toBe('idle');
    expect(panel.store.getState()).toMatchObject({ status: 'idle', rounds: [] });
    expect(data.store.getState().counts).toMatchObject({ assessments: 0, rounds: 0, scorecards: 0 });
  });
});
