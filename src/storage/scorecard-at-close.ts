import type { Scorecard } from '../domain/panel/panel.ts';
import { newerScorecard } from '../domain/panel/merge.ts';
import { readScorecard, toScorecardRecord } from '../domain/panel/panel-records.ts';
import type { KeptKind } from './kept-at-close.ts';
import { keepAtClose as keep, settleKeptAtClose as settle } from './kept-at-close.ts';
import type { RecordHead } from './revision-guard.ts';

/**
 * A panelist's scorecard kept at close. A card has one place (its round and panelist), so when another tab changed
 * the stored card since, the panel's own rule decides, as the chair's merge does: the newer card stays.
 */
const scorecards: KeptKind<Scorecard, ['scorecards']> = {
  key: 'unsavedScorecardAtClose',
  stores: ['scorecards'],
  announceAs: 'scorecards',
  toRecord: toScorecardRecord,
  read(raw) {
    const read = readScorecard(raw);
    return read.ok ? read.scorecard : undefined;
  },
  async stored(tx, id) {
    const raw: unknown = await tx.objectStore('scorecards').get(id);
    if (raw === undefined) return { isFound: false };
    const read = readScorecard(raw);
    return { isFound: true, doc: read.ok ? read.scorecard : undefined };
  },
  put: (tx, card) => [tx.objectStore('scorecards').put(toScorecardRecord(card))],
  beside(kept, stored) {
    if (!stored) return kept; // what is stored cannot be read: a save would replace it too
    // A later revision than the stored one, so the other tab sees the change and its own next save is checked against it.
    return newerScorecard(kept, stored) === kept ? { ...kept, revision: Math.max(kept.revision, stored.revision + 1) } : undefined;
  },
};

export function keepScorecardAtClose(card: Scorecard, expected: readonly RecordHead[] | undefined): void {
  keep(scorecards, card, expected);
}

export function settleScorecardsKeptAtClose(): Promise<void> {
  return settle(scorecards);
}
