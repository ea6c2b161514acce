import { create } from 'zustand';

interface AppUpdateState {
  /** A new version is waiting; the user decides when it takes over. */
  isUpdateReady: boolean;
  /** The user chose "Later" for this update. */
  isPostponed: boolean;
  /** Another tab applied the update: this tab's code is out of date until it reloads. */
  isReloadNeeded: boolean;
  isOfflineReady: boolean;
}

export const useAppUpdateStore = create<AppUpdateState>()(() => ({
  isUpdateReady: false,
  isPostponed: false,
  isReloadNeeded: false,
  isOfflineReady: false,
}));

let activateUpdate: (() => Promise<void>) | undefined;
let isUpdatingHere = false;

/** Starts the service worker once the page has loaded, so it never competes with the first screen. */
export async function watchForUpdates(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerServiceWorker } = await import('../lib/service-worker.ts');
  activateUpdate = registerServiceWorker({
    onUpdateReady: () => useAppUpdateStore.setState({ isUpdateReady: true, isPostponed: false }),
    onOfflineReady: () => useAppUpdateStore.setState({ isOfflineReady: true }),
    onNewVersionActive: () => {
      if (isUpdatingHere) location.reload();
      else useAppUpdateStore.setState({ isReloadNeeded: true });
    },
  });
}

/** Finishes every write in flight, then lets the new version take over and reloads. */
export async function updateNow(): Promise<void> {
  // Imported here, not above: they are not part of the first screen, and a store never opened has nothing to flush.
  const [{ whenSaved }, { whenPanelSaved }] = await Promise.all([import('./assessment-store.ts'), import('./panel-store.ts')]);
  await Promise.all([whenSaved(), whenPanelSaved()]);
  isUpdatingHere = true;
  await activateUpdate?.();
}

export function postponeUpdate(): void {
  useAppUpdateStore.setState({ isPostponed: true });
}
