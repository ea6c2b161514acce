import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { setImportance } from '../../src/domain/assessment/assessment.ts';
import { acceptProposal, declineProposal, pendingProposals, proposeImportance, proposedImportanceOf } from '../../src/domain/review/importance-proposals.ts';
import { addComment, markReceived, mergeReview, signOffReview } from '../../src/domain/review/review.ts';
import { ratedAssessment } from '../builders/assessment.ts';

const T0 = '2026-09-01T10:00:00.000Z';
const T1 = '2026-09-05T10:00:00.000Z';
const T2 = '2026-09-09T10:00:00.000Z';
const grace = { name: 'Grace Hopper', role: 'Superintendent' };

/** The CTO's own copy: Strategic Planning (2) marked high. */
function mine(): Assessment {
  return setImportance(ratedAssessment({ title: 'Fall', now: T0, ratings: { '1A': 'developing' } }), '2', 'high', T0);
}

function reviewersCopy(): Assessment {
  return markReceived(mine(), 'fall.json', T1);
}

describe('proposeImportance', () => {
  it('keeps the proposal apart: the author’s importance does not move', () => {
    const proposed = proposeImportance(reviewersCopy(), '1', 'high', grace, T1);
    expect(proposed.areaImportance).toEqual({ '2': 'high' });
    expect(proposed.importanceProposals).toEqual({ '1': { importance: 'high', author: 'Grace Hopper', authorRole: 'Superintendent', at: T1 } });
    expect(proposedImportanceOf(proposed, '1')).toBe('high');
    expect(proposedImportanceOf(proposed, '3')).toBe('normal');
    expect(proposed.revision).toBe(reviewersCopy().revision + 1);
  });

  it('can propose normal for an area the author marked high, and withdraws a proposal set back to the author’s choice', () => {
    const proposed = proposeImportance(reviewersCopy(), '2', 'normal', grace, T1);
    expect(proposed.importanceProposals?.['2']?.importance).toBe('normal');
    const withdrawn = proposeImportance(proposed, '2', 'high', grace, T2);
    expect(withdrawn).not.toHaveProperty('importanceProposals');
    const same = reviewersCopy();
    expect(proposeImportance(same, '2', 'high', grace, T1)).toBe(same);
  });
});

describe('mergeReview brings proposals, never importance', () => {
  const reviewed = () => {
    let copy = proposeImportance(reviewersCopy(), '1', 'high', grace, T1);
    copy = proposeImportance(copy, '2', 'low', grace, T1);
    copy = addComment(copy, { id: 'c1', text: 'Good plan.', author: 'Grace Hopper', authorRole: 'Superintendent' }, T1);
    return signOffReview(copy, grace, T1);
  };

  it('lists each proposal beside the author’s importance, takes the sign-off, and leaves the ranking as it was', () => {
    const merged = mergeReview(mine(), reviewed(), T2);
    expect(merged.areaImportance).toEqual({ '2': 'high' });
    expect(pendingProposals(merged, ['1', '2'])).toEqual([
      { skillAreaId: '1', importance: 'high', current: 'normal', author: 'Grace Hopper', authorRole: 'Superintendent', at: T1 },
      { skillAreaId: '2', importance: 'low', current: 'high', author: 'Grace Hopper', authorRole: 'Superintendent', at: T1 },
    ]);
    expect(merged.reviewSignOff).toEqual({ name: 'Grace Hopper', role: 'Superintendent', at: T1 });
    expect(merged.comments.map((c) => c.id)).toEqual(['c1']);
  });

  it('accepting one moves that area only; declining the other leaves it as the author had it; both are settled', () => {
    const merged = mergeReview(mine(), reviewed(), T2);
    const accepted = acceptProposal(merged, '1', T2);
    expect(accepted.areaImportance).toEqual({ '1': 'high', '2': 'high' });
    const declined = declineProposal(accepted, '2', T2);
    expect(declined.areaImportance).toEqual({ '1': 'high', '2': 'high' });
    expect(pendingProposals(declined)).toEqual([]);
    expect(declined).not.toHaveProperty('importanceProposals');
    expect(declineProposal(declined, '2', T2)).toBe(declined);
    expect(acceptProposal(declined, '1', T2)).toBe(declined);
  });

  it('accepting "normal" removes the stored importance', () => {
    const merged = mergeReview(mine(), proposeImportance(reviewersCopy(), '2', 'normal', grace, T1), T2);
    expect(acceptProposal(merged, '2', T2).areaImportance).toEqual({});
  });

  it('turns an older reviewer app’s changed importance into proposals, named for the reviewer who commented', () => {
    let older = setImportance(reviewersCopy(), '3', 'low', T1);
    older = addComment(older, { id: 'c9', text: 'See 3.', author: 'Pat Lee', authorRole: 'Board chair' }, T1);
    const merged = mergeReview(mine(), older, T2);
    expect(merged.areaImportance).toEqual({ '2': 'high' });
    expect(merged.importanceProposals).toEqual({ '3': { importance: 'low', author: 'Pat Lee', authorRole: 'Board chair', at: older.updatedAt } });
  });

  it('names a proposal made before the reviewer gave a name after whoever signed off', () => {
    const unnamed = signOffReview(proposeImportance(reviewersCopy(), '1', 'low', { name: '', role: '' }, T1), grace, T1);
    expect(mergeReview(mine(), unnamed, T2).importanceProposals?.['1']?.author).toBe('Grace Hopper');
  });

  it('changes nothing when the reviewed copy brings nothing new', () => {
    const local = mine();
    expect(mergeReview(local, reviewersCopy(), T2)).toBe(local);
  });
});
