export type StorageProblem = 'unavailable' | 'newer-version' | 'blocked' | 'damaged' | 'quota' | 'conflict' | 'failed';

const messages: Record<StorageProblem, string> = {
  unavailable:
    'This browser is not letting the app save anything (private browsing, or site data turned off). Your answers cannot be kept: open the app in a normal window, or allow site data for it.',
  'newer-version':
    'Your saved data was written by a newer version of this app. Reload the page to get the newer version; nothing has been changed.',
  blocked: 'The app is open in another tab with an older version. Close the other tabs of this app, then reload this one.',
  damaged:
    'The app’s storage in this browser is incomplete, so nothing can be read or saved. If you have a backup, go to Your data, delete all data there, then restore the backup.',
  quota:
    'This device has run out of storage space for the app, so the last change was not saved. Everything saved before it is safe. Free some space (delete files you no longer need), then try again.',
  conflict:
    'This was changed in another tab or window, so your latest change here was not saved and nothing there was overwritten. Load the newest version to carry on; what you typed here stays on this screen until you do.',
  failed: 'Saving failed. Your earlier answers are safe; try again, and reload if this keeps happening.',
};

/** A storage failure the UI can explain to the user. */
export class StorageError extends Error {
  readonly problem: StorageProblem;

  constructor(problem: StorageProblem, options?: { cause?: unknown }) {
    super(messages[problem], options);
    this.name = 'StorageError';
    this.problem = problem;
  }
}

/** DOMExceptions are not always instanceof Error (other realms, test environments): go by name. */
export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError') return new StorageError('quota', { cause: error });
  if (name === 'VersionError') return new StorageError('newer-version', { cause: error });
  if (name === 'SecurityError' || name === 'InvalidStateError') return new StorageError('unavailable', { cause: error });
  return new StorageError('failed', { cause: error });
}

/** Runs storage work so that any failure reaches the caller as a StorageError the UI can explain. */
export async function withStorageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}
