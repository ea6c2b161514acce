import { openDatabase } from '../../src/storage/db.ts';

type StoreName = 'assessments' | 'rounds' | 'scorecards' | 'feedback' | 'feedbackDrafts';

type Raw = { id: string; answers?: unknown };
type Answers = Record<string, Record<string, unknown>>;
const notesOf = (id: string) => IDBKeyRange.bound([id], [id, []]);
const isAnswers = (answers: unknown): answers is Answers => typeof answers === 'object' && answers !== null && !Array.isArray(answers);

/**
 * What is on disk, read with a connection of its own so the repositories' cannot hide anything. An
 * assessment's evidence notes are records of their own in the `notes` store: they are put back in its
 * answers here, by hand, as they were on disk.
 */
export async function readStored(store: StoreName, id: string): Promise<unknown> {
  const db = await openDatabase();
  try {
    const value = (await db.get(store, id)) as Raw | undefined;
    if (store !== 'assessments' || !value || !isAnswers(value.answers)) return value;
    const answers: Answers = { ...value.answers };
    for (const { indicatorId, note } of (await db.getAll('notes', notesOf(id))) as { indicatorId: string; note: string }[]) {
      answers[indicatorId] = { ...answers[indicatorId], note };
    }
    return { ...value, answers };
  } finally {
    db.close();
  }
}

/**
 * Writes a value as it is, past the repositories: as another tab, or another build of the app, would. An
 * assessment's notes go to the `notes` store, one record each, as this version of the app keeps them.
 */
export async function putStored(store: StoreName, value: unknown): Promise<void> {
  const db = await openDatabase();
  try {
    const tx = db.transaction([store, 'notes'], 'readwrite');
    const { id, answers } = value as Raw;
    if (store === 'assessments' && isAnswers(answers)) {
      void tx.objectStore('notes').delete(notesOf(id));
      const kept: Answers = {};
      for (const [indicatorId, { note, ...answer }] of Object.entries(answers)) {
        if (typeof note === 'string') void tx.objectStore('notes').put({ assessmentId: id, indicatorId, note });
        kept[indicatorId] = answer;
      }
      void tx.objectStore(store).put({ ...(value as Raw), answers: kept });
    } else void tx.objectStore(store).put(value);
    await tx.done;
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
