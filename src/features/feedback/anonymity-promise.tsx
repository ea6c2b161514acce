import { ANONYMITY_THRESHOLD } from '../../domain/feedback/feedback.ts';

/** What a rater is promised before they start, and the limit of that promise, said plainly. */
export function AnonymityPromise() {
  return (
    <div className="feedback-promise" role="note" aria-label="How your answers are shown">
      <p>
        <strong>How your answers are shown.</strong> Unless you choose to be named, the leader sees your ratings and comments only together with
        those of your group, as an average, and only when at least {ANONYMITY_THRESHOLD} people in your group answered an area. Below that, your
        answers are pooled with other small groups, or held back entirely when even the pool is smaller than {ANONYMITY_THRESHOLD}.
      </p>
      <p>
        Your response file itself is not encrypted: it holds your group and ratings (and your name only if you give it). Whoever receives the
        file could open it, so send it the way you trust.
      </p>
    </div>
  );
}
