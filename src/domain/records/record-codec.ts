import type { z } from 'zod/mini';
import { findUnsafeKey } from '../unsafe-keys.ts';

/** Where in a record a problem is: object keys and array indexes, outermost first. */
export type ProblemPath = (string | number)[];

/**
 * Why a record could not be read, as data: the message a person sees is written from it in one place
 * (record-messages.ts), so no caller ever has to take a sentence apart again.
 */
export type RecordError =
  | { code: 'not-an-object'; path: ProblemPath }
  | { code: 'unknown-version'; path: ProblemPath }
  | { code: 'newer-version'; path: ProblemPath; version: number }
  | { code: 'migration-failed'; path: ProblemPath; version: number }
  | { code: 'unsafe-key'; path: ProblemPath }
  | { code: 'invalid'; path: ProblemPath; reason?: string }
  /** Names something the framework edition (or, for a scorecard, its round) does not have: `what` is "indicator", "candidate"… */
  | { code: 'unknown-ref'; path: ProblemPath; what: string; value: string; of?: 'round' }
  /** A time later than the file was exported, or than the moment it is read. */
  | { code: 'too-late'; path: ProblemPath; than: 'export' | 'now' };

export type RecordRead<T> = { ok: true; value: T } | { ok: false; id: string; error: RecordError };

/** One step of a record's history: takes a record at one version and gives it the next version's shape. */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

type Stamped = { recordVersion: number };

export interface RecordDefinition<V extends number, T extends Stamped> {
  /** The version this app writes. */
  version: V;
  /** The shape of a record at `version`, `recordVersion` included. */
  schema: z.ZodMiniType<T>;
  /**
   * Every step from the oldest readable version to `version`, oldest first. The one indexing rule:
   * the LAST step turns version − 1 into version, so the oldest version read is version − migrations.length.
   * To change a record's shape, bump `version` and append one step. A step need not stamp the version.
   */
  migrations: readonly Migration[];
  /** The version of a record that carries no `recordVersion` at all; without it, such a record is unknown. */
  unstampedVersion?: number;
}

export interface RecordCodec<V extends number, T extends Stamped> {
  version: V;
  read(raw: unknown): RecordRead<Omit<T, 'recordVersion'>>;
  write(value: Omit<T, 'recordVersion'>): Omit<T, 'recordVersion'> & { recordVersion: V };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs the steps from `from` up to the current version on a copy; the raw record is never changed. */
function migrate(record: Record<string, unknown>, from: number, definition: RecordDefinition<number, Stamped>): RecordRead<Record<string, unknown>> {
  const oldest = definition.version - definition.migrations.length;
  let current = record;
  for (let version = from; version < definition.version; version += 1) {
    // Always in range: `oldest` is counted from the length of the list (see RecordDefinition.migrations).
    const step = definition.migrations[version - oldest] ?? ((same: Record<string, unknown>) => same);
    try {
      current = { ...step(current), recordVersion: version + 1 };
    } catch {
      return { ok: false, id: idOf(record), error: { code: 'migration-failed', path: [], version } };
    }
  }
  return { ok: true, value: current };
}

function idOf(record: Record<string, unknown>): string {
  return typeof record.id === 'string' ? record.id : '(unknown)';
}

type Issue = z.core.$ZodIssue;

/** Why a value failed, in words, where the app's own limit is the reason; the path alone says the rest. */
function reasonOf(issue: Issue): string | undefined {
  if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')) {
    const most = Number(issue.maximum).toLocaleString('en-US');
    return issue.origin === 'string' ? `is longer than the app allows (at most ${most} characters)` : `has more entries than the app allows (at most ${most})`;
  }
  // A limit written as a refinement says so in its params (see records/limits.ts).
  const reason: unknown = issue.code === 'custom' ? issue.params?.reason : undefined;
  return typeof reason === 'string' ? reason : undefined;
}

function invalid(issue: Issue | undefined): RecordError {
  const path = (issue?.path ?? []).map((key) => (typeof key === 'number' ? key : String(key)));
  const reason = issue ? reasonOf(issue) : undefined;
  return reason === undefined ? { code: 'invalid', path } : { code: 'invalid', path, reason };
}

/** A stored record type: its current schema, its history, and the one way to read and write it. */
export function defineRecord<const V extends number, T extends Stamped>(definition: RecordDefinition<V, T>): RecordCodec<V, T> {
  const oldest = definition.version - definition.migrations.length;
  return {
    version: definition.version,
    write: (value) => ({ ...value, recordVersion: definition.version }),
    read(raw) {
      if (!isPlainObject(raw)) return { ok: false, id: '(unknown)', error: { code: 'not-an-object', path: [] } };
      const id = idOf(raw);
      const version = raw.recordVersion ?? definition.unstampedVersion;
      if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest) {
        return { ok: false, id, error: { code: 'unknown-version', path: ['recordVersion'] } };
      }
      if (version > definition.version) return { ok: false, id, error: { code: 'newer-version', path: ['recordVersion'], version } };
      const migrated = migrate(raw, version, definition);
      if (!migrated.ok) return migrated;
      const unsafe = findUnsafeKey(migrated.value);
      if (unsafe) return { ok: false, id, error: { code: 'unsafe-key', path: unsafe } };
      const parsed = definition.schema.safeParse(migrated.value);
      if (!parsed.success) return { ok: false, id, error: invalid(parsed.error.issues[0]) };
      const { recordVersion: _version, ...value } = parsed.data;
      return { ok: true, value };
    },
  };
}
