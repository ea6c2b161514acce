import { describe, expect, it } from 'vitest';
import catalogueJson from '../../framework-data/pd-catalogue.json';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import type { PdActivity, PdCatalogue } from '../../src/domain/pd/pd-catalogue-schema.ts';
import { pdCatalogueSchema } from '../../src/domain/pd/pd-catalogue-schema.ts';
import type { Suggestion } from '../../src/domain/pd/recommend.ts';
import { suggestActivities } from '../../src/domain/pd/recommend.ts';
import type { RankedGap } from '../../src/domain/results/gaps.ts';
import { analyseGaps, rankGaps } from '../../src/domain/results/gaps.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const shipped: PdCatalogue = pdCatalogueSchema.parse(catalogueJson);

type Ratings = Record<string, string>;

/** An assessment with every indicator of each listed skill area rated at one level (default target Proficient). */
function assessed(ratings: Ratings, areaTargets: Record<string, string> = {}): Assessment {
  const every = fw.categories.flatMap((category) => category.skillAreas).flatMap((area) => {
    const level = ratings[area.id];
    return level ? area.indicators.map((indicator): [string, string] => [indicator.id, level]) : [];
  });
  return ratedAssessment({ id: 'r1', title: 'Recommend', now: NOW, ratings: Object.fromEntries(every), areaTargets });
}

function ranked(ratings: Ratings, areaTargets: Record<string, string> = {}): RankedGap[] {
  return rankGaps(analyseGaps(fw, assessed(ratings, areaTargets)));
}

const ids = (suggestions: Suggestion[]) => suggestions.map((s) => s.activity.id);
const served = (suggestion: Suggestion) => suggestion.serves.map((gap) => gap.skillArea.id);
const levelOf = (gap: RankedGap) => Math.min(4, Math.max(1, Math.round(gap.current ?? 1)));

/** Areas 2 and 9 at Emerging (gap 2), areas 4 and 10 at Developing (gap 1): ranked 2, 9, 4, 10. */
const FOUR_GAPS: Ratings = { '2': 'emerging', '9': 'emerging', '4': 'developing', '10': 'developing' };

/** A small catalogue written for one test; every activity suits every level unless told otherwise. */
function catalogue(...activities: Partial<PdActivity>[]): PdCatalogue {
  return pdCatalogueSchema.parse({
    formatVersion: 1,
    editionIds: ['cosn-cto-2009'],
    activities: activities.map((a) => ({
      kind: 'reading',
      title: `Title of ${a.id}`,
      description: 'Something to do.',
      levels: { min: 1, max: 4 },
      effort: { hours: 10, label: 'About 10 hours' },
      skillAreaIds: ['2'],
      provider: 'self-directed',
      format: 'self-paced',
      cost: 'free',
      ...a,
    })),
  });
}

