import { bench, describe } from 'vitest';
import { suggestActivities } from '../../src/domain/pd/recommend.ts';
import { areaSeries, categorySeries, changeSeries, gapBars } from '../../src/domain/results/chart-series.ts';
import { compareAssessments } from '../../src/domain/results/compare.ts';
import { analyseGaps, rankGaps } from '../../src/domain/results/gaps.ts';
import { catalogue, framework, fullyRated, twentyDated } from './fixtures.ts';

const rated = fullyRated('full', '2026-01-01T00:00:00.000Z');
const dated = twentyDated();

describe('results (domain, every indicator rated)', () => {
  bench('gaps, ranking, suggestions and chart series', () => {
    const analysis = analyseGaps(framework, rated);
    const ranked = rankGaps(analysis);
    suggestActivities(catalogue, ranked);
    areaSeries(analysis);
    gapBars(ranked);
    categorySeries(analysis);
  });
});

describe('growth (domain, 20 dated assessments)', () => {
  bench('compare each assessment with the one before, and first with last', () => {
    for (let i = 1; i < dated.length; i += 1) changeSeries(compareAssessments(framework, dated[i - 1]!, dated[i]!));
    changeSeries(compareAssessments(framework, dated[0]!, dated.at(-1)!));
  });
});
