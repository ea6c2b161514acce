import { toStorageError, type StorageError } from '../storage/storage-error.ts';

export interface Saver<T> {
  /** Starts writing this value now. */
  save(value: T): void;
  /** Resolves once every write started so far has finished (or failed). */
  flush(): Promise<void>;
}

interface SaverEvents {
  onSaving(): void;
  onSaved(): void;
  onError(error: StorageError): void;
}

/**
 * Write-through saving: every change starts its write at once, in the same task as the edit.
 * IndexedDB runs the writes in the order they were made, so the newest lands last, and nothing waits
 * on a timer or behind another write: a tab closed a moment after typing has already sent its change.
 */
export function createSaver<T>(write: (value: T) => Promise<void>, events: SaverEvents): Saver<T> {
  const running = new Set<Promise<void>>();
  return {
    save(value) {
      // The write starts first: the "saving" state that follows redraws the screen, and the write need not wait for that.
      const done: Promise<void> = write(value).then(
        () => {
          running.delete(done);
          // Each value is the whole record, so once the newest write lands everything before it is saved too.
          if (running.size === 0) events.onSaved();
        },
        (error: unknown) => {
          running.delete(done);
          events.onError(toStorageError(error));
        },
      );
      running.add(done);
      events.onSaving();
    },
    async flush() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
