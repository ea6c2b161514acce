import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { rateIndicator, setImportance } from '../../src/domain/assessment/assessment.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import {
  addComment,
  commentsOn,
  commentsOnAction,
  markReceived,
  MAX_COMMENT_LENGTH,
  MAX_COMMENTS,
  mergeReview,
  removeComment,
  resolveComment,
  reviewerOf,
  signOffReview,
  withdrawSignOff,
} from '../../src/domain/review/review.ts';

const T0 = '2026-09-01T10:00:00.000Z';
const T1 = '2026-09-05T10:00:00.000Z';
const T2 = '2026-09-09T10:00:00.000Z';

function mine(): Assessment {
  return ratedAssessment({ title: 'Fall', now: T0, ratings: { '1A': 'developing' } });
}

const comment = { id: 'c1', skillAreaId: '1', text: '  Put it on the March agenda.  ', author: ' Pat Lee ', authorRole: 'Superintendent' };

describe('addComment', () => {
  it('adds a trimmed, attributed, dated comment and counts as an edit', () => {
    const before = mine();
    const after = addComment(before, comment, T1);
    expect(after.comments).toEqual([{ id: 'c1', skillAreaId: '1', text: 'Put it on the March agenda.', author: 'Pat Lee', authorRole: 'Superintendent', at: T1 }]);
    expect(after.revision).toBe(before.revision + 1);
    expect(after.updatedAt).toBe(T1);
    expect(before.comments).toEqual([]);
  });

  it.each([
    ['an empty text', { ...comment, text: '   ' }],
    ['no author', { ...comment, author: ' ' }],
  ])('refuses %s, leaving the assessment as it was', (_case, bad) => {
    const before = mine();
    expect(addComment(before, bad, T1)).toBe(before);
  });

  it('refuses a second comment with the same id, and caps long text', () => {
    const once = addComment(mine(), { ...comment, text: 'x'.repeat(MAX_COMMENT_LENGTH + 10) }, T1);
    expect(once.comments[0]?.text).toHaveLength(MAX_COMMENT_LENGTH);
    expect(addComment(once, comment, T2)).toBe(once);
  });

  it('leaves out skillAreaId for an overall comment', () => {
    const after = addComment(mine(), { ...comment, skillAreaId: undefined }, T1);
    expect(after.comments[0]).not.toHaveProperty('skillAreaId');
    expect(commentsOn(after, undefined)).toHaveLength(1);
    expect(commentsOn(after, '1')).toHaveLength(0);
  });
});

describe('removeComment and commentsOn', () => {
  it('on the owner’s copy, resolves a comment (dated) but never deletes it', () => {
    const a = addComment(mine(), { ...comment, id: 'kept' }, T1);
    expect(removeComment(a, 'kept', T2)).toBe(a);
    const resolved = resolveComment(a, 'kept', T2);
    expect(resolved.comments).toEqual([expect.objectContaining({ id: 'kept', resolvedAt: T2 })]);
    expect(resolveComment(resolved, 'kept', T2)).toBe(resolved);
  });

  it('on the reviewer’s received copy, removes by id and lists a subject oldest first', () => {
    let a = addComment(markReceived(mine(), 'sent.json', T1), { ...comment, id: 'late' }, T2);
    a = addComment(a, { ...comment, id: 'early' }, T1);
    expect(commentsOn(a, '1').map((c) => c.id)).toEqual(['early', 'late']);
    const removed = removeComment(a, 'late', T2);
    expect(removed.comments.map((c) => c.id)).toEqual(['early']);
    expect(removeComment(removed, 'nope', T2)).toBe(removed);
  });
});

