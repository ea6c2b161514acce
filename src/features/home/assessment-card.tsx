import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import type { Completion } from '../../domain/assessment/progress.ts';
import type { TimeLeft } from '../../domain/assessment/walk.ts';
import { describeTimeLeft } from '../../domain/assessment/walk.ts';
import type { Framework } from '../../domain/framework/framework.ts';
import { DEFAULT_EDITION_ID, editionYear } from '../../config/editions.ts';
import { CompletionBar } from '../../components/ui/completion-bar.tsx';
import { FeedbackPresenceLine } from '../../components/feedback/feedback-presence.tsx';
import type { FeedbackPresence } from '../../domain/feedback/feedback-presence.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { paths } from '../../config/paths.ts';
import { formatDateTime } from '../../lib/format.ts';
import { formText } from '../../lib/form-text.ts';
import { useAssessmentListActions } from '../../state/assessment-list-store.ts';

interface AssessmentCardProps {
  assessment: Assessment;
  /** The edition it uses, once loaded. */
  framework?: Framework;
  completion?: Completion;
  timeLeft?: TimeLeft;
  /** Colleagues' feedback on it, once read. */
  feedback?: FeedbackPresence;
}

export function AssessmentCard({ assessment, framework, completion, timeLeft, feedback }: AssessmentCardProps) {
  const navigate = useNavigate();
  const [isRenaming, setIsRenaming] = useState(false);
  const { deleteFromList, duplicateInList, reassessFromList, reassessOnEdition, renameInList } = useAssessmentListActions();
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const { id, title, respondent, updatedAt } = assessment;
  const who = [respondent.name, respondent.role, respondent.district].filter(Boolean).join(' · ');
  const titleId = `assessment-${id}-title`;
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);

  // Saving or cancelling removes the form that had focus: put it back on Rename.
  useEffect(() => {
    if (wasRenaming.current && !isRenaming) renameButton.current?.focus();
    wasRenaming.current = isRenaming;
  }, [isRenaming]);

  const reassess = async () => {
    const next = await reassessFromList(id);
    if (next) await navigate(paths.assessment.href(next.id));
  };
  const isOlderEdition = assessment.framework.editionId !== DEFAULT_EDITION_ID;
  const reassessOnCurrent = async () => {
    const next = await reassessOnEdition(id, DEFAULT_EDITION_ID);
    if (next) await navigate(paths.assessment.href(next.id));
  };

  const rename = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = formText(new FormData(event.currentTarget), 'title');
    if (await renameInList(id, next)) setIsRenaming(false);
  };

  return (
    <li className="card assessment-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="assessment-card__title">
        <Link to={paths.assessment.href(id)}>{title}</Link>
        {assessment.received && (
          <>
            {' '}
            <span className="badge">Received</span>
          </>
        )}
      </h3>
      {who && <p className="muted">{who}</p>}
      <p className="muted">
        {framework ? `${framework.edition} of the framework` : `Framework edition ${editionYear(assessment.framework.editionId)}`} · Last edited{' '}
        {formatDateTime(updatedAt)}
      </p>
      {completion && <CompletionBar completion={completion} />}
      {timeLeft && timeLeft.unrated > 0 && <p className="muted">{describeTimeLeft(timeLeft)}</p>}
      {/* A received copy is someone else's self-assessment: its colleagues' feedback is theirs to ask for. */}
      {feedback && !assessment.received && <FeedbackPresenceLine assessmentId={id} title={title} presence={feedback} />}

      {isRenaming ? (
        <form className="rename-form" onSubmit={rename}>
          <label htmlFor={`rename-${id}`}>New title</label>
          <input id={`rename-${id}`} name="title" defaultValue={title} required maxLength={200} autoFocus />
          <button type="submit" className="button button--primary">
            Save title
          </button>
          <button type="button" className="button" onClick={() => setIsRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="assessment-card__actions">
          <Link className="button button--primary" to={paths.assessment.href(id)} aria-label={`Resume ${title}`}>
            Resume
          </Link>
          <button ref={renameButton} type="button" className="button" onClick={() => setIsRenaming(true)} aria-label={`Rename ${title}`}>
            Rename
          </button>
          <button type="button" className="button" onClick={() => void duplicateInList(id)} aria-label={`Duplicate ${title}`}>
            Duplicate
          </button>
          {!assessment.received && (
            <button type="button" className="button" onClick={() => void reassess()} aria-label={`Re-assess ${title}`}>
              Re-assess
            </button>
          )}
          {!assessment.received && isOlderEdition && (
            <button type="button" className="button" onClick={() => void reassessOnCurrent()} aria-label={`Re-assess ${title} on the ${editionYear(DEFAULT_EDITION_ID)} edition`}>
              Re-assess on the {editionYear(DEFAULT_EDITION_ID)} edition
            </button>
          )}
          <button type="button" className="button button--danger-outline" onClick={() => setIsConfirmingDelete(true)}
            aria-label={`Delete ${title}`}
          >
            Delete
          </button>
        </div>
      )}

      {isConfirmingDelete && (
        <ConfirmDialog
          title={`Delete “${title}”?`}
          confirmLabel="Delete assessment"
          isDanger
          onCancel={() => setIsConfirmingDelete(false)}
          onConfirm={() => {
            setIsConfirmingDelete(false);
            void deleteFromList(id);
          }}
        >
          <p>Its answers and notes will be removed from this device. You can undo this straight after.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
