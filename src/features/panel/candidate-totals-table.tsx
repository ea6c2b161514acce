import type { CandidateResult } from '../../domain/panel/panel-results.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';
import { formatLevel } from '../../lib/format.ts';

/** Every candidate's weighted score, its range across panelists and rank: the chair's comparison and the packet's first page. */
export function CandidateTotalsTable({ results }: { results: CandidateResult[] }) {
  return (
    <TableRegion label="Weighted score by candidate">
      <table className="data-table">
        <caption>Weighted score by candidate (level 1–4; areas weighted as set for the round)</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col" className="numeric">Weighted score</th>
            <th scope="col" className="numeric">Range across panelists</th>
            <th scope="col" className="numeric">Rank</th>
            <th scope="col" className="numeric">Areas scored</th>
            <th scope="col" className="numeric">Panelists</th>
          </tr>
        </thead>
        <tbody>
          {results.map((c) => (
            <tr key={c.candidateId}>
              <th scope="row">{c.name}</th>
              <td className="numeric">{formatLevel(c.weightedScore)}</td>
              <td className="numeric">{c.range ? `${formatLevel(c.range.low)}–${formatLevel(c.range.high)}` : '—'}</td>
              <td className="numeric">{c.rank ?? '—'}</td>
              <td className="numeric">{c.scoredAreas}</td>
              <td className="numeric">{c.panelistsScored}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
