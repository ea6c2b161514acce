import type { ProblemPath, RecordError } from './record-codec.ts';

/** How the owner of a record type names it in a sentence. */
export interface RecordWords {
  /** "an assessment", "a hiring round" */
  aNoun: string;
  /** as in "The saved … is damaged": "data", "hiring round" */
  noun: string;
  /** as in "… was saved by a newer version": "It", "The hiring round" */
  newerSubject: string;
}

/** A path as people read it in a message: `answers.1A.current`, or `record` for the whole thing. */
export function pathText(path: ProblemPath, whole = 'record'): string {
  return path.length > 0 ? path.join('.') : whole;
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/** The short reason inside brackets, as in "damaged (answers.1A.current is not valid)". */
export function recordDetail(error: RecordError, words: Pick<RecordWords, 'aNoun'>): string {
  switch (error.code) {
    case 'not-an-object':
      return `not ${words.aNoun}`;
    case 'unknown-version':
      return 'unknown format';
    case 'newer-version':
      return `made by a newer version of the app (record version ${error.version})`;
    case 'migration-failed':
      return `it could not be updated from record version ${error.version}`;
    case 'unsafe-key':
      return `${pathText(error.path)} is not allowed`;
    case 'invalid':
      return `${pathText(error.path)} ${error.reason ?? 'is not valid'}`;
    case 'unknown-ref':
      return `${pathText(error.path)} names ${error.what} “${shorten(error.value)}”, which ${error.of === 'round' ? 'the round' : 'this version of the app'} does not have`;
    case 'too-late':
      return `${pathText(error.path)} is later than ${error.than === 'export' ? 'the file was exported' : 'now'}`;
  }
}

/** The one place a record problem becomes a sentence for the person who owns the data. */
export function describeRecordProblem(error: RecordError, words: RecordWords): string {
  switch (error.code) {
    case 'not-an-object':
      return `The saved record is not ${words.aNoun}.`;
    case 'unknown-version':
      return `The saved ${words.noun} has an unknown format.`;
    case 'newer-version':
      return `${words.newerSubject} was saved by a newer version of this app. Reload to update the app.`;
    default:
      return `The saved ${words.noun} is damaged (${recordDetail(error, words)}).`;
  }
}
