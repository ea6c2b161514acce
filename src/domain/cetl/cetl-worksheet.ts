import { csvDocument } from '../exchange/assessment-csv.ts';
import type { Cycle, Ledger } from './cetl-ledger.ts';

/** Names for linked plan actions and skill areas, by id, so the worksheet reads without the app. */
export interface WorksheetNames {
  actions: Record<string, string>;
  areas: Record<string, string>;
}

function hoursText(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** The recertification worksheet as a spreadsheet: one row per entry, then each category's counted hours. */
export function cetlWorksheetCsv(ledger: Ledger, cycle: Cycle | undefined, names: WorksheetNames): string {
  const name = (table: Record<string, string>, id: string | undefined) => (id !== undefined && Object.hasOwn(table, id) ? (table[id] ?? '') : '');
  const rows: string[][] = [
    ['Cycle start', cycle?.start ?? '', 'Deadline', cycle?.end ?? ''],
    ['Date', 'Category', 'Activity', 'Quantity', 'Plan action', 'Skill area'],
  ];
  for (const { category, entries } of ledger.categories) {
    for (const entry of entries) {
      rows.push([entry.date, category.label, entry.title, hoursText(entry.quantity), name(names.actions, entry.planActionId), name(names.areas, entry.skillAreaId)]);
    }
  }
  rows.push([], ['Category', 'Rule', 'Hours earned', 'Hours counted', 'Over the cap']);
  for (const { category, earned, counted, overCap } of ledger.categories) {
    rows.push([category.label, category.ruleText, hoursText(earned), hoursText(counted), hoursText(overCap)]);
  }
  rows.push(['Total counted', '', '', hoursText(ledger.counted), ''], ['Of which to check with CoSN', '', '', hoursText(ledger.toConfirm), ''], ['Hours needed', '', '', String(ledger.needed), '']);
  return csvDocument(rows);
}
