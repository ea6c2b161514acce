import { useEffect } from 'react';
import { Link } from 'react-router';
import { DamagedRecordCard } from '../../components/ui/damaged-record-card.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useShallow } from 'zustand/shallow';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';
import { NewRoundForm } from './new-round-form.tsx';
import { RoundFileInput } from './round-file-input.tsx';
import './panel.css';

export function PanelHomeScreen() {
  const { status, rounds, looseScorecards, framework, problem } = usePanel(
    useShallow((s) => ({ status: s.status, rounds: s.rounds, looseScorecards: s.looseScorecards, framework: s.framework, problem: s.problem })),
  );
  const { loadRounds, deleteDamagedRound, deleteDamagedScorecard } = usePanelActions();

  useEffect(() => {
    void loadRounds();
  }, [loadRounds]);

  return (
    <section className="page">
      <PageHeading title="Hiring panels" />
      <p className="lead">
        Use the framework as an interview rubric. Each panelist scores every candidate on the skill areas the interview covers,
        on their own device or in turn on this one; the chair merges the scorecards and compares candidates.
      </p>
      <p className="muted">Candidates’ names and scores stay on the devices used for scoring, and in the files the panel exports.</p>
      {problem && <Notice tone="error">{problem}</Notice>}
      <h2>Hiring rounds</h2>
      {status === 'ready' && rounds.length === 0 && <p>No hiring rounds yet.</p>}
      {rounds.length > 0 && (
        <ul className="assessment-list">
          {rounds.map((read) =>
            read.ok ? (
              <li key={read.round.id} className="card" aria-labelledby={`round-${read.round.id}`}>
                <h3 id={`round-${read.round.id}`} className="assessment-card__title">
                  <Link to={paths.round.href(read.round.id)}>{read.round.positionTitle}</Link>
                </h3>
                <p className="muted">
                  {read.round.district && `${read.round.district} · `}
                  {read.round.candidates.length} candidates · {read.round.panelists.length} panelists
                </p>
                <p className="muted">Started {formatDateTime(read.round.createdAt)}</p>
              </li>
            ) : (
              <DamagedRecordCard
                key={JSON.stringify(read.storedKey)}
                explanation={`A hiring round could not be read: ${read.problem}`}
                noun="round"
                alsoRemoved="and any scorecards kept with it"
                onDelete={() => void deleteDamagedRound(read.storedKey)}
              />
            ),
          )}
        </ul>
      )}
      {looseScorecards.length > 0 && (
        <ul className="assessment-list" aria-label="Scorecards that belong to no round here">
          {looseScorecards.map((read) => (
            <DamagedRecordCard
              key={JSON.stringify(read.storedKey)}
              explanation={`A scorecard stored on this device is not listed with any round: ${read.problem}`}
              noun="scorecard"
              onDelete={() => void deleteDamagedScorecard(read.storedKey)}
            />
          ))}
        </ul>
      )}
      <RoundFileInput />
      {framework && <NewRoundForm framework={framework} />}
    </section>
  );
}
