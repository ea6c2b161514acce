import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { ReviewComment } from '../../domain/assessment/assessment.ts';
import { MAX_COMMENT_LENGTH } from '../../domain/review/review.ts';
import { formatDateTime } from '../../lib/format.ts';
import { formText } from '../../lib/form-text.ts';
import './comment-thread.css';

interface CommentThreadProps {
  /** What the comments are about, e.g. "Strategic Planning" or "the whole assessment". */
  subject: string;
  comments: ReviewComment[];
  reviewer?: { name: string; role: string };
  onAdd: (comment: { text: string; author: string; authorRole: string }) => void;
  /** On the reviewer's copy: their comments can be deleted. */
  onRemove?: (commentId: string) => void;
  /** On the owner's copy: a reviewer's comment can be marked resolved, never deleted. */
  onResolve?: (commentId: string) => void;
  /** Inside a card whose own heading is an h3 (a plan action), the thread's heading is an h4. */
  headingLevel?: 2 | 4;
  /** False where the owner only reads and resolves (their plan): no form to add one. */
  canAdd?: boolean;
}

/** Reviewers' comments, attributed and dated, with a form to add one. */
export function CommentThread({ subject, comments, reviewer, onAdd, onRemove, onResolve, headingLevel = 2, canAdd = true }: CommentThreadProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  const headingId = useId();
  const fieldId = useId();
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = formText(form, 'text').trim();
    const author = formText(form, 'author').trim();
    if (!text || !author) {
      setProblem(!text ? 'Write the comment first.' : 'Add your name, so the author knows who commented.');
      return;
    }
    setProblem(undefined);
    onAdd({ text, author, authorRole: formText(form, 'role') });
    const textarea = formElement.elements.namedItem('text');
    if (textarea instanceof HTMLTextAreaElement) textarea.value = '';
  };

  return (
    <section className="comments" aria-labelledby={headingId}>
      <Heading id={headingId} className="comments__heading">
        Reviewer comments on {subject}
      </Heading>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ul className="comments__list">
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment__meta">
                <strong>{comment.author}</strong>
                {comment.authorRole && `, ${comment.authorRole}`} · {formatDateTime(comment.at)}
              </p>
              <p className="comment__text">{comment.text}</p>
              {comment.resolvedAt && <p className="comment__meta">Resolved {formatDateTime(comment.resolvedAt)}</p>}
              {onResolve && !comment.resolvedAt && (
                <button type="button" className="button button--small button--quiet" onClick={() => onResolve(comment.id)} aria-label={`Mark the comment by ${comment.author} resolved`}>
                  Mark resolved
                </button>
              )}
              {onRemove && (
                <button type="button" className="button button--small button--quiet" onClick={() => onRemove(comment.id)} aria-label={`Delete comment by ${comment.author}`}>
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <details className="comments__add">
          <summary>Add a comment</summary>
          <form onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor={`${fieldId}-text`}>Comment on {subject}</label>
              <textarea id={`${fieldId}-text`} name="text" rows={3} maxLength={MAX_COMMENT_LENGTH} />
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${fieldId}-author`}>Your name</label>
                <input id={`${fieldId}-author`} name="author" defaultValue={reviewer?.name} maxLength={200} autoComplete="name" />
              </div>
              <div className="field">
                <label htmlFor={`${fieldId}-role`}>Your role</label>
                <input id={`${fieldId}-role`} name="role" defaultValue={reviewer?.role} maxLength={200} placeholder="e.g. Superintendent" />
              </div>
            </div>
            {problem && (
              <p className="field__error" role="alert">
                {problem}
              </p>
            )}
            <button type="submit" className="button button--primary">
              Add comment
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
