import { Notice } from '../../components/ui/notice.tsx';
import { loadNewestAnswers, retrySave, useAssessmentStore } from '../../state/assessment-store.ts';

/** Why the last change was not saved, and the one thing to do about it. The typed text stays on screen. */
export function SaveProblem() {
  const { saveState, saveProblem } = useAssessmentStore();
  if (saveState === 'conflict') {
    return (
      <Notice tone="error" title="Changed in another tab">
        <p>{saveProblem}</p>
        <button type="button" className="button button--small" onClick={() => void loadNewestAnswers()}>
          Load the newest answers
        </button>
      </Notice>
    );
  }
  if (saveState !== 'failed' || !saveProblem) return null;
  return (
    <Notice tone="error" title="Not saved">
      <p>{saveProblem}</p>
      <button type="button" className="button button--small" onClick={retrySave}>
        Try saving again
      </button>
    </Notice>
  );
}
