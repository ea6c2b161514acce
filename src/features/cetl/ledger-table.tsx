import type { Ledger } from '../../domain/cetl/cetl-ledger.ts';
import type { CetlEntry } from '../../domain/cetl/cetl.ts';
import { TableRegion } from '../../components/ui/table-region.tsx';
import { formatDay } from '../../lib/format.ts';

const hours = (value: number) => String(Math.round(value * 100) / 100);

interface LedgerTableProps {
  ledger: Ledger;
  names: { actions: Record<string, string>; areas: Record<string, string> };
  onRemove: (entry: CetlEntry) => void;
}

/** Each category's rule, hours earned and counted, and what a cap left out; each activity can be removed. */
export function LedgerTable({ ledger, names, onRemove }: LedgerTableProps) {
  const nameOf = (table: Record<string, string>, id?: string) => (id && Object.hasOwn(table, id) ? table[id] : undefined);
  return (
    <TableRegion label="Continuing-education hours this cycle, by category">
      <table className="data-table cetl-ledger">
        <caption>Continuing-education hours this cycle, by category</caption>
        <thead>
          <tr>
            <th scope="col">Category and rule</th>
            <th scope="col">Activities</th>
            <th scope="col">Earned</th>
            <th scope="col">Counted</th>
          </tr>
        </thead>
        <tbody>
          {ledger.categories.map(({ category, entries, earned, counted, overCap }) => (
            <tr key={category.id}>
              <th scope="row">
                {category.label}
                <span className="cetl-rule">{category.ruleText}</span>
              </th>
              <td>
                {entries.length === 0 ? (
                  '—'
                ) : (
                  <ul>
                    {entries.map((entry) => {
                      const links = [nameOf(names.actions, entry.planActionId), nameOf(names.areas, entry.skillAreaId)].filter(Boolean).join(' · ');
                      return (
                        <li key={entry.id}>
                          {formatDay(entry.date)}: {entry.title} ({hours(entry.quantity)}){links && <span className="muted"> — {links}</span>}{' '}
                          <button
                            type="button"
                            className="button button--small no-print"
                            aria-label={`Remove ${entry.title}, ${formatDay(entry.date)}`}
                            onClick={() => onRemove(entry)}
                          >
                            Remove
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
              <td>{hours(earned)}</td>
              <td>
                {hours(counted)}
                {overCap > 0 && <span className="cetl-rule">{hours(overCap)} over the cap, not counted</span>}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total toward {ledger.needed}</th>
            <td />
            <td />
            <td>{hours(ledger.counted)}</td>
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
