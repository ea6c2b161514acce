import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { scorecardId } from '../../domain/panel/panel.ts';
import { isComplete } from '../../domain/panel/round.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { formatDateTime } from '../../lib/format.ts';
import { nowIso } from '../../lib/new-id.ts';
import { useShallow } from 'zustand/shallow';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';
import { ScorecardImport } from './scorecard-import.tsx';
import './panel.css';

export function RoundScreen() {
  const { roundId = '' } = useParams();
  const navigate = useNavigate();
  const { status, round, scorecards, problem } = usePanel(
    useShallow((s) => ({ status: s.status, round: s.round, scorecards: s.scorecards, problem: s.problem })),
  );
  const { deleteRound, openRound } = usePanelActions();
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);

  useEffect(() => {
    void openRound(roundId);
  }, [openRound, roundId]);

  if (status === 'missing') {
    return (
      <section className="page">
        <PageHeading title="Hiring round not found" />
        <p>
          There is no hiring round at this address on this device. <Link to={paths.panel.href()}>See all hiring rounds</Link>
        </p>
      </section>
    );
  }
  if (!round || round.id !== roundId) return <p className="page">{problem ?? 'Opening the hiring round…'}</p>;

  const exportCard = async (panelistId: string, name: string) => {
    const card = scorecards.find((c) => c.id === scorecardId(round.id, panelistId));
    if (!card) return;
    const { scorecardFileText } = await import('../../lib/panel-files.ts');
    downloadText(`scorecard-${fileSlug(round.positionTitle)}-${fileSlug(name)}.json`, await scorecardFileText(round, card, nowIso()), 'application/json');
  };

  return (
    <section className="page">
      <PageHeading title={round.positionTitle} />
      <p className="lead">
        {round.district && `${round.district} · `}
        {round.candidates.length} candidates · {round.panelists.length} panelists · {round.skillAreaIds.length} skill areas
      </p>
      {problem && <Notice tone="error">{problem}</Notice>}

      <h2>Panelists</h2>
      <p className="muted">
        Each panelist scores on their own device and sends the chair their scorecard file, or scores in turn on this device. A
        panelist’s scores stay hidden from the others until they submit.
      </p>
      <ul className="panelist-list">
        {round.panelists.map((panelist) => {
          const card = scorecards.find((c) => c.id === scorecardId(round.id, panelist.id));
          const done = card ? round.candidates.filter((candidate) => isComplete(round, card, candidate.id)).length : 0;
          return (
            <li key={panelist.id} className="card" aria-labelledby={`panelist-${panelist.id}`}>
              <h3 id={`panelist-${panelist.id}`} className="assessment-card__title">
                {panelist.name}
                {panelist.role && <span className="muted">, {panelist.role}</span>}
              </h3>
              <p className="muted">
                {card?.submittedAt
                  ? `Submitted ${formatDateTime(card.submittedAt)}`
                  : card
                    ? `In progress: ${done} of ${round.candidates.length} candidates fully scored`
                    : 'Not started'}
              </p>
              <div className="assessment-card__actions">
                <Link className="button button--primary" to={paths.interview.href(round.id, panelist.id)} aria-label={`Score as ${panelist.name}`}>
                  Score
                </Link>
                {card && (
                  <button type="button" className="button" onClick={() => void exportCard(panelist.id, panelist.name)} aria-label={`Export ${panelist.name}’s scorecard`}>
                    Export scorecard
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>

      <h2>For the chair</h2>
      <p>
        <button
          type="button"
          className="button"
          onClick={() =>
            void import('../../lib/panel-files.ts').then(async ({ roundFileText }) =>
              downloadText(`round-${fileSlug(round.positionTitle)}.json`, await roundFileText(round, nowIso()), 'application/json'),
            )
          }
        >
          Export the round for panelists
        </button>
      </p>
      <ScorecardImport />
      <p>
        <Link className="button button--primary" to={paths.chair.href(round.id)}>
          See the panel’s results
        </Link>
      </p>
      <p>
        <button type="button" className="button button--danger-outline" onClick={() => setIsConfirmingDelete(true)}>
          Delete this hiring round
        </button>
      </p>
      {isConfirmingDelete && (
        <ConfirmDialog
          title={`Delete “${round.positionTitle}”?`}
          confirmLabel="Delete round and scores"
          isDanger
          onCancel={() => setIsConfirmingDelete(false)}
          onConfirm={() => {
            setIsConfirmingDelete(false);
            void deleteRound(round.id).then(() => navigate(paths.panel.href()));
          }}
        >
          <p>The round, its candidates and every panelist’s scores are removed from this device. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
