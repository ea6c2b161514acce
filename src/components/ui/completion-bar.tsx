import type { Completion } from '../../domain/assessment/progress.ts';

/** A visual bar beside the figure; the text carries the meaning, the bar is decoration. */
export function CompletionBar({ completion, label }: { completion: Completion; label?: string }) {
  return (
    <span className="completion">
      <span className="completion__bar" aria-hidden="true">
        <progress max={100} value={completion.percent} />
      </span>
      <span className="completion__text">
        {label ?? `${completion.percent}% complete`}
      </span>
    </span>
  );
}
