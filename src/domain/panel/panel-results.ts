import type { Framework } from '../framework/framework.ts';
import { findLevel } from '../framework/framework.ts';
import type { Candidate, Consensus, HiringRound, Scorecard } from './panel.ts';
import { newerScorecard } from './merge.ts';
import { isCandidateSubmitted, NOT_OBSERVED, weightOf } from './round.ts';
import { mean, median } from '../statistics.ts';

/** A spread of this many rubric levels or more between panelists is worth talking about. */
export const DISAGREEMENT_SPREAD = 2;

export interface AreaResult {
  skillAreaId: string;
  scores: { panelistId: string; value: number; note?: string }[];
  /** Panelists who marked the area "not asked / not observed": answered, but left out of every figure. */
  notObserved: { panelistId: string; note?: string }[];
  mean?: number;
  median?: number;
  /** max − min */
  spread?: number;
  /** spread >= DISAGREEMENT_SPREAD */
  isDisagreement: boolean;
  weight: number;
  /** The chair's agreed level after discussion, beside (never instead of) the independent scores. */
  consensus?: Consensus & { value: number };
}

export interface CandidateResult {
  candidateId: string;
  name: string;
  interviewOn?: string;
  areas: AreaResult[];
  /** weighted mean of area means over areas with any score */
  weightedScore?: number;
  /** Each panelist's own weighted total, over the areas they scored. */
  panelistTotals: { panelistId: string; total: number }[];
  /** Lowest and highest panelist total. */
  range?: { low: number; high: number };
  /** Other candidates whose total and this one's each lie within the other's range. */
  tooCloseTo: string[];
  /** Areas with the highest and the lowest mean (empty when fewer than two areas differ). */
  strongest: string[];
  weakest: string[];
  scoredAreas: number;
  panelistsScored: number;
  rank?: number;
}

/** The round's own cards from its panelists, the newest per panelist, in panel order. */
function cardsToCount(round: HiringRound, scorecards: Scorecard[]): Scorecard[] {
  return round.panelists.flatMap((panelist) => {
    const own = scorecards.filter((c) => c.roundId === round.id && c.panelistId === panelist.id);
    const newest = own.reduce<Scorecard | undefined>((best, c) => (best ? newerScorecard(best, c) : c), undefined);
    return newest ? [newest] : [];
  });
}

function areaResult(framework: Framework, round: HiringRound, cards: Scorecard[], candidateId: string, skillAreaId: string): AreaResult {
  const scores: AreaResult['scores'] = [];
  const notObserved: AreaResult['notObserved'] = [];
  for (const card of cards) {
    const score = card.scores[candidateId]?.[skillAreaId];
    const note = score?.note ? { note: score.note } : {};
    const level = findLevel(framework, score?.level);
    if (level) scores.push({ panelistId: card.panelistId, value: level.value, ...note });
    else if (score?.level === NOT_OBSERVED) notObserved.push({ panelistId: card.panelistId, ...note });
  }
  const weight = weightOf(round, skillAreaId);
  const agreed = round.consensus?.[candidateId]?.[skillAreaId];
  const agreedLevel = findLevel(framework, agreed?.level);
  const consensus = agreed && agreedLevel ? { consensus: { ...agreed, value: agreedLevel.value } } : {};
  if (scores.length === 0) return { skillAreaId, scores, notObserved, isDisagreement: false, weight, ...consensus };
  const values = scores.map((s) => s.value);
  const spread = Math.max(...values) - Math.min(...values);
  return { skillAreaId, scores, notObserved, mean: mean(values), median: median(values), spread, isDisagreement: spread >= DISAGREEMENT_SPREAD, weight, ...consensus };
}

function weightedMean(pairs: { value: number; weight: number }[]): number | undefined {
  const weights = pairs.reduce((sum, p) => sum + p.weight, 0);
  return weights > 0 ? pairs.reduce((sum, p) => sum + p.value * p.weight, 0) / weights : undefined;
}

function panelistTotals(cards: Scorecard[], areas: AreaResult[]): CandidateResult['panelistTotals'] {
  return cards.flatMap(({ panelistId }) => {
    const pairs = areas.flatMap((area) => area.scores.filter((s) => s.panelistId === panelistId).map((s) => ({ value: s.value, weight: area.weight })));
    const total = weightedMean(pairs);
    return total === undefined ? [] : [{ panelistId, total }];
  });
}

/** Scores equal to a billionth count as tied, so weights such as 0.15 do not split a tie by rounding. */
function rankKey(score: number): number {
  return Math.round(score * 1e9);
}

const within = (value: number, range: { low: number; high: number }) => rankKey(value) >= rankKey(range.low) && rankKey(value) <= rankKey(range.high);

