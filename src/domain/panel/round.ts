import type { AreaScore, Candidate, HiringRound, Scorecard } from './panel.ts';
import { scorecardId } from './panel.ts';
import {
  MAX_CANDIDATES,
  MAX_CUSTOM_QUESTIONS,
  MAX_PANEL_NOTE_LENGTH,
  MAX_PANELISTS,
  MAX_QUESTION_LENGTH,
  MAX_WEIGHT,
  MAX_WEIGHT_REASON_LENGTH,
} from './panel-records.ts';

export { MAX_PANEL_NOTE_LENGTH };
/** A choice beside the rubric levels: the area did not come up. It counts as answered but never in a mean. */
export const NOT_OBSERVED = 'not-observed';
/** Names, roles, titles and districts: as long as a record may hold. */
const MAX_NAME = 200;

export interface NewRound {
  id: string;
  positionTitle: string;
  district: string;
  framework: { editionId: string; dataVersion: number };
  /** Candidates' names; blank ones are dropped. */
  candidates: string[];
  /** Blank names are dropped. */
  panelists: { name: string; role: string }[];
  /** Kept in the given order; a repeat is dropped. */
  skillAreaIds: string[];
  /** Only weights for covered areas, more than 0 and at most MAX_WEIGHT, are kept; the rest count as 1. */
  weights?: Record<string, number>;
  weightReason?: string;
  /** The panel's own questions per covered area; blank ones are dropped. */
  customQuestions?: Record<string, string[]>;
  /** A practice candidate's name (blank for none): scored first by everyone, never ranked. */
  practiceCandidate?: string;
  now: string;
  newId: () => string;
}

