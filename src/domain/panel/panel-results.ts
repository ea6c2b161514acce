import type { Framework } from '../framework/framework.ts';
import { findLevel } from '../framework/framework.ts';
import type { HiringRound, Scorecard } from './panel.ts';
import { newerScorecard } from './merge.ts';
import { isSubmitted, weightOf } from './round.ts';
import { mean, median } from '../statistics.ts';

/** A spread of this many rubric levels or more between panelists is worth talking about. */
export const DISAGREEMENT_SPREAD = 2;

export interface AreaResult {
  skillAreaId: string;
  scores: { panelistId: string; value: number; note?: string }[];
  mean?: number;
  median?: number;
  /** max − min */
  spread?: number;
  /** spread >= DISAGREEMENT_SPREAD */
  isDisagreement: boolean;
  weight: number;
}

export interface CandidateResult {
  candidateId: string;
  name: string;
  areas: AreaResult[];
  /** weighted mean of area means over areas with any score */
  weightedScore?: number;
  scoredAreas: number;
  panelistsScored: number;
  rank?: number;
}

/** The round's own cards from its panelists, the newest per panelist, in panel order. */
function cardsToCount(round: HiringRound, scorecards: Scorecard[], onlySubmitted: boolean): Scorecard[] {
  return round.panelists.flatMap((panelist) => {
    const own = scorecards.filter((c) => c.roundId === round.id && c.panelistId === panelist.id && (!onlySubmitted || isSubmitted(c)));
    const newest = own.reduce<Scorecard | undefined>((best, c) => (best ? newerScorecard(best, c) : c), undefined);
    return newest ? [newest] : [];
  });
}

function areaResult(framework: Framework, round: HiringRound, cards: Scorecard[], candidateId: string, skillAreaId: string): AreaResult {
  const scores = cards.flatMap((card) => {
    const score = card.scores[candidateId]?.[skillAreaId];
    const level = findLevel(framework, score?.level);
    if (!level) return [];
    return [{ panelistId: card.panelistId, value: level.value, ...(score?.note ? { note: score.note } : {}) }];
  });
  const weight = weightOf(round, skillAreaId);
  if (scores.length === 0) return { skillAreaId, scores, isDisagreement: false, weight };
  const values = scores.map((s) => s.value);
  const spread = Math.max(...values) - Math.min(...values);
  return {
    skillAreaId,
    scores,
    mean: mean(values),
    median: median(values),
    spread,
    isDisagreement: spread >= DISAGREEMENT_SPREAD,
    weight,
  };
}

function weightedMean(areas: AreaResult[]): number | undefined {
  let total = 0;
  let weights = 0;
  for (const area of areas) {
    if (area.mean === undefined) continue;
    total += area.mean * area.weight;
    weights += area.weight;
  }
  return weights > 0 ? total / weights : undefined;
}

/** Scores equal to a billionth count as tied, so weights such as 0.15 do not split a tie by rounding. */
function rankKey(score: number): number {
  return Math.round(score * 1e9);
}

/**
 * The chair's view: per candidate (in round order) and covered skill area (in round order), what each
 * panelist gave as a rubric value, with mean, median and spread; a weighted score across the areas
 * anyone scored, and a rank (ties share a rank, as in 1, 1, 3; a candidate nobody scored has none).
 * Levels the rubric does not know (such as "not applicable") do not count.
 */
export function panelResults(framework: Framework, round: HiringRound, scorecards: Scorecard[], options: { onlySubmitted?: boolean } = {}): CandidateResult[] {
  const cards = cardsToCount(round, scorecards, options.onlySubmitted ?? false);
  const results: CandidateResult[] = round.candidates.map((candidate) => {
    const areas = round.skillAreaIds.map((areaId) => areaResult(framework, round, cards, candidate.id, areaId));
    const panelists = new Set(areas.flatMap((area) => area.scores.map((s) => s.panelistId)));
    const weightedScore = weightedMean(areas);
    return {
      candidateId: candidate.id,
      name: candidate.name,
      areas,
      ...(weightedScore !== undefined ? { weightedScore } : {}),
      scoredAreas: areas.filter((area) => area.scores.length > 0).length,
      panelistsScored: panelists.size,
    };
  });
  const keys = results.flatMap((r) => (r.weightedScore === undefined ? [] : [rankKey(r.weightedScore)]));
  for (const result of results) {
    if (result.weightedScore === undefined) continue;
    const key = rankKey(result.weightedScore);
    result.rank = 1 + keys.filter((other) => other > key).length;
  }
  return results;
}

/**
 * Blind scoring: a panelist always sees their own card, and someone else's only once both of them have
 * submitted. Only cards of this round count.
 */
export function visibleScorecards(round: HiringRound, scorecards: Scorecard[], viewerPanelistId: string): Scorecard[] {
  const inRound = scorecards.filter((c) => c.roundId === round.id);
  const hasSubmitted = inRound.some((c) => c.panelistId === viewerPanelistId && isSubmitted(c));
  return inRound.filter((c) => c.panelistId === viewerPanelistId || (hasSubmitted && isSubmitted(c)));
}
