import type { HiringRound, Scorecard } from '../domain/panel/panel.ts';
import { readRound, readScorecard, toRoundRecord, toScorecardRecord } from '../domain/panel/panel-records.ts';
import { announce } from './change-feed.ts';
import { database, putAll } from './db.ts';
import type { RecordHead } from './revision-guard.ts';
import { mayReplace, noteWritten } from './revision-guard.ts';
import { StorageError, withStorageErrors } from './storage-error.ts';

export type RoundRead = ReturnType<typeof readRound>;

/** Every stored hiring round, newest first; unreadable ones are listed with the reason. */
export function listRounds(): Promise<RoundRead[]> {
  return withStorageErrors(async () => {
    const results = (await (await database()).getAll('rounds')).map(readRound);
    const created = (r: RoundRead) => (r.ok ? r.round.createdAt : '');
    return results.sort((a, b) => created(b).localeCompare(created(a)));
  });
}

export function loadRound(id: string): Promise<RoundRead | undefined> {
  return withStorageErrors(async () => {
    const raw = await (await database()).get('rounds', id);
    return raw === undefined ? undefined : readRound(raw);
  });
}

export function saveRound(round: HiringRound): Promise<void> {
  return withStorageErrors(async () => {
    await (await database()).put('rounds', toRoundRecord(round));
    announce([{ store: 'rounds', id: round.id }]);
  });
}

/** The round and every scorecard in it go together, in one transaction. */
export function deleteRound(id: string): Promise<void> {
  return withStorageErrors(async () => {
    const tx = (await database()).transaction(['rounds', 'scorecards'], 'readwrite');
    const cards = tx.objectStore('scorecards');
    const keys = await cards.index('byRound').getAllKeys(id);
    await Promise.all([tx.objectStore('rounds').delete(id), ...keys.map((key) => cards.delete(key)), tx.done]);
    announce([{ store: 'rounds', id }]);
  });
}

/** A round's scorecards; unreadable ones are skipped and counted, so the chair is told. */
export function listScorecards(roundId: string): Promise<{ scorecards: Scorecard[]; unreadable: number }> {
  return withStorageErrors(async () => {
    const raws = await (await database()).getAllFromIndex('scorecards', 'byRound', roundId);
    const reads = raws.map(readScorecard);
    return { scorecards: reads.flatMap((r) => (r.ok ? [r.scorecard] : [])), unreadable: reads.filter((r) => !r.ok).length };
  });
}

/** Writes scorecards in one transaction: a merge lands whole or not at all. */
export function saveScorecards(scorecards: Scorecard[]): Promise<void> {
  return withStorageErrors(async () => {
    await putAll('scorecards', scorecards.map(toScorecardRecord));
    announce(scorecards.map(({ id }) => ({ store: 'scorecards', id })));
  });
}

/**
 * A panelist's edit: written unless another tab changed the stored card since `base`, the copy the edit
 * started from (cards are small, so the check reads the card itself). Check and write share one transaction.
 */
export function saveScorecard(card: Scorecard, base?: RecordHead): Promise<void> {
  return withStorageErrors(async () => {
    const tx = (await database()).transaction('scorecards', 'readwrite');
    const raw = await tx.store.get(card.id);
    const stored = raw === undefined ? undefined : readScorecard(raw);
    if (stored?.ok && !mayReplace({ store: 'scorecards', id: card.id }, stored.scorecard, card, base)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new StorageError('conflict');
    }
    await Promise.all([tx.store.put(toScorecardRecord(card)), tx.done]);
    noteWritten('scorecards', card.id, card);
    announce([{ store: 'scorecards', id: card.id }]);
  });
}
