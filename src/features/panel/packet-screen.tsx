import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { levelNameOf, skillAreasOf } from '../../domain/framework/framework.ts';
import { areResultsOpen } from '../../domain/panel/chair.ts';
import { panelCsv } from '../../domain/panel/panel-csv.ts';
import { panelResults } from '../../domain/panel/panel-results.ts';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { formatDateTime, localDay } from '../../lib/format.ts';
import { nowIso } from '../../lib/new-id.ts';
import { useShallow } from 'zustand/shallow';
import { usePanel, usePanelActions } from '../../state/panel-store.ts';
import { CandidateScoresTable } from './candidate-scores-table.tsx';
import { CandidateSummary } from './candidate-summary.tsx';
import { CandidateTotalsTable } from './candidate-totals-table.tsx';
import { PacketRound } from './packet-round.tsx';
import { PanelWarnings } from './panel-warnings.tsx';
import './panel.css';

/** Printed at the top and, through the print stylesheet, at the foot of every page. */
export const CONFIDENTIAL =
  'Confidential personnel record: for the hiring decision and the district’s hiring file only. Do not share outside the hiring process.';

/** The decision packet the district keeps: print or PDF, CSV, and the archive of every raw scorecard. */
export function PacketScreen() {
  const { roundId = '' } = useParams();
  const { round, framework, scorecards, device } = usePanel(useShallow((s) => ({ round: s.round, framework: s.framework, scorecards: s.scorecards, device: s.device })));
  const { openRound } = usePanelActions();
  const [includeNotes, setIncludeNotes] = useState(false);

  useEffect(() => {
    void openRound(roundId);
  }, [openRound, roundId]);

  if (!round || round.id !== roundId || !framework) return <p className="page">Opening the decision packet…</p>;
  if (device || !areResultsOpen(round, scorecards)) {
    return (
      <section className="page">
        <PageHeading title="Decision packet" />
        <p>The packet opens on the chair’s device once every panelist has submitted or the chair has closed scoring.</p>
        <p>
          <Link to={paths.round.href(round.id)}>← Back to the round</Link>
        </p>
      </section>
    );
  }
  const results = panelResults(framework, round, scorecards, { onlySubmitted: true });
  const titles = new Map(skillAreasOf(framework).map((area) => [area.id, area.title]));
  const panelistName = new Map(round.panelists.map((p) => [p.id, p.name]));
  const recommended = results.find((r) => r.candidateId === round.recommendation?.candidateId);
  const slug = fileSlug(round.positionTitle);

  const downloadArchive = async () => {
    const { roundArchiveText } = await import('../../lib/panel-files.ts');
    downloadText(`round-archive-${slug}-${localDay(nowIso())}.json`, await roundArchiveText(round, scorecards, nowIso()), 'application/json');
  };

  return (
    <article className="page packet" aria-labelledby="packet-title">
      <p className="packet__confidential">{CONFIDENTIAL}</p>
      <div className="no-print">
        <p>
          <Link to={paths.chair.href(round.id, 'results')}>← Back to the panel’s results</Link>
        </p>
        <div className="assessment-card__actions">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button
            type="button"
            className="button"
            onClick={() => downloadText(`panel-${slug}-${localDay(nowIso())}.csv`, panelCsv(framework, round, results), 'text/csv;charset=utf-8')}
          >
            Export for spreadsheets (CSV)
          </button>
          <button type="button" className="button" onClick={() => void downloadArchive()}>
            Download the round archive (every raw scorecard)
          </button>
        </div>
        <div className="choice">
          <input id="packet-notes" type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.target.checked)} />
          <label htmlFor="packet-notes">Include panelists’ private notes</label>
        </div>
      </div>
      <h1 id="packet-title">Hiring decision packet: {round.positionTitle}</h1>
      <p className="lead">
        {round.district && `${round.district} · `}Prepared {formatDateTime(nowIso())}
      </p>
      <PanelWarnings round={round} results={results} />
      <section aria-labelledby="packet-recommendation">
        <h2 id="packet-recommendation">The chair’s recommendation</h2>
        {round.recommendation ? (
          <>
            <p>
              <strong>{recommended ? `Recommended: ${recommended.name}` : 'No candidate recommended'}</strong> (recorded {formatDateTime(round.recommendation.at)})
            </p>
            <p className="packet__reasons">{round.recommendation.reasons || 'No reasons written.'}</p>
          </>
        ) : (
          <p>No recommendation recorded yet.</p>
        )}
      </section>
      <section aria-labelledby="packet-standings">
        <h2 id="packet-standings">Candidates side by side</h2>
        <CandidateTotalsTable results={results} />
      </section>
      <PacketRound round={round} framework={framework} scorecards={scorecards} titles={titles} />
      {results.map((candidate) => (
        <section key={candidate.candidateId} className="packet__candidate" aria-labelledby={`packet-${candidate.candidateId}`}>
          <h2 id={`packet-${candidate.candidateId}`}>{candidate.name}</h2>
          <CandidateSummary candidate={candidate} results={results} titles={titles} />
          <CandidateScoresTable framework={framework} round={round} candidate={candidate} titles={titles} />
          {includeNotes && (
            <ul aria-label={`Panelists’ notes on ${candidate.name}`}>
              {candidate.areas.flatMap((area) =>
                [...area.scores.map((s) => ({ ...s, level: levelNameOf(framework, s.value) })), ...area.notObserved.map((s) => ({ ...s, level: 'not observed' }))]
                  .filter((s) => s.note)
                  .map((s) => (
                    <li key={`${area.skillAreaId}-${s.panelistId}`}>
                      <strong>{titles.get(area.skillAreaId)}</strong> — {panelistName.get(s.panelistId)} ({s.level}): {s.note}
                    </li>
                  )),
              )}
            </ul>
          )}
        </section>
      ))}
      <section aria-labelledby="packet-method">
        <h2 id="packet-method">How the figures are worked out</h2>
        <p>
          Each panelist scored each candidate independently and locked the scores before any discussion. An area’s figure is the mean of the
          panelists’ levels (1–4); “not asked / not observed” (n/o) counts in no figure. The weighted total is the weighted mean of the area figures;
          the range is the lowest and highest of the panelists’ own weighted totals. Two candidates are “too close to separate on scores alone”
          when each one’s total lies within the other’s range. A spread of 2 levels or more is flagged for discussion. The consensus is the level
          the panel agreed after discussion; it is shown beside the independent scores and changes none of the figures.
        </p>
      </section>
    </article>
  );
}
