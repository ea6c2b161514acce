import { describe, expect, it } from 'vitest';
import { scoreArea } from '../../src/domain/panel/round.ts';
import { createPanelStore } from '../../src/state/panel-store.ts';
import { savePanelistDevice } from '../../src/storage/panel-device.ts';
import { listScorecards, loadScorecard, saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { keepScorecardAtClose } from '../../src/storage/scorecard-at-close.ts';
import { buildRound, buildScorecard, SUBMITTED } from '../builders/panel.ts';
import { freshStores } from '../stores.ts';

const round = buildRound();
const LATER = '2024-05-01T11:00:00.000Z';
const keptKeys = () => Object.keys(localStorage).filter((key) => key.includes('AtClose'));

describe('a scorecard kept at close', () => {
  it('is put in place on the next read when the stored card is one its saves could replace, and the kept copy is cleared', async () => {
    const stored = buildScorecard(round, 'p1');
    await saveScorecards([stored]);
    const typed = scoreArea(stored, 'c1', '1', { note: 'typed in the last moment' }, LATER);
    keepScorecardAtClose(typed, [stored]);
    expect(keptKeys()).toHaveLength(1);

    expect(await loadScorecard(stored.id)).toEqual({ ok: true, scorecard: typed });
    expect(keptKeys()).toEqual([]);
  });

  it('is not put back over a card deleted since, nor kept for ever', async () => {
    const stored = buildScorecard(round, 'p1');
    keepScorecardAtClose(scoreArea(stored, 'c1', '1', { note: 'gone' }, LATER), [stored]);
    expect(await listScorecards(round.id)).toEqual({ scorecards: [], damaged: [] });
    expect(keptKeys()).toEqual([]);
  });

  it('when another tab changed the card since, the newer card stays, as the chair’s merge decides', async () => {
    const base = buildScorecard(round, 'p1');
    const theirs = scoreArea(base, 'c2', '2', { note: 'from the other tab' }, '2024-05-01T10:30:00.000Z');
    await saveScorecards([theirs]);
    const mine = scoreArea(base, 'c1', '1', { note: 'mine, typed later' }, LATER);
    keepScorecardAtClose(mine, [base]);
    // Later than the other tab's: it lands, at a revision past the stored one so that tab's next save is checked against it.
    expect(await loadScorecard(base.id)).toEqual({ ok: true, scorecard: { ...mine, revision: theirs.revision + 1 } });

    const submitted = buildScorecard(round, 'p2', { submittedAt: SUBMITTED, revision: 5 });
    await saveScorecards([submitted]);
    keepScorecardAtClose(scoreArea(buildScorecard(round, 'p2'), 'c1', '1', { note: 'a draft' }, LATER), [buildScorecard(round, 'p2')]);
    expect(await loadScorecard(submitted.id)).toEqual({ ok: true, scorecard: submitted });
    expect(keptKeys()).toEqual([]);
  });
});

describe('a panelist’s note when the page is hidden with its save in flight', () => {
  it('is kept aside by the scorecard’s document session, and the next read finds it stored', async () => {
    await saveRound(round);
    await savePanelistDevice(round.id, { panelistId: 'p1' });
    const panel = freshStores().get(createPanelStore);
    await panel.openRound(round.id);
    panel.scoreCandidate('p1', 'c1', '1', { note: 'Strong on budgets' });
    dispatchEvent(new Event('pagehide'));

    const kept = keptKeys();
    expect(kept).toEqual([`edtech-leader:unsavedScorecardAtClose:${round.id}--p1`]);
    expect(localStorage.getItem(kept[0] ?? '')).toContain('Strong on budgets');
    const { scorecards } = await listScorecards(round.id);
    expect(scorecards[0]?.scores.c1?.['1']?.note).toBe('Strong on budgets');
    expect(keptKeys()).toEqual([]);
  });
});
