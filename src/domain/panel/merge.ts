import type { AreaScore, HiringRound, Scorecard } from './panel.ts';
import { scorecardId } from './panel.ts';
import { canonicalJson } from '../files/canonical-json.ts';

/** Each card's canonical text, worked out once: a merge compares the same cards several times, and cards are never changed in place. */
const canonicalTexts = new WeakMap<Scorecard, string>();
function canonicalOf(card: Scorecard): string {
  let text = canonicalTexts.get(card);
  if (text === undefined) {
    text = canonicalJson(card);
    canonicalTexts.set(card, text);
  }
  return text;
}

export interface MergeNote {
  kind: 'added' | 'replaced' | 'unchanged' | 'older-ignored' | 'other-round' | 'unknown-panelist' | 'unknown-candidate' | 'unknown-skill-area';
  /** A plain sentence naming the panelist, candidate or area. */
  message: string;
  scorecardId: string;
}

/** Orders by time as an ISO string says it, then by the text itself so that the order is total. */
function compareTimes(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const diff = (Date.parse(a) || 0) - (Date.parse(b) || 0);
  if (diff !== 0) return Math.sign(diff);
  return a < b ? -1 : 1;
}

/** Positive when a is the newer card: submitted later (a draft is older than any submission), then changed later, then more revisions. */
export function compareScorecards(a: Scorecard, b: Scorecard): number {
  return compareTimes(a.submittedAt, b.submittedAt) || compareTimes(a.updatedAt, b.updatedAt) || Math.sign(a.revision - b.revision);
}

function sameVintage(a: Scorecard, b: Scorecard): boolean {
  return compareScorecards(a, b) === 0;
}

/** The newer card; two different cards of the same date and revision are told apart by content, so the choice never depends on order. */
export function newerScorecard(a: Scorecard, b: Scorecard): Scorecard {
  const order = compareScorecards(a, b) || (canonicalOf(a) < canonicalOf(b) ? -1 : 1);
  return order >= 0 ? a : b;
}

interface Cleaned {
  card: Scorecard;
  unknownCandidates: string[];
  /** Skill area id → the known candidates it was scored for. */
  unknownAreas: Map<string, string[]>;
}

/** Only the round's candidates and skill areas, in the round's order, no empty entries; what was left out is listed. */
function clean(round: HiringRound, card: Scorecard): Cleaned {
  const unknownCandidates = Object.keys(card.scores).filter((id) => !round.candidates.some((c) => c.id === id));
  const unknownAreas = new Map<string, string[]>();
  const scores: Scorecard['scores'] = {};
  for (const candidate of round.candidates) {
    const given = card.scores[candidate.id];
    if (!given) continue;
    for (const areaId of Object.keys(given)) {
      if (!round.skillAreaIds.includes(areaId)) unknownAreas.set(areaId, [...(unknownAreas.get(areaId) ?? []), candidate.name]);
    }
    const areas: Record<string, AreaScore> = {};
    for (const areaId of round.skillAreaIds) {
      const score = given[areaId];
      if (!score) continue;
      const kept: AreaScore = {
        ...(score.level !== undefined && score.level !== '' ? { level: score.level } : {}),
        ...(score.note !== undefined && score.note !== '' ? { note: score.note } : {}),
      };
      if (Object.keys(kept).length > 0) areas[areaId] = kept;
    }
    if (Object.keys(areas).length > 0) scores[candidate.id] = areas;
  }
  const { submittedAt, submittedFor, updatedAt, revision, panelistId } = card;
  const cleaned: Scorecard = { id: scorecardId(round.id, panelistId), roundId: round.id, panelistId, scores, updatedAt, revision };
  if (submittedAt !== undefined) cleaned.submittedAt = submittedAt;
  const handedIn = round.candidates.flatMap((c) => {
    const at = submittedFor?.[c.id];
    return at === undefined ? [] : [[c.id, at] as const];
  });
  if (handedIn.length > 0) cleaned.submittedFor = Object.fromEntries(handedIn);
  return { card: cleaned, unknownCandidates, unknownAreas };
}

