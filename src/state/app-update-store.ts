import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { useScopedStore } from './store-context.tsx';

export interface AppUpdateState {
  /** A new version is waiting; the user decides when it takes over. */
  isUpdateReady: boolean;
  /** The user chose "Later" for this update. */
  isPostponed: boolean;
  /** Another tab applied the update: this tab's code is out of date until it reloads. */
  isReloadNeeded: boolean;
  isOfflineReady: boolean;
}

/** The service worker's news: a waiting update, and whether it may take over. */
export function createAppUpdateStore() {
  const store = createStore<AppUpdateState>()(() => ({ isUpdateReady: false, isPostponed: false, isReloadNeeded: false, isOfflineReady: false }));
  const set = store.setState;
  let activateUpdate: (() => Promise<void>) | undefined;
  let isUpdatingHere = false;

  /** Starts the service worker once the page has loaded, so it never competes with the first screen. */
  async function watchForUpdates(): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    const { registerServiceWorker } = await import('../lib/service-worker.ts');
    activateUpdate = registerServiceWorker({
      onUpdateReady: () => set({ isUpdateReady: true, isPostponed: false }),
      onOfflineReady: () => set({ isOfflineReady: true }),
      onNewVersionActive: () => {
        if (isUpdatingHere) location.reload();
        else set({ isReloadNeeded: true });
      },
    });
  }

  /** Lets every write in flight land, then lets the new version take over and reloads. */
  async function updateNow(): Promise<void> {
    // Imported here, not above: storage is not part of the first screen.
    const { writesSettled } = await import('../storage/record-store.ts');
    await writesSettled();
    isUpdatingHere = true;
    await activateUpdate?.();
  }

  return { store, watchForUpdates, updateNow, postponeUpdate: () => set({ isPostponed: true }) };
}

export type AppUpdateStore = ReturnType<typeof createAppUpdateStore>;

export const useAppUpdateActions = (): AppUpdateStore => useScopedStore(createAppUpdateStore);

export function useAppUpdate<T>(selector: (state: AppUpdateState) => T): T {
  return useStore(useAppUpdateActions().store, selector);
}
