/** The browser's own storage controls: how much is used, whether it may be cleared, offline caches. */

export interface StorageUse {
  usage: number;
  quota: number;
}

const storageManager = (): StorageManager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/** Undefined where the browser does not say (older browsers, some private windows). */
export async function estimateStorage(): Promise<StorageUse | undefined> {
  try {
    const estimate = await storageManager()?.estimate?.();
    return estimate?.usage === undefined || estimate.quota === undefined ? undefined : { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return undefined;
  }
}

/** Whether the browser promised not to clear this app's data on its own; undefined where it cannot say. */
export async function isStoragePersisted(): Promise<boolean | undefined> {
  try {
    return await storageManager()?.persisted?.();
  } catch {
    return undefined;
  }
}

/** Asks for that promise (the browser decides, sometimes with a prompt); undefined where it cannot be asked. */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  try {
    return await storageManager()?.persist?.();
  } catch {
    return undefined;
  }
}

/**
 * Deletes every Cache Storage cache of this origin (the offline copy of the app); returns how many. The service
 * worker goes too: left behind with empty caches it could no longer serve offline, while a fresh one installs
 * on the next visit and caches the app again.
 */
export async function deleteOfflineCaches(): Promise<number> {
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations().catch(() => []);
    await Promise.all(registrations.map((registration) => registration.unregister().catch(() => false)));
  }
  if (typeof caches === 'undefined') return 0;
  const names = await caches.keys();
  const deleted = await Promise.all(names.map((name) => caches.delete(name)));
  return deleted.filter(Boolean).length;
}

/** Removes this app's keys (those starting with `prefix`) from localStorage and sessionStorage; returns how many. */
export function removeBrowserKeys(prefix: string): number {
  let removed = 0;
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const store = globalThis[area];
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((key) => key?.startsWith(prefix));
      for (const key of keys) if (key) store.removeItem(key);
      removed += keys.length;
    } catch {
      // Storage turned off: nothing of ours can be there.
    }
  }
  return removed;
}
