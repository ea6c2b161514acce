import type { Assessment, ReviewComment } from '../assessment/assessment.ts';

export const MAX_COMMENT_LENGTH = 5_000;
/** Comments one assessment can hold: more than any review needs, few enough for every screen to stay quick. */
export const MAX_COMMENTS = 500;

export interface NewComment {
  id: string;
  skillAreaId?: string;
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

export function commentsOn(assessment: Assessment, skillAreaId: string | undefined): ReviewComment[] {
  return assessment.comments.filter((c) => c.skillAreaId === skillAreaId).sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * A reviewed copy came back: keep every local answer, and take the reviewer's comments and their view of
 * importance (the district's priorities are the superintendent's call). Comments already here (same id) are not doubled. Returns the same object when nothing is new.
 */
export function mergeReview(local: Assessment, reviewed: Assessment, now: string): Assessment {
  const known = new Set(local.comments.map((c) => c.id));
  // Never more than an assessment may hold: the oldest reviewer comments first, the rest left in the file.
  const incoming = reviewed.comments.filter((c) => !known.has(c.id)).slice(0, Math.max(0, MAX_COMMENTS - local.comments.length));
  const areas = new Set([...Object.keys(local.areaImportance), ...Object.keys(reviewed.areaImportance)]);
  const importanceChanged = [...areas].some((id) => local.areaImportance[id] !== reviewed.areaImportance[id]);
  if (incoming.length === 0 && !importanceChanged) return local;
  return {
    ...local,
    comments: [...local.comments, ...incoming.map((c) => ({ ...c }))],
    areaImportance: { ...reviewed.areaImportance },
    updatedAt: now,
    revision: local.revision + 1,
  };
}

/** A copy of someone else's assessment, marked as received so its answers are shown read-only. */
export function markReceived(assessment: Assessment, fileName: string, now: string): Assessment {
  return { ...assessment, received: { at: now, fileName }, lastSkillAreaId: undefined };
}
