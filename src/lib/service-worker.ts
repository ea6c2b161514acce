import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting for the user's go-ahead. */
  onUpdateReady: () => void;
  /** The app is cached and will open with no network from now on. */
  onOfflineReady: () => void;
  /** A new version took over (this tab asked for it, or another tab did). */
  onNewVersionActive: () => void;
}

/** Registers the Workbox service worker; returns the function that activates a waiting update. */
export function registerServiceWorker(events: ServiceWorkerEvents): () => Promise<void> {
  return registerSW({
    onNeedRefresh: events.onUpdateReady,
    onOfflineReady: events.onOfflineReady,
    onNeedReload: events.onNewVersionActive,
  });
}
