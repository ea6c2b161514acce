import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { HiringRound, Scorecard } from '../../domain/panel/panel.ts';
import { areResultsOpen, outstandingScores, roundForPanelists } from '../../domain/panel/chair.ts';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { paths } from '../../config/paths.ts';
import { downloadText, fileSlug } from '../../lib/download.ts';
import { nowIso } from '../../lib/new-id.ts';
import { usePanelActions } from '../../state/panel-store.ts';
import { ScorecardImport } from './scorecard-import.tsx';

/** The chair's device only: send the round out, bring scorecards in, close scoring, results and deletion. */
export function ChairTools({ round, scorecards }: { round: HiringRound; scorecards: Scorecard[] }) {
  const { closeScoring, deleteRound } = usePanelActions();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<'close' | 'delete'>();
  const outstanding = outstandingScores(round, scorecards);
  const isOpen = areResultsOpen(round, scorecards);

  return (
    <section aria-labelledby="chair-heading">
      <h2 id="chair-heading">For the chair</h2>
      <p>
        <button
          type="button"
          className="button"
          onClick={() =>
            void import('../../lib/panel-files.ts').then(async ({ roundFileText }) =>
              downloadText(`round-${fileSlug(round.positionTitle)}.json`, await roundFileText(roundForPanelists(round), nowIso()), 'application/json'),
            )
          }
        >
          Export the round for panelists
        </button>
      </p>
      <ScorecardImport />
      {isOpen ? (
        <p className="assessment-card__actions">
          <Link className="button button--primary" to={paths.chair.href(round.id, 'results')}>
            See the panel’s results
          </Link>
          <Link className="button" to={paths.chair.href(round.id, 'packet')}>
            Open the decision packet
          </Link>
        </p>
      ) : (
        <>
          <p>
            The panel’s results open once every panelist has submitted every candidate. Still to come:{' '}
            {outstanding.map((o) => `${o.panelist.name} (${o.candidates.join(', ')})`).join('; ')}.
          </p>
          <p>
            <button type="button" className="button" onClick={() => setConfirming('close')}>
              Close scoring now
            </button>
          </p>
        </>
      )}
      <p>
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming('delete')}>
          Delete this hiring round
        </button>
      </p>
      {confirming === 'close' && (
        <ConfirmDialog title="Close scoring before everyone has submitted?" confirmLabel="Close scoring" onCancel={() => setConfirming(undefined)} onConfirm={() => {
          setConfirming(undefined);
          closeScoring();
        }}>
          <p>Scores not yet submitted will not count and can no longer be given. The decision packet records that scoring was closed early, and who had not submitted.</p>
        </ConfirmDialog>
      )}
      {confirming === 'delete' && (
        <ConfirmDialog
          title={`Delete “${round.positionTitle}”?`}
          confirmLabel="Delete round and scores"
          isDanger
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => {
            setConfirming(undefined);
            void deleteRound(round.id).then(() => navigate(paths.panel.href()));
          }}
        >
          <p>The round, its candidates and every panelist’s scores are removed from this device. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
