import { openDatabase } from '../../src/storage/db.ts';

type StoreName = 'assessments' | 'rounds' | 'scorecards';

/** What is on disk, read with a connection of its own so the repositories' cannot hide anything. */
export async function readStored(store: StoreName, id: string): Promise<unknown> {
  const db = await openDatabase();
  try {
    return await db.get(store, id);
  } finally {
    db.close();
  }
}

/** Writes a value as it is, past the repositories: as another tab, or another build of the app, would. */
export async function putStored(store: StoreName, value: unknown): Promise<void> {
  const db = await openDatabase();
  try {
    await db.put(store, value);
  } finally {
    db.close();
  }
}

/** A copy IndexedDB cannot store: functions cannot be cloned. */
export function uncloneable<T extends object>(value: T): T {
  return Object.assign(structuredClone(value), { onSave: () => undefined });
}

/** What the promise settles with: 'resolved', or the error it was rejected with. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );
}
