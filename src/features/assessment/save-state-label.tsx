import { useAssessment } from '../../state/assessment-store.ts';

const saveLabels = { saved: 'All changes saved on this device', saving: 'Saving…', failed: 'Not saved', conflict: 'Not saved' } as const;

/** Not a live region: announcing every keystroke's save would drown the screen reader. Failures are alerts. */
export function SaveStateLabel() {
  const saveState = useAssessment((s) => s.saveState);
  return <p className={`save-state save-state--${saveState}`}>{saveLabels[saveState]}</p>;
}
