import { useShallow } from 'zustand/shallow';
import { useAssessment } from '../../state/assessment-store.ts';

/** Whose assessment this is; redraws only when the title, respondent or received note change, not on every edit. */
export function AssessmentHeader() {
  const header = useAssessment(
    useShallow((s) => (s.status === 'ready' ? { title: s.assessment.title, respondent: s.assessment.respondent, received: s.assessment.received } : undefined)),
  );
  if (!header) return null;
  const { title, respondent, received } = header;
  const who = [respondent.name, respondent.role, respondent.district].filter(Boolean).join(' · ');
  return (
    <div>
      <p className="assessment-header__title">
        {title}
        {received && (
          <>
            {' '}
            <span className="badge">Received</span>
          </>
        )}
      </p>
      {who && <p className="muted">{who}</p>}
      {received && (
        <p className="muted">
          Received from the file “{received.fileName}”. {respondent.name.trim() || 'The author'}’s answers are shown as sent; you can
          comment, propose importance changes and sign off, then send it back from the Report screen.
        </p>
      )}
    </div>
  );
}
