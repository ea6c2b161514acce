import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/domain/exchange/assessment-csv.ts';
import { compareAssessments } from '../../src/domain/results/compare.ts';
import { comparisonCsv } from '../../src/domain/results/comparison-csv.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { parseCsv } from './parse-csv.ts';
import { editableFramework, shippedFramework as fw } from './shipped-framework.ts';

const JAN = '2024-01-15T09:00:00.000Z';
const JUN = '2024-06-15T09:00:00.000Z';

const earlier = ratedAssessment({ id: 'fall', title: 'Fall 2024', now: JAN, areas: { '1': 'EPP-', '2': 'PP', '3': 'N', '5': 'DD', CV1: 'E' } });
const later = ratedAssessment({ id: 'spring', title: 'Spring 2025', now: JUN, areas: { '1': 'PDP', '2': 'DP', '3': 'L', '5': 'NN' } });
const comparison = compareAssessments(fw, earlier, later);

function rows(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header = [], ...body] = parseCsv(text.slice(1));
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

const shown = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));

describe('comparisonCsv', () => {
  const parsed = rows(comparisonCsv(comparison));

  it('names the two assessments in its header', () => {
    expect(Object.keys(parsed[0] ?? {})).toEqual(['Kind', 'Code', 'Title', 'Skill area', 'Before: Fall 2024', 'After: Spring 2025', 'Change', 'Movement']);
  });

  it('has one row per skill area with the figures of the comparison, to one decimal as the screen shows them', () => {
    const areas = parsed.filter((row) => row.Kind === 'Skill area');
    expect(areas.map((row) => row.Code)).toEqual(comparison.skillAreas.map((area) => area.skillArea.code));
    comparison.skillAreas.forEach((area, i) => {
      expect(areas[i]).toMatchObject({ Title: area.skillArea.title, 'Before: Fall 2024': shown(area.before), 'After: Spring 2025': shown(area.after), Change: shown(area.change) });
    });
    const byCode = (code: string) => areas.find((row) => row.Code === code);
    expect(byCode('1')).toMatchObject({ 'Before: Fall 2024': '2.3', 'After: Spring 2025': '2.7', Change: '0.4', Movement: 'rose' });
    expect(byCode('2')).toMatchObject({ 'Before: Fall 2024': '3.0', 'After: Spring 2025': '2.5', Change: '-0.5', Movement: 'fell' });
    expect(byCode('3')).toMatchObject({ 'Before: Fall 2024': '', 'After: Spring 2025': '4.0', Change: '', Movement: 'new' });
    expect(byCode('5')).toMatchObject({ 'Before: Fall 2024': '2.0', 'After: Spring 2025': '', Movement: 'no longer rated' });
    expect(byCode('6')).toMatchObject({ 'Before: Fall 2024': '', 'After: Spring 2025': '', Change: '', Movement: '' });
  });

  it('gives the overall average of every rated indicator', () => {
    const overall = parsed.find((row) => row.Kind === 'All rated indicators');
    const { before, after, change } = comparison.overall;
    expect(overall).toMatchObject({ 'Before: Fall 2024': shown(before), 'After: Spring 2025': shown(after), Change: shown(change) });
  });

  it('has one row per indicator rated in either, with its levels, change and whether it rose, fell, stayed or is new', () => {
    const indicators = parsed.filter((row) => row.Kind === 'Indicator');
    expect(indicators).toHaveLength(comparison.indicators.length);
    comparison.indicators.forEach((change, i) => {
      expect(indicators[i]).toEqual({
        Kind: 'Indicator',
        Code: change.indicator.code,
        Title: change.indicator.text,
        'Skill area': change.skillArea.title,
        'Before: Fall 2024': change.before === undefined ? '' : String(change.before),
        'After: Spring 2025': change.after === undefined ? '' : String(change.after),
        Change: shown(change.change),
        Movement: { rose: 'rose', fell: 'fell', same: 'same', new: 'new', dropped: 'no longer rated' }[change.move],
      });
    });
    expect(indicators.map((row) => [row.Code, row.Change, row.Movement]).slice(0, 5)).toEqual([
      ['1A', '2.0', 'rose'],
      ['1B', '-1.0', 'fell'],
      ['1C', '0.0', 'same'],
      ['2A', '-1.0', 'fell'],
      ['2B', '0.0', 'same'],
    ]);
    expect(indicators.find((row) => row.Code === '3A')).toMatchObject({ 'Before: Fall 2024': '', 'After: Spring 2025': '4', Movement: 'new' });
  });

  it('keeps a fall in level a number, not a neutralised formula', () => {
    expect(csvCell('-0.5')).toBe('-0.5');
    expect(comparisonCsv(comparison)).toContain(',-0.5,fell\r\n');
  });

  it('neutralises a title that starts with "=", as every CSV of the app does', () => {
    const framework = editableFramework();
    const area = framework.categories[0]?.skillAreas[0];
    const indicator = area?.indicators[0];
    if (area) area.title = '=HYPERLINK("http://evil.example","area")';
    if (indicator) indicator.text = '=cmd|calc';
    const hostile = compareAssessments(framework, { ...earlier, title: '@SUM(A1)' }, later);
    const text = comparisonCsv(hostile);
    const parsedHostile = rows(text);
    expect(Object.keys(parsedHostile[0] ?? {})[4]).toBe('Before: @SUM(A1)');
    expect(parsedHostile.find((row) => row.Kind === 'Skill area' && row.Code === '1')?.Title).toBe(`'=HYPERLINK("http://evil.example","area")`);
    expect(parsedHostile.find((row) => row.Code === '1A')?.Title).toBe("'=cmd|calc");
    expect(text).not.toMatch(/(^|,)=/m);
  });
});
