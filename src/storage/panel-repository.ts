import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import { readRound, readScorecard, toRoundRecord, toScorecardRecord } from '../domain/panel/panel-records.ts';
import { announce } from './change-feed.ts';
import type { DamagedRead, WithStoredKey } from './damaged-records.ts';
import { withStoredKeys } from './damaged-records.ts';
import { markPanelistDevice } from './panel-device.ts';
import { settleScorecardsKeptAtClose } from './scorecard-at-close.ts';
import { putAll, readRecords, writeRecords } from './record-store.ts';
import type { Expected } from './revision-guard.ts';
import { mayReplace } from './revision-guard.ts';
import { StorageError } from './storage-error.ts';

export type RoundRead = ReturnType<typeof readRound>;
export type ScorecardRead = ReturnType<typeof readScorecard>;

export type ListedRound = WithStoredKey<RoundRead>;

/** Every stored hiring round, newest first; unreadable ones are listed with the reason and their stored key. */
export function listRounds(): Promise<ListedRound[]> {
  return readRecords(['rounds'], async (tx) => {
    const store = tx.objectStore('rounds');
    const [raws, keys] = await Promise.all([store.getAll(), store.getAllKeys()]);
    const results = withStoredKeys(raws.map(readRound), keys);
    const created = (r: ListedRound) => (r.ok ? r.round.createdAt : '');
    return results.sort((a, b) => created(b).localeCompare(created(a)));
  });
}

export function loadRound(id: string): Promise<RoundRead | undefined> {
  return readRecords(['rounds'], async (tx) => {
    const raw = await tx.objectStore('rounds').get(id);
    return raw === undefined ? undefined : readRound(raw);
  });
}

/**
 * The chair's edit of a round (dates, consensus, closing scoring): written unless another tab changed the stored
 * round to one the caller does not expect. Check and write share one transaction.
 */
export async function saveRoundEdit(round: HiringRound, expected?: Expected): Promise<void> {
  await writeRecords(['rounds'], async (tx) => {
    const store = tx.objectStore('rounds');
    const raw = await store.get(round.id);
    const stored = raw === undefined ? undefined : readRound(raw);
    if (stored?.ok && !mayReplace(stored.round, round, expected)) throw new StorageError('conflict');
    await store.put(toRoundRecord(round));
  });
  announce([{ store: 'rounds', id: round.id }]);
}

/**
 * Saves a round; one from a file also makes this a panelist's device for it. Round and mark share one
 * transaction: on a full disk neither lands, so no mark is left pointing at a round that is not here.
 */
export async function saveRound(round: HiringRound, { isFromFile = false }: { isFromFile?: boolean } = {}): Promise<void> {
  await writeRecords(['rounds', 'meta'], async (tx) => {
    await Promise.all([tx.objectStore('rounds').put(toRoundRecord(round)), isFromFile ? markPanelistDevice(tx, round.id) : undefined]);
  });
  announce([{ store: 'rounds', id: round.id }]);
}

/** The round and every scorecard in it go together, in one transaction. */
export async function deleteRound(id: string): Promise<void> {
  await writeRecords(['rounds', 'scorecards'], async (tx) => {
    const cards = tx.objectStore('scorecards');
    const keys = await cards.index('byRound').getAllKeys(id);
    await Promise.all([tx.objectStore('rounds').delete(id), ...keys.map((key) => cards.delete(key))]);
  });
  announce([{ store: 'rounds', id }]);
}

/** A round's scorecards; unreadable ones apart, with the reason and their stored key, so each can be deleted. */
export async function listScorecards(roundId: string): Promise<{ scorecards: Scorecard[]; damaged: DamagedRead[] }> {
  await settleScorecardsKeptAtClose();
  return readRecords(['scorecards'], async (tx) => {
    const index = tx.objectStore('scorecards').index('byRound');
    const [raws, keys] = await Promise.all([index.getAll(roundId), index.getAllKeys(roundId)]);
    const reads = withStoredKeys(raws.map(readScorecard), keys);
    return {
      scorecards: reads.flatMap((r) => (r.ok ? [r.scorecard] : [])),
      damaged: reads.flatMap((r) => (r.ok ? [] : [{ storedKey: r.storedKey, problem: r.problem }])),
    };
  });
}

/**
 * Scorecards no round's page lists: their round id is missing or damaged, or names no round kept here. Only
 * damage leaves one (a round's scorecards go with it), so each is offered for deletion on the panel's home.
 */
export async function listLooseScorecards(): Promise<DamagedRead[]> {
  await settleScorecardsKeptAtClose();
  return readRecords(['rounds', 'scorecards'], async (tx) => {
    const cards = tx.objectStore('scorecards');
    const [roundKeys, raws, keys] = await Promise.all([tx.objectStore('rounds').getAllKeys(), cards.getAll(), cards.getAllKeys()]);
    const rounds = new Set(roundKeys.filter((key) => typeof key === 'string'));
    return raws.flatMap((raw, i) => {
      const roundId: unknown = raw !== null && typeof raw === 'object' ? (raw as { roundId?: unknown }).roundId : undefined;
      if (typeof roundId === 'string' && rounds.has(roundId)) return [];
      const read = readScorecard(raw);
      const problem = read.ok ? 'It belongs to a hiring round that is not on this device.' : read.problem;
      return [{ storedKey: keys[i] as IDBValidKey, problem }];
    });
  });
}

export async function loadScorecard(id: string): Promise<ScorecardRead | undefined> {
  await settleScorecardsKeptAtClose();
  return readRecords(['scorecards'], async (tx) => {
    const raw = await tx.objectStore('scorecards').get(id);
    return raw === undefined ? undefined : readScorecard(raw);
  });
}

/** Writes scorecards in one transaction: a merge lands whole or not at all. */
export async function saveScorecards(scorecards: Scorecard[]): Promise<void> {
  await putAll('scorecards', scorecards.map(toScorecardRecord));
  announce(scorecards.map(({ id }) => ({ store: 'scorecards', id })));
}

/**
 * A panelist's edit: written unless another tab changed the stored card to one the caller does not expect
 * (cards are small, so the check reads the card itself). Check and write share one transaction.
 */
export async function saveScorecard(card: Scorecard, expected?: Expected): Promise<void> {
  await writeRecords(['scorecards'], async (tx) => {
    const store = tx.objectStore('scorecards');
    const raw = await store.get(card.id);
    const stored = raw === undefined ? undefined : readScorecard(raw);
    if (stored?.ok && !mayReplace(stored.scorecard, card, expected)) throw new StorageError('conflict');
    await store.put(toScorecardRecord(card));
  });
  announce([{ store: 'scorecards', id: card.id }]);
}
