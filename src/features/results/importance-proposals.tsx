import type { Importance } from '../../domain/assessment/assessment.ts';
import type { GapAnalysis } from '../../domain/results/gaps.ts';
import { pendingProposals } from '../../domain/review/importance-proposals.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useAssessmentActions, useOpenAssessment } from '../../state/assessment-store.ts';

const NAMES: Record<Importance, string> = { low: 'Low', normal: 'Normal', high: 'High' };

/** On the author's copy: each importance change a reviewer proposed, to accept or decline. Nothing moves until then. */
export function ImportanceProposals({ analysis }: { analysis: GapAnalysis }) {
  const open = useOpenAssessment();
  const { acceptProposal, declineProposal } = useAssessmentActions();
  if (!open) return null;
  const titles = new Map(analysis.skillAreas.map(({ skillArea }) => [skillArea.id, skillArea.title]));
  const pending = pendingProposals(open.assessment, [...titles.keys()]);
  if (pending.length === 0) return null;
  return (
    <section className="card importance-proposals" aria-labelledby="importance-proposals-heading">
      <h2 id="importance-proposals-heading">Proposed importance changes</h2>
      <p className="muted">Your reviewer sees how much some skill areas matter differently. Your ranking below changes only for the proposals you accept.</p>
      <ul className="importance-proposals__list">
        {pending.map((proposal) => {
          const title = titles.get(proposal.skillAreaId) ?? proposal.skillAreaId;
          const who = proposal.author ? `${proposal.author}${proposal.authorRole ? `, ${proposal.authorRole}` : ''}` : 'Your reviewer';
          return (
            <li key={proposal.skillAreaId} className="importance-proposal">
              <p>
                <strong>{title}</strong>: {who} proposes <strong>{NAMES[proposal.importance]}</strong> (yours: {NAMES[proposal.current]}) ·{' '}
                {formatDateTime(proposal.at)}
              </p>
              <div className="assessment-card__actions">
                <button type="button" className="button button--small" onClick={() => acceptProposal(proposal.skillAreaId)} aria-label={`Accept ${NAMES[proposal.importance]} for ${title}`}>
                  Accept
                </button>
                <button type="button" className="button button--small button--quiet" onClick={() => declineProposal(proposal.skillAreaId)} aria-label={`Decline ${NAMES[proposal.importance]} for ${title}`}>
                  Decline
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