describe('suggestActivities on the shipped catalogue', () => {
  it('checks the ranking it is given: areas 2, 9, 4 and 10 in that order', () => {
    expect(ranked(FOUR_GAPS).map((gap) => [gap.rank, gap.skillArea.id, gap.current])).toEqual([
      [1, '2', 1],
      [2, '9', 1],
      [3, '4', 2],
      [4, '10', 2],
    ]);
  });

  it('serves the top three gaps only, each of them, with activities that list the area and suit its level', () => {
    const gaps = ranked(FOUR_GAPS);
    const suggestions = suggestActivities(shipped, gaps);
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    const servedIds = new Set(suggestions.flatMap(served));
    expect([...servedIds].sort()).toEqual(['2', '4', '9']);
    for (const { activity, serves } of suggestions) {
      expect(serves.length).toBeGreaterThan(0);
      for (const gap of serves) {
        expect(activity.skillAreaIds).toContain(gap.skillArea.id);
        expect(activity.levels.min).toBeLessThanOrEqual(levelOf(gap));
        expect(activity.levels.max).toBeGreaterThanOrEqual(levelOf(gap));
      }
    }
  });

  it('serves the fourth gap too when asked for four gaps', () => {
    const suggestions = suggestActivities(shipped, ranked(FOUR_GAPS), { gaps: 4 });
    expect(new Set(suggestions.flatMap(served))).toContain('10');
  });

  it.each([
    [1, 1, 1],
    [1, 3, 3],
    [2, 1, 2],
    [3, 1, 3],
    [3, 2, 6],
    [3, 3, 9],
  ])('with gaps %i and perGap %i gives %i activities', (gaps, perGap, count) => {
    const suggestions = suggestActivities(shipped, ranked(FOUR_GAPS), { gaps, perGap });
    expect(suggestions).toHaveLength(count);
    expect(new Set(ids(suggestions)).size).toBe(count);
    const top = ranked(FOUR_GAPS).slice(0, gaps).map((gap) => gap.skillArea.id);
    for (const s of suggestions) for (const id of served(s)) expect(top).toContain(id);
  });

  it('gives 3 gaps × 3 activities by default', () => {
    expect(suggestActivities(shipped, ranked(FOUR_GAPS))).toEqual(suggestActivities(shipped, ranked(FOUR_GAPS), { gaps: 3, perGap: 3 }));
  });

  it.each([
    ['gaps', { gaps: 0 }],
    ['perGap', { perGap: 0 }],
    ['a negative gaps', { gaps: -2 }],
  ])('gives nothing for %s of zero or less', (_label, options) => {
    expect(suggestActivities(shipped, ranked(FOUR_GAPS), options)).toEqual([]);
  });

  it('suggests different activities for the same area rated Emerging and rated Proficient', () => {
    const emerging = ranked({ '7': 'emerging' });
    const proficient = ranked({ '7': 'proficient' }, { '7': 'leading' });
    expect(emerging.map((g) => [g.skillArea.id, g.current])).toEqual([['7', 1]]);
    expect(proficient.map((g) => [g.skillArea.id, g.current])).toEqual([['7', 3]]);

    const low = suggestActivities(shipped, emerging);
    const high = suggestActivities(shipped, proficient);
    expect(low).toHaveLength(3);
    expect(high).toHaveLength(3);
    expect(low.every((s) => s.activity.levels.min === 1)).toBe(true);
    expect(high.every((s) => s.activity.levels.min <= 3 && s.activity.levels.max >= 3)).toBe(true);
    expect(ids(low).filter((id) => !ids(high).includes(id)).length).toBeGreaterThan(0);
    expect(ids(high).filter((id) => !ids(low).includes(id)).length).toBeGreaterThan(0);
  });

  it('suggests different activities for a different assessment', () => {
    const planning = suggestActivities(shipped, ranked({ '2': 'emerging' }));
    const data = suggestActivities(shipped, ranked({ '10': 'emerging' }));
    expect(planning.flatMap(served)).toEqual(['2', '2', '2']);
    expect(data.flatMap(served)).toEqual(['10', '10', '10']);
    expect(ids(planning).filter((id) => ids(data).includes(id))).toEqual([]);
  });

  it('lists an activity that serves two top gaps once, with both gaps, best rank first', () => {
    const suggestions = suggestActivities(shipped, ranked({ '1': 'developing', '2': 'developing' }));
    expect(new Set(ids(suggestions)).size).toBe(suggestions.length);
    const double = suggestions.filter((s) => s.serves.length === 2);
    expect(double.length).toBeGreaterThan(0);
    for (const s of double) {
      expect(s.serves.map((gap) => gap.rank)).toEqual([1, 2]);
      expect(s.activity.skillAreaIds).toEqual(expect.arrayContaining(['1', '2']));
      expect(s.reason).toContain('#1 gap, Leadership and Vision');
      expect(s.reason).toContain('#2 gap, Strategic Planning');
    }
  });

  it('orders suggestions by the best rank they serve', () => {
    const ranks = suggestActivities(shipped, ranked(FOUR_GAPS)).map((s) => s.serves[0]?.rank);
    expect(ranks).toEqual(ranks.toSorted());
    expect(ranks[0]).toBe(1);
  });

  it('gives the same answer every time, whatever order the catalogue and gaps come in', () => {
    const gaps = ranked(FOUR_GAPS);
    const first = suggestActivities(shipped, gaps);
    expect(suggestActivities(shipped, gaps)).toEqual(first);
    const reversed = { ...shipped, activities: shipped.activities.toReversed() };
    expect(ids(suggestActivities(reversed, gaps.toReversed()))).toEqual(ids(first));
  });

  it('gives nothing when there are no ranked gaps', () => {
    const onTarget = ranked({ '1': 'proficient', '2': 'leading' });
    expect(onTarget).toEqual([]);
    expect(suggestActivities(shipped, onTarget)).toEqual([]);
    expect(suggestActivities(shipped, [])).toEqual([]);
  });

  it('says in the reason which gap it serves, its rank and the level it suits', () => {
    const suggestions = suggestActivities(shipped, ranked({ '7': 'emerging' }));
    expect(suggestions.map((s) => s.reason)).toEqual(
      Array(3).fill('Serves your #1 gap, Information Technology Management, and suits your current level there (Emerging).'),
    );
  });

  it('names the rank each suggestion serves', () => {
    for (const s of suggestActivities(shipped, ranked(FOUR_GAPS))) {
      for (const gap of s.serves) expect(s.reason).toContain(`#${gap.rank} gap, ${gap.skillArea.title}`);
    }
  });
});

