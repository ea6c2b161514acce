import { onPageLeave } from '../lib/page-leave.ts';
import type { RecordHead } from '../storage/revision-guard.ts';
import { isSameHead } from '../storage/revision-guard.ts';
import { writeAfterPaint } from '../storage/record-store.ts';
import { StorageError, toStorageError } from '../storage/storage-error.ts';

/** 'conflict': another tab changed the stored copy, so this session stops saving until the user loads it. */
export type SaveState = 'saved' | 'saving' | 'failed' | 'conflict';

export interface SessionView<T> {
  doc: T;
  saveState: SaveState;
  saveProblem?: string;
}

/** What storage holds for the document now. */
export type Stored<T> = { status: 'found'; doc: T } | { status: 'missing' } | { status: 'unreadable'; problem: string; title?: string };

export interface SessionStorage<T> {
  read(): Promise<Stored<T>>;
  /**
   * Writes unless the stored copy is none of `expected` (undefined: nothing stored yet that we know of). The
   * copies themselves are passed, not only their heads, so storage may write only what differs from them.
   */
  write(doc: T, expected: readonly T[] | undefined): Promise<void>;
  /**
   * The page is going away with writes still in flight, whose commits wait on the page: keeps `doc` where the
   * next read puts it in place, if the stored copy is then one of `expected`.
   */
  keepAtClose?(doc: T, expected: readonly T[] | undefined): void;
}

export interface DocumentSession<T> {
  view(): SessionView<T>;
  /** The stored copy this session's edits started from (undefined for a document not stored yet). */
  base(): T | undefined;
  /**
   * Shows `next` at once and writes it once the screen has drawn it, with any edits made meanwhile; in a
   * conflict it is kept but not written.
   */
  edit(next: T): void;
  /** Writes the document again after a failed write (space freed, say). */
  retry(): void;
  /** Reads the newest stored copy and starts again from it; returns what was read. */
  loadNewest(): Promise<Stored<T>>;
  /** Another tab wrote this document: show its copy if nothing here is unsaved. Bursts are read once. */
  catchUp(): void;
  close(): void;
}

/**
 * One open document, saved as soon as the screen has drawn an edit: the frame that shows a rating or a
 * keystroke does not wait on IndexedDB, edits made before the write starts go in one write, and any read,
 * write or the page being hidden starts it at once (`writeAfterPaint`). IndexedDB runs the writes in the order
 * they were made, so the newest lands last. A write is refused if the stored copy is not one this session
 * started from or wrote itself.
 */
export function openDocumentSession<T extends RecordHead>(
  start: T,
  storage: SessionStorage<T>,
  onChange: (view: SessionView<T>) => void,
  { isStored = true } = {},
): DocumentSession<T> {
  let view: SessionView<T> = { doc: start, saveState: 'saved' };
  let base: T | undefined;
  /** Stored copies this session may replace: its base and the copies it sent since, oldest first. */
  let mine: T[] | undefined;
  let writing = 0;
  /** Settles once this session's writes so far have settled and their outcome is shown. */
  let written: Promise<unknown> = Promise.resolve();
  let isClosed = false;
  /** The copy last kept at close, so the hidden-then-unloaded pair of a close keeps it once. */
  let sentAtClose: T | undefined;

  const update = (change: Partial<SessionView<T>>) => {
    if (isClosed) return;
    view = { ...view, ...change };
    onChange(view);
  };

  function startFrom(doc: T | undefined): void {
    base = doc;
    mine = doc ? [doc] : undefined;
  }
  startFrom(isStored ? start : undefined);

  /** The newest edit not written yet; its write waits for the screen. */
  let unwritten: T | undefined;

  function writeUnwritten(): void {
    const doc = unwritten;
    unwritten = undefined;
    if (doc !== undefined) save(doc);
  }

  function save(doc: T): void {
    const expected = mine ? [...mine] : undefined;
    // The write starts first; the "saving" state that follows redraws the screen, and the write need not wait.
    const done = storage.write(doc, expected);
    mine = [...(mine ?? []), doc];
    writing += 1;
    const shown = done.then(
      () => {
        writing -= 1;
        // Landed: copies sent before it are overwritten now, so only it and later ones can be on disk.
        if (mine) mine = mine.slice(mine.findIndex((copy) => isSameHead(copy, doc)));
        // Each write is the whole document, so once the newest lands everything before it is saved too.
        if (writing === 0 && view.saveState !== 'conflict') update({ saveState: 'saved', saveProblem: undefined });
      },
      (error: unknown) => {
        writing -= 1;
        mine = mine?.filter((copy) => !isSameHead(copy, doc));
        const problem = toStorageError(error);
        const isConflict = problem.problem === 'conflict' || view.saveState === 'conflict';
        update({ saveState: isConflict ? 'conflict' : 'failed', saveProblem: isConflict ? new StorageError('conflict').message : problem.message });
      },
    );
    written = Promise.all([written, shown]);
  }

  /** The stored copy, read after this session's own writes have landed and shown their outcome. */
  async function readNewest(): Promise<Stored<T>> {
    writeUnwritten();
    await written;
    return storage.read();
  }

  let catchingUp: Promise<void> | undefined;
  let hasMoreNews = false;

  async function catchUpOnce(): Promise<void> {
    const before = view.doc;
    const read = await readNewest().catch(() => undefined);
    if (isClosed || read?.status !== 'found' || view.doc !== before || view.saveState === 'conflict') return;
    if (isSameHead(read.doc, view.doc)) return;
    if (view.saveState === 'failed') {
      // This tab holds a change that is not saved: say so rather than silently swap it for theirs.
      update({ saveState: 'conflict', saveProblem: new StorageError('conflict').message });
      return;
    }
    startFrom(read.doc);
    update({ doc: read.doc });
  }

  /** Writes still in flight when the page goes away are finished by one copy of the newest edit, kept aside. */
  function finishAtClose(): void {
    writeUnwritten();
    if (writing === 0 || view.saveState === 'conflict' || sentAtClose === view.doc || !storage.keepAtClose) return;
    sentAtClose = view.doc;
    storage.keepAtClose(view.doc, mine);
  }
  const stopListening = onPageLeave(finishAtClose);

  return {
    view: () => view,
    base: () => base,
    edit(next) {
      if (isClosed || next === view.doc) return;
      if (view.saveState === 'conflict') return update({ doc: next });
      if (unwritten === undefined) writeAfterPaint(writeUnwritten);
      unwritten = next;
      update({ doc: next, saveState: 'saving', saveProblem: undefined });
    },
    retry() {
      if (isClosed || view.saveState !== 'failed') return;
      unwritten = undefined;
      save(view.doc);
      update({ saveState: 'saving' });
    },
    async loadNewest() {
      const read = await readNewest();
      if (read.status === 'found' && !isClosed) {
        startFrom(read.doc);
        update({ doc: read.doc, saveState: 'saved', saveProblem: undefined });
      }
      return read;
    },
    catchUp() {
      if (catchingUp) {
        hasMoreNews = true;
        return;
      }
      catchingUp = (async () => {
        do {
          hasMoreNews = false;
          await catchUpOnce();
        } while (hasMoreNews && !isClosed);
      })().finally(() => {
        catchingUp = undefined;
      });
    },
    close() {
      writeUnwritten();
      isClosed = true;
      stopListening();
    },
  };
}
