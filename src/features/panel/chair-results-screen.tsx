import { lazy, Suspense, useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { levelNameOf, skillAreasOf } from '../../domain/framework/framework.ts';
import { areResultsOpen, outstandingScores } from '../../domain/panel/chair.ts';
import { panelCsv } from '../../domain/panel/panel-csv.ts';
import { panelResults } from '../../domain/panel/panel-results.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { formatLevel, localDay } from '../../lib/format.ts';
import { nowIso } from '../../lib/new-id.ts';
import { useShallow } from 'zustand/shallow';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';
import { CandidateScoresTable } from './candidate-scores-table.tsx';
import { CandidateTotalsTable } from './candidate-totals-table.tsx';
import { CandidateSummary } from './candidate-summary.tsx';
import { ConsensusEditor } from './consensus-editor.tsx';
import { PanelWarnings } from './panel-warnings.tsx';
import { RecommendationForm } from './recommendation-form.tsx';
import './panel.css';

const CandidateChart = lazy(() => import('./candidate-chart.tsx'));

export function ChairResultsScreen() {
  const { roundId = '' } = useParams();
  const { round, framework, scorecards, device } = usePanel(useShallow((s) => ({ round: s.round, framework: s.framework, scorecards: s.scorecards, device: s.device })));
  const { openRound } = usePanelActions();

  useEffect(() => {
    void openRound(roundId);
  }, [openRound, roundId]);

  if (!round || round.id !== roundId || !framework) return <p className="page">Opening the panel’s results…</p>;
  // Blind scoring: nobody sees anyone's scores until every panelist has submitted or the chair closes scoring.
  if (device || !areResultsOpen(round, scorecards)) {
    const outstanding = outstandingScores(round, scorecards);
    return (
      <section className="page chair">
        <PageHeading title={`Panel results: ${round.positionTitle}`} />
        <p>
          {device
            ? 'The panel’s results are kept on the chair’s device.'
            : `The results open once every panelist has submitted every candidate, so that nobody sees another’s scores first. Still scoring: ${outstanding.map((o) => o.panelist.name).join(', ')}.`}
        </p>
        <p>
          <Link to={paths.round.href(round.id)}>← Back to the round</Link>
        </p>
      </section>
    );
  }
  const results = panelResults(framework, round, scorecards, { onlySubmitted: true });
  const titles = new Map(skillAreasOf(framework).map((area) => [area.id, area.title]));
  const panelistName = new Map(round.panelists.map((p) => [p.id, p.name]));

  return (
    <section className="page chair">
      <div className="no-print">
        <p>
          <Link to={paths.round.href(round.id)}>← Back to the round</Link>
        </p>
      </div>
      <PageHeading title={`Panel results: ${round.positionTitle}`} />
      <p className="lead">
        {round.panelists.length - outstandingScores(round, scorecards).length} of {round.panelists.length} panelists have submitted their scores; only submitted scores are counted.
        {round.district && ` ${round.district}.`}
      </p>
      <PanelWarnings round={round} results={results} />
      <div className="assessment-card__actions no-print">
        <Link className="button button--primary" to={paths.chair.href(round.id, 'packet')}>
          Open the decision packet
        </Link>
        <button
          type="button"
          className="button"
          onClick={() => downloadText(`panel-${fileSlug(round.positionTitle)}-${localDay(nowIso())}.csv`, panelCsv(framework, round, results), 'text/csv;charset=utf-8')}
        >
          Export for spreadsheets (CSV)
        </button>
      </div>

      <h2>Candidates side by side</h2>
      <CandidateTotalsTable results={results} />
      <TableRegion label="Mean panel score by skill area and candidate">
        <table className="data-table">
          <caption>Mean panel score by skill area and candidate</caption>
          <thead>
            <tr>
              <th scope="col">Skill area (weight)</th>
              {results.map((c) => (
                <th key={c.candidateId} scope="col" className="numeric">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {round.skillAreaIds.map((areaId) => (
              <tr key={areaId}>
                <th scope="row">
                  {titles.get(areaId)} (×{round.weights[areaId] ?? 1})
                </th>
                {results.map((c) => (
                  <td key={c.candidateId} className="numeric">
                    {formatLevel(c.areas.find((a) => a.skillAreaId === areaId)?.mean)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <Suspense fallback={<p>Loading the chart…</p>}>
        <CandidateChart results={results} maxLevel={framework.rubric.levels.length} />
      </Suspense>

      {results.map((candidate) => (
        <section key={candidate.candidateId} className="card chair__candidate" aria-labelledby={`candidate-${candidate.candidateId}`}>
          <h2 id={`candidate-${candidate.candidateId}`}>{candidate.name}</h2>
          <CandidateSummary candidate={candidate} results={results} titles={titles} />
          <CandidateScoresTable framework={framework} round={round} candidate={candidate} titles={titles} />
          <ConsensusEditor framework={framework} candidate={candidate} titles={titles} />
          <details>
            <summary>Panelists’ private notes for {candidate.name}</summary>
            <ul>
              {candidate.areas.flatMap((area) =>
                area.scores
                  .filter((s) => s.note)
                  .map((s) => (
                    <li key={`${area.skillAreaId}-${s.panelistId}`}>
                      <strong>{titles.get(area.skillAreaId)}</strong> — {panelistName.get(s.panelistId)} ({levelNameOf(framework, s.value)}): {s.note}
                    </li>
                  )),
              )}
            </ul>
          </details>
        </section>
      ))}
      <RecommendationForm round={round} />
      <p className="muted">Levels: {framework.rubric.levels.map((l) => `${l.value} ${l.name}`).join(', ')}; n/o = not asked / not observed (counts in no figure).</p>
    </section>
  );
}
