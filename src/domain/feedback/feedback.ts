import type { FrameworkRef } from '../assessment/assessment.ts';
import type { Framework, Indicator, SkillArea } from '../framework/framework.ts';
import { skillAreasOf } from '../framework/framework.ts';

/**
 * Feedback from colleagues (a 360): the leader sends one request file naming the skill areas and the
 * groups asked; each colleague answers in a response file. Nothing here knows who a rater is unless the
 * rater chose to give a name.
 */

/** The groups a rater can belong to; the order is how they are listed. */
export const RATER_GROUPS = [
  { id: 'superintendent', label: 'Superintendent and cabinet' },
  { id: 'principals', label: 'Principals' },
  { id: 'curriculum', label: 'Curriculum and instruction leaders' },
  { id: 'business', label: 'Business office' },
  { id: 'board', label: 'Board members' },
  { id: 'staff', label: 'Technology staff' },
  { id: 'peers', label: 'Other colleagues' },
] as const;

export type RaterGroupId = (typeof RATER_GROUPS)[number]['id'];
export const RATER_GROUP_IDS = RATER_GROUPS.map((group) => group.id);

export function groupLabel(id: RaterGroupId): string {
  return RATER_GROUPS.find((group) => group.id === id)?.label ?? id;
}

/** A rater's "I have not seen the leader do this": kept apart from every level, never averaged. */
export const NOT_SEEN = 'not-seen';

/** Fewer answers than this in a group and its figures are never shown on their own. */
export const ANONYMITY_THRESHOLD = 3;

/** Someone the leader means to ask; kept on the leader's device only, never written into the request file. */
export interface Invitee {
  name: string;
  group: RaterGroupId;
}

/** How a rater's answers will be shown, as a request file says it (anonymity-promise.ts writes it). */
export interface AnonymityPromise {
  threshold: number;
  /** Paragraphs, in the order a rater reads them. */
  text: string[];
}

/** What the request file carries to every colleague. */
export interface FeedbackAsk {
  id: string;
  leaderName: string;
  district: string;
  framework: FrameworkRef;
  skillAreaIds: string[];
  groups: RaterGroupId[];
  createdAt: string;
  /** Absent from request files made before files carried the promise. */
  anonymity?: AnonymityPromise;
}

/** One colleague's answers. `raterName` only when the rater chose to be named. */
export interface FeedbackResponse {
  id: string;
  requestId: string;
  group: RaterGroupId;
  raterName?: string;
  /** A level id or NOT_SEEN, by indicator id. */
  ratings: Record<string, string>;
  /** One comment per skill area id. */
  comments: Record<string, string>;
  submittedAt: string;
}

/** The leader's stored request: what was sent, to whom, and the responses imported so far. */
export interface FeedbackRequest extends FeedbackAsk {
  assessmentId: string;
  invitees: Invitee[];
  responses: FeedbackResponse[];
  updatedAt: string;
}

export function askOf(request: FeedbackRequest): FeedbackAsk {
  const { id, leaderName, district, framework, skillAreaIds, groups, createdAt } = request;
  return { id, leaderName, district, framework, skillAreaIds, groups, createdAt };
}

/** The groups asked follow from the people asked, in the listed order. */
export function groupsOf(invitees: Invitee[]): RaterGroupId[] {
  return RATER_GROUP_IDS.filter((id) => invitees.some((person) => person.group === id));
}

/** The skill areas a request covers, in framework order. */
export function requestedAreas(framework: Framework, ask: FeedbackAsk): SkillArea[] {
  return skillAreasOf(framework).filter((area) => ask.skillAreaIds.includes(area.id));
}

/** An indicator as a colleague reads it: "The technology leader co-develops …". */
export function observerText(indicator: Indicator): string {
  const text = indicator.text.trim();
  return `The technology leader ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** What each level means for this indicator: its own anchored descriptors, the same ones the leader rates against. */
export function levelAnchors(indicator: Indicator): Record<string, string> {
  return indicator.levels;
}

export type ResponseFate = 'added' | 'updated' | 'duplicate' | 'other-request';

/**
 * Adds a response once: the same response again changes nothing; one for another request is refused. A
 * colleague who changes their answers and exports again sends the same response id, submitted later: it
 * replaces their earlier answers, so one person never counts twice.
 */
export function addResponse(request: FeedbackRequest, response: FeedbackResponse, now: string): { request: FeedbackRequest; fate: ResponseFate } {
  if (response.requestId !== request.id) return { request, fate: 'other-request' };
  const known = request.responses.find((other) => other.id === response.id);
  if (known && known.submittedAt >= response.submittedAt) return { request, fate: 'duplicate' };
  if (known) return { request: { ...request, responses: request.responses.map((other) => (other.id === response.id ? response : other)), updatedAt: now }, fate: 'updated' };
  return { request: { ...request, responses: [...request.responses, response], updatedAt: now }, fate: 'added' };
}

/**
 * A colleague's answers while they give feedback, kept on their device so a reload or a closed tab loses
 * nothing; one per request. It never leaves the device: the response file is made from it on export.
 */
export interface FeedbackDraft {
  requestId: string;
  /** The id every export of this draft carries, so the leader keeps only the latest answers of one person. */
  responseId: string;
  ask: FeedbackAsk;
  group?: RaterGroupId;
  isNamed: boolean;
  name: string;
  hasStarted: boolean;
  ratings: Record<string, string>;
  comments: Record<string, string>;
  updatedAt: string;
  /** When the response file was last exported from it. */
  exportedAt?: string;
}

export function newDraft(ask: FeedbackAsk, responseId: string, now: string): FeedbackDraft {
  return { requestId: ask.id, responseId, ask, isNamed: false, name: '', hasStarted: false, ratings: {}, comments: {}, updatedAt: now };
}

/** The response a draft exports: a name only when the rater chose to be named, and no empty comment. */
export function responseOf(draft: FeedbackDraft & { group: RaterGroupId }, now: string): FeedbackResponse {
  const name = draft.name.trim();
  const comments = Object.fromEntries(Object.entries(draft.comments).filter(([, text]) => text.trim()));
  return { id: draft.responseId, requestId: draft.requestId, group: draft.group, ...(draft.isNamed && name ? { raterName: name } : {}), ratings: { ...draft.ratings }, comments, submittedAt: now };
}

/**
 * A request from a backup, restored onto this device. One already here keeps its place and gains the
 * backup's responses (a later export of the same colleague's answers replacing an earlier one); a new one
 * goes with the assessment it was asked for, under the id that assessment has on this device.
 */
export function restoreRequest(local: FeedbackRequest | undefined, incoming: FeedbackRequest, assessmentId: string): FeedbackRequest {
  if (!local) return { ...incoming, assessmentId };
  let merged = local;
  for (const response of incoming.responses) merged = addResponse(merged, response, merged.updatedAt).request;
  const updatedAt = incoming.updatedAt > merged.updatedAt ? incoming.updatedAt : merged.updatedAt;
  return merged === local ? local : { ...merged, updatedAt };
}
