import { useAssessmentStore } from '../../state/assessment-store.ts';
import { UnsavedAnswers } from './unsaved-answers.tsx';

const saveLabels = { saved: 'All changes saved on this device', saving: 'Saving…', failed: 'Not saved', conflict: 'Not saved' } as const;

export function AssessmentHeader() {
  const state = useAssessmentStore();
  if (state.status !== 'ready') return null;
  const { title, respondent } = state.assessment;
  const who = [respondent.name, respondent.role, respondent.district].filter(Boolean).join(' · ');
  return (
    <div className="assessment-header">
      <div>
        <p className="assessment-header__title">
          {title}
          {state.assessment.received && (
            <>
              {' '}
              <span className="badge">Received</span>
            </>
          )}
        </p>
        {who && <p className="muted">{who}</p>}
        {state.assessment.received && (
          <p className="muted">
            Received from the file “{state.assessment.received.fileName}”. The answers are shown as sent; you can add comments and
            set importance, then export it back from the Report screen.
          </p>
        )}
      </div>
      {/* Not a live region: announcing every keystroke's save would drown the screen reader. Failures are alerts. */}
      <p className={`save-state save-state--${state.saveState}`}>{saveLabels[state.saveState]}</p>
      <UnsavedAnswers framework={state.framework} />
    </div>
  );
}
