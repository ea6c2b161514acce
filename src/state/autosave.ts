import { toStorageError, type StorageError } from '../storage/storage-error.ts';

export interface Saver<T> {
  /** Queue the newest value; it is written as soon as the write before it has finished. */
  save(value: T): void;
  /** Resolves once everything queued so far is on disk (or has failed). */
  flush(): Promise<void>;
  /** The page is going away: start the queued write now instead of waiting for the one in flight. */
  flushNow(): void;
}

interface SaverEvents {
  onSaving(): void;
  onSaved(): void;
  onError(error: StorageError): void;
}

/**
 * Write-through saving that coalesces bursts: one write paces the queue and the newest value waits behind it,
 * so typing never queues hundreds of writes and no change waits on a timer.
 */
export function createSaver<T>(write: (value: T) => Promise<void>, events: SaverEvents): Saver<T> {
  let waiting: { value: T } | undefined;
  let paced: Promise<void> | undefined;
  const running = new Set<Promise<void>>();

  const launch = (value: T): Promise<void> => {
    events.onSaving();
    const done: Promise<void> = write(value).then(
      () => {
        running.delete(done);
        if (!waiting && running.size === 0) events.onSaved();
      },
      (error: unknown) => {
        running.delete(done);
        events.onError(toStorageError(error));
      },
    );
    running.add(done);
    return done;
  };

  const pump = () => {
    if (paced || !waiting) return;
    const { value } = waiting;
    waiting = undefined;
    paced = launch(value).finally(() => {
      paced = undefined;
      pump();
    });
  };

  return {
    save(value) {
      waiting = { value };
      pump();
    },
    async flush() {
      while (waiting || paced || running.size > 0) {
        pump();
        await Promise.all([paced, ...running]);
      }
    },
    flushNow() {
      if (!waiting) return;
      if (!paced) return pump();
      // IndexedDB runs write transactions on one store in the order they were made, so the newer value still lands last.
      const { value } = waiting;
      waiting = undefined;
      void launch(value);
    },
  };
}
