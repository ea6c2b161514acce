import type { Framework } from '../domain/framework/framework.ts';
import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import type { InterviewQuestions } from '../domain/panel/interview-questions-schema.ts';
import type { MergeNote } from '../domain/panel/merge.ts';
import type { RoundRead } from '../storage/panel-repository.ts';
import type { SaveState } from './document-session.ts';

export interface PanelState {
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'failed';
  rounds: RoundRead[];
  round?: HiringRound;
  scorecards: Scorecard[];
  framework?: Framework;
  questions?: InterviewQuestions;
  problem?: string;
  /** The open round's cards, as one: 'conflict' when another tab changed a card this tab was editing. */
  saveState: SaveState;
  saveProblem?: string;
  lastMerge?: { fileNames: string[]; notes: MergeNote[] };
}

export const initialPanelState: PanelState = { status: 'idle', rounds: [], scorecards: [], saveState: 'saved' };
