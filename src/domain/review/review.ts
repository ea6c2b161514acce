import type { Assessment, ReviewComment, ReviewSignOff } from '../assessment/assessment.ts';
import type { Proposer } from './importance-proposals.ts';
import { proposalsFrom } from './importance-proposals.ts';

export const MAX_COMMENT_LENGTH = 5_000;
/** Comments one assessment can hold: more than any review needs, few enough for every screen to stay quick. */
export const MAX_COMMENTS = 500;

export interface NewComment {
  id: string;
  skillAreaId?: string;
  /** For a comment on one action of the development plan. */
  planActionId?: string;
  text: string;
  author: string;
  authorRole: string;
}

/** Comments can be added to any assessment, a received one included: reviewing is what received copies are for. */
export function addComment(assessment: Assessment, comment: NewComment, now: string): Assessment {
  const text = comment.text.trim().slice(0, MAX_COMMENT_LENGTH);
  const author = comment.author.trim().slice(0, 200);
  if (!text || !author || assessment.comments.length >= MAX_COMMENTS || assessment.comments.some((c) => c.id === comment.id)) return assessment;
  const added: ReviewComment = {
    id: comment.id,
    ...(comment.skillAreaId ? { skillAreaId: comment.skillAreaId } : {}),
    ...(comment.planActionId ? { planActionId: comment.planActionId } : {}),
    text,
    author,
    authorRole: comment.authorRole.trim().slice(0, 200),
    at: now,
  };
  return { ...assessment, comments: [...assessment.comments, added], updatedAt: now, revision: assessment.revision + 1 };
}

/** Only on the reviewer's own (received) copy: the assessment's owner resolves a reviewer's comment, never deletes it. */
export function canDeleteComments(assessment: Assessment): boolean {
  return Boolean(assessment.received);
}

export function removeComment(assessment: Assessment, commentId: string, now: string): Assessment {
  if (!canDeleteComments(assessment) || !assessment.comments.some((c) => c.id === commentId)) return assessment;
  return { ...assessment, comments: assessment.comments.filter((c) => c.id !== commentId), updatedAt: now, revision: assessment.revision + 1 };
}

/** The owner marks a comment dealt with; it stays, dated, for the record. */
export function resolveComment(assessment: Assessment, commentId: string, now: string): Assessment {
  if (!assessment.comments.some((c) => c.id === commentId && c.resolvedAt === undefined)) return assessment;
  const comments = assessment.comments.map((c) => (c.id === commentId ? { ...c, resolvedAt: now } : c));
  return { ...assessment, comments, updatedAt: now, revision: assessment.revision + 1 };
}

/** Comments on one skill area, or (undefined) on the whole assessment; comments on plan actions are listed apart. */
export function commentsOn(assessment: Assessment, skillAreaId: string | undefined): ReviewComment[] {
  return assessment.comments.filter((c) => c.skillAreaId === skillAreaId && c.planActionId === undefined).sort((a, b) => a.at.localeCompare(b.at));
}

/** Comments on one action of the development plan, oldest first. */
export function commentsOnAction(assessment: Assessment, planActionId: string): ReviewComment[] {
  return assessment.comments.filter((c) => c.planActionId === planActionId).sort((a, b) => a.at.localeCompare(b.at));
}

/** Only on a received copy: the reviewer's "Reviewed by NAME on DATE" (a second sign-off replaces the first). */
export function signOffReview(assessment: Assessment, by: Proposer, now: string): Assessment {
  const name = by.name.trim().slice(0, 200);
  if (!assessment.received || !name) return assessment;
  const reviewSignOff: ReviewSignOff = { name, role: by.role.trim().slice(0, 200), at: now };
  return { ...assessment, reviewSignOff, updatedAt: now, revision: assessment.revision + 1 };
}

export function withdrawSignOff(assessment: Assessment, now: string): Assessment {
  if (!assessment.received || !assessment.reviewSignOff) return assessment;
  const { reviewSignOff: _gone, ...rest } = assessment;
  return { ...rest, updatedAt: now, revision: assessment.revision + 1 };
}

/** Who reviewed a copy, as far as it says: the sign-off, else the latest comment's author. */
export function reviewerOf(assessment: Assessment): Proposer | undefined {
  if (assessment.reviewSignOff) return { name: assessment.reviewSignOff.name, role: assessment.reviewSignOff.role };
  const latest = assessment.comments.toSorted((a, b) => b.at.localeCompare(a.at))[0];
  return latest ? { name: latest.author, role: latest.authorRole } : undefined;
}

function newReviewComments(local: Assessment, reviewed: Assessment) {
  const known = new Set(local.comments.map((c) => c.id));
  return reviewed.comments.filter((c) => !known.has(c.id));
}

/** How many of a reviewed copy's new comments a merge leaves in the file, because the assessment would pass MAX_COMMENTS. */
export function reviewCommentsLeftOut(local: Assessment, reviewed: Assessment): number {
  return Math.max(0, newReviewComments(local, reviewed).length - Math.max(0, MAX_COMMENTS - local.comments.length));
}

/**
 * A reviewed copy came back: keep every local answer and the author's own importance, and take the reviewer's
 * comments, their sign-off and their proposed importance changes (each waits for the author to accept or decline it).
 * Comments already here (same id) are not doubled. Returns the same object when nothing is new.
 */
export function mergeReview(local: Assessment, reviewed: Assessment, now: string): Assessment {
  // Never more than an assessment may hold: the oldest reviewer comments first, the rest left in the file.
  const incoming = newReviewComments(local, reviewed).slice(0, Math.max(0, MAX_COMMENTS - local.comments.length));
  const proposals = proposalsFrom(local, reviewed, reviewerOf(reviewed) ?? { name: '', role: '' });
  const hasNewProposals = JSON.stringify(proposals) !== JSON.stringify(local.importanceProposals ?? {});
  const signOff = reviewed.reviewSignOff;
  const hasNewSignOff = signOff !== undefined && JSON.stringify(signOff) !== JSON.stringify(local.reviewSignOff);
  if (incoming.length === 0 && !hasNewProposals && !hasNewSignOff) return local;
  const { importanceProposals: _old, ...rest } = local;
  return {
    ...rest,
    comments: [...local.comments, ...incoming.map((c) => ({ ...c }))],
    ...(Object.keys(proposals).length > 0 ? { importanceProposals: proposals } : {}),
    ...(hasNewSignOff ? { reviewSignOff: { ...signOff } } : {}),
    updatedAt: now,
    revision: local.revision + 1,
  };
}

/** A copy of someone else's assessment, marked as received so its answers are shown read-only. */
export function markReceived(assessment: Assessment, fileName: string, now: string): Assessment {
  return { ...assessment, received: { at: now, fileName }, lastSkillAreaId: undefined };
}
