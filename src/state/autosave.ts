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
 * Write-through saving that coalesces bursts: at most one write in flight and one waiting,
 * so typing never queues hundreds of writes and no change waits on a timer.
 */
export function createSaver<T>(write: (value: T) => Promise<void>, events: SaverEvents): Saver<T> {
  let waiting: { value: T } | undefined;
  let inFlight: Promise<void> | undefined;

  const start = (value: T): Promise<void> =>
    write(value).then(
      () => {
        if (!waiting) events.onSaved();
      },
      (error: unknown) => events.onError(toStorageError(error)),
    );

  const pump = () => {
    if (inFlight || !waiting) return;
    const { value } = waiting;
    waiting = undefined;
    events.onSaving();
    inFlight = start(value).finally(() => {
      inFlight = undefined;
      pump();
    });
  };

  return {
    save(value) {
      waiting = { value };
      pump();
    },
    async flush() {
      while (inFlight || waiting) {
        pump();
        await inFlight;
      }
    },
    flushNow() {
      if (!waiting || !inFlight) return pump();
      const { value } = waiting;
      waiting = undefined;
      void start(value);
    },
  };
}
