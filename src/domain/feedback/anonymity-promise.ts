import type { AnonymityPromise, FeedbackAsk } from './feedback.ts';
import { ANONYMITY_THRESHOLD } from './feedback.ts';

/**
 * The promise a request file carries to every rater, in this app's words. The file carries it so the
 * promise travels with the request and is read before a rater starts; the app's own threshold is the one
 * the leader's screen keeps, so a file can never promise a different one.
 */

export function anonymityPromise(threshold: number = ANONYMITY_THRESHOLD): AnonymityPromise {
  return {
    threshold,
    text: [
      `Giving your name is optional. Unless you choose to be named, the leader sees your ratings and comments only together with those of your group, as an average, and only when at least ${threshold} people in your group answered an area.`,
      `Below that, your answers are pooled with those of other small groups as “others”, or held back entirely when even that pool has fewer than ${threshold} people.`,
      'Your response file itself is not encrypted: it holds your group and ratings (and your name only if you give it). Whoever receives the file could open it, so send it the way you trust.',
    ],
  };
}

/** Whether a file's promise is the one this app keeps: its threshold, in this app's words. */
export function isThisAppsPromise(promise: AnonymityPromise): boolean {
  const own = anonymityPromise();
  return promise.threshold === own.threshold && promise.text.length === own.text.length && promise.text.every((paragraph, i) => paragraph === own.text[i]);
}

export interface PromiseShown {
  text: string[];
  /** Said above the promise when the file's own wording was set aside. */
  note?: string;
}

/**
 * The promise a rater is shown for a request: the file's own, when it is this app's; the app's own for a
 * request made before files carried one; and the app's own, saying so, when the file's wording differs.
 * A file promising another threshold never gets this far: reading it refuses it.
 */
export function promiseToShow(ask: FeedbackAsk): PromiseShown {
  const own = anonymityPromise();
  if (!ask.anonymity) return { text: own.text };
  if (isThisAppsPromise(ask.anonymity)) return { text: ask.anonymity.text };
  return { text: own.text, note: 'This request file words its promise differently from this version of the app. The promise below is the one the app keeps.' };
}