describe('mergeReview', () => {
  it('keeps every local answer and importance, takes the new comments, and makes the reviewer’s importance a proposal', () => {
    const local = rateIndicator(mine(), '1B', 'leading', T1);
    const reviewed = setImportance(addComment(mine(), comment, T1), '2', 'high', T1);
    const merged = mergeReview(local, reviewed, T2);
    expect(merged.answers).toEqual(local.answers);
    expect(merged.comments.map((c) => c.id)).toEqual(['c1']);
    expect(merged.areaImportance).toEqual({});
    expect(merged.importanceProposals?.['2']).toMatchObject({ importance: 'high', author: 'Pat Lee' });
    expect(merged.revision).toBe(local.revision + 1);
    expect(merged.updatedAt).toBe(T2);
  });

  it('does not double a comment it already has, and changes nothing when nothing is new', () => {
    const local = addComment(mine(), comment, T1);
    const reviewed = addComment(mine(), comment, T1);
    expect(mergeReview(local, reviewed, T2)).toBe(local);
  });

  it('never takes an assessment past the app’s own 500 comments: the reviewer’s first ones up to the cap, the rest left in the file', () => {
    const many = (from: Assessment, prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => i).reduce((a, i) => addComment(a, { ...comment, id: `${prefix}${i}`, text: `Comment ${i}` }, T1), from);
    const local = many(mine(), 'mine-', 450);
    const reviewed = many(local, 'rev-', 50);
    expect(reviewed.comments).toHaveLength(MAX_COMMENTS);
    const file = { ...reviewed, comments: [...reviewed.comments, ...Array.from({ length: 100 }, (_, i) => ({ ...comment, id: `over-${i}`, at: T1 }))] };

    const merged = mergeReview(local, file, T2);
    expect(merged.comments).toHaveLength(MAX_COMMENTS);
    expect(merged.comments.slice(450).map((c) => c.id)).toEqual(Array.from({ length: 50 }, (_, i) => `rev-${i}`));
    // Full already: nothing more comes in, and the copy is not even rewritten.
    expect(mergeReview(merged, file, T2)).toBe(merged);
  });

  it('sees importance as unchanged whatever the key order', () => {
    const local = { ...mine(), areaImportance: { '1': 'high' as const, '2': 'low' as const } };
    const reviewed = { ...mine(), areaImportance: { '2': 'low' as const, '1': 'high' as const } };
    expect(mergeReview(local, reviewed, T2)).toBe(local);
  });
});

describe('comments on plan actions, sign-off and the reviewer', () => {
  it('keeps a plan action’s comments apart from the whole assessment’s', () => {
    const a = addComment(addComment(mine(), { ...comment, id: 'whole', skillAreaId: undefined }, T1), { ...comment, id: 'on-plan', skillAreaId: undefined, planActionId: 'p1' }, T2);
    expect(commentsOn(a, undefined).map((c) => c.id)).toEqual(['whole']);
    expect(commentsOnAction(a, 'p1')).toEqual([expect.objectContaining({ id: 'on-plan', planActionId: 'p1', at: T2 })]);
    expect(commentsOnAction(a, 'p2')).toEqual([]);
  });

  it('signs off only a received copy, with a name; a later sign-off replaces it and can be withdrawn', () => {
    const own = mine();
    expect(signOffReview(own, { name: 'Pat Lee', role: 'Superintendent' }, T1)).toBe(own);
    const copy = markReceived(mine(), 'fall.json', T1);
    expect(signOffReview(copy, { name: '  ', role: '' }, T1)).toBe(copy);
    const signed = signOffReview(copy, { name: ' Pat Lee ', role: 'Superintendent' }, T1);
    expect(signed.reviewSignOff).toEqual({ name: 'Pat Lee', role: 'Superintendent', at: T1 });
    expect(signOffReview(signed, { name: 'Pat Lee', role: 'Superintendent' }, T2).reviewSignOff?.at).toBe(T2);
    expect(withdrawSignOff(signed, T2)).not.toHaveProperty('reviewSignOff');
  });

  it('names the reviewer by the sign-off, else by the latest comment', () => {
    const copy = markReceived(mine(), 'fall.json', T1);
    expect(reviewerOf(copy)).toBeUndefined();
    const commented = addComment(addComment(copy, { ...comment, id: 'a', author: 'Early Bird' }, T1), { ...comment, id: 'b' }, T2);
    expect(reviewerOf(commented)).toEqual({ name: 'Pat Lee', role: 'Superintendent' });
    expect(reviewerOf(signOffReview(commented, { name: 'Grace Hopper', role: '' }, T2))).toEqual({ name: 'Grace Hopper', role: '' });
  });
});

describe('markReceived', () => {
  it('marks the copy with the file and the time, and forgets where its sender was', () => {
    const a = { ...mine(), lastSkillAreaId: '4' };
    const received = markReceived(a, 'fall.json', T1);
    expect(received.received).toEqual({ at: T1, fileName: 'fall.json' });
    expect(received.lastSkillAreaId).toBeUndefined();
    expect(received.answers).toEqual(a.answers);
  });
});
