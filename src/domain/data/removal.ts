import { plural } from '../plural.ts';

/** What "Delete all my data" found and removed, and how to say so exactly. */

export interface StoredCounts {
  assessments: number;
  rounds: number;
  scorecards: number;
  /** The name and role a reviewer last signed comments with. */
  hasReviewer: boolean;
  /** Other remembered settings in the database (where you left off, backup dates…). */
  settings: number;
}

export interface Removal extends StoredCounts {
  /** Offline copies of the app (Cache Storage). */
  caches: number;
  /** The app's keys in localStorage and sessionStorage. */
  browserKeys: number;
}


function joinList(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
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
  if (removal.hasReviewer) parts.push('your saved reviewer name');
  if (removal.settings + removal.browserKeys > 0) parts.push("the app's remembered settings");
  if (removal.caches > 0) parts.push(plural(removal.caches, 'offline cache', 'offline caches'));
  return parts.length === 0 ? 'There was nothing stored to remove.' : `Removed ${joinList(parts)}.`;
}
