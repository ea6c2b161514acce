import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { rateIndicator, writeNote } from '../../src/domain/assessment/assessment.ts';
import { toRecord } from '../../src/domain/assessment/assessment-record.ts';
import type { AssessmentStore } from '../../src/state/assessment-store.ts';
import { createAssessmentStore } from '../../src/state/assessment-store.ts';
import { CHANNEL_NAME } from '../../src/storage/change-feed.ts';
import { makeAssessment } from '../builders/assessment.ts';
import { putStored, readStored } from '../storage/raw-records.ts';
import { freshStores } from '../stores.ts';

const T1 = '2024-04-01T10:00:00.000Z';
const T2 = '2024-04-01T10:05:00.000Z';

/** Another tab of the app: its own connection and its own channel, nothing shared with this tab's modules. */
const otherTab = new BroadcastChannel(CHANNEL_NAME);

/** This tab: its own fresh stores, as the app makes them. */
let tab: AssessmentStore;
beforeEach(() => {
  tab = freshStores().get(createAssessmentStore);
});

async function writeAsOtherTab(assessment: Assessment, { announce = true } = {}): Promise<void> {
  await putStored('assessments', toRecord(assessment));
  if (announce) otherTab.postMessage([{ store: 'assessments', id: assessment.id }]);
}

function open(): Assessment {
  const state = tab.store.getState();
  if (state.status !== 'ready') throw new Error(`not open: ${state.status}`);
  return state.assessment;
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

async function openStored(): Promise<Assessment> {
  const first = makeAssessment({ lastSkillAreaId: '1' });
  await writeAsOtherTab(first, { announce: false });
  await tab.openAssessment(first.id);
  return first;
}

/** What the user sees settle: the header stops saying "Saving…". */
async function saved(): Promise<void> {
  await until(() => tab.store.getState().saveState !== 'saving');
}

describe('two tabs on one assessment', () => {
  it('shows the other tab’s saved change without a reload', async () => {
    const first = await openStored();
    const theirs = rateIndicator(first, '1A', 'leading', T1);
    await writeAsOtherTab(theirs);

    await until(() => open().answers['1A']?.current === 'leading');
    expect(open()).toEqual(theirs);
    expect(tab.store.getState().saveState).toBe('saved');
  });

  it('refuses this tab’s stale edit, says so plainly, keeps the typing on screen, and leaves the other tab’s answers stored', async () => {
    const first = await openStored();
    const theirs = rateIndicator(first, '1B', 'proficient', T1);
    await writeAsOtherTab(theirs, { announce: false }); // this tab did not hear of it

    tab.writeNote('1C', 'Typed here while behind.');
    await saved();

    const state = tab.store.getState();
    expect(state.saveState).toBe('conflict');
    expect(state.saveProblem).toMatch(/changed in another tab .* not saved and nothing there was overwritten/);
    expect(open().answers['1C']).toEqual({ note: 'Typed here while behind.' });
    expect(await readStored('assessments', first.id)).toEqual(toRecord(theirs));

    // Typing on is kept on screen but not written over their copy.
    tab.writeNote('1C', 'Typed here while behind, and more.');
    await saved();
    expect(await readStored('assessments', first.id)).toEqual(toRecord(theirs));

    await tab.loadNewestAnswers();
    expect(open()).toEqual(theirs);
    expect(tab.store.getState().unsaved).toEqual({
      answers: [{ indicatorId: '1C', mine: { note: 'Typed here while behind, and more.' }, newest: undefined }],
      hasOtherChanges: false,
    });

    tab.putBackMyAnswer('1C');
    await saved();
    expect(tab.store.getState().unsaved).toBeUndefined();
    expect(await readStored('assessments', first.id)).toMatchObject({
      answers: { '1B': { current: 'proficient' }, '1C': { note: 'Typed here while behind, and more.' } },
    });
  });

  it('does not let a burst of edits outnumber the other tab’s revision and overwrite it', async () => {
    const first = await openStored();
    const theirs = writeNote(first, '1A', 'Their note.', T1);
    await writeAsOtherTab(theirs, { announce: false });

    // Revisions 2, 3, 4 from this tab: the 3 and 4 are higher than theirs (2), but start from an older copy.
    tab.rateIndicator('2A', 'emerging');
    tab.rateIndicator('2A', 'developing');
    tab.rateIndicator('2A', 'leading');
    await saved();

    expect(tab.store.getState().saveState).toBe('conflict');
    expect(await readStored('assessments', first.id)).toEqual(toRecord(theirs));
  });

  it('turns a failed write into a conflict, not a silent swap, when the other tab saves meanwhile', async () => {
    const first = await openStored();
    // The disk is full for this one write: this tab now holds a change that is not saved.
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    tab.rateIndicator('1A', 'leading');
    await until(() => tab.store.getState().saveState === 'failed');
    full.mockRestore();

    await writeAsOtherTab(rateIndicator(first, '1D', 'emerging', T2));

    await until(() => tab.store.getState().saveState === 'conflict');
    expect(open().answers['1A']).toEqual({ current: 'leading' });
  });

  it('ignores messages for other assessments and malformed ones', async () => {
    const first = await openStored();
    otherTab.postMessage([{ store: 'assessments', id: 'someone-else' }, { nonsense: true }]);
    otherTab.postMessage('not a list');
    await writeAsOtherTab(makeAssessment({ id: 'someone-else', revision: 9 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(open()).toEqual(first);
  });
});
