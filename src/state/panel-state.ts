import type { Framework } from '../domain/framework/framework.ts';
import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import type { InterviewQuestions } from '../domain/panel/interview-questions-schema.ts';
import type { MergeNote } from '../domain/panel/merge.ts';
import type { ListedRound } from '../storage/panel-repository.ts';
import type { DamagedRead } from '../storage/damaged-records.ts';
import type { PanelistDevice } from '../storage/panel-device.ts';
import type { SaveState } from './document-session.ts';

/** A round file whose round is already stored, waiting for the person to choose. */
export interface RoundOffer {
  fileName: string;
  incoming: HiringRound;
  /** Absent when the stored round cannot be read. */
  stored?: HiringRound;
  differences: string[];
}

export interface PanelState {
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'failed';
  rounds: ListedRound[];
  /** Scorecards no round here lists (round id damaged, or its round gone): shown on the panel's home to delete. */
  looseScorecards: DamagedRead[];
  round?: HiringRound;
  scorecards: Scorecard[];
  /** The open round's stored scorecards that failed their checks: listed, each deletable on its own. */
  damagedScorecards: DamagedRead[];
  framework?: Framework;
  questions?: InterviewQuestions;
  problem?: string;
  /** The open round's cards, as one: 'conflict' when another tab changed a card this tab was editing. */
  saveState: SaveState;
  saveProblem?: string;
  lastMerge?: { fileNames: string[]; notes: MergeNote[] };
  /** The chair's edits to the open round could not be saved: why. */
  roundSaveProblem?: string;
  /** Undefined: this is the chair's device for the open round. Otherwise a panelist's own, and whose once they say. */
  device?: PanelistDevice;
  /** Panelists of the open round who have set a PIN on this (shared) device. */
  pinned: string[];
  /** The panelist whose scorecard is open on this shared device after their PIN; closed again on the round page. */
  unlocked?: string;
  /** A round file that differs from the stored round, held until the person keeps both, replaces or cancels (from either screen that read it). */
  roundOffer?: RoundOffer;
}

export const initialPanelState: PanelState = { status: 'idle', rounds: [], looseScorecards: [], scorecards: [], damagedScorecards: [], saveState: 'saved', pinned: [] };
