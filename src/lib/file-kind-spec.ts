import type { FeedbackAsk } from '../domain/feedback/feedback.ts';
import type { FileKind } from '../domain/files/envelope.ts';
import type { HiringRound } from '../domain/panel/panel.ts';
import type { ReadContext } from '../domain/records/meaning.ts';

/**
 * A kind of file as plain data (its name and what it is read against), so a Web Worker can build the same
 * FileKind the page would: a kind's functions cannot be posted to a worker, its arguments can.
 */
export type FileKindSpec =
  | { name: 'exchange'; context: ReadContext }
  | { name: 'round'; context: ReadContext }
  | { name: 'scorecard'; context: ReadContext; round: HiringRound }
  | { name: 'scorecard-round' }
  | { name: 'round-archive'; context: ReadContext }
  | { name: 'feedback-request'; context: ReadContext }
  | { name: 'feedback-response'; context: ReadContext; requests: readonly FeedbackAsk[] };

/** A kind of file, and how a worker builds it again. */
export interface ReadableKind<T> {
  kind: FileKind<T>;
  spec: FileKindSpec;
}
