import type { FeedbackAsk } from '../../domain/feedback/feedback.ts';
import { promiseToShow } from '../../domain/feedback/anonymity-promise.ts';

/** What a rater is promised before they start, as the request file says it, and the limit of that promise. */
export function AnonymityPromise({ ask }: { ask: FeedbackAsk }) {
  const { text, note } = promiseToShow(ask);
  return (
    <div className="feedback-promise" role="note" aria-label="How your answers are shown">
      {note && <p className="feedback-promise__note">{note}</p>}
      {text.map((paragraph, i) => (
        <p key={i}>
          {i === 0 && <strong>How your answers are shown. </strong>}
          {paragraph}
        </p>
      ))}
    </div>
  );
}
