import type { Assessment } from '../domain/assessment/assessment.ts';

/**
 * Each evidence note is stored as a record of its own in the `notes` store, apart from the rest of its
 * assessment, so a rating or a keystroke writes a few kilobytes instead of every note (92 notes of 2,000
 * characters make a 200 KB record). Below the record codec: what the codec reads and writes is the whole
 * assessment, notes included, put back together here.
 */
export interface StoredNote {
  assessmentId: string;
  indicatorId: string;
  note: string;
}

/** The `notes` store's key path: one assessment's notes are one key range. */
export const NOTE_KEY_PATH = ['assessmentId', 'indicatorId'];

/** Every note of one assessment. */
export const notesOf = (assessmentId: string): IDBKeyRange => IDBKeyRange.bound([assessmentId], [assessmentId, []]);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A raw record without its notes, and the notes taken out of it. Works on any record an app version ever
 * stored (the answers' shape never changed); a record without readable answers is left whole.
 */
export function splitNotes<T>(raw: T): { record: T; notes: StoredNote[] } {
  if (!isObject(raw) || typeof raw.id !== 'string' || !isObject(raw.answers)) return { record: raw, notes: [] };
  const assessmentId = raw.id;
  const notes: StoredNote[] = [];
  const answers: Record<string, unknown> = {};
  for (const [indicatorId, answer] of Object.entries(raw.answers)) {
    if (isObject(answer) && typeof answer.note === 'string') {
      const { note, ...rest } = answer;
      notes.push({ assessmentId, indicatorId, note });
      answers[indicatorId] = rest;
    } else answers[indicatorId] = answer;
  }
  return notes.length === 0 ? { record: raw, notes } : { record: { ...raw, answers }, notes };
}

function isStoredNote(value: unknown): value is StoredNote {
  return isObject(value) && typeof value.assessmentId === 'string' && typeof value.indicatorId === 'string' && typeof value.note === 'string';
}

/** The raw record as it was before `splitNotes`: each stored note back in its answer. */
export function joinNotes(raw: unknown, notes: readonly unknown[]): unknown {
  if (notes.length === 0 || !isObject(raw) || !isObject(raw.answers)) return raw;
  const answers: Record<string, unknown> = { ...raw.answers };
  for (const stored of notes) {
    if (!isStoredNote(stored)) continue;
    const answer = answers[stored.indicatorId];
    answers[stored.indicatorId] = { ...(isObject(answer) ? answer : {}), note: stored.note };
  }
  return { ...raw, answers };
}

/** Every raw record with its notes put back, from one read of each store. */
export function joinAllNotes(raws: readonly unknown[], notes: readonly unknown[]): unknown[] {
  const byAssessment = new Map<string, StoredNote[]>();
  for (const note of notes) if (isStoredNote(note)) byAssessment.set(note.assessmentId, [...(byAssessment.get(note.assessmentId) ?? []), note]);
  return raws.map((raw) => (isObject(raw) && typeof raw.id === 'string' ? joinNotes(raw, byAssessment.get(raw.id) ?? []) : raw));
}

/** Notes to put and indicators whose note is gone. */
export interface NoteChanges {
  put: StoredNote[];
  removed: string[];
}

/**
 * The notes a save of `doc` must write, given the copies that may be on disk (the revision check makes sure
 * the stored copy is one of them): each note that differs from that of any of them. Unchanged notes keep
 * the same string, so this compares references and costs next to nothing.
 */
export function noteChanges(doc: Assessment, copies: readonly Assessment[]): NoteChanges {
  const put: StoredNote[] = [];
  const removed: string[] = [];
  const ids = new Set(Object.keys(doc.answers));
  for (const copy of copies) for (const id of Object.keys(copy.answers)) ids.add(id);
  for (const indicatorId of ids) {
    const note = doc.answers[indicatorId]?.note;
    if (!copies.some((copy) => copy.answers[indicatorId]?.note !== note)) continue;
    if (note === undefined) removed.push(indicatorId);
    else put.push({ assessmentId: doc.id, indicatorId, note });
  }
  return { put, removed };
}
