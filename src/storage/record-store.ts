import type { IDBPTransaction, StoreNames } from 'idb';
import { afterNextPaint } from '../lib/after-paint.ts';
import { onPageLeave } from '../lib/page-leave.ts';
import type { AppDatabase, AppSchema } from './db.ts';
import { database, openedDatabase } from './db.ts';
import { errorName, StorageError, toStorageError } from './storage-error.ts';

/**
 * The one way the repositories reach IndexedDB. Two rules live here and nowhere else:
 * - a failed write aborts its whole transaction and cleans up after itself, so nothing is half-written;
 * - a read waits for every write already started, so nobody has to "flush" before reading: what a
 *   screen reads includes every change made before it asked.
 */

type Name = StoreNames<AppSchema>;
export type WriteTransaction<Names extends Name[]> = IDBPTransaction<AppSchema, Names, 'readwrite'>;
export type ReadTransaction<Names extends Name[]> = IDBPTransaction<AppSchema, Names, 'readonly'>;

/** Writes started and not yet finished (landed or failed). */
const inFlight = new Set<Promise<unknown>>();

/** Writes asked for with `writeAfterPaint` and not started yet. */
const waiting = new Set<() => void>();
let isStartScheduled = false;

/** Starts every write waiting for the screen, in the order asked. */
export function startWaitingWrites(): void {
  isStartScheduled = false;
  for (const start of [...waiting]) {
    waiting.delete(start);
    start();
  }
}

const isPageHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

let isListening = false;

/** A page being hidden or closed may never draw again: what waits starts then. */
function listenForLeaving(): void {
  if (isListening) return;
  isListening = true;
  onPageLeave(startWaitingWrites);
}

/**
 * Starts `start` (a write) once the screen has drawn the change that asked for it, so a rating's or a keystroke's
 * frame does not wait on IndexedDB's work; edits made meanwhile are the caller's to combine. Any read or write
 * through this module, and the page being hidden, start it first: what a screen reads still holds every change
 * made before it asked.
 */
export function writeAfterPaint(start: () => void): void {
  waiting.add(start);
  listenForLeaving();
  if (isStartScheduled) return;
  isStartScheduled = true;
  if (typeof requestAnimationFrame !== 'function' || isPageHidden()) {
    setTimeout(startWaitingWrites, 0);
    return;
  }
  // The second timeout covers a frame that never comes.
  afterNextPaint(startWaitingWrites);
  setTimeout(startWaitingWrites, 200);
}

/** Resolves once every write started before the call has finished, whether it landed or failed. */
export async function writesSettled(): Promise<void> {
  await Promise.allSettled([...inFlight]);
}

async function runWrite<Names extends Name[], T>(db: AppDatabase, names: Names, work: (tx: WriteTransaction<Names>) => Promise<T>): Promise<T> {
  const tx = db.transaction(names, 'readwrite');
  // Anything the work started but did not wait for fails with the abort below; that is expected, not news.
  tx.done.catch(() => undefined);
  try {
    const [result] = await Promise.all([work(tx), tx.done]);
    return result;
  } catch (error) {
    // A transaction the browser aborted carries the real reason (a full disk, say); requests after it then
    // fail only because the transaction is gone, which is a failed write, not storage being unavailable.
    const reason: unknown = tx.error ?? error;
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing more to undo.
    }
    await tx.done.catch(() => undefined);
    const name = errorName(reason);
    throw name === 'InvalidStateError' || name === 'TransactionInactiveError' ? new StorageError('failed', { cause: reason }) : toStorageError(reason);
  }
}

/**
 * Runs `work` in one readwrite transaction: it commits whole, or (on any error the work throws, a refused
 * check included) is aborted whole. With the connection open, the transaction and its requests are created
 * in the caller's task, so a write started by an edit is on its way before the screen redraws.
 */
export function writeRecords<const Names extends Name[], T>(names: Names, work: (tx: WriteTransaction<Names>) => Promise<T>): Promise<T> {
  // Writes land in the order they were asked for, so one waiting for the screen goes first.
  startWaitingWrites();
  const db = openedDatabase();
  let run: Promise<T>;
  try {
    run = db ? runWrite(db, names, work) : database().then((opened) => runWrite(opened, names, work));
  } catch (error) {
    run = Promise.reject(toStorageError(error));
  }
  const done = run.catch((error: unknown) => {
    throw toStorageError(error);
  });
  const tracked: Promise<unknown> = done.then(
    () => inFlight.delete(tracked),
    () => inFlight.delete(tracked),
  );
  inFlight.add(tracked);
  return done;
}

/** Runs `work` in a readonly transaction that starts after every write already started has finished. */
export async function readRecords<const Names extends Name[], T>(names: Names, work: (tx: ReadTransaction<Names>) => Promise<T>): Promise<T> {
  try {
    startWaitingWrites();
    await writesSettled();
    const tx = (await database()).transaction(names, 'readonly');
    const [result] = await Promise.all([work(tx), tx.done]);
    return result;
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Puts every value in one transaction, or none: a value IndexedDB cannot store refuses the whole batch. */
export function putAll(name: 'assessments' | 'rounds' | 'scorecards' | 'feedback' | 'feedbackDrafts' | 'cetl', values: unknown[]): Promise<void> {
  return writeRecords([name], async (tx) => {
    const requests: Promise<unknown>[] = [];
    try {
      for (const value of values) requests.push(tx.objectStore(name).put(value));
    } finally {
      // A value that cannot be stored throws at once; the puts before it then fail with the abort.
      for (const request of requests) request.catch(() => undefined);
    }
    await Promise.all(requests);
  });
}

/** One value from the `meta` store (settings and small facts, keyed by name). */
export function readMeta(key: string): Promise<unknown> {
  return readRecords(['meta'], (tx) => tx.objectStore('meta').get(key));
}

export function writeMeta(key: string, value: unknown): Promise<void> {
  return writeRecords(['meta'], async (tx) => {
    await tx.objectStore('meta').put(value, key);
  });
}