/**
 * "Too close to separate on scores alone": each candidate's weighted total lies within the other's range of
 * panelist totals, so the panel's own spread is wider than the gap between them.
 */
export function isTooClose(a: Pick<CandidateResult, 'weightedScore' | 'range'>, b: Pick<CandidateResult, 'weightedScore' | 'range'>): boolean {
  if (a.weightedScore === undefined || b.weightedScore === undefined || !a.range || !b.range) return false;
  return within(a.weightedScore, b.range) && within(b.weightedScore, a.range);
}

function extremes(areas: AreaResult[]): { strongest: string[]; weakest: string[] } {
  const scored = areas.filter((a) => a.mean !== undefined);
  const keys = scored.map((a) => rankKey(a.mean ?? 0));
  const top = Math.max(...keys);
  const bottom = Math.min(...keys);
  if (scored.length < 2 || top === bottom) return { strongest: [], weakest: [] };
  return {
    strongest: scored.filter((_, i) => keys[i] === top).map((a) => a.skillAreaId),
    weakest: scored.filter((_, i) => keys[i] === bottom).map((a) => a.skillAreaId),
  };
}

function candidateResult(framework: Framework, round: HiringRound, all: Scorecard[], candidate: Candidate, onlySubmitted: boolean): CandidateResult {
  const cards = onlySubmitted ? all.filter((card) => isCandidateSubmitted(card, candidate.id)) : all;
  const areas = round.skillAreaIds.map((areaId) => areaResult(framework, round, cards, candidate.id, areaId));
  const panelists = new Set(areas.flatMap((area) => area.scores.map((s) => s.panelistId)));
  const weightedScore = weightedMean(areas.flatMap((a) => (a.mean === undefined ? [] : [{ value: a.mean, weight: a.weight }])));
  const totals = panelistTotals(cards, areas);
  const values = totals.map((t) => t.total);
  return {
    candidateId: candidate.id,
    name: candidate.name,
    ...(candidate.interviewOn ? { interviewOn: candidate.interviewOn } : {}),
    areas,
    ...(weightedScore !== undefined ? { weightedScore } : {}),
    panelistTotals: totals,
    ...(values.length > 0 ? { range: { low: Math.min(...values), high: Math.max(...values) } } : {}),
    tooCloseTo: [],
    ...extremes(areas),
    scoredAreas: areas.filter((area) => area.scores.length > 0).length,
    panelistsScored: panelists.size,
  };
}

/**
 * The chair's view: per ranked candidate (in round order; the practice candidate is left out) and covered
 * skill area, what each panelist gave as a rubric value, with mean, median and spread; a weighted score across
 * the areas anyone scored, each panelist's own total and their range, a rank (ties share a rank, as in 1, 1,
 * 3; a candidate nobody scored has none) and the candidates too close to separate. "Not observed" and levels
 * the rubric does not know count in no figure. `onlySubmitted`: only scores handed in for that candidate.
 */
export function panelResults(framework: Framework, round: HiringRound, scorecards: Scorecard[], options: { onlySubmitted?: boolean } = {}): CandidateResult[] {
  const cards = cardsToCount(round, scorecards);
  const onlySubmitted = options.onlySubmitted ?? false;
  const results = round.candidates.filter((c) => !c.isPractice).map((c) => candidateResult(framework, round, cards, c, onlySubmitted));
  const keys = results.flatMap((r) => (r.weightedScore === undefined ? [] : [rankKey(r.weightedScore)]));
  for (const result of results) {
    result.tooCloseTo = results.filter((other) => other !== result && isTooClose(result, other)).map((other) => other.candidateId);
    if (result.weightedScore === undefined) continue;
    const key = rankKey(result.weightedScore);
    result.rank = 1 + keys.filter((other) => other > key).length;
  }
  return results;
}

/** The practice candidate's figures for calibration (never ranked), or undefined when the round has none. */
export function calibrationResult(framework: Framework, round: HiringRound, scorecards: Scorecard[]): CandidateResult | undefined {
  const practice = round.candidates.find((c) => c.isPractice);
  return practice && candidateResult(framework, round, cardsToCount(round, scorecards), practice, true);
}

/** Candidates scored by fewer panelists than others: every candidate should face the same panel. */
export function unequalPanels(results: CandidateResult[]): { most: number; fewer: { name: string; panelists: number }[] } | undefined {
  const most = Math.max(0, ...results.map((r) => r.panelistsScored));
  const fewer = results.filter((r) => r.panelistsScored < most).map((r) => ({ name: r.name, panelists: r.panelistsScored }));
  return fewer.length > 0 ? { most, fewer } : undefined;
}
