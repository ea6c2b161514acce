import type { AreaScore, Consensus, HiringRound, Panelist, Scorecard } from './panel.ts';
import { isPlausibleDay } from './panel-records.ts';
import { isCandidateSubmitted, MAX_PANEL_NOTE_LENGTH, realCandidates } from './round.ts';

/**
 * Blind scoring and the chair's own record. Panelists score independently and lock their scores before any
 * discussion; only then does anyone see the others' scores, and the chair's consensus sits beside them.
 */

export interface Outstanding {
  panelist: Panelist;
  /** Names of the candidates this panelist has not handed in. */
  candidates: string[];
}

const cardOf = (round: HiringRound, cards: Scorecard[], panelistId: string) =>
  cards.find((c) => c.roundId === round.id && c.panelistId === panelistId);

/** Every panelist with a candidate not yet handed in, in panel order. */
export function outstandingScores(round: HiringRound, cards: Scorecard[]): Outstanding[] {
  return round.panelists.flatMap((panelist) => {
    const card = cardOf(round, cards, panelist.id);
    const candidates = round.candidates.filter((c) => !isCandidateSubmitted(card, c.id)).map((c) => c.name);
    return candidates.length > 0 ? [{ panelist, candidates }] : [];
  });
}

/** The panel's scores may be seen once every panelist has submitted every candidate, or the chair closed scoring. */
export function areResultsOpen(round: HiringRound, cards: Scorecard[]): boolean {
  return round.scoringClosed !== undefined || outstandingScores(round, cards).length === 0;
}

/** The practice candidate's spread may be discussed once every panelist has handed it in. */
export function isCalibrationOpen(round: HiringRound, cards: Scorecard[]): boolean {
  const practice = round.candidates.find((c) => c.isPractice);
  return practice !== undefined && round.panelists.every((p) => isCandidateSubmitted(cardOf(round, cards, p.id), practice.id));
}

/** A panelist sees their own card, and the others' only once the results are open. */
export function visibleScorecards(round: HiringRound, cards: Scorecard[], viewerPanelistId: string): Scorecard[] {
  const inRound = cards.filter((c) => c.roundId === round.id);
  return areResultsOpen(round, inRound) ? inRound : inRound.filter((c) => c.panelistId === viewerPanelistId);
}

/** Scoring stops for everyone; who had not handed in what is kept, for the packet. */
export function closeScoring(round: HiringRound, cards: Scorecard[], now: string): HiringRound {
  if (round.scoringClosed) return round;
  const unsubmitted = outstandingScores(round, cards).map(({ panelist, candidates }) => `${panelist.name} (${candidates.join(', ')})`);
  return changed(round, { scoringClosed: { at: now, unsubmitted } }, now);
}

/**
 * Records or clears (level '') the panel's agreed level for a candidate in an area, with a note. The chair's
 * screen offers it only once results are open: a consensus before scores are locked would anchor them.
 */
export function setConsensus(round: HiringRound, candidateId: string, skillAreaId: string, change: AreaScore, now: string): HiringRound {
  if (!round.candidates.some((c) => c.id === candidateId) || !round.skillAreaIds.includes(skillAreaId)) return round;
  const before = round.consensus?.[candidateId]?.[skillAreaId];
  const level = change.level ?? before?.level ?? '';
  const areas: Record<string, Consensus> = { ...round.consensus?.[candidateId] };
  if (level === '') delete areas[skillAreaId];
  else areas[skillAreaId] = { level, note: (change.note ?? before?.note ?? '').slice(0, MAX_PANEL_NOTE_LENGTH), at: now };
  const consensus = { ...round.consensus, [candidateId]: areas };
  if (Object.keys(areas).length === 0) delete consensus[candidateId];
  return changed(round, { consensus }, now);
}

/** The chair's recommendation: one of the ranked candidates, or none (undefined), with the reasons. */
export function setRecommendation(round: HiringRound, candidateId: string | undefined, reasons: string, now: string): HiringRound {
  const known = realCandidates(round).some((c) => c.id === candidateId) ? candidateId : undefined;
  return changed(round, { recommendation: { ...(known ? { candidateId: known } : {}), reasons: reasons.slice(0, MAX_PANEL_NOTE_LENGTH), at: now } }, now);
}

/** Sets (yyyy-mm-dd) or clears ('') the day a candidate is interviewed. */
export function setInterviewDay(round: HiringRound, candidateId: string, day: string, now: string): HiringRound {
  const isDay = isPlausibleDay(day);
  const candidates = round.candidates.map((c) => {
    if (c.id !== candidateId) return c;
    const { interviewOn: _old, ...rest } = c;
    return isDay ? { ...rest, interviewOn: day } : rest;
  });
  return changed(round, { candidates }, now);
}

/**
 * The round as the chair sends it to panelists: everything they score against, without the chair's consensus
 * and recommendation, which are the chair's record of the discussion and no panelist's business to score beside.
 */
export function roundForPanelists(round: HiringRound): HiringRound {
  const { consensus: _consensus, recommendation: _recommendation, ...sent } = round;
  return sent;
}

function changed(round: HiringRound, change: Partial<HiringRound>, now: string): HiringRound {
  return { ...round, ...change, updatedAt: now, revision: round.revision + 1 };
}
