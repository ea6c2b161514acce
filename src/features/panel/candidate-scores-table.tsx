import type { Framework } from '../../domain/framework/framework.ts';
import { levelNameOf } from '../../domain/framework/framework.ts';
import type { HiringRound } from '../../domain/panel/panel.ts';
import type { CandidateResult } from '../../domain/panel/panel-results.ts';
import { NOT_OBSERVED_MARK } from '../../domain/panel/panel-csv.ts';
import { formatLevel } from '../../lib/format.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';

interface Props {
  framework: Framework;
  round: HiringRound;
  candidate: CandidateResult;
  titles: Map<string, string>;
}

/** One candidate's independent scores per area and panelist, with mean, spread and the consensus beside them. */
export function CandidateScoresTable({ framework, round, candidate, titles }: Props) {
  return (
    <TableRegion label={`Scores for ${candidate.name}`}>
      <table className="data-table">
        <caption>Scores for {candidate.name} by skill area and panelist</caption>
        <thead>
          <tr>
            <th scope="col">Skill area</th>
            {round.panelists.map((p) => (
              <th key={p.id} scope="col" className="numeric">
                {p.name}
              </th>
            ))}
            <th scope="col" className="numeric">Mean</th>
            <th scope="col" className="numeric">Median</th>
            <th scope="col" className="numeric">Spread</th>
            <th scope="col">Consensus</th>
          </tr>
        </thead>
        <tbody>
          {candidate.areas.map((area) => {
            const byPanelist = new Map<string, string | number>([...area.notObserved.map((s) => [s.panelistId, NOT_OBSERVED_MARK] as const), ...area.scores.map((s) => [s.panelistId, s.value] as const)]);
            return (
              <tr key={area.skillAreaId}>
                <th scope="row">
                  {titles.get(area.skillAreaId)}
                  {area.isDisagreement && <span className="flag"> ⚑ Panel disagrees by {area.spread} levels: discuss</span>}
                </th>
                {round.panelists.map((p) => (
                  <td key={p.id} className="numeric">
                    {byPanelist.get(p.id) ?? '—'}
                  </td>
                ))}
                <td className="numeric">{formatLevel(area.mean)}</td>
                <td className="numeric">{formatLevel(area.median)}</td>
                <td className="numeric">{area.spread ?? '—'}</td>
                <td>
                  {area.consensus ? `${area.consensus.value} ${levelNameOf(framework, area.consensus.value)}${area.consensus.note ? `: ${area.consensus.note}` : ''}` : 'none recorded'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
