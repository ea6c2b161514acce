import { describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { writeNote } from '../../src/domain/assessment/assessment.ts';
import { exportFileText } from '../../src/lib/exchange-files.ts';
import type { ImportStore } from '../../src/state/import-store.ts';
import { createImportStore } from '../../src/state/import-store.ts';
import { createPanelStore } from '../../src/state/panel-store.ts';
import { insertAssessment, listAssessments } from '../../src/storage/assessment-repository.ts';
import { listScorecards, saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { fileOf as fileFrom } from '../lib/file-like.ts';
import { makeAssessment } from '../builders/assessment.ts';
import { freshStores } from '../stores.ts';

const NOW = '2024-07-01T12:00:00.000Z';

/** A restore's worth of assessments, each with a long note, as "Export everything" writes them. */
function backup(count: number): Assessment[] {
  return Array.from({ length: count }, (_, i) => writeNote(makeAssessment({ id: `b${i}`, title: `Backup ${i}` }), '1A', 'Evidence. '.repeat(200), NOW));
}

function fileOf(text: string) {
  return fileFrom(text, 'everything.json');
}

/** Makes IndexedDB fail on the nth put, the way a disk that fills up part-way through a restore does. */
function failOnPut(nth: number, error: () => unknown): void {
  const { put } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    calls += 1;
    if (calls === nth) throw error();
    return (put?.value as IDBObjectStore['put']).apply(this, args);
  });
}

/** Lets the transaction run n puts, then aborts it, as a browser does when a commit fails. */
function abortAfterPuts(n: number): void {
  const { put } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    calls += 1;
    const request = (put?.value as IDBObjectStore['put']).apply(this, args);
    if (calls === n) this.transaction.abort();
    return request;
  });
}

async function storedIds(): Promise<string[]> {
  return (await listAssessments()).map((r) => (r.ok ? r.assessment.id : r.id)).sort();
}

async function restore(importer: ImportStore, assessments: Assessment[]): Promise<void> {
  const text = await exportFileText(assessments, { kind: 'backup', includeNotes: true, now: NOW, appVersion: '1.0.0' });
  await importer.chooseImportFile(fileOf(text));
  expect(importer.store.getState().phase).toBe('preview');
  await importer.confirmImport();
}

describe('a restore that fails part-way', () => {
  it('writes none of the 50 assessments when the disk fills at the 30th, keeps what was there, and says so', async () => {
    const importer = freshStores().get(createImportStore);
    await insertAssessment(makeAssessment({ id: 'kept', title: 'Already here' }));
    failOnPut(30, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    await restore(importer, backup(50));

    expect(importer.store.getState()).toMatchObject({
      phase: 'invalid',
      message: expect.stringMatching(/^Nothing was imported\. This device has run out of storage space .* Everything saved before it is safe\./) as unknown,
    });
    vi.restoreAllMocks();
    expect(await storedIds()).toEqual(['kept']);
  });

  it('writes none of them when the transaction is aborted after 30 puts, and the message says the earlier data is safe', async () => {
    const importer = freshStores().get(createImportStore);
    await insertAssessment(makeAssessment({ id: 'kept' }));
    abortAfterPuts(30);

    await restore(importer, backup(50));

    expect(importer.store.getState()).toMatchObject({
      phase: 'invalid',
      message: expect.stringMatching(/^Nothing was imported\. Saving failed\. Your earlier answers are safe/) as unknown,
    });
    vi.restoreAllMocks();
    expect(await storedIds()).toEqual(['kept']);
  });

  it('restores all 50 once the disk has room again', async () => {
    const importer = freshStores().get(createImportStore);
    failOnPut(30, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await restore(importer, backup(50));
    vi.restoreAllMocks();

    await restore(importer, backup(50));
    expect(importer.store.getState().phase).toBe('done');
    expect(await storedIds()).toHaveLength(50);
  });
});

describe('a chair’s merge that fails part-way', () => {
  it('keeps the scorecards already stored and says nothing was imported', async () => {
    const round = {
      id: 'r1',
      positionTitle: 'CTO',
      district: 'North',
      framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
      candidates: [{ id: 'c1', name: 'Ada' }],
      panelists: ['p1', 'p2', 'p3'].map((id) => ({ id, name: `Panelist ${id}`, role: 'Board' })),
      skillAreaIds: ['1'],
      weights: {},
      createdAt: NOW,
      updatedAt: NOW,
      revision: 1,
    };
    const card = (panelistId: string, level: string) => ({
      id: `r1--${panelistId}`,
      roundId: 'r1',
      panelistId,
      scores: { c1: { '1': { level } } },
      submittedAt: NOW,
      updatedAt: NOW,
      revision: 2,
    });
    await saveRound(round);
    await saveScorecards([card('p1', 'emerging')]);
    const panel = freshStores().get(createPanelStore);
    await panel.openRound('r1');
    failOnPut(2, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    await panel.mergeIncoming(['p2.json', 'p3.json'], [card('p2', 'leading'), card('p3', 'proficient')]);

    expect(panel.store.getState().problem).toMatch(/^Nothing was imported\. This device has run out of storage space/);
    vi.restoreAllMocks();
    expect((await listScorecards('r1')).scorecards.map((c) => c.panelistId)).toEqual(['p1']);
  });
});
