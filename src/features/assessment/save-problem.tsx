import { Notice } from '../../components/ui/notice.tsx';
import { useShallow } from 'zustand/shallow';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';

/**
 * Why the last change was not saved, and the one thing to do about it. The typed text stays on screen, and
 * the notice stays in view while the user scrolls, since they are usually typing far below it.
 */
export function SaveProblem() {
  const { saveState, saveProblem } = useAssessment(useShallow((s) => ({ saveState: s.saveState, saveProblem: s.saveProblem })));
  const { loadNewestAnswers, retrySave } = useAssessmentActions();
  const isConflict = saveState === 'conflict';
  if (!isConflict && (saveState !== 'failed' || !saveProblem)) return null;
  return (
    <div className="save-problem">
      <Notice tone="error" title={isConflict ? 'Changed in another tab' : 'Your last change is not saved yet'}>
        <p>{saveProblem}</p>
        <button type="button" className="button button--small" onClick={isConflict ? () => void loadNewestAnswers() : retrySave}>
          {isConflict ? 'Load the newest answers' : 'Try saving again'}
        </button>
      </Notice>
    </div>
  );
}