describe('suggestActivities scoring, on a catalogue of its own', () => {
  it('prefers an activity focused on the area over one that only lists it, even with more effort', () => {
    const own = catalogue({ id: 'pd-mentions', skillAreaIds: ['5', '2'], effort: { hours: 1, label: '1 hour' } }, { id: 'pd-focus', skillAreaIds: ['2'], effort: { hours: 90, label: '90 hours' } });
    expect(ids(suggestActivities(own, ranked({ '2': 'emerging' }), { perGap: 1 }))).toEqual(['pd-focus']);
  });

  it('breaks ties by fewer hours, then by id', () => {
    const own = catalogue(
      { id: 'pd-b', effort: { hours: 10, label: '10 hours' } },
      { id: 'pd-a', effort: { hours: 10, label: '10 hours' } },
      { id: 'pd-c', effort: { hours: 5, label: '5 hours' } },
      { id: 'pd-d', effort: { hours: 20, label: '20 hours' } },
    );
    expect(ids(suggestActivities(own, ranked({ '2': 'emerging' })))).toEqual(['pd-c', 'pd-a', 'pd-b']);
  });

  it('counts another top gap the activity serves, but only a top gap at a level it suits', () => {
    const own = catalogue(
      { id: 'pd-plain', skillAreaIds: ['2'], effort: { hours: 10, label: '10 hours' } },
      { id: 'pd-two', skillAreaIds: ['2', '9'], levels: { min: 1, max: 2 }, effort: { hours: 90, label: '90 hours' } },
    );
    const both = ranked({ '2': 'emerging', '9': 'emerging' });
    expect(suggestActivities(own, both, { perGap: 1 })[0]).toMatchObject({ activity: { id: 'pd-two' }, serves: [{ rank: 1 }, { rank: 2 }] });
    // Area 9 is not among the top gaps when only one is asked for.
    expect(ids(suggestActivities(own, both, { gaps: 1, perGap: 1 }))).toEqual(['pd-plain']);
    // Area 9 at Proficient is beyond what pd-two suits.
    const nineHigh = ranked({ '2': 'emerging', '9': 'proficient' }, { '9': 'leading' });
    expect(nineHigh.map((gap) => gap.skillArea.id)).toEqual(['2', '9']);
    expect(ids(suggestActivities(own, nineHigh, { perGap: 1 }))).toEqual(['pd-plain']);
  });

  it('never repeats an activity, and lists it with the best gap it serves even when picked for a later one', () => {
    const own = catalogue(
      { id: 'pd-for-2', skillAreaIds: ['2'], effort: { hours: 1, label: '1 hour' } },
      { id: 'pd-for-9', skillAreaIds: ['9'], effort: { hours: 1, label: '1 hour' } },
      { id: 'pd-for-4-and-2', skillAreaIds: ['4', '2'], effort: { hours: 10, label: '10 hours' } },
    );
    const suggestions = suggestActivities(own, ranked(FOUR_GAPS), { perGap: 1 });
    expect(suggestions.map((s) => [s.activity.id, s.serves.map((gap) => gap.rank)])).toEqual([
      ['pd-for-2', [1]],
      ['pd-for-4-and-2', [1, 3]],
      ['pd-for-9', [2]],
    ]);
    expect(suggestions[1]?.reason).toBe(
      'Serves your #1 gap, Strategic Planning (Emerging) and your #3 gap, Instructional Focus and Professional Development (Developing), and suits your current level in each.',
    );
  });

  it('picks the next best for a later gap instead of the activity an earlier gap already took', () => {
    const own = catalogue(
      { id: 'pd-both', skillAreaIds: ['2', '9'], effort: { hours: 1, label: '1 hour' } },
      { id: 'pd-nine', skillAreaIds: ['9'], effort: { hours: 50, label: '50 hours' } },
    );
    const suggestions = suggestActivities(own, ranked({ '2': 'emerging', '9': 'emerging' }), { perGap: 1 });
    expect(suggestions.map((s) => [s.activity.id, served(s)])).toEqual([
      ['pd-both', ['2', '9']],
      ['pd-nine', ['9']],
    ]);
  });

  it.each([
    ['undefined (nothing rated)', undefined, 'pd-low'],
    ['1.4', 1.4, 'pd-low'],
    ['2.49', 2.49, 'pd-low'],
    ['2.5', 2.5, 'pd-high'],
    ['4', 4, 'pd-high'],
    ['0.2 (clamped to 1)', 0.2, 'pd-low'],
    ['6 (clamped to 4)', 6, 'pd-high'],
  ])('rounds a mean current level of %s to the nearest level', (_label, current, expected) => {
    const own = catalogue({ id: 'pd-low', levels: { min: 1, max: 2 } }, { id: 'pd-high', levels: { min: 3, max: 4 } });
    const [gap] = ranked({ '2': 'emerging' });
    if (!gap) throw new Error('expected a gap in area 2');
    expect(ids(suggestActivities(own, [{ ...gap, current }]))).toEqual([expected]);
  });

  it('uses the level names it is given in the reason', () => {
    const own = catalogue({ id: 'pd-any' });
    const [suggestion] = suggestActivities(own, ranked({ '2': 'developing' }), { levelNames: ['Novice', 'Apprentice', 'Practitioner', 'Expert'] });
    expect(suggestion?.reason).toBe('Serves your #1 gap, Strategic Planning, and suits your current level there (Apprentice).');
  });

  it('gives nothing when no activity suits the level', () => {
    const own = catalogue({ id: 'pd-high', levels: { min: 3, max: 4 } });
    expect(suggestActivities(own, ranked({ '2': 'emerging' }))).toEqual([]);
  });
});
