import type { HiringRound, Scorecard } from '../../src/domain/panel/panel.ts';
import type { NewRound } from '../../src/domain/panel/round.ts';
import { createRound, emptyScorecard, scoreArea, submitScorecard } from '../../src/domain/panel/round.ts';
import { SHIPPED } from './assessment.ts';

/** When a built round and its scorecards are made. */
export const ROUND_CREATED = '2024-05-01T09:00:00.000Z';
/** When a built scorecard is submitted, unless told otherwise. */
export const SUBMITTED = '2024-05-01T10:00:00.000Z';

export type RoundOptions = Partial<Omit<NewRound, 'now'>> & { now?: string };

/** Hands out c1, c2, … to the candidates with a name, then p1, p2, … to the panelists (createRound's order). */
function candidateThenPanelistIds(candidates: string[]): () => string {
  const named = candidates.filter((name) => name.trim()).length;
  let n = 0;
  return () => {
    n += 1;
    return n <= named ? `c${n}` : `p${n - named}`;
  };
}

/**
 * A hiring round made by createRound: by default r1 for a CTO at Springfield USD on the shipped framework,
 * candidates Ada Lovelace (c1) and Grace Hopper (c2), panelists Alan Turing, Superintendent (p1) and Edsger
 * Dijkstra, Board member (p2), covering skill areas 1, 2 and CV1 with no weights (given weights come with a reason).
 */
export function buildRound(options: RoundOptions = {}): HiringRound {
  const candidates = options.candidates ?? ['Ada Lovelace', 'Grace Hopper'];
  return createRound({
    id: 'r1',
    positionTitle: 'Chief Technology Officer',
    district: 'Springfield USD',
    framework: SHIPPED,
    panelists: [
      { name: 'Alan Turing', role: 'Superintendent' },
      { name: 'Edsger Dijkstra', role: 'Board member' },
    ],
    skillAreaIds: ['1', '2', 'CV1'],
    newId: candidateThenPanelistIds(candidates),
    // Unequal weights need a reason, as the form asks for one.
    ...(options.weights ? { weightReason: 'The areas this post depends on most count more.' } : {}),
    ...options,
    candidates,
    now: options.now ?? ROUND_CREATED,
  });
}

export interface ScorecardOptions {
  /** scores[candidateId][skillAreaId], each set with scoreArea. */
  scores?: Scorecard['scores'];
  /** When the scores were given; ROUND_CREATED unless told. */
  now?: string;
  /** Submitted at this time, after the scores. */
  submittedAt?: string;
  /** Where a test needs a card at a given revision (say, to be older or newer than a stored one). */
  revision?: number;
}

/** A panelist's scorecard for the round, scored (and submitted, if asked) through the domain's functions. */
export function buildScorecard(round: HiringRound, panelistId: string, { scores = {}, now = ROUND_CREATED, submittedAt, revision }: ScorecardOptions = {}): Scorecard {
  let card = emptyScorecard(round, panelistId, now);
  for (const [candidateId, areas] of Object.entries(scores)) {
    for (const [areaId, score] of Object.entries(areas)) card = scoreArea(card, candidateId, areaId, score, now);
  }
  if (submittedAt !== undefined) card = submitScorecard(card, submittedAt);
  return revision === undefined ? card : { ...card, revision };
}

/** A scorecard handed in (at SUBMITTED unless told), so the chair and the other panelists can see it. */
export function submittedScorecard(round: HiringRound, panelistId: string, scores: Scorecard['scores'], options: Omit<ScorecardOptions, 'scores'> = {}): Scorecard {
  return buildScorecard(round, panelistId, { submittedAt: SUBMITTED, ...options, scores });
}

/**
 * A round with what a record or file must carry through unchanged: an id with a dash, a panelist with no
 * role, a fractional weight and the largest one.
 */
export function roundTripRound(options: RoundOptions = {}): HiringRound {
  return buildRound({
    id: 'round-2024',
    panelists: [
      { name: 'Alan Turing', role: 'Superintendent' },
      { name: 'Edsger Dijkstra', role: '' },
    ],
    weights: { '1': 1.5, '2': 10 },
    ...options,
  });
}

/** Alan's draft card for that round: Ada scored in area 1 with the given note, Grace given only a note in CV1. */
export function roundTripScorecard(round: HiringRound, note: string, now = ROUND_CREATED): Scorecard {
  return buildScorecard(round, 'p1', { scores: { c1: { '1': { level: 'proficient', note } }, c2: { CV1: { note: 'Ask about the bond campaign' } } }, now });
}
