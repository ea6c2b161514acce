import type { ReactNode } from 'react';
import { useId } from 'react';
import { TableRegion } from './table-region.tsx';

export interface DataTable {
  caption: string;
  columns: string[];
  rows: { key: string; cells: (string | number)[] }[];
}

interface ChartFigureProps {
  title: string;
  /** The chart in words: what a screen reader announces and what a printout keeps. */
  summary: string;
  table: DataTable;
  children: ReactNode;
}

/** A chart with its title, a text summary and the same figures as a table, so nobody needs to see the drawing. */
export function ChartFigure({ title, summary, table, children }: ChartFigureProps) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="chart" aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption>
        <h3 id={titleId} className="chart__title">
          {title}
        </h3>
        <p id={summaryId} className="chart__summary">
          {summary}
        </p>
      </figcaption>
      <div className="chart__drawing">{children}</div>
      <details className="chart__data">
        <summary>Show the figures as a table</summary>
        <TableRegion label={table.caption}>
          <table className="data-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column, i) => (
                  <th key={column} scope="col" className={i > 0 ? 'numeric' : undefined}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i} className="numeric">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </figure>
  );
}
