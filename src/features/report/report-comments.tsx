import type { ReportComment, ReportModel } from '../../domain/report/report-model.ts';
import { When } from './report-bits.tsx';

function CommentList({ comments }: { comments: ReportComment[] }) {
  return (
    <ul className="report-comments">
      {comments.map((comment) => (
        <li key={comment.id} className="report-comment">
          <p className="report-comment__meta">
            <strong>{comment.author}</strong>
            {comment.authorRole && `, ${comment.authorRole}`} · <When iso={comment.at} style="dateTime" />
          </p>
          <p className="report-comment__text report-prewrap">{comment.text}</p>
        </li>
      ))}
    </ul>
  );
}

export function ReportComments({ report }: { report: ReportModel }) {
  const { overall, areas, actions, total } = report.comments;
  return (
    <section className="report-section" aria-labelledby="report-comments-heading">
      <h2 id="report-comments-heading">Reviewer comments</h2>
      {total === 0 && <p>No reviewer comments yet.</p>}
      {overall.length > 0 && (
        <>
          <h3>On the assessment as a whole</h3>
          <CommentList comments={overall} />
        </>
      )}
      {[...areas, ...actions].map((group, index) => (
        <div key={`${index}-${group.heading}`} className="report-comment-group">
          <h3>{group.heading}</h3>
          <CommentList comments={group.comments} />
        </div>
      ))}
    </section>
  );
}

/** Only when the user chose to include their notes, and only when there are some. */
export function ReportNotes({ report }: { report: ReportModel }) {
  if (!report.includesNotes || report.notes.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="report-notes-heading">
      <h2 id="report-notes-heading">Evidence notes</h2>
      <p className="report-muted">The respondent’s own notes on the evidence behind their ratings.</p>
      {report.notes.map((group) => (
        <div key={group.heading} className="report-note-group">
          <h3>{group.heading}</h3>
          <dl className="report-notes">
            {group.notes.map((item) => (
              <div key={item.indicatorId} className="report-note">
                <dt>
                  <span className="report-code">{item.code}</span> {item.text}{' '}
                  {item.rating && <span className="report-tag">Rated {item.rating}</span>}
                </dt>
                <dd className="report-prewrap">{item.note}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
