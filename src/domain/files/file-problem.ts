import type { ProblemPath, RecordError } from '../records/record-codec.ts';

/** What each refusal of a file carries beyond its code and path. */
interface ProblemDetails {
  /** Larger than the kind of file can be; `size` in bytes. */
  'too-big': { size: number; limit: number };
  /** The browser could not give the file's bytes (moved, removed drive, permissions). */
  unreadable: object;
  /** Not UTF-8, nor UTF-16 with a byte order mark: a binary file, or text in another encoding. */
  'not-text': object;
  empty: object;
  pdf: object;
  csv: object;
  'not-json': object;
  /** Nested deeper, holding more entries (in all, or in one list) or a longer text than any file the app writes: refused before it is parsed. */
  'too-complex': { what: 'depth' | 'values' | 'items' | 'text'; limit: number };
  /** Starts like JSON but does not parse: cut short or edited. */
  truncated: object;
  'unsafe-key': object;
  /** JSON, but not this kind of file (another type, or not an object at all); `foundType` names the type it has. */
  'wrong-type': { foundType?: string };
  'newer-format': { formatVersion: number };
  /** The envelope, or the shape of what it carries, is not as this kind of file is written. */
  'bad-envelope': object;
  'checksum-mismatch': object;
  /** A passphrase-protected file whose header or contents cannot be what the app sealed. */
  'sealed-damaged': object;
  /** A record in the file cannot be read; `position` when the file holds a list of them. */
  /** `subject` names a record that is not an assessment (a backup's feedback request or CETL log). */
  'bad-record': { record: RecordError; title?: string; position?: { index: number; count: number }; subject?: string };
  'unknown-edition': { editionId: string; title?: string };
  'duplicate-record': { id: string; title?: string; subject?: string };
  'no-records': object;
}

export type FileProblemCode = keyof ProblemDetails;

/** Why a file was refused, as data: `path` points into the file's JSON where that means anything. */
export type FileProblem<C extends FileProblemCode = FileProblemCode> = { [K in C]: { code: K; path: ProblemPath } & ProblemDetails[K] }[C];
