import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, Importance } from '../../src/domain/assessment/assessment.ts';
import { NOT_APPLICABLE, rateIndicator, setAreaTarget, setImportance, setIndicatorTarget } from '../../src/domain/assessment/assessment.ts';
import { levelChange, levelFigures, roundLevel } from '../../src/domain/assessment/figures.ts';
import { assessmentCompletion, assessmentProgress } from '../../src/domain/assessment/progress.ts';
import { assessmentCsv } from '../../src/domain/exchange/assessment-csv.ts';
import { indicatorsOf, skillAreasOf } from '../../src/domain/framework/framework.ts';
import { buildReport } from '../../src/domain/report/report-model.ts';
import { areaSeries, categorySeries } from '../../src/domain/results/chart-series.ts';
import { analyseGaps, rankGaps } from '../../src/domain/results/gaps.ts';
import { formatGap, formatLevel } from '../../src/lib/format.ts';
import { freshAssessment } from '../builders/assessment.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const levelIds = fw.rubric.levels.map((level) => level.id);
const areaIds = skillAreasOf(fw).map((area) => area.id);

type Step = [kind: 'rate' | 'target' | 'areaTarget' | 'importance', id: number, value: number];

/** Random edits over the shipped framework: ratings (levels, not applicable, taken back), targets and importance. */
const assessmentArb = fc
  .array(fc.tuple(fc.constantFrom('rate', 'rate', 'rate', 'rate', 'target', 'areaTarget', 'importance'), fc.nat(200), fc.nat(10)) as fc.Arbitrary<Step>, {
    maxLength: 250,
  })
  .map((steps) =>
    steps.reduce((a: Assessment, [kind, id, value]) => {
      const indicator = indicatorsOf(fw)[id % indicatorsOf(fw).length]?.id ?? '1A';
      const area = areaIds[id % areaIds.length] ?? '1';
      const level = levelIds[value % levelIds.length] ?? 'proficient';
      if (kind === 'rate') return rateIndicator(a, indicator, [...levelIds, NOT_APPLICABLE, undefined][value % (levelIds.length + 2)], NOW);
      if (kind === 'target') return setIndicatorTarget(a, indicator, level, NOW);
      if (kind === 'areaTarget') return setAreaTarget(a, area, level, NOW);
      return setImportance(a, area, (['low', 'normal', 'high'] as Importance[])[value % 3] ?? 'normal', NOW);
    }, freshAssessment({ id: 'f1', title: 'Figures', now: NOW })),
  );

/** A figure as a reader sees it, read back as a number. */
const shown = (value: number | null | undefined) => (value === null || value === undefined ? undefined : Number(formatLevel(value)));

/** Gap as the screens print it, read back: "1.2" → 1.2, "0.5 above" → −0.5. */
function shownGap(text: string): number {
  return text.endsWith(' above') ? -Number(text.replace(' above', '')) : Number(text);
}

function expectAddsUp(figures: { current?: number | null; target?: number | null; gap: number; surplus: number }) {
  const current = shown(figures.current);
  const target = shown(figures.target);
  if (current === undefined || target === undefined) {
    expect(formatGap(figures)).toBe('—');
    return;
  }
  expect(shownGap(formatGap(figures))).toBeCloseTo(target - current, 10);
  expect(Math.min(figures.gap, figures.surplus)).toBe(0);
}

describe('figures shown beside each other add up, over random assessments', () => {
  it('displayed gap = displayed target − displayed current on results, charts, summary and report', () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const analysis = analyseGaps(fw, assessment);
        const report = buildReport(fw, assessment, { includeNotes: false, generatedAt: NOW });
        const progress = assessmentProgress(fw, assessment);
        for (const area of analysis.skillAreas) expectAddsUp(area);
        for (const category of analysis.categories) expectAddsUp(category);
        for (const ranked of rankGaps(analysis)) expectAddsUp(ranked);
        for (const point of [...areaSeries(analysis), ...categorySeries(analysis)]) expectAddsUp(point);
        for (const group of report.groups) {
          expectAddsUp(group);
          for (const row of group.areas) expectAddsUp(row);
        }
        for (const gap of report.gaps) expectAddsUp(gap);
        // Summary shows progress's averages: the same figures as results and the report.
        const summaryRows = progress.categories.flatMap((c) => c.skillAreas);
        summaryRows.forEach((row, i) => {
          const area = analysis.skillAreas[i];
          expect(formatLevel(row.current)).toBe(formatLevel(area?.current));
          expect(formatLevel(row.target)).toBe(formatLevel(area?.target));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('completion agrees across summary, results, report and CSV', () => {
    fc.assert(
      fc.property(assessmentArb, (assessment) => {
        const summary = assessmentProgress(fw, assessment).completion;
        const results = assessmentCompletion(fw, assessment);
        const report = buildReport(fw, assessment, { includeNotes: false, generatedAt: NOW }).glance.completion;
        const rows = assessmentCsv(fw, assessment, { includeNotes: false })
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n')
          .slice(1);
        // Indicator text has no commas in quotes that split differently here: the current level is the fifth column from the left.
        const csvAnswered = rows.filter((row) => parseCsvRow(row)[4] !== '').length;
        expect(results).toEqual(summary);
        expect(report).toEqual(summary);
        expect(csvAnswered).toBe(summary.answered);
        expect(rows).toHaveLength(summary.total);
      }),
      { numRuns: 100 },
    );
  });
});

/** Cells of one RFC 4180 row. */
function parseCsvRow(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i += 1) {
    const char = row[i];
    if (quoted && char === '"' && row[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

describe('levelFigures', () => {
  it.each([
    ['current 1.8, target 3.0', [2, 2, 2, 1, 2], [3, 3, 3, 3, 3], { current: 1.8, target: 3, gap: 1.2, surplus: 0 }],
    ['above target', [4, 4, 3], [3, 3, 3], { current: 3.7, target: 3, gap: 0, surplus: 0.7 }],
    ['on target', [3], [3], { current: 3, target: 3, gap: 0, surplus: 0 }],
    ['nothing rated', [], [], { current: undefined, target: undefined, gap: 0, surplus: 0 }],
  ])('%s', (_label, currents, targets, expected) => {
    expect(levelFigures(currents, targets)).toEqual(expected);
  });

  it('rounds halves away from zero and never gives -0', () => {
    expect(roundLevel(2.25)).toBe(2.3);
    expect(roundLevel(-0.04)).toBe(0);
    expect(Object.is(roundLevel(-0.04), 0)).toBe(true);
  });

  it('a change is the difference of the shown figures: 2.4 → 2.6 is +0.2', () => {
    expect(levelChange(2.4, 2.6)).toBe(0.2);
    expect(levelChange(undefined, 2.6)).toBeUndefined();
  });
});
