import { create } from 'zustand';
import type { PersistenceOutcome } from '../domain/data/data-records.ts';
import type { StoredCounts } from '../domain/data/removal.ts';
import { describeRemoval } from '../domain/data/removal.ts';
import { APP_STORAGE_PREFIX } from '../config/app.ts';
import { errorMessage } from '../lib/error-message.ts';
import { countStoredData, deleteDatabase, loadPersistenceOutcome } from '../storage/data-repository.ts';
import type { StorageUse } from '../storage/device-storage.ts';
import { deleteOfflineCaches, estimateStorage, isStoragePersisted, removeBrowserKeys } from '../storage/device-storage.ts';
import { whenSaved } from './assessment-store.ts';
import { resetUserStores } from './reset-stores.ts';
import { whenPanelSaved } from './panel-store.ts';
import { askAndRecordPersistence } from './persistence.ts';

export type DeletePhase =
  | { phase: 'idle' }
  | { phase: 'deleting' }
  | { phase: 'blocked' }
  | { phase: 'done'; message: string }
  | { phase: 'failed'; message: string };

interface DataState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Undefined where the browser does not say. */
  use?: StorageUse;
  isPersisted?: boolean;
  persistence?: PersistenceOutcome;
  counts?: StoredCounts;
  problem?: string;
  deletion: DeletePhase;
}

const initial: DataState = { status: 'idle', deletion: { phase: 'idle' } };
export const useDataStore = create<DataState>()(() => initial);
const set = useDataStore.setState;

export async function loadDataOverview(): Promise<void> {
  set({ status: 'loading', deletion: { phase: 'idle' } });
  const [use, isPersisted] = await Promise.all([estimateStorage(), isStoragePersisted()]);
  try {
    await Promise.all([whenSaved(), whenPanelSaved()]);
    const [counts, persistence] = await Promise.all([countStoredData(), loadPersistenceOutcome()]);
    set({ status: 'ready', use, isPersisted, counts, persistence, problem: undefined });
  } catch (error) {
    set({ status: 'failed', use, isPersisted, problem: errorMessage(error, 'Your saved data could not be read.') });
  }
}

/** The user pressed the button: ask now, and show the answer. */
export async function askForPersistentStorage(): Promise<void> {
  await askAndRecordPersistence();
  const [isPersisted, persistence] = await Promise.all([isStoragePersisted(), loadPersistenceOutcome().catch(() => undefined)]);
  set({ isPersisted, persistence });
}

/** Removes every trace of the user's data from this browser, then says exactly what went. */
export async function deleteAllData(): Promise<void> {
  set({ deletion: { phase: 'deleting' } });
  try {
    await Promise.all([whenSaved(), whenPanelSaved()]);
    const counts = await countStoredData();
    await deleteDatabase(() => set({ deletion: { phase: 'blocked' } }));
    const caches = await deleteOfflineCaches().catch(() => 0);
    const browserKeys = removeBrowserKeys(APP_STORAGE_PREFIX);
    resetUserStores();
    const [use, isPersisted] = await Promise.all([estimateStorage(), isStoragePersisted()]);
    const empty = { assessments: 0, rounds: 0, scorecards: 0, hasReviewer: false, settings: 0 };
    set({
      status: 'ready',
      use,
      isPersisted,
      counts: empty,
      persistence: undefined,
      deletion: { phase: 'done', message: describeRemoval({ ...counts, caches, browserKeys }) },
    });
  } catch (error) {
    set({ deletion: { phase: 'failed', message: `Nothing was removed. ${errorMessage(error, '')}`.trim() } });
  }
}
