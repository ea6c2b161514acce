import { Notice } from '../../components/ui/notice.tsx';
import { useShallow } from 'zustand/shallow';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';

/**
 * Why the last change was not saved, and the one thing to do about it. The typed text stays on screen, and
 * the notice stays in view while the user scrolls, since they are usually typing far below it.
 */
export function SaveProblem() {
  // Only a problem redraws this: "saving" and "saved" come and go with every keystroke.
  const { isConflict, saveProblem } = useAssessment(
    useShallow((s) => {
      const isShown = s.saveState === 'conflict' || (s.saveState === 'failed' && Boolean(s.saveProblem));
      return { isConflict: s.saveState === 'conflict', saveProblem: isShown ? s.saveProblem : undefined };
    }),
  );
  const { loadNewestAnswers, retrySave } = useAssessmentActions();
  if (!isConflict && !saveProblem) return null;
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
