import { z } from 'zod/mini';
import { ID_PATTERN } from '../framework/framework-schema.ts';

/**
 * What the app itself can ever write, as schema pieces every record codec shares: a record read from a file
 * or from storage that goes beyond them was not made by this app, and would only cost time or break a screen.
 */
export const LIMITS = {
  /** An id the app makes (a UUID) or the framework uses. */
  idLength: 100,
  /** Titles, names, roles, districts, file names. */
  shortText: 200,
  /** A revision goes up by one per saved keystroke: a billion is decades of typing, and far from 2^53. */
  revision: 1_000_000_000,
  /** Times the app writes are from this century. */
  earliestTime: Date.UTC(2000, 0, 1),
  latestTime: Date.UTC(2100, 0, 1),
} as const;

export const idField = z.string().check(z.maxLength(LIMITS.idLength), z.regex(ID_PATTERN));

export const shortText = z.string().check(z.maxLength(LIMITS.shortText));

/** Free text the app lets a person type up to `max` characters of. */
export const longText = (max: number) => z.string().check(z.maxLength(max));

export const revisionField = z.int().check(z.gte(1), z.lte(LIMITS.revision));

function isPlausibleTime(iso: string): boolean {
  const time = Date.parse(iso);
  return time >= LIMITS.earliestTime && time < LIMITS.latestTime;
}

/** A refinement whose failure names its reason in the message a person sees (record-codec.ts reads `params.reason`). */
const limit = <T>(isWithin: (value: T) => boolean, reason: string) => z.refine<T>(isWithin, { message: reason, params: { reason } });

export const timestampField = z.iso.datetime().check(limit(isPlausibleTime, 'is not a plausible date'));

/**
 * A list of at most `max` items. The count is checked before any item is parsed: a file's list of 200,000
 * items is refused at once, not after every item has been checked (seconds of a frozen tab).
 */
export const boundedArray = <T extends z.ZodMiniType>(item: T, max: number) => z.pipe(z.array(z.unknown()).check(z.maxLength(max)), z.array(item));

const tooManyEntries = (max: number) => limit((entries: object) => Object.keys(entries).length <= max, `has more entries than the app allows (at most ${max})`);

/** A record keyed by ids, of at most `max` entries; like boundedArray, counted before any entry is parsed. */
export const boundedRecord = <T extends z.ZodMiniType>(value: T, max: number) =>
  z.pipe(z.record(z.string(), z.unknown()).check(tooManyEntries(max)), z.record(idField, value));
