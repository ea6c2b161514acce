import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment.ts';
import { ownerNameOf } from '../../domain/review/reader-voice.ts';
import { reviewerOf } from '../../domain/review/review.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { APP_VERSION } from '../../config/app.ts';
import { downloadText, reviewedFileName } from '../../lib/download.ts';
import { formatDateTime, localDay } from '../../lib/format.ts';
import { formText } from '../../lib/form-text.ts';
import { nowIso } from '../../lib/new-id.ts';
import { useAssessment, useAssessmentActions } from '../../state/assessment-store.ts';

/** On a received copy: the reviewer signs off ("Reviewed by NAME on DATE") and sends the reviewed copy back. */
export function ReviewSendBack({ assessment }: { assessment: Assessment }) {
  const saved = useAssessment((s) => s.reviewer);
  const { signOffReview, withdrawSignOff } = useAssessmentActions();
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<string>();
  const owner = ownerNameOf(assessment);
  const reviewer = reviewerOf(assessment) ?? saved;
  const signOff = assessment.reviewSignOff;

  const signOffNow = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = formText(form, 'name').trim();
    if (!name) return setProblem('Add your name to sign off.');
    setProblem(undefined);
    signOffReview({ name, role: formText(form, 'role').trim() });
  };

  const sendBack = async () => {
    const name = reviewer?.name.trim();
    if (!name) return setProblem(`Sign off or add a comment first, so ${owner} knows who reviewed it.`);
    setProblem(undefined);
    const { exportFileText } = await import('../../lib/exchange-files.ts');
    // The author's own notes go back with their copy: nothing of theirs is lost whatever they choose on import.
    const text = await exportFileText([assessment], { kind: 'assessment', includeNotes: true, now: nowIso(), appVersion: APP_VERSION });
    const fileName = reviewedFileName(assessment.title, name, localDay(nowIso()));
    downloadText(fileName, text, 'application/json');
    setSent(`“${fileName}” was downloaded. Send it to ${owner}, who imports it to see your comments, your sign-off and each importance change you proposed.`);
  };

  return (
    <section className="card review-send-back" aria-labelledby="review-send-back-heading">
      <h2 id="review-send-back-heading">Your review</h2>
      {signOff ? (
        <p>
          Reviewed by {signOff.name}
          {signOff.role ? `, ${signOff.role},` : ''} on {formatDateTime(signOff.at)}: shown in the report’s summary.{' '}
          <button type="button" className="button button--small button--quiet" onClick={withdrawSignOff}>
            Withdraw my sign-off
          </button>
        </p>
      ) : (
        <form onSubmit={signOffNow} noValidate aria-labelledby="review-sign-off-heading">
          <h3 id="review-sign-off-heading">Sign off</h3>
          <p className="muted">Adds “Reviewed by your name on today’s date” to the sign-off line of {owner}’s report summary.</p>
          <div className="field-row">
            <div className="field">
              <label htmlFor="sign-off-name">Your name</label>
              <input id="sign-off-name" name="name" defaultValue={reviewer?.name} maxLength={200} autoComplete="name" />
            </div>
            <div className="field">
              <label htmlFor="sign-off-role">Your role</label>
              <input id="sign-off-role" name="role" defaultValue={reviewer?.role} maxLength={200} placeholder="e.g. Superintendent" />
            </div>
          </div>
          <button type="submit" className="button">
            Sign off the review
          </button>
        </form>
      )}
      <h3>Send back to {owner}</h3>
      <p className="muted">
        Saves the reviewed copy as a file named for you and today, to send to {owner}. {owner} decides on each importance change you
        proposed; their answers stay theirs.
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button button--primary" onClick={() => void sendBack()}>
        Send back to {owner}
      </button>
      {sent && <Notice tone="success">{sent}</Notice>}
    </section>
  );
}
