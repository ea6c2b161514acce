import type { Assessment, Importance, ImportanceProposal } from '../assessment/assessment.ts';
import { importanceOf } from '../assessment/assessment.ts';

export interface Proposer {
  name: string;
  role: string;
}

function withProposals(assessment: Assessment, proposals: Record<string, ImportanceProposal>, now: string): Assessment {
  const { importanceProposals: _old, ...rest } = assessment;
  return { ...rest, ...(Object.keys(proposals).length > 0 ? { importanceProposals: proposals } : {}), updatedAt: now, revision: assessment.revision + 1 };
}

/**
 * A reviewer's proposal, kept apart from the author's own importance: proposing the importance the author already
 * chose withdraws the proposal. Nothing in the ranking moves until the author accepts it.
 */
export function proposeImportance(assessment: Assessment, skillAreaId: string, importance: Importance, by: Proposer, now: string): Assessment {
  const proposals = { ...assessment.importanceProposals };
  const had = proposals[skillAreaId];
  if (importance === importanceOf(assessment, skillAreaId)) {
    if (!had) return assessment;
    delete proposals[skillAreaId];
  } else {
    if (had?.importance === importance) return assessment;
    proposals[skillAreaId] = { importance, author: by.name.trim().slice(0, 200), authorRole: by.role.trim().slice(0, 200), at: now };
  }
  return withProposals(assessment, proposals, now);
}

/** The importance an area would have if its proposal were accepted: the proposal's, else the author's. */
export function proposedImportanceOf(assessment: Assessment, skillAreaId: string): Importance {
  return assessment.importanceProposals?.[skillAreaId]?.importance ?? importanceOf(assessment, skillAreaId);
}

export interface PendingProposal extends ImportanceProposal {
  skillAreaId: string;
  /** The author's importance today. */
  current: Importance;
}

/** Proposals still waiting for the author, in the order given (framework order when `order` lists the area ids). */
export function pendingProposals(assessment: Assessment, order: readonly string[] = []): PendingProposal[] {
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  return Object.entries(assessment.importanceProposals ?? {})
    .map(([skillAreaId, proposal]) => ({ ...proposal, skillAreaId, current: importanceOf(assessment, skillAreaId) }))
    .toSorted((a, b) => rank(a.skillAreaId) - rank(b.skillAreaId) || a.skillAreaId.localeCompare(b.skillAreaId));
}

/** The author takes the reviewer's importance for one area: the ranking changes, and the proposal is settled. */
export function acceptProposal(assessment: Assessment, skillAreaId: string, now: string): Assessment {
  const proposal = assessment.importanceProposals?.[skillAreaId];
  if (!proposal) return assessment;
  const { [skillAreaId]: _settled, ...rest } = assessment.importanceProposals ?? {};
  const areaImportance = { ...assessment.areaImportance };
  if (proposal.importance === 'normal') delete areaImportance[skillAreaId];
  else areaImportance[skillAreaId] = proposal.importance;
  return withProposals({ ...assessment, areaImportance }, rest, now);
}

/** The author keeps their own importance for one area; the proposal is settled and nothing moves. */
export function declineProposal(assessment: Assessment, skillAreaId: string, now: string): Assessment {
  if (!assessment.importanceProposals?.[skillAreaId]) return assessment;
  const { [skillAreaId]: _settled, ...rest } = assessment.importanceProposals;
  return withProposals(assessment, rest, now);
}

/**
 * The proposals a reviewed copy brings to the author's own copy. A copy reviewed by an older app holds no proposals
 * but may have changed importance itself: each such change becomes a proposal too, so nothing moves silently.
 */
export function proposalsFrom(local: Assessment, reviewed: Assessment, by: Proposer): Record<string, ImportanceProposal> {
  const incoming: Record<string, ImportanceProposal> = reviewed.importanceProposals
    ? { ...reviewed.importanceProposals }
    : Object.fromEntries(
        [...new Set([...Object.keys(local.areaImportance), ...Object.keys(reviewed.areaImportance)])]
          .filter((id) => importanceOf(local, id) !== importanceOf(reviewed, id))
          .map((id) => [id, { importance: importanceOf(reviewed, id), author: by.name, authorRole: by.role, at: reviewed.updatedAt }]),
      );
  const proposals = { ...local.importanceProposals };
  for (const [id, proposal] of Object.entries(incoming)) {
    if (proposal.importance === importanceOf(local, id)) continue;
    // A proposal made before the reviewer gave a name is theirs all the same.
    proposals[id] = proposal.author ? { ...proposal } : { ...proposal, author: by.name, authorRole: by.role };
  }
  return proposals;
}
