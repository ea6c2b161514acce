import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import type { FeedbackResponse, RaterGroupId } from '../../src/domain/feedback/feedback.ts';
import { ANONYMITY_THRESHOLD, NOT_SEEN, RATER_GROUP_IDS } from '../../src/domain/feedback/feedback.ts';
import { raterAreaValue, summariseArea } from '../../src/domain/feedback/anonymity.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const area = skillAreasOf(fw)[0]!;
const levelIds = fw.rubric.levels.map((level) => level.id);

function response(id: string, group: RaterGroupId, level: string | undefined, extra: Partial<FeedbackResponse> = {}): FeedbackResponse {
  const ratings: Record<string, string> = {};
  for (const indicator of area.indicators) ratings[indicator.id] = level ?? NOT_SEEN;
  return { id, requestId: 'req', group, ratings, comments: {}, submittedAt: '2026-11-01T10:00:00.000Z', ...extra };
}

describe('what the leader may see of one skill area', () => {
  it('shows three principals as an average, a named superintendent by name, and holds back a lone board member', () => {
    const summary = summariseArea(fw, area, [
      response('p1', 'principals', 'developing'),
      response('p2', 'principals', 'proficient'),
      response('p3', 'principals', 'proficient'),
      response('s1', 'superintendent', 'leading', { raterName: 'Dr. Ada Reyes' }),
      response('b1', 'board', 'emerging', { comments: { [area.id]: 'Board briefings are rare.' } }),
    ]);
    expect(summary.blocks.map((b) => [b.kind, b.label, b.count, Math.round(b.average * 100) / 100])).toEqual([
      ['named', 'Dr. Ada Reyes', 1, 4],
      ['group', 'Principals', 3, 2.67],
    ]);
    expect(summary.heldBack).toEqual({ count: 1, groups: ['board'] });
    expect(summary.allOthers).toEqual({ count: 4, average: (2 + 3 + 3 + 4) / 4 });
    expect(summary.blocks.flatMap((b) => b.comments)).not.toContain('Board briefings are rare.');
  });

  it('never pools one small group with nothing else: all others minus the group would give it away', () => {
    const summary = summariseArea(fw, area, [
      response('p1', 'principals', 'developing'),
      response('p2', 'principals', 'developing'),
      response('p3', 'principals', 'developing'),
      response('b1', 'board', 'leading'),
    ]);
    expect(summary.allOthers).toEqual({ count: 3, average: 2 });
    expect(summary.blocks.map((b) => b.kind)).toEqual(['group']);
  });

  it('pools small groups as "others" once together they reach three', () => {
    const summary = summariseArea(fw, area, [
      response('p1', 'principals', 'developing'),
      response('p2', 'principals', 'proficient'),
      response('b1', 'board', 'leading'),
    ]);
    expect(summary.blocks).toEqual([expect.objectContaining({ kind: 'others', count: 3, average: 3 })]);
    expect(summary.pooledGroups).toEqual(['principals', 'board']);
    expect(summary.heldBack.count).toBe(0);
  });

  it('counts "haven\'t seen this" as no answer, not as a level', () => {
    const summary = summariseArea(fw, area, [
      response('p1', 'principals', 'proficient'),
      response('p2', 'principals', 'proficient'),
      response('p3', 'principals', undefined),
    ]);
    expect(summary.allOthers).toBeUndefined();
    expect(summary.heldBack).toEqual({ count: 2, groups: ['principals'] });
  });
});

// A rater: group, whether named, a rating per indicator (or not seen), and maybe a comment.
const raterArb: fc.Arbitrary<Rater> = fc.record({
  group: fc.constantFrom(...RATER_GROUP_IDS),
  named: fc.constantFrom(false, false, true),
  levels: fc.array(fc.constantFrom(...levelIds, NOT_SEEN), { minLength: area.indicators.length, maxLength: area.indicators.length }),
  comment: fc.option(fc.constantFrom('Clear plans.', 'Hard to reach.', 'Great at budgets.'), { nil: undefined }),
});

interface Rater {
  group: RaterGroupId;
  named: boolean;
  levels: string[];
  comment: string | undefined;
}

function toResponses(raters: Rater[]): FeedbackResponse[] {
  return raters.map((rater, index) => {
    const ratings = Object.fromEntries(area.indicators.map((indicator, i) => [indicator.id, rater.levels[i] ?? NOT_SEEN]));
    return {
      id: `r${index}`,
      requestId: 'req',
      group: rater.group,
      ...(rater.named ? { raterName: `Named ${index}` } : {}),
      ratings,
      comments: rater.comment ? { [area.id]: rater.comment } : {},
      submittedAt: '2026-11-01T10:00:00.000Z',
    };
  });
}

/** Which anonymous raters sit in a shown block, and which are held back, worked out independently of the code. */
function membership(responses: FeedbackResponse[]) {
  const answered = responses.filter((r) => !r.raterName && raterAreaValue(fw, area, r) !== undefined);
  const byGroup = (g: RaterGroupId) => answered.filter((r) => r.group === g);
  const shownGroups = RATER_GROUP_IDS.filter((g) => byGroup(g).length >= ANONYMITY_THRESHOLD);
  const pool = answered.filter((r) => !shownGroups.includes(r.group));
  const blocks = shownGroups.map(byGroup);
  if (pool.length >= ANONYMITY_THRESHOLD) blocks.push(pool);
  return { blocks, heldBack: pool.length >= ANONYMITY_THRESHOLD ? [] : pool };
}

const everything = (responses: FeedbackResponse[]) => JSON.stringify(summariseArea(fw, area, responses));

describe('anonymity holds for every combination of groups and answers', () => {
  const raters = fc.array(raterArb, { maxLength: 14 });

  it('shows no anonymous figure of fewer than three, and "all others" is exactly the shown figures together', () => {
    fc.assert(
      fc.property(raters, (list) => {
        const summary = summariseArea(fw, area, toResponses(list));
        for (const block of summary.blocks) {
          if (block.kind === 'named') expect(block.count).toBe(1);
          else expect(block.count).toBeGreaterThanOrEqual(ANONYMITY_THRESHOLD);
        }
        const total = summary.blocks.reduce((n, b) => n + b.count, 0);
        expect(summary.allOthers?.count ?? 0).toBe(total);
        if (summary.allOthers) {
          const sum = summary.blocks.reduce((s, b) => s + b.average * b.count, 0);
          expect(summary.allOthers.average * total).toBeCloseTo(sum, 9);
        }
      }),
    );
  });

  it('a held-back rater can answer anything: nothing shown changes', () => {
    fc.assert(
      fc.property(raters, fc.constantFrom(...levelIds), (list, other) => {
        const responses = toResponses(list);
        for (const hidden of membership(responses).heldBack) {
          const changed = responses.map((r) =>
            r === hidden ? { ...r, ratings: Object.fromEntries(Object.keys(r.ratings).map((id) => [id, other])), comments: { [area.id]: 'changed' } } : r,
          );
          expect(everything(changed)).toBe(everything(responses));
        }
      }),
    );
  });

  it('within a shown group two raters can trade answers unnoticed, so no one rating can be told apart', () => {
    fc.assert(
      fc.property(raters, (list) => {
        const responses = toResponses(list);
        for (const block of membership(responses).blocks) {
          const [a, b] = block;
          if (!a || !b) continue;
          const swapped = responses.map((r) =>
            r === a ? { ...r, ratings: b.ratings, comments: b.comments } : r === b ? { ...r, ratings: a.ratings, comments: a.comments } : r,
          );
          expect(everything(swapped)).toBe(everything(responses));
        }
      }),
    );
  });
});
