import type { Comparison, IndicatorMove } from '../../domain/results/compare.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';
import { formatChange } from '../../lib/format.ts';

const MOVES: Record<IndicatorMove, string> = { rose: 'Rose', fell: 'Fell', same: 'Same', new: 'New', dropped: 'No longer rated' };

/** Change per indicator: what rose, what fell, what is newly rated; levels by number as the averages use them. */
export function IndicatorChanges({ comparison }: { comparison: Comparison }) {
  const moved = comparison.indicators.filter((row) => row.move !== 'same');
  const count = (move: IndicatorMove) => comparison.indicators.filter((row) => row.move === move).length;
  return (
    <>
      <p>
        {count('rose')} indicators rose, {count('fell')} fell, {count('same')} stayed the same and {count('new')} are newly rated
        {count('dropped') > 0 ? `; ${count('dropped')} rated before are no longer rated` : ''}.
      </p>
      {moved.length > 0 && (
        <TableRegion label="Indicators that changed">
          <table className="data-table change-table">
            <caption>Indicators that changed, in framework order</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Skill area</th>
                <th scope="col" className="numeric">
                  Before
                </th>
                <th scope="col" className="numeric">
                  After
                </th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {moved.map((row) => (
                <tr key={row.indicator.id}>
                  <th scope="row">
                    {row.indicator.code} {row.indicator.text}
                  </th>
                  <td>{row.skillArea.title}</td>
                  <td className="numeric">{row.before ?? '—'}</td>
                  <td className="numeric">{row.after ?? '—'}</td>
                  <td>{row.change === undefined ? MOVES[row.move] : `${MOVES[row.move]} (${formatChange(row.change)})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
