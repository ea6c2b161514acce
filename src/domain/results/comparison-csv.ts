import { csvDocument } from '../exchange/assessment-csv.ts';
import type { Comparison, IndicatorMove } from './compare.ts';
import { moveOf } from './compare.ts';

/** A figure of the comparison as the screen shows it: averages and changes to one decimal, blank when not rated. */
const figure = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));
/** An indicator's level as the screen shows it: the level's number. */
const level = (value: number | undefined) => (value === undefined ? '' : String(value));

const MOVES: Record<IndicatorMove, string> = { rose: 'rose', fell: 'fell', same: 'same', new: 'new', dropped: 'no longer rated' };

function moveText(before: number | undefined, after: number | undefined): string {
  return before === undefined && after === undefined ? '' : MOVES[moveOf(before, after)];
}

/**
 * The comparison for a spreadsheet: one row per skill area (its average current level), the overall average, then
 * one row per indicator rated in either assessment (its level), each with the change and whether it rose, fell,
 * stayed the same or is new. Every figure is the comparison's own, so the file says what the screen says.
 */
export function comparisonCsv(comparison: Comparison): string {
  const { earlier, later } = comparison;
  const header = ['Kind', 'Code', 'Title', 'Skill area', `Before: ${earlier.title}`, `After: ${later.title}`, 'Change', 'Movement'];
  const areaRows = comparison.skillAreas.map((row) => [
    'Skill area',
    row.skillArea.code,
    row.skillArea.title,
    row.skillArea.title,
    figure(row.before),
    figure(row.after),
    figure(row.change),
    moveText(row.before, row.after),
  ]);
  const { overall } = comparison;
  const overallRow = ['All rated indicators', '', 'All rated indicators', '', figure(overall.before), figure(overall.after), figure(overall.change), moveText(overall.before, overall.after)];
  const indicatorRows = comparison.indicators.map((row) => [
    'Indicator',
    row.indicator.code,
    row.indicator.text,
    row.skillArea.title,
    level(row.before),
    level(row.after),
    figure(row.change),
    MOVES[row.move],
  ]);
  return csvDocument([header, ...areaRows, overallRow, ...indicatorRows]);
}
