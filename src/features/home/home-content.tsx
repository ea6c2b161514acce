import { useEffect, useRef, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { assessmentCompletion } from '../../domain/assessment/progress.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { paths } from '../../config/paths.ts';
import { useShallow } from 'zustand/shallow';
import { useAssessmentList, useAssessmentListActions } from '../../state/assessment-list-store.ts';
import { AssessmentCard } from './assessment-card.tsx';
import { describeTimeLeft, timeLeft, timeToRate } from '../../domain/assessment/walk.ts';
import { indicatorsOf } from '../../domain/framework/framework.ts';
import { DEFAULT_EDITION_ID } from '../../config/editions.ts';
import { BackupPanel } from '../../components/backup/backup-panel.tsx';
import { BackupReminder } from '../../components/backup/backup-reminder.tsx';
import { isFirstVisitThisSession } from './launch-redirect.ts';
import { LIST_HEADING_ID } from './home-ids.ts';
import { UnreadableCard } from './unreadable-card.tsx';
import { useFeedbackPresence } from '../../components/feedback/feedback-presence.tsx';
import { NO_FEEDBACK } from '../../domain/feedback/feedback-presence.ts';

/** What the home screen says above the start form once storage is read: problems, undo, and where the user left off. */
export function HomeNotices() {
  const { status, items, problem, deleted, lastAssessmentId } = useAssessmentList(
    useShallow((s) => ({ status: s.status, items: s.items, problem: s.problem, deleted: s.deleted, lastAssessmentId: s.lastAssessmentId })),
  );
  const { dismissUndo, loadAssessmentList, undoDelete, watchAssessmentList } = useAssessmentListActions();
  const [shouldResume] = useState(isFirstVisitThisSession);

  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void loadAssessmentList();
    return watchAssessmentList();
  }, [loadAssessmentList, watchAssessmentList]);

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
    document.getElementById(LIST_HEADING_ID)?.focus();
  };

  const last = items.find((item) => item.ok && item.assessment.id === lastAssessmentId);
  if (shouldResume && status === 'ready' && last?.ok) return <Navigate to={paths.assessment.href(last.assessment.id)} replace />;

  return (
    <>
      {problem && <Notice tone="error" title="Something needs your attention">{problem}</Notice>}

      {status === 'ready' && <BackupReminder />}

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

    </>
  );
}

/** The stored assessments, loaded after the static shell has painted. */
export function HomeList() {
  const { status, items, frameworks } = useAssessmentList(useShallow((s) => ({ status: s.status, items: s.items, frameworks: s.frameworks })));
  const newest = frameworks[DEFAULT_EDITION_ID];
  const feedback = useFeedbackPresence();
  return (
    <>
      {status === 'loading' && <p>Loading your assessments…</p>}
      {status === 'ready' && items.length === 0 && (
        <p>
          No assessments yet. Start one above
          {newest && `: ${describeTimeLeft(timeToRate(indicatorsOf(newest).length))}`}. You can stop at any point.
        </p>
      )}
      {items.length > 0 && (
        <ul className="assessment-list">
          {items.map((item) => {
            if (!item.ok) return <UnreadableCard key={JSON.stringify(item.storedKey)} storedKey={item.storedKey} title={item.title} problem={item.problem} />;
            const framework = frameworks[item.assessment.framework.editionId];
            return (
              <AssessmentCard
                key={item.assessment.id}
                assessment={item.assessment}
                framework={framework}
                completion={framework ? assessmentCompletion(framework, item.assessment) : undefined}
                timeLeft={framework ? timeLeft(framework, item.assessment) : undefined}
                feedback={feedback && (feedback.get(item.assessment.id) ?? NO_FEEDBACK)}
              />
            );
          })}
        </ul>
      )}
      {status === 'ready' && <BackupPanel />}
      <section className="card" aria-labelledby="home-more-heading">
        <h2 id="home-more-heading">More for technology leaders and their colleagues</h2>
        <ul>
          <li>
            <Link to={paths.giveFeedback.href()}>Give feedback to a colleague</Link>: open the feedback request a technology leader sent you, and answer it
            here; nothing is sent anywhere.
          </li>
          <li>
            <Link to={paths.cetl.href()}>CETL companion</Link>: recertification hours against CoSN’s rules, or readiness for the exam.
          </li>
        </ul>
      </section>
    </>
  );
}
