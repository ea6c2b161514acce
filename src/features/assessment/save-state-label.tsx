import { useDeferredValue } from 'react';
import { useAssessment } from '../../state/assessment-store.ts';

const saveLabels = { saved: 'All changes saved on this device', saving: 'Saving…', failed: 'Not saved', conflict: 'Not saved' } as const;

/** Not a live region: announcing every keystroke's save would drown the screen reader. Failures are alerts. */
export function SaveStateLabel() {
  // Drawn after the edit's own frame: a rating's or a keystroke's paint does not wait on the header's text.
  const saveState = useDeferredValue(useAssessment((s) => s.saveState));
  // Saving and saved share a class: a class that flips on every rating makes the browser re-match styles twice.
  const isProblem = saveState === 'failed' || saveState === 'conflict';
  return <p className={isProblem ? 'save-state save-state--problem' : 'save-state'}>{saveLabels[saveState]}</p>;
}
