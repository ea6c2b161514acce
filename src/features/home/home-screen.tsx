import { useEffect, useRef, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { assessmentCompletion } from '../../domain/assessment/progress.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { dismissUndo, loadAssessmentList, undoDelete, useAssessmentListStore } from '../../state/assessment-list-store.ts';
import { AssessmentCard } from './assessment-card.tsx';
import { BackupPanel } from './backup-panel.tsx';
import { isFirstVisitThisSession } from './launch-redirect.ts';
import { NewAssessmentForm } from './new-assessment-form.tsx';
import { UnreadableCard } from './unreadable-card.tsx';

export function HomeScreen() {
  const { status, items, framework, problem, deleted, lastAssessmentId } = useAssessmentListStore();
  const [shouldResume] = useState(isFirstVisitThisSession);
  const undoButton = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void loadAssessmentList();
  }, []);

  // The deleted card (and its Delete button) is gone: focus goes to Undo, and when the notice goes, back to the list.
  const deletedId = deleted?.id;
  useEffect(() => {
    if (deletedId) undoButton.current?.focus();
  }, [deletedId]);

  // After Undo, focus goes to the restored card's title once it is back in the list.
  const restoredId = useRef<string>(undefined);
  useEffect(() => {
    const link = restoredId.current && document.getElementById(`assessment-${restoredId.current}-title`)?.querySelector('a');
    if (!link) return;
    link.focus();
    restoredId.current = undefined;
  }, [items]);
  const undo = () => {
    restoredId.current = deletedId;
    void undoDelete();
  };
  const dismiss = () => {
    dismissUndo();
    listHeading.current?.focus();
  };

  const last = items.find((item) => item.ok && item.assessment.id === lastAssessmentId);
  if (shouldResume && status === 'ready' && last?.ok) return <Navigate to={paths.assessment.href(last.assessment.id)} replace />;

  return (
    <section className="page">
      <PageHeading title="My assessments" />
      <p className="lead">
        Rate yourself against the CoSN Framework of Essential Skills of the K-12 CTO, one skill area at a time. Everything you
        enter is saved on this device as you go, and nothing is sent anywhere.
      </p>

      {problem && <Notice tone="error" title="Something needs your attention">{problem}</Notice>}

      {deleted && (
        <Notice tone="info">
          Deleted “{deleted.title}”.{' '}
          <button ref={undoButton} type="button" className="button button--small" onClick={undo}>
            Undo
          </button>{' '}
          <button type="button" className="button button--small button--quiet" onClick={dismiss}>
            Dismiss
          </button>
        </Notice>
      )}

      {last?.ok && (
        <p className="card card--highlight">
          Pick up where you left off:{' '}
          <Link to={paths.assessment.href(last.assessment.id)}>continue “{last.assessment.title}”</Link>
        </p>
      )}

      {status !== 'failed' && <NewAssessmentForm />}

      <h2 ref={listHeading} tabIndex={-1}>
        Your assessments
      </h2>
      {status === 'loading' && <p>Loading your assessments…</p>}
      {status === 'ready' && items.length === 0 && <p>No assessments yet. Start one above; it takes about 30 minutes in all, and you can stop at any point.</p>}
      {items.length > 0 && (
        <ul className="assessment-list">
          {items.map((item) =>
            item.ok ? (
              <AssessmentCard
                key={item.assessment.id}
                assessment={item.assessment}
                completion={framework?.id === item.assessment.framework.editionId ? assessmentCompletion(framework, item.assessment) : undefined}
              />
            ) : (
              <UnreadableCard key={item.id} id={item.id} title={item.title} problem={item.problem} />
            ),
          )}
        </ul>
      )}
      {status === 'ready' && <BackupPanel />}
    </section>
  );
}
