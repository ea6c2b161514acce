import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { skillAreasOf } from '../../domain/framework/framework.ts';
import { formatCalendarDate } from '../../lib/format.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { useAssessment, useAssessmentActions, useOpenAssessment } from '../../state/assessment-store.ts';
import { CommentThread } from '../../components/review/comment-thread.tsx';
import { commentsOnAction } from '../../domain/review/review.ts';
import { capitalised, readerVoice } from '../../domain/review/reader-voice.ts';
import { NewActionForm } from './new-action-form.tsx';
import { PdActionCard } from './pd-action-card.tsx';
import './pd-plan.css';

const statusLabels = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done' } as const;

export function PdPlanScreen() {
  const open = useOpenAssessment();
  const reviewer = useAssessment((s) => s.reviewer);
  const { addComment, removeComment } = useAssessmentActions();
  const planSize = open ? open.assessment.pdPlan.length : 0;
  const overview = useRef<HTMLParagraphElement>(null);
  const previousSize = useRef(planSize);
  // A removed action takes its Remove button with it: focus goes to the plan's overview, which now counts one fewer.
  useEffect(() => {
    if (planSize < previousSize.current) overview.current?.focus();
    previousSize.current = planSize;
  }, [planSize]);
  if (!open) return null;
  const { framework, assessment } = open;
  const areaTitles = new Map(skillAreasOf(framework).map((area) => [area.id, area.title]));
  const counts = { planned: 0, 'in-progress': 0, done: 0 };
  for (const action of assessment.pdPlan) counts[action.status] += 1;
  const voice = readerVoice(assessment);
  const Possessive = capitalised(voice.possessive);

  return (
    <section className="pd-plan">
      <PageHeading title="Professional development plan" />
      <p ref={overview} tabIndex={-1} className="lead">
        {assessment.pdPlan.length === 0
          ? voice.isOwner
            ? 'Your plan is empty. Add suggested activities from your results, or your own actions below.'
            : `${Possessive} plan is empty.`
          : `${assessment.pdPlan.length} ${assessment.pdPlan.length === 1 ? 'action' : 'actions'}: ${counts.planned} planned, ${counts['in-progress']} in progress, ${counts.done} done.`}
      </p>
      <p>
        <Link to={paths.results.href(assessment.id)}>See {voice.possessive} results and suggested activities</Link>
      </p>
      {assessment.pdPlan.length > 0 && <h2>{Possessive} actions</h2>}
      {assessment.pdPlan.length > 0 && (
        <ol className="pd-action-list">
          {assessment.pdPlan.map((action) =>
            assessment.received ? (
              <li key={action.id} className={`card pd-action pd-action--${action.status}`}>
                <h3 className="pd-action__title">{action.title}</h3>
                <p className="muted">
                  {statusLabels[action.status]}
                  {action.dueDate && ` · due ${formatCalendarDate(action.dueDate)}`} · for {action.skillAreaIds.map((id) => areaTitles.get(id) ?? id).join(', ') || 'no skill area in particular'}
                </p>
                {action.goal && <p>{action.goal}</p>}
                <CommentThread
                  subject={`the action “${action.title}”`}
                  comments={commentsOnAction(assessment, action.id)}
                  reviewer={reviewer}
                  onAdd={(comment) => addComment({ ...comment, planActionId: action.id })}
                  onRemove={removeComment}
                  headingLevel={4}
                />
              </li>
            ) : (
              <PdActionCard key={action.id} action={action} areaTitles={areaTitles} />
            ),
          )}
        </ol>
      )}
      {!assessment.received && <NewActionForm skillAreas={skillAreasOf(framework)} />}
    </section>
  );
}
