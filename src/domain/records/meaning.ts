import type { Framework } from '../framework/framework.ts';
import type { ProblemPath, RecordError } from './record-codec.ts';

/** A place in a record and the id or time found there. */
export type Found = [path: ProblemPath, value: string | undefined];

/** The first id not in `known`, as a problem naming what it should have been ("indicator", "rubric level"). */
export function firstUnknown(found: Iterable<Found>, known: ReadonlySet<string>, what: string, of?: 'round'): RecordError | undefined {
  for (const [path, value] of found) {
    if (value !== undefined && !known.has(value)) return of ? { code: 'unknown-ref', path, what, value, of } : { code: 'unknown-ref', path, what, value };
  }
  return undefined;
}

/** Clocks of two machines differ: a file exported elsewhere may be this far ahead of this one. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** Records are stamped before the file that carries them, by the same clock. */
const EXPORT_SKEW_MS = 60 * 1000;

/** When a file was exported (as it says) and when it is being read: no time in it can be later. */
export interface TimeBounds {
  exportedAt?: string;
  now: string;
}

/** The first time later than the file's export or than now (allowing for another machine's clock). */
export function firstTooLate(found: Iterable<Found>, bounds: TimeBounds): RecordError | undefined {
  const now = Date.parse(bounds.now) + CLOCK_SKEW_MS;
  const exported = bounds.exportedAt === undefined ? Number.NaN : Date.parse(bounds.exportedAt) + EXPORT_SKEW_MS;
  for (const [path, value] of found) {
    if (value === undefined) continue;
    const time = Date.parse(value);
    if (time > now) return { code: 'too-late', path, than: 'now' };
    if (time > exported) return { code: 'too-late', path, than: 'export' };
  }
  return undefined;
}

/** Each key of a keyed record, at its own path. */
export function keysAt(record: Record<string, unknown>, at: ProblemPath): Found[] {
  return Object.keys(record).map((key) => [[...at, key], key]);
}

/** What reading a file is checked against: the editions this app has, and the moment it is read. */
export interface ReadContext {
  editions: readonly Framework[];
  now: string;
}

export function editionOf(context: ReadContext, editionId: string): Framework | undefined {
  return context.editions.find((edition) => edition.id === editionId);
}
