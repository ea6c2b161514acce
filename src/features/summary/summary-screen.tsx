import { Link } from 'react-router';
import { assessmentProgress } from '../../domain/assessment/progress.ts';
import { COMPLETION_RULE } from '../../domain/assessment/figures.ts';
import { BackupReminder } from '../../components/backup/backup-reminder.tsx';
import { CompletionBar } from '../../components/ui/completion-bar.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { formatLevel } from '../../lib/format.ts';
import { useAssessment, useAssessmentActions, useOpenAssessment } from '../../state/assessment-store.ts';
import { commentsOn } from '../../domain/review/review.ts';
import { CommentThread } from '../../components/review/comment-thread.tsx';
import { TableRegion } from '../../components/ui/table-region.tsx';
import { readerVoice } from '../../domain/review/reader-voice.ts';
import { FeedbackPresenceLine, useFeedbackPresence } from '../../components/feedback/feedback-presence.tsx';
import { NO_FEEDBACK } from '../../domain/feedback/feedback-presence.ts';
import './summary.css';

export function SummaryScreen() {
  const open = useOpenAssessment();
  const reviewer = useAssessment((s) => s.reviewer);
  const { addComment, removeComment, resolveComment } = useAssessmentActions();
  const feedback = useFeedbackPresence();
  if (!open) return null;
  const { framework, assessment } = open;
  const progress = assessmentProgress(framework, assessment);
  const scale = framework.rubric.levels.map((level) => `${level.value} ${level.name}`).join(', ');

  return (
    <section className="summary">
      <PageHeading title="Summary" />
      <p className="lead">
        <CompletionBar
          completion={progress.completion}
          label={`${progress.completion.answered} of ${progress.completion.total} indicators answered (${progress.completion.percent}%)`}
        />
      </p>
      <BackupReminder />
      {feedback && !assessment.received && <FeedbackPresenceLine assessmentId={assessment.id} title={assessment.title} presence={feedback.get(assessment.id) ?? NO_FEEDBACK} />}
      <p className="muted">
        {COMPLETION_RULE} Averages use the level numbers ({scale}) of the indicators rated with a level: the current average and the
        target average count the same indicators, as on Results and in the report.
      </p>

      <TableRegion label="Completion and average levels by grouping and skill area">
        <table className="summary-table">
          <caption>Completion and average levels by grouping and skill area</caption>
          <thead>
            <tr>
              <th scope="col">Grouping / skill area</th>
              <th scope="col">Answered</th>
              <th scope="col">Average current</th>
              <th scope="col">Average target</th>
            </tr>
          </thead>
          {progress.categories.map((row) => (
            <tbody key={row.category.id}>
              <tr className="summary-table__category">
                <th scope="row">
                  {row.category.numeral}. {row.category.title}
                </th>
                <td>
                  {row.completion.answered} of {row.completion.total} ({row.completion.percent}%)
                </td>
                <td>{formatLevel(row.current)}</td>
                <td>{formatLevel(row.target)}</td>
              </tr>
              {row.skillAreas.map((area) => (
                <tr key={area.skillArea.id}>
                  <th scope="row" className="summary-table__area">
                    <Link to={paths.skillArea.href(assessment.id, area.skillArea.id)}>
                      {area.skillArea.kind === 'coreValue' ? '' : `${area.skillArea.code}. `}
                      {area.skillArea.title}
                    </Link>
                  </th>
                  <td>
                    {area.completion.answered} of {area.completion.total} ({area.completion.percent}%)
                  </td>
                  <td>{formatLevel(area.current)}</td>
                  <td>{formatLevel(area.target)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableRegion>
      <CommentThread
        subject="the whole assessment"
        comments={commentsOn(assessment, undefined)}
        reviewer={reviewer}
        onAdd={addComment}
        {...(assessment.received ? { onRemove: removeComment } : { onResolve: resolveComment })}
      />
      <p>
        <Link className="button button--primary" to={paths.results.href(assessment.id)}>
          See {readerVoice(assessment).possessive} gaps, charts and suggested development →
        </Link>
      </p>
    </section>
  );
}
