import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PersistenceOutcome } from '../domain/data/data-records.ts';
import type { StoredCounts } from '../domain/data/removal.ts';
import { describeRemoval, NOTHING_STORED } from '../domain/data/removal.ts';
import { APP_STORAGE_PREFIX } from '../config/app.ts';
import { errorMessage } from '../lib/error-message.ts';
import { countStoredData, deleteDatabase, loadPersistenceOutcome } from '../storage/data-repository.ts';
import type { StorageUse } from '../storage/device-storage.ts';
import { deleteOfflineCaches, estimateStorage, isStoragePersisted, removeBrowserKeys } from '../storage/device-storage.ts';
import { askAndRecordPersistence } from './persistence.ts';
import type { StoreScope } from './store-scope.ts';
import { useScopedStore } from './store-context.tsx';

export type DeletePhase =
  | { phase: 'idle' }
  | { phase: 'deleting' }
  | { phase: 'blocked' }
  | { phase: 'done'; message: string }
  | { phase: 'failed'; message: string };

export interface DataState {
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

/** The Your data screen: what is stored, the browser's promise to keep it, and deleting it all. */
export function createDataStore(scope: StoreScope) {
  const store = createStore<DataState>()(() => initial);
  const set = store.setState;

  async function loadDataOverview(): Promise<void> {
    set({ status: 'loading', deletion: { phase: 'idle' } });
    const [use, isPersisted] = await Promise.all([estimateStorage(), isStoragePersisted()]);
    try {
      const [counts, persistence] = await Promise.all([countStoredData(), loadPersistenceOutcome()]);
      set({ status: 'ready', use, isPersisted, counts, persistence, problem: undefined });
    } catch (error) {
      set({ status: 'failed', use, isPersisted, problem: errorMessage(error, 'Your saved data could not be read.') });
    }
  }

  /** The user pressed the button: ask now, and show the answer. */
  async function askForPersistentStorage(): Promise<void> {
    await askAndRecordPersistence();
    const [isPersisted, persistence] = await Promise.all([isStoragePersisted(), loadPersistenceOutcome().catch(() => undefined)]);
    set({ isPersisted, persistence });
  }

  /** Removes every trace of the user's data from this browser, then says exactly what went. */
  async function deleteAllData(): Promise<void> {
    set({ deletion: { phase: 'deleting' } });
    try {
      const counts = await countStoredData();
      await deleteDatabase(() => set({ deletion: { phase: 'blocked' } }));
      const caches = await deleteOfflineCaches().catch(() => 0);
      const browserKeys = removeBrowserKeys(APP_STORAGE_PREFIX);
      // Every store back to its first state, so no screen shows what is gone.
      scope.resetAll();
      const [use, isPersisted] = await Promise.all([estimateStorage(), isStoragePersisted()]);
      set({
        status: 'ready',
        use,
        isPersisted,
        counts: NOTHING_STORED,
        persistence: undefined,
        deletion: { phase: 'done', message: describeRemoval({ ...counts, caches, browserKeys }) },
      });
    } catch (error) {
      set({ deletion: { phase: 'failed', message: `Nothing was removed. ${errorMessage(error, '')}`.trim() } });
    }
  }

  return { store, loadDataOverview, askForPersistentStorage, deleteAllData };
}

export type DataStore = ReturnType<typeof createDataStore>;

export const useDataActions = (): DataStore => useScopedStore(createDataStore);

export function useData<T>(selector: (state: DataState) => T): T {
  return useStore(useDataActions().store, selector);
}