function clean(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export function isValidWeight(weight: number): boolean {
  return Number.isFinite(weight) && weight > 0 && weight <= MAX_WEIGHT;
}

export function createRound(input: NewRound): HiringRound {
  const skillAreaIds = [...new Set(input.skillAreaIds.map((id) => id.trim()).filter(Boolean))];
  const weights: Record<string, number> = {};
  for (const id of skillAreaIds) {
    const weight = input.weights?.[id];
    if (weight !== undefined && isValidWeight(weight)) weights[id] = weight;
  }
  const customQuestions: Record<string, string[]> = {};
  for (const id of skillAreaIds) {
    const questions = (input.customQuestions?.[id] ?? [])
      .map((question) => clean(question).slice(0, MAX_QUESTION_LENGTH))
      .filter(Boolean)
      .slice(0, MAX_CUSTOM_QUESTIONS);
    if (questions.length > 0) customQuestions[id] = questions;
  }
  // The form says when there are more; the round never holds more than a record may.
  const candidates: Candidate[] = input.candidates
    .map((name) => clean(name).slice(0, MAX_NAME))
    .filter(Boolean)
    .slice(0, MAX_CANDIDATES)
    .map((name) => ({ id: input.newId(), name }));
  const panelists = input.panelists
    .map((p) => ({ name: clean(p.name).slice(0, MAX_NAME), role: clean(p.role).slice(0, MAX_NAME) }))
    .filter((p) => p.name)
    .slice(0, MAX_PANELISTS)
    .map((p) => ({ id: input.newId(), ...p }));
  // Its id comes last so the real candidates' ids do not depend on whether there is one; it is scored first.
  const practice = clean(input.practiceCandidate ?? '').slice(0, MAX_NAME);
  if (practice) candidates.unshift({ id: input.newId(), name: practice, isPractice: true });
  const weightReason = clean(input.weightReason ?? '').slice(0, MAX_WEIGHT_REASON_LENGTH);
  return {
    id: input.id,
    positionTitle: clean(input.positionTitle).slice(0, MAX_NAME),
    district: clean(input.district).slice(0, MAX_NAME),
    framework: { ...input.framework },
    candidates,
    panelists,
    skillAreaIds,
    weights,
    ...(weightReason && hasUnequalWeights(weights) ? { weightReason } : {}),
    ...(Object.keys(customQuestions).length > 0 ? { customQuestions } : {}),
    createdAt: input.now,
    updatedAt: input.now,
    revision: 1,
  };
}

/** Whether any covered area counts other than once. */
export function hasUnequalWeights(weights: Record<string, number>): boolean {
  return Object.values(weights).some((weight) => weight !== 1);
}

/** What stops a round being started, in the chair's words; empty when it can start. */
export function roundSetupProblems(
  input: Pick<NewRound, 'positionTitle' | 'candidates' | 'panelists' | 'skillAreaIds' | 'weights' | 'weightReason' | 'customQuestions'>,
): string[] {
  const weights = Object.fromEntries(Object.entries(input.weights ?? {}).filter(([id]) => input.skillAreaIds.includes(id)));
  const candidates = input.candidates.filter((name) => clean(name));
  const panelists = input.panelists.filter((p) => clean(p.name));
  const questions = input.skillAreaIds.map((id) => (input.customQuestions?.[id] ?? []).filter((q) => clean(q)));
  return [
    ...(clean(input.positionTitle) ? [] : ['Give the position a title.']),
    ...(candidates.length > 0 ? [] : ['List at least one candidate.']),
    ...(candidates.length <= MAX_CANDIDATES ? [] : [`List at most ${MAX_CANDIDATES} candidates.`]),
    ...(panelists.length > 0 ? [] : ['List at least one panelist.']),
    ...(panelists.length <= MAX_PANELISTS ? [] : [`List at most ${MAX_PANELISTS} panelists.`]),
    ...(input.skillAreaIds.length > 0 ? [] : ['Choose at least one skill area.']),
    ...(hasUnequalWeights(weights) && !clean(input.weightReason ?? '') ? ['Some areas count more than others: say in one line why.'] : []),
    ...(questions.every((list) => list.length <= MAX_CUSTOM_QUESTIONS) ? [] : [`Write at most ${MAX_CUSTOM_QUESTIONS} of your own questions per skill area.`]),
    ...(questions.flat().every((q) => clean(q).length <= MAX_QUESTION_LENGTH)
      ? []
      : [`Keep each of your own questions under ${MAX_QUESTION_LENGTH.toLocaleString('en-US')} characters.`]),
  ];
}

/** The candidates who are ranked: everyone but the practice candidate. */
export function realCandidates(round: HiringRound): Candidate[] {
  return round.candidates.filter((c) => !c.isPractice);
}

export function practiceCandidate(round: HiringRound): Candidate | undefined {
  return round.candidates.find((c) => c.isPractice);
}

/** The weight a covered skill area counts with (1 unless the round says otherwise). */
export function weightOf(round: HiringRound, skillAreaId: string): number {
  return round.weights[skillAreaId] ?? 1;
}

export function emptyScorecard(round: HiringRound, panelistId: string, now: string): Scorecard {
  return { id: scorecardId(round.id, panelistId), roundId: round.id, panelistId, scores: {}, updatedAt: now, revision: 1 };
}

/** Whether the panelist has handed in every candidate. */
export function isSubmitted(card: Scorecard): boolean {
  return card.submittedAt !== undefined;
}

/** When the panelist handed in this candidate's scores, if they have. */
export function submittedAtFor(card: Scorecard, candidateId: string): string | undefined {
  return card.submittedFor?.[candidateId] ?? card.submittedAt;
}

export function isCandidateSubmitted(card: Scorecard | undefined, candidateId: string): boolean {
  return card !== undefined && submittedAtFor(card, candidateId) !== undefined;
}

/**
 * Sets or clears (undefined or '') one candidate's level or note in one skill area. A submitted candidate is
 * locked: scores given independently are the record the discussion starts from, so they never change after —
 * the same card comes back.
 */
export function scoreArea(card: Scorecard, candidateId: string, skillAreaId: string, change: AreaScore, now: string): Scorecard {
  if (isCandidateSubmitted(card, candidateId)) return card;
  const score: AreaScore = { ...card.scores[candidateId]?.[skillAreaId], ...change };
  if (score.note !== undefined) score.note = score.note.slice(0, MAX_PANEL_NOTE_LENGTH);
  for (const field of Object.keys(score) as (keyof AreaScore)[]) {
    if (score[field] === undefined || score[field] === '') delete score[field];
  }
  const areas = { ...card.scores[candidateId] };
  if (Object.keys(score).length === 0) delete areas[skillAreaId];
  else areas[skillAreaId] = score;
  const scores = { ...card.scores };
  if (Object.keys(areas).length === 0) delete scores[candidateId];
  else scores[candidateId] = areas;
  return { ...card, scores, updatedAt: now, revision: card.revision + 1 };
}

/** Hands the whole scorecard in; a card already submitted keeps its first submission time. */
export function submitScorecard(card: Scorecard, now: string): Scorecard {
  if (isSubmitted(card)) return card;
  return { ...card, submittedAt: now, revision: card.revision + 1 };
}

/**
 * Hands in one candidate's scores, which locks them. Once every candidate of the round is in, the card
 * counts as submitted as a whole. A candidate already submitted keeps its first time.
 */
export function submitCandidate(round: HiringRound, card: Scorecard, candidateId: string, now: string): Scorecard {
  if (isCandidateSubmitted(card, candidateId) || !round.candidates.some((c) => c.id === candidateId)) return card;
  const submittedFor = { ...card.submittedFor, [candidateId]: now };
  const isAllIn = round.candidates.every((c) => submittedFor[c.id] !== undefined);
  return { ...card, submittedFor, ...(isAllIn ? { submittedAt: now } : {}), updatedAt: now, revision: card.revision + 1 };
}

/** The covered areas the panelist has not yet given the candidate a level or "not observed" in, in round order. */
export function unscoredAreas(round: HiringRound, card: Scorecard | undefined, candidateId: string): string[] {
  const scores = card?.scores[candidateId];
  return round.skillAreaIds.filter((areaId) => !scores?.[areaId]?.level);
}

/** Whether the panelist has given the candidate a level (or "not observed") in every skill area the round covers. */
export function isComplete(round: HiringRound, card: Scorecard, candidateId: string): boolean {
  if (!round.candidates.some((c) => c.id === candidateId) || round.skillAreaIds.length === 0) return false;
  return unscoredAreas(round, card, candidateId).length === 0;
}
