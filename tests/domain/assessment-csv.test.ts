import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { NOT_APPLICABLE, writeNote } from '../../src/domain/assessment/assessment.ts';
import { assessmentCsv, csvCell } from '../../src/domain/exchange/assessment-csv.ts';
import { indicatorsOf } from '../../src/domain/framework/framework.ts';
import { freshAssessment, ratedAssessment } from '../builders/assessment.ts';
import { parseCsv } from './parse-csv.ts';
import { editableFramework, shippedFramework } from './shipped-framework.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const HEADER = 'Grouping,Skill area,Indicator,Indicator text,Current level,Target level,Gap';

function fresh(): Assessment {
  return freshAssessment({ now: NOW });
}

/**
 * 1A developing (default target proficient: gap 1, with a note), 1B leading (above target: gap -1), 1C
 * proficient (on target: gap 0), 1D unrated with its own target, 2A not applicable, 3A emerging against the
 * area's target leading (gap 3).
 */
function rated(): Assessment {
  return ratedAssessment({
    now: NOW,
    ratings: { '1A': 'developing', '1B': 'leading', '1C': 'proficient', '2A': NOT_APPLICABLE, '3A': 'emerging' },
    targets: { '1D': 'leading' },
    notes: { '1A': 'Budget, "capital" plan\nand staffing' },
    areaTargets: { '3': 'leading' },
  });
}

function rowsOf(assessment: Assessment, includeNotes = false): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(assessmentCsv(shippedFramework, assessment, { includeNotes }).slice(1));
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '(missing)'])));
}

function rowFor(assessment: Assessment, indicatorId: string, includeNotes = false): Record<string, string> | undefined {
  return rowsOf(assessment, includeNotes).find((row) => row.Indicator === indicatorId);
}

describe('assessmentCsv: layout', () => {
  it('starts with a UTF-8 byte order mark, then the header, and ends lines with CRLF', () => {
    const csv = assessmentCsv(shippedFramework, fresh(), { includeNotes: false });
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('adds an Evidence note column only when notes are included', () => {
    expect(assessmentCsv(shippedFramework, rated(), { includeNotes: true }).startsWith(`\uFEFF${HEADER},Evidence note\r\n`)).toBe(true);
    const without = assessmentCsv(shippedFramework, rated(), { includeNotes: false });
    expect(without).not.toContain('Evidence note');
    expect(without).not.toContain('capital');
  });

  it('has one row per indicator, in framework order', () => {
    const rows = rowsOf(rated());
    const indicators = indicatorsOf(shippedFramework);
    expect(rows).toHaveLength(indicators.length);
    expect(rows.map((r) => r.Indicator)).toEqual(indicators.map((i) => i.code));
    expect(rows.every((r) => Object.keys(r).length === 7)).toBe(true);
  });

  it('names the grouping and skill area, and gives the indicator text', () => {
    const first = shippedFramework.categories[0];
    const area = first?.skillAreas[0];
    const indicator = area?.indicators[0];
    expect(rowsOf(fresh())[0]).toMatchObject({
      Grouping: `${first?.numeral}. ${first?.title}`,
      'Skill area': `${area?.code}. ${area?.title}`,
      Indicator: indicator?.code,
      'Indicator text': indicator?.text,
    });
  });
});

describe('assessmentCsv: levels and gaps', () => {
  it.each([
    ['below target', '1A', { 'Current level': 'Developing', 'Target level': 'Proficient', Gap: '1' }],
    ['above target (negative gap)', '1B', { 'Current level': 'Leading', 'Target level': 'Proficient', Gap: '-1' }],
    ['on target (gap 0)', '1C', { 'Current level': 'Proficient', 'Target level': 'Proficient', Gap: '0' }],
    ['unrated, with its own target', '1D', { 'Current level': '', 'Target level': 'Leading', Gap: '' }],
    ['not applicable', '2A', { 'Current level': 'Not applicable', 'Target level': '', Gap: '' }],
    ['rated against the skill area target', '3A', { 'Current level': 'Emerging', 'Target level': 'Leading', Gap: '3' }],
    ['never touched', '4A', { 'Current level': '', 'Target level': 'Proficient', Gap: '' }],
  ])('an indicator %s', (_label, id, expected) => {
    expect(rowFor(rated(), id)).toMatchObject(expected);
  });

  it('writes a negative gap as a number, not neutralised text', () => {
    expect(assessmentCsv(shippedFramework, rated(), { includeNotes: false })).toContain(',Leading,Proficient,-1\r\n');
  });
});

describe('assessmentCsv: quoting', () => {
  it('quotes a note with commas, quotes and a line break, and it reads back the same', () => {
    const csv = assessmentCsv(shippedFramework, rated(), { includeNotes: true });
    expect(csv).toContain('"Budget, ""capital"" plan\nand staffing"');
    expect(rowFor(rated(), '1A', true)?.['Evidence note']).toBe('Budget, "capital" plan\nand staffing');
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
  ])('csvCell(%j) is %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('quotes framework text that has commas', () => {
    const framework = editableFramework();
    const indicator = framework.categories[0]?.skillAreas[0]?.indicators[0];
    if (indicator) indicator.text = 'Plans, budgets, and "people"';
    const csv = assessmentCsv(framework, fresh(), { includeNotes: false });
    expect(csv).toContain(',"Plans, budgets, and ""people""",');
  });
});

describe('assessmentCsv: formula injection', () => {
  it.each([
    ['=', '=HYPERLINK("http://evil.example","click")'],
    ['+', '+1+cmd|\' /C calc\'!A0'],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A9)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('neutralises a note starting with %s with a leading apostrophe', (_label, note) => {
    const assessment = writeNote(fresh(), '1A', note, NOW);
    expect(rowFor(assessment, '1A', true)?.['Evidence note']).toBe(`'${note}`);
  });

  it('neutralises framework text too, and leaves ordinary text alone', () => {
    const framework = editableFramework();
    const indicator = framework.categories[0]?.skillAreas[0]?.indicators[0];
    if (indicator) indicator.text = '=cmd';
    const [, row] = parseCsv(assessmentCsv(framework, writeNote(fresh(), '1A', 'Fine = good', NOW), { includeNotes: true }).slice(1));
    expect(row?.[3]).toBe("'=cmd");
    expect(row?.[7]).toBe('Fine = good');
  });

  it.each([['-1'], ['0'], ['42'], ['-0.5'], ['2.0']])('keeps the plain number %j as it is', (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it.each([['-1+2'], ['-1.5e3'], ['-A1']])('neutralises %j, which only starts like a number', (value) => {
    expect(csvCell(value)).toBe(`'${value}`);
  });
});
