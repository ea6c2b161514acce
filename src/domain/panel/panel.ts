/** A hiring round: the panel scores candidates for a technology leadership post on the framework. */

export interface Candidate {
  id: string;
  name: string;
  /** The interview's calendar day, yyyy-mm-dd, once the chair has set it. */
  interviewOn?: string;
  /** A practice candidate every panelist scores first to calibrate; never ranked or counted. */
  isPractice?: true;
}

/** The chair's agreed level for one candidate in one area, after discussion; independent scores stay as given. */
export interface Consensus {
  /** A rubric level id. */
  level: string;
  note: string;
  at: string;
}

export interface Panelist {
  id: string;
  name: string;
  role: string;
}

export interface HiringRound {
  id: string;
  positionTitle: string;
  district: string;
  framework: { editionId: string; dataVersion: number };
  candidates: Candidate[];
  panelists: Panelist[];
  /** Skill areas the interview covers, in framework order. */
  skillAreaIds: string[];
  /** Weight per covered skill area id; absent means 1. */
  weights: Record<string, number>;
  /** Why the areas count unequally: required once any weight is not 1. */
  weightReason?: string;
  /** The panel's own questions per skill area id, asked beside the bank's. */
  customQuestions?: Record<string, string[]>;
  /** The chair closed scoring before every panelist had submitted: when, and who had not. */
  scoringClosed?: { at: string; unsubmitted: string[] };
  /** consensus[candidateId][skillAreaId] */
  consensus?: Record<string, Record<string, Consensus>>;
  /** The chair's recommendation: a candidate (or none of them) and the reasons. */
  recommendation?: { candidateId?: string; reasons: string; at: string };
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface AreaScore {
  /** A rubric level id; absent while not yet scored. */
  level?: string;
  note?: string;
}

/** One panelist's scores for one round, across the candidates they interviewed. */
export interface Scorecard {
  /** `${roundId}--${panelistId}`: one scorecard per panelist per round. */
  id: string;
  roundId: string;
  panelistId: string;
  /** scores[candidateId][skillAreaId] */
  scores: Record<string, Record<string, AreaScore>>;
  /** When the panelist had submitted every candidate (or, before per-candidate submission, the whole card). */
  submittedAt?: string;
  /** When the panelist submitted each candidate; a submitted candidate's scores are locked. */
  submittedFor?: Record<string, string>;
  updatedAt: string;
  revision: number;
}

export function scorecardId(roundId: string, panelistId: string): string {
  return `${roundId}--${panelistId}`;
}
