import type { ContentAreaReadiness } from '../../domain/cetl/cetl-readiness.ts';
import { formatLevel } from '../../lib/format.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';

/** Readiness by the current exam's three content areas (no weights: none are published). */
export function Readiness({ readiness }: { readiness: ContentAreaReadiness[] }) {
  return (
    <TableRegion label="Your self-assessment by the exam’s three content areas">
      <table className="data-table">
        <caption>Your self-assessment by the exam’s three content areas</caption>
        <thead>
          <tr>
            <th scope="col">Content area</th>
            <th scope="col">Average level</th>
            <th scope="col">Indicators at Proficient or above</th>
            <th scope="col">Skill areas (share of exam items before 2020)</th>
          </tr>
        </thead>
        <tbody>
          {readiness.map((area) => (
            <tr key={area.title}>
              <th scope="row">{area.title}</th>
              <td>{formatLevel(area.current)}</td>
              <td>
                {area.atProficient} of {area.rated} rated{area.unrated > 0 ? `; ${area.unrated} not rated yet` : ''}
              </td>
              <td>
                {area.areas
                  .map(({ gap, weightBefore2020 }) => `${gap.skillArea.title}${weightBefore2020 === undefined ? '' : ` (before 2020: ${Math.round(weightBefore2020 * 100)}%)`}`)
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
