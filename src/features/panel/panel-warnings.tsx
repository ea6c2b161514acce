import type { HiringRound } from '../../domain/panel/panel.ts';
import type { CandidateResult } from '../../domain/panel/panel-results.ts';
import { unequalPanels } from '../../domain/panel/panel-results.ts';
import { formatDateTime } from '../../lib/format.ts';

/** What a reader of the results must know before comparing candidates: an early close, unequal panels. */
export function PanelWarnings({ round, results }: { round: HiringRound; results: CandidateResult[] }) {
  const unequal = unequalPanels(results);
  return (
    <>
      {round.scoringClosed && (
        <p className="notice notice--info">
          Scoring was closed early by the chair on {formatDateTime(round.scoringClosed.at)}.
          {round.scoringClosed.unsubmitted.length > 0 && ` Not submitted then, so not counted: ${round.scoringClosed.unsubmitted.join('; ')}.`}
        </p>
      )}
      {unequal && (
        <p className="notice notice--error">
          Candidates were not scored by the same number of panelists ({unequal.most} for most):{' '}
          {unequal.fewer.map((f) => `${f.name} by ${f.panelists}`).join(', ')}. Compare their totals with care.
        </p>
      )}
    </>
  );
}
