import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { openDB } from 'idb';
import { NOTE_KEY_PATH, splitNotes } from './assessment-notes.ts';
import { StorageError, toStorageError } from './storage-error.ts';

export const DB_NAME = 'edtech-leader-self-assessment';
export const DB_VERSION = 4;

/** Values are `unknown`: whatever comes back from disk is parsed before use. */
export interface AppSchema extends DBSchema {
  assessments: { key: string; value: unknown; indexes: { byUpdatedAt: string; byRevision: RevisionKey } };
  meta: { key: string; value: unknown };
  /** Each assessment's evidence notes, one record per note (assessment-notes.ts). */
  notes: { key: [string, string]; value: unknown };
  rounds: { key: string; value: unknown };
  scorecards: { key: string; value: unknown; indexes: { byRound: string } };
}

/** [id, recordVersion, revision, updatedAt]: enough to check a save without reading the whole record. */
export type RevisionKey = [string, number, number, string];

export type AppDatabase = IDBPDatabase<AppSchema>;
type UpgradeTransaction = IDBPTransaction<AppSchema, StoreNames<AppSchema>[], 'versionchange'>;

/** upgrades[n] moves a database from version n to n + 1. Never edit a step once released: add one. */
export const upgrades: ((db: AppDatabase, tx: UpgradeTransaction) => void)[] = [
  (db) => {
    const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
    assessments.createIndex('byUpdatedAt', 'updatedAt');
    db.createObjectStore('meta');
  },
  // 1 → 2: hiring rounds and the panel's scorecards.
  (db) => {
    db.createObjectStore('rounds', { keyPath: 'id' });
    db.createObjectStore('scorecards', { keyPath: 'id' }).createIndex('byRound', 'roundId');
  },
  // 2 → 3: each assessment's revision in an index, so a save checks it without reading a record of 200 KB.
  (_db, tx) => {
    tx.objectStore('assessments').createIndex('byRevision', ['id', 'recordVersion', 'revision', 'updatedAt']);
  },
  // 3 → 4: evidence notes move to records of their own, so a rating or a keystroke does not rewrite them all.
  (db, tx) => {
    db.createObjectStore('notes', { keyPath: NOTE_KEY_PATH });
    splitStoredNotes(tx).catch(() => {
      try {
        tx.abort();
      } catch {
        // A failed request has aborted it already, and the open fails with it.
      }
    });
  },
];

/** Takes the notes out of every stored assessment; any failure aborts the upgrade, so nothing is half-moved. */
async function splitStoredNotes(tx: UpgradeTransaction): Promise<void> {
  const notes = tx.objectStore('notes');
  for (let cursor = await tx.objectStore('assessments').openCursor(); cursor; cursor = await cursor.continue()) {
    const split = splitNotes(cursor.value);
    if (split.notes.length === 0) continue;
    await Promise.all([cursor.update(split.record), ...split.notes.map((note) => notes.put(note))]);
  }
}

let connection: Promise<AppDatabase> | undefined;
const deletedElsewhere = new Set<() => void>();
/** The same connection once it is open, so a write can start in the very task of the edit. */
let opened: AppDatabase | undefined;

/** Called when another tab deletes the database ("Delete all my data"): what this tab shows is gone. */
export function onDeletedElsewhere(listener: () => void): () => void {
  deletedElsewhere.add(listener);
  return () => deletedElsewhere.delete(listener);
}

function forget(): void {
  connection = undefined;
  opened = undefined;
}

export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<AppDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError('unavailable'));
  return openDB<AppSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v += 1) upgrades[v]?.(db, tx);
    },
    blocking(_currentVersion, blockedVersion) {
      // A newer version wants to upgrade, or another tab to delete everything: step aside so it can, and
      // reopen (and fail clearly) next time.
      void connection?.then((db) => db.close());
      forget();
      if (blockedVersion === null) for (const listener of deletedElsewhere) listener();
    },
    terminated() {
      // The browser closed it (site data cleared, disk trouble): open afresh next time.
      forget();
    },
  }).catch((error: unknown) => {
    throw toStorageError(error);
  });
}

/** The app's one shared connection, opened on first use. */
export function database(): Promise<AppDatabase> {
  if (connection) return connection;
  const pending: Promise<AppDatabase> = openDatabase().then(
    (db) => {
      if (connection === pending) opened = db;
      return db;
    },
    (error: unknown) => {
      if (connection === pending) forget();
      throw error;
    },
  );
  connection = pending;
  return pending;
}

/** The shared connection if it is already open, without waiting a microtask for it. */
export function openedDatabase(): AppDatabase | undefined {
  return opened;
}

/** Closes the shared connection (tests, and deleting all data). */
export async function closeDatabase(): Promise<void> {
  const open = connection;
  forget();
  if (open) (await open.catch(() => undefined))?.close();
}