function listed(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function leftOutNotes(who: string, id: string, cleaned: Cleaned): MergeNote[] {
  const notes: MergeNote[] = cleaned.unknownCandidates.map((candidateId) => ({
    kind: 'unknown-candidate',
    scorecardId: id,
    message: `${who}'s scorecard has scores for candidate "${candidateId}", who is not a candidate in this round; those scores were left out.`,
  }));
  for (const [areaId, candidates] of cleaned.unknownAreas) {
    notes.push({
      kind: 'unknown-skill-area',
      scorecardId: id,
      message: `${who}'s scorecard scores skill area "${areaId}", which this round does not cover, for ${listed(candidates)}; those scores were left out.`,
    });
  }
  return notes;
}

/** Why a card cannot join this round's merge at all, or undefined when it can. */
function refusal(round: HiringRound, card: Scorecard): MergeNote | undefined {
  const panelist = round.panelists.find((p) => p.id === card.panelistId);
  if (card.roundId !== round.id) {
    const who = panelist ? panelist.name : `panelist "${card.panelistId}"`;
    return {
      kind: 'other-round',
      scorecardId: card.id,
      message: `The scorecard from ${who} belongs to another hiring round, not to ${round.positionTitle || 'this round'}; it was not imported.`,
    };
  }
  if (!panelist) {
    return {
      kind: 'unknown-panelist',
      scorecardId: card.id,
      message: `The scorecard from panelist "${card.panelistId}" was not imported: they are not on this round's panel.`,
    };
  }
  return undefined;
}

/** How a note writes a time; the screen passes the user's local date and time. */
export type TimeWords = (iso: string) => string;

function decide(round: HiringRound, incoming: Cleaned, before: Scorecard | undefined, winner: Scorecard, isAnnounced: boolean, time: TimeWords): MergeNote {
  const vintage = (card: Scorecard) => vintageOf(card, time);
  const id = winner.id;
  const who = whoIs(round, winner);
  const card = incoming.card;
  if (canonicalOf(card) === canonicalOf(winner)) {
    if (isAnnounced || (before && canonicalOf(before) === canonicalOf(winner))) {
      return { kind: 'unchanged', scorecardId: id, message: `${who}'s scorecard is already here; nothing changed.` };
    }
    if (before) return { kind: 'replaced', scorecardId: id, message: `${who}'s scorecard was replaced by a newer one (${vintage(card)}; it was ${vintage(before)}).` };
    return { kind: 'added', scorecardId: id, message: `${who}'s scorecard was added (${vintage(card)}).` };
  }
  const kept = before && canonicalOf(before) === canonicalOf(winner) ? 'the one already here' : 'another one in this import';
  const message = sameVintage(card, winner)
    ? `A different scorecard from ${who} with the same dates was ignored (${vintage(card)}): ${kept} was kept, so the choice does not depend on import order.`
    : `An older scorecard from ${who} was ignored (${vintage(card)}): ${kept} is newer.`;
  return { kind: 'older-ignored', scorecardId: id, message };
}

/** In plain words: no revision numbers, and times as the reader's clock shows them. */
function vintageOf(card: Scorecard, time: TimeWords): string {
  const handedIn = Object.keys(card.submittedFor ?? {}).length;
  const state = card.submittedAt ? `submitted ${time(card.submittedAt)}` : handedIn > 0 ? `${handedIn} candidate(s) submitted` : 'not submitted';
  return `${state}, last changed ${time(card.updatedAt)}`;
}

/**
 * The chair's merge: per panelist the newest card wins (compareScorecards), whatever the order or the
 * batches the cards arrive in. Cards for another round or from someone not on the panel are refused;
 * scores for candidates or skill areas the round does not have are left out and reported. A stored card
 * that stays the newest comes back exactly as stored, so a merge never removes a score already here;
 * `changed` lists only the cards to write.
 */
export function mergeScorecards(
  round: HiringRound,
  existing: Scorecard[],
  incoming: Scorecard[],
  time: TimeWords = (iso) => iso,
): { scorecards: Scorecard[]; changed: Scorecard[]; notes: MergeNote[] } {
  const notes: MergeNote[] = [];
  const accept = (card: Scorecard): Cleaned | undefined => {
    const refused = refusal(round, card);
    if (refused) notes.push(refused);
    return refused ? undefined : clean(round, card);
  };
  const stored = new Map<Scorecard, Scorecard>();
  const existingCleaned = existing.flatMap((card) => {
    const cleaned = accept(card);
    if (cleaned) stored.set(cleaned.card, card);
    return cleaned ? [cleaned] : [];
  });
  const incomingCleaned = incoming.map(accept).filter((c) => c !== undefined);
  const before = newestByPanelist(new Map(), existingCleaned);
  const winners = newestByPanelist(new Map(before), incomingCleaned);

  for (const cleaned of existingCleaned) {
    const winner = winners.get(cleaned.card.panelistId);
    if (winner && canonicalOf(winner) === canonicalOf(cleaned.card)) notes.push(...leftOutNotes(whoIs(round, winner), winner.id, cleaned));
  }
  const announced = new Set<string>();
  for (const cleaned of incomingCleaned) {
    const { panelistId } = cleaned.card;
    const winner = winners.get(panelistId);
    if (!winner) continue;
    const note = decide(round, cleaned, before.get(panelistId), winner, announced.has(panelistId), time);
    notes.push(note);
    if (note.kind !== 'older-ignored') {
      announced.add(panelistId);
      notes.push(...leftOutNotes(whoIs(round, winner), winner.id, cleaned));
    }
  }
  const byId = (a: Scorecard, b: Scorecard) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const scorecards = [...winners.values()].map((card) => stored.get(card) ?? card).sort(byId);
  const changed = scorecards.filter((card) => !existing.includes(card));
  return { scorecards, changed, notes: withoutRepeats(notes) };
}

function newestByPanelist(newest: Map<string, Scorecard>, cards: Cleaned[]): Map<string, Scorecard> {
  for (const { card } of cards) {
    const known = newest.get(card.panelistId);
    newest.set(card.panelistId, known ? newerScorecard(known, card) : card);
  }
  return newest;
}

/** The same card imported twice would say the same thing twice about what was left out. */
function withoutRepeats(notes: MergeNote[]): MergeNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.kind}|${note.scorecardId}|${note.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function whoIs(round: HiringRound, card: Scorecard): string {
  return round.panelists.find((p) => p.id === card.panelistId)?.name ?? card.panelistId;
}
