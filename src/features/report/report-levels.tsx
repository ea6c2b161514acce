import type { Completion } from '../../domain/assessment/progress.ts';
import type { ReportModel } from '../../domain/report/report-model.ts';
import { Figure } from './report-bits.tsx';
import { TableRegion } from '../../components/ui/table-region.tsx';
import { COMPLETION_RULE, GAP_RULE } from '../../domain/assessment/figures.ts';
import { formatGap } from '../../lib/format.ts';

/** Named by the summary's chart, whose figures this table holds. */
export const TABLE_CAPTION = 'Completion and average levels by grouping and skill area';

function Rated({ completion }: { completion: Completion }) {
  return (
    <>
      {completion.answered} of {completion.total} ({completion.percent}%)
    </>
  );
}

/** The chart, its summary in words, and the table that holds every figure it draws (and more). */
export function ReportLevels({ report }: { report: ReportModel }) {
  const scale = report.scale.map((level) => `${level.value} ${level.name}`).join(', ');
  return (
    <section className="report-section" aria-labelledby="report-levels-heading">
      <h2 id="report-levels-heading">Current and target levels</h2>
      <p className="report-muted">
        Levels: {scale}. {COMPLETION_RULE} {GAP_RULE}
      </p>
      <TableRegion className="report-table-wrap" label={TABLE_CAPTION}>
        <table className="report-table report-summary-table">
          <caption>{TABLE_CAPTION}</caption>
          <thead>
            <tr>
              <th scope="col">Grouping / skill area</th>
              <th scope="col">Answered</th>
              <th scope="col" className="report-numeric">
                Current
              </th>
              <th scope="col" className="report-numeric">
                Target
              </th>
              <th scope="col" className="report-numeric">
                Gap
              </th>
            </tr>
          </thead>
          {report.groups.map((group) => (
            <tbody key={group.categoryId}>
              <tr className="report-summary-table__group">
                <th scope="row">
                  {group.numeral}. {group.title}
                </th>
                <td>
                  <Rated completion={group.completion} />
                </td>
                <td className="report-numeric">
                  <Figure value={group.current} />
                </td>
                <td className="report-numeric">
                  <Figure value={group.target} />
                </td>
                <td className="report-numeric">{formatGap(group)}</td>
              </tr>
              {group.areas.map((row) => (
                <tr key={row.area.skillAreaId}>
                  <th scope="row" className="report-summary-table__area">
                    {row.area.isCoreValue ? '' : `${row.area.code}. `}
                    {row.area.title}
                  </th>
                  <td>
                    <Rated completion={row.completion} />
                  </td>
                  <td className="report-numeric">
                    <Figure value={row.current} />
                  </td>
                  <td className="report-numeric">
                    <Figure value={row.target} />
                  </td>
                  <td className="report-numeric">{formatGap(row)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableRegion>
    </section>
  );
}
