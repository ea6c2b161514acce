import { nowIso } from '../lib/new-id.ts';
import { loadPersistenceOutcome, savePersistenceOutcome } from '../storage/data-repository.ts';
import { isStoragePersisted, requestPersistentStorage } from '../storage/device-storage.ts';

/** Asks the browser to keep this app's data from automatic clearing, and records its answer. */
export async function askAndRecordPersistence(): Promise<boolean | undefined> {
  const isGranted = await requestPersistentStorage();
  if (isGranted === undefined) return undefined;
  await savePersistenceOutcome({ askedAt: nowIso(), isGranted }).catch(() => undefined);
  return isGranted;
}

/**
 * Asked once, when the user first saves real work: that is when keeping it starts to matter, so the request
 * (and any prompt the browser shows) has a reason and is not a nag. Nothing waits on it; where the browser
 * cannot be asked it does nothing, and the Your data screen keeps a button for later.
 */
export function askForPersistenceOnce(): void {
  void (async () => {
    if ((await loadPersistenceOutcome()) || (await isStoragePersisted())) return;
    await askAndRecordPersistence();
  })().catch(() => undefined);
}
