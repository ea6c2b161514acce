import type { CandidateResult } from '../../domain/panel/panel-results.ts';
import { formatDay, formatLevel } from '../../lib/format.ts';

interface Props {
  candidate: CandidateResult;
  results: CandidateResult[];
  titles: Map<string, string>;
}

const listed = (ids: string[], titles: Map<string, string>) => ids.map((id) => titles.get(id) ?? id).join(', ');

/** The figures a decision rests on, in sentences: total and range, closeness, strongest and weakest areas. */
export function CandidateSummary({ candidate, results, titles }: Props) {
  const names = new Map(results.map((r) => [r.candidateId, r.name]));
  const flagged = candidate.areas.filter((a) => a.isDisagreement).map((a) => a.skillAreaId);
  return (
    <ul className="candidate-summary">
      <li>
        Weighted total {formatLevel(candidate.weightedScore)}
        {candidate.range && ` (panelists’ totals range from ${formatLevel(candidate.range.low)} to ${formatLevel(candidate.range.high)})`}
        {candidate.rank !== undefined && `, rank ${candidate.rank}`}; scored by {candidate.panelistsScored} {candidate.panelistsScored === 1 ? 'panelist' : 'panelists'}.
      </li>
      {candidate.interviewOn && <li>Interviewed {formatDay(candidate.interviewOn)}.</li>}
      {candidate.tooCloseTo.length > 0 && (
        <li className="flag">Too close to separate on scores alone from {candidate.tooCloseTo.map((id) => names.get(id)).join(', ')}.</li>
      )}
      {candidate.strongest.length > 0 && <li>Strongest: {listed(candidate.strongest, titles)}.</li>}
      {candidate.weakest.length > 0 && <li>Weakest: {listed(candidate.weakest, titles)}.</li>}
      {flagged.length > 0 && <li>Panel disagreed (2 levels or more) on: {listed(flagged, titles)}.</li>}
    </ul>
  );
}
