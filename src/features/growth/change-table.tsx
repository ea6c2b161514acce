import type { Comparison } from '../../domain/results/compare.ts';
import { formatChange, formatLevel, localDay } from '../../lib/format.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';

export function ChangeTable({ comparison }: { comparison: Comparison }) {
  const { earlier, later, skillAreas, overall } = comparison;
  return (
    <TableRegion label={`Before and after: “${earlier.title}” and “${later.title}”`}>
      <table className="data-table change-table">
        <caption>
          Average current level in “{earlier.title}” (started {localDay(earlier.createdAt)}) and “{later.title}” (started{' '}
          {localDay(later.createdAt)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Skill area</th>
            <th scope="col" className="numeric">
              Before
            </th>
            <th scope="col" className="numeric">
              After
            </th>
            <th scope="col" className="numeric">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {skillAreas.map((row) => (
            <tr key={row.skillArea.id}>
              <th scope="row">
                {row.skillArea.title}
                {row.comparedWith?.some((area) => area.title !== row.skillArea.title) && (
                  <span className="muted"> (compared with {row.comparedWith.map((area) => area.title).join(' and ')})</span>
                )}
              </th>
              <td className="numeric">{formatLevel(row.before)}</td>
              <td className="numeric">{formatLevel(row.after)}</td>
              <td className="numeric">{formatChange(row.change)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All rated indicators</th>
            <td className="numeric">{formatLevel(overall.before)}</td>
            <td className="numeric">{formatLevel(overall.after)}</td>
            <td className="numeric">{formatChange(overall.change)}</td>
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
