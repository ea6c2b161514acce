import type { AreaScore, HiringRound, Scorecard } from './panel.ts';
import { scorecardId } from './panel.ts';
import { MAX_CANDIDATES, MAX_PANEL_NOTE_LENGTH, MAX_PANELISTS, MAX_WEIGHT } from './panel-records.ts';

export { MAX_PANEL_NOTE_LENGTH };

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
  return {
    id: input.id,
    positionTitle: clean(input.positionTitle).slice(0, 200),
    district: clean(input.district).slice(0, 200),
    framework: { ...input.framework },
    // The form says when there are more; the round never holds more than a record may.
    candidates: input.candidates
      .map((name) => clean(name).slice(0, 200))
      .filter(Boolean)
      .slice(0, MAX_CANDIDATES)
      .map((name) => ({ id: input.newId(), name })),
    panelists: input.panelists
      .map((p) => ({ name: clean(p.name).slice(0, 200), role: clean(p.role).slice(0, 200) }))
      .filter((p) => p.name)
      .slice(0, MAX_PANELISTS)
      .map((p) => ({ id: input.newId(), ...p })),
    skillAreaIds,
    weights,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 1,
  };
}

/** The weight a covered skill area counts with (1 unless the round says otherwise). */
export function weightOf(round: HiringRound, skillAreaId: string): number {
  return round.weights[skillAreaId] ?? 1;
}

export function emptyScorecard(round: HiringRound, panelistId: string, now: string): Scorecard {
  return { id: scorecardId(round.id, panelistId), roundId: round.id, panelistId, scores: {}, updatedAt: now, revision: 1 };
}

export function isSubmitted(card: Scorecard): boolean {
  return card.submittedAt !== undefined;
}

/**
 * Sets or clears (undefined or '') one candidate's level or note in one skill area. A submitted scorecard is
 * locked: once submitted the panelist can see the others' scores, so changing theirs would break blind
 * scoring — the same card comes back.
 */
export function scoreArea(card: Scorecard, candidateId: string, skillAreaId: string, change: AreaScore, now: string): Scorecard {
  if (isSubmitted(card)) return card;
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

/** Hands the scorecard in; a card already submitted keeps its first submission time. */
export function submitScorecard(card: Scorecard, now: string): Scorecard {
  if (isSubmitted(card)) return card;
  return { ...card, submittedAt: now, revision: card.revision + 1 };
}

/** Whether the panelist has given the candidate a level in every skill area the round covers. */
export function isComplete(round: HiringRound, card: Scorecard, candidateId: string): boolean {
  if (!round.candidates.some((c) => c.id === candidateId) || round.skillAreaIds.length === 0) return false;
  const scores = card.scores[candidateId];
  return round.skillAreaIds.every((areaId) => Boolean(scores?.[areaId]?.level));
}
