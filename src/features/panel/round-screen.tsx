import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import type { HiringRound, Panelist, Scorecard } from '../../domain/panel/panel.ts';
import { scorecardId } from '../../domain/panel/panel.ts';
import { isCandidateSubmitted } from '../../domain/panel/round.ts';
import { DamagedRecordCard } from '../../components/ui/damaged-record-card.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useShallow } from 'zustand/shallow';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';
import { Calibration } from './calibration.tsx';
import { ChairTools } from './chair-tools.tsx';
import { exportScorecard } from './export-scorecard.ts';
import { RoundDetails } from './round-details.tsx';
import { WhoAreYou } from './who-are-you.tsx';
import './panel.css';

/** Where a panelist's scoring stands, in words that give away no score. */
function progress(round: HiringRound, card: Scorecard | undefined): string {
  if (!card) return 'Not started';
  if (card.submittedAt) return `Submitted every candidate (${formatDateTime(card.submittedAt)})`;
  const done = round.candidates.filter((c) => isCandidateSubmitted(card, c.id)).length;
  return `In progress: ${done} of ${round.candidates.length} candidates submitted`;
}

/**
 * One panelist's place on the round page. Their scorecard exports here on their own device, or once they have
 * submitted every candidate: on a shared device an unsubmitted card exports only from behind its PIN.
 */
function PanelistCard({ round, panelist, card, isOwnDevice }: { round: HiringRound; panelist: Panelist; card: Scorecard | undefined; isOwnDevice: boolean }) {
  return (
    <li className="card" aria-labelledby={`panelist-${panelist.id}`}>
      <h3 id={`panelist-${panelist.id}`} className="assessment-card__title">
        {panelist.name}
        {panelist.role && <span className="muted">, {panelist.role}</span>}
      </h3>
      <p className="muted">{progress(round, card)}</p>
      <div className="assessment-card__actions">
        {!round.scoringClosed && !card?.submittedAt && (
          <Link className="button button--primary" to={paths.interview.href(round.id, panelist.id)} aria-label={`Score as ${panelist.name}`}>
            Score
          </Link>
        )}
        {card && (isOwnDevice || card.submittedAt) && (
          <button type="button" className="button" onClick={() => void exportScorecard(round, card, panelist.name)} aria-label={`Export ${panelist.name}’s scorecard`}>
            Export scorecard
          </button>
        )}
      </div>
    </li>
  );
}

export function RoundScreen() {
  const { roundId = '' } = useParams();
  const { status, round, framework, scorecards, damagedScorecards, problem, device, roundSaveProblem } = usePanel(
    useShallow((s) => ({
      status: s.status,
      round: s.round,
      framework: s.framework,
      scorecards: s.scorecards,
      damagedScorecards: s.damagedScorecards,
      problem: s.problem,
      device: s.device,
      roundSaveProblem: s.roundSaveProblem,
    })),
  );
  const { openRound, lock, deleteDamagedScorecard } = usePanelActions();

  useEffect(() => {
    void openRound(roundId);
  }, [openRound, roundId]);
  // Coming back here closes whichever scorecard was open on a shared device.
  useEffect(() => lock(), [lock]);

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
  if (!round || round.id !== roundId || !framework) return <p className="page">{problem ?? 'Opening the hiring round…'}</p>;
  const cardOf = (panelistId: string) => scorecards.find((c) => c.id === scorecardId(round.id, panelistId));
  const me = device?.panelistId ? round.panelists.find((p) => p.id === device.panelistId) : undefined;

  return (
    <section className="page">
      <PageHeading title={round.positionTitle} />
      <p className="lead">
        {round.district && `${round.district} · `}
        {round.candidates.length} candidates · {round.panelists.length} panelists · {round.skillAreaIds.length} skill areas
      </p>
      {problem && <Notice tone="error">{problem}</Notice>}
      {roundSaveProblem && <Notice tone="error">{roundSaveProblem}</Notice>}
      {damagedScorecards.length > 0 && (
        <ul className="assessment-list" aria-label="Scorecards that could not be read">
          {damagedScorecards.map(({ storedKey, problem: why }) => {
            const owner = round.panelists.find((p) => scorecardId(round.id, p.id) === storedKey);
            return (
              <DamagedRecordCard
                key={JSON.stringify(storedKey)}
                title={owner && `${owner.name}’s scorecard`}
                explanation={`A scorecard stored for this round could not be read, so it is left out of every figure: ${why}`}
                noun="scorecard"
                onDelete={() => void deleteDamagedScorecard(storedKey)}
              />
            );
          })}
        </ul>
      )}
      {round.scoringClosed && (
        <Notice tone="info">
          The chair closed scoring on {formatDateTime(round.scoringClosed.at)}
          {round.scoringClosed.unsubmitted.length > 0 ? `, before these had submitted: ${round.scoringClosed.unsubmitted.join('; ')}.` : '.'}
        </Notice>
      )}
      {device && !me && <WhoAreYou round={round} />}
      {device && me && (
        <>
          <h2>Your scorecard</h2>
          <ul className="panelist-list">
            <PanelistCard round={round} panelist={me} card={cardOf(me.id)} isOwnDevice />
          </ul>
          <p className="muted">Send the exported scorecard file to the chair. Nobody sees your scores until every panelist has submitted.</p>
        </>
      )}
      <RoundDetails round={round} framework={framework} canEdit={!device} />
      {!device && (
        <>
          <h2>Panelists</h2>
          <p className="muted">
            Each panelist scores on their own device and sends the chair their scorecard file, or scores in turn on this device behind
            their own PIN. Nobody sees another panelist’s scores until every panelist has submitted or the chair closes scoring.
          </p>
          <ul className="panelist-list">
            {round.panelists.map((panelist) => (
              <PanelistCard key={panelist.id} round={round} panelist={panelist} card={cardOf(panelist.id)} isOwnDevice={false} />
            ))}
          </ul>
          <Calibration round={round} framework={framework} scorecards={scorecards} />
          <ChairTools round={round} scorecards={scorecards} />
        </>
      )}
    </section>
  );
}
