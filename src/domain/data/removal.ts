import { plural } from '../plural.ts';

/** What this browser stores for the user, what "Delete all my data" found and removed, and how to say so exactly. */

export interface StoredCounts {
  assessments: number;
  rounds: number;
  scorecards: number;
  /** Requests for colleagues' feedback the leader made, and the colleagues' responses imported into them. */
  feedbackRequests: number;
  feedbackResponses: number;
  /** Feedback this person is giving a colleague, kept here until they export it. */
  feedbackDrafts: number;
  /** Entries in the CETL hours log. */
  cetlEntries: number;
  /** The name and role a reviewer last signed comments with. */
  hasReviewer: boolean;
  /** Other remembered settings in the database (where you left off, backup dates…). */
  settings: number;
}

export const NOTHING_STORED: StoredCounts = { assessments: 0, rounds: 0, scorecards: 0, feedbackRequests: 0, feedbackResponses: 0, feedbackDrafts: 0, cetlEntries: 0, hasReviewer: false, settings: 0 };

export interface Removal extends StoredCounts {
  /** Offline copies of the app (Cache Storage). */
  caches: number;
  /** The app's keys in localStorage and sessionStorage. */
  browserKeys: number;
}

/** How many items a raw stored record lists under `key`, whether or not the record is otherwise readable. */
export function listedIn(record: unknown, key: string): number {
  const list: unknown = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.length : 0;
}

/** The figures "What is stored" lists, each named as the user knows it. */
export function storedFigures(counts: StoredCounts): { label: string; count: number }[] {
  return [
    { label: 'Assessments', count: counts.assessments },
    { label: 'Hiring rounds', count: counts.rounds },
    { label: 'Scorecards', count: counts.scorecards },
    { label: 'Feedback requests you made', count: counts.feedbackRequests },
    { label: 'Colleagues’ responses to them', count: counts.feedbackResponses },
    { label: 'Feedback you are giving colleagues', count: counts.feedbackDrafts },
    { label: 'CETL log entries', count: counts.cetlEntries },
  ];
}

function joinList(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** Colleagues' feedback and the CETL log, in words, for whatever of them there is. */
function feedbackAndCetl(counts: StoredCounts): string[] {
  const parts: string[] = [];
  const responses = plural(counts.feedbackResponses, 'colleague’s response', 'colleagues’ responses');
  if (counts.feedbackRequests > 0) {
    const requests = plural(counts.feedbackRequests, 'feedback request', 'feedback requests');
    parts.push(counts.feedbackResponses > 0 ? `${requests} with ${responses}` : requests);
  } else if (counts.feedbackResponses > 0) parts.push(responses);
  if (counts.feedbackDrafts > 0) parts.push(plural(counts.feedbackDrafts, 'piece of feedback you are giving', 'pieces of feedback you are giving'));
  if (counts.cetlEntries > 0) parts.push(plural(counts.cetlEntries, 'CETL log entry', 'CETL log entries'));
  return parts;
}

/** "This browser holds 2 assessments, 0 hiring rounds, 0 scorecards and 1 feedback request with 3 colleagues’ responses." */
export function describeStored(counts: StoredCounts): string {
  const panel = [plural(counts.assessments, 'assessment', 'assessments'), plural(counts.rounds, 'hiring round', 'hiring rounds'), plural(counts.scorecards, 'scorecard', 'scorecards')];
  return `This browser holds ${joinList([...panel, ...feedbackAndCetl(counts)])}.`;
}

/** "Removed 3 assessments, 1 hiring round with 4 scorecards, your saved reviewer name and 2 offline caches." */
export function describeRemoval(removal: Removal): string {
  const parts: string[] = [];
  if (removal.assessments > 0) parts.push(plural(removal.assessments, 'assessment', 'assessments'));
  const scorecards = plural(removal.scorecards, 'scorecard', 'scorecards');
  if (removal.rounds > 0) {
    const rounds = plural(removal.rounds, 'hiring round', 'hiring rounds');
    parts.push(removal.scorecards > 0 ? `${rounds} with ${scorecards}` : rounds);
  } else if (removal.scorecards > 0) {
    parts.push(scorecards);
  }
  parts.push(...feedbackAndCetl(removal));
  if (removal.hasReviewer) parts.push('your saved reviewer name');
  if (removal.settings + removal.browserKeys > 0) parts.push("the app's remembered settings");
  if (removal.caches > 0) parts.push(plural(removal.caches, 'offline cache', 'offline caches'));
  return parts.length === 0 ? 'There was nothing stored to remove.' : `Removed ${joinList(parts)}.`;
}
