import type { Assessment } from '../assessment/assessment.ts';
import { NOT_APPLICABLE } from '../assessment/assessment.ts';
import { effectiveTarget } from '../assessment/progress.ts';
import type { Framework } from '../framework/framework.ts';
import { findLevel } from '../framework/framework.ts';

const BOM = '\uFEFF';
const LINE_END = '\r\n';

/** Text a spreadsheet would run as a formula (or DDE command) if a cell started with it. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number such as a negative gap ("-1") or a fall in level ("-0.5") is data, not a formula: it stays a number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One cell, safe to open in a spreadsheet: a leading formula character is neutralised with an apostrophe,
 * and a cell holding a comma, quote or line break is quoted (RFC 4180).
 */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(cells: string[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole CSV file as spreadsheets expect it: UTF-8 BOM, CRLF line ends, every cell made safe. */
export function csvDocument(rows: string[][]): string {
  return BOM + rows.map(csvRow).join(LINE_END) + LINE_END;
}

function levelName(framework: Framework, levelId: string | undefined): string {
  if (levelId === undefined) return '';
  if (levelId === NOT_APPLICABLE) return framework.rubric.notApplicable.name;
  return findLevel(framework, levelId)?.name ?? '';
}

/**
 * The assessment as a spreadsheet: one row per indicator in framework order, levels by name, and the gap
 * (target value − current value) for rated indicators. Starts with a BOM so Excel reads it as UTF-8.
 */
export function assessmentCsv(framework: Framework, assessment: Assessment, options: { includeNotes: boolean }): string {
  const header = ['Grouping', 'Skill area', 'Indicator', 'Indicator text', 'Current level', 'Target level', 'Gap'];
  if (options.includeNotes) header.push('Evidence note');
  const rows = [header];
  for (const category of framework.categories) {
    for (const skillArea of category.skillAreas) {
      for (const indicator of skillArea.indicators) {
        const answer = assessment.answers[indicator.id];
        const targetId = effectiveTarget(framework, assessment, skillArea, indicator);
        const current = findLevel(framework, answer?.current);
        const target = findLevel(framework, targetId);
        const gap = current && target ? String(target.value - current.value) : '';
        const cells = [
          `${category.numeral}. ${category.title}`,
          `${skillArea.code}. ${skillArea.title}`,
          indicator.code,
          indicator.text,
          levelName(framework, answer?.current),
          answer?.current === NOT_APPLICABLE ? '' : levelName(framework, targetId),
          gap,
        ];
        if (options.includeNotes) cells.push(answer?.note ?? '');
        rows.push(cells);
      }
    }
  }
  return csvDocument(rows);
}
