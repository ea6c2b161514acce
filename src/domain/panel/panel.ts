/** A hiring round: the panel scores candidates for a technology leadership post on the framework. */

export interface Candidate {
  id: string;
  name: string;
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
  /** When the panelist submitted; until then others cannot see these scores (blind scoring). */
  submittedAt?: string;
  updatedAt: string;
  revision: number;
}

export function scorecardId(roundId: string, panelistId: string): string {
  return `${roundId}--${panelistId}`;
}
