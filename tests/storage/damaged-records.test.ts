import { describe, expect, it } from 'vitest';
import { writeNote } from '../../src/domain/assessment/assessment.ts';
import { insertAssessment, listAssessments, loadAssessment } from '../../src/storage/assessment-repository.ts';
import { keepAtClose } from '../../src/storage/assessment-at-close.ts';
import { deleteDamagedRecord } from '../../src/storage/damaged-records.ts';
import { openDatabase } from '../../src/storage/db.ts';
import { listRounds, saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { makeAssessment } from '../builders/assessment.ts';
import { buildRound, buildScorecard } from '../builders/panel.ts';

/** Puts a value under whatever `id` it carries, past the repositories, as a damaged disk or an odd build might. */
async function putRaw(store: 'assessments' | 'rounds' | 'feedback' | 'feedbackDrafts', value: unknown): Promise<void> {
  const db = await openDatabase();
  try {
    await db.put(store, value);
  } finally {
    db.close();
  }
}

async function countIn(store: 'assessments' | 'rounds' | 'scorecards' | 'notes' | 'feedback' | 'feedbackDrafts'): Promise<number> {
  const db = await openDatabase();
  try {
    return await db.count(store);
  } finally {
    db.close();
  }
}

describe('damaged records are deleted one by one, by the key they are stored under', () => {
  it.each([
    ['a number', 42],
    ['an array', ['x', 7]],
    ['a string', 'broken-1'],
  ])('an assessment whose key is %s', async (_kind, key) => {
    const healthy = makeAssessment({ id: 'healthy' });
    await insertAssessment(healthy);
    await putRaw('assessments', { recordVersion: 1, id: key, title: 'Damaged', answers: 'not answers' });
    const damaged = (await listAssessments()).filter((item) => !item.ok);
    expect(damaged).toHaveLength(1);
    const [item] = damaged;
    if (!item || item.ok) throw new Error('no damaged item listed');
    expect(item.storedKey).toEqual(key);

    await deleteDamagedRecord('assessments', item.storedKey);
    const left = await listAssessments();
    expect(left.map((r) => (r.ok ? r.assessment.id : 'damaged'))).toEqual(['healthy']);
  });

  it('a round whose key is a number, and a damaged round with its scorecards, leaving the healthy round whole', async () => {
    const healthy = buildRound({ id: 'round-ok' });
    const broken = buildRound({ id: 'round-bad' });
    await saveRound(healthy);
    await saveScorecards([buildScorecard(healthy, healthy.panelists[0]?.id ?? ''), buildScorecard(broken, broken.panelists[0]?.id ?? '')]);
    await putRaw('rounds', { recordVersion: 1, id: 'round-bad', candidates: 'none' });
    await putRaw('rounds', { id: 7, positionTitle: 'Numeric' });
    const damaged = (await listRounds()).flatMap((read) => (read.ok ? [] : [read.storedKey]));
    expect(damaged).toEqual(expect.arrayContaining([7, 'round-bad']));

    for (const key of damaged) await deleteDamagedRecord('rounds', key);
    const left = await listRounds();
    expect(left.map((read) => (read.ok ? read.round.id : 'damaged'))).toEqual(['round-ok']);
    expect(await countIn('scorecards')).toBe(1);
  });

  it.each<['feedback' | 'feedbackDrafts', string, IDBValidKey]>([
    ['feedback', 'a number', 9],
    ['feedbackDrafts', 'an array', ['req', 1]],
  ])('a %s record whose key is %s, leaving the others', async (store, _kind, key) => {
    await putRaw(store, { id: 'other', assessmentId: 'a1', requestId: 'other' });
    await putRaw(store, { id: key, assessmentId: 'a1', requestId: key });
    await deleteDamagedRecord(store, key);
    expect(await countIn(store)).toBe(1);
  });
});

describe('an assessment kept at close', () => {
  it('is put in place on the next read when the stored copy is one its saves could replace', async () => {
    const stored = makeAssessment({ id: 'kept' });
    await insertAssessment(stored);
    const typed = writeNote(stored, '1A', 'typed in the last moment', '2024-05-01T00:00:00.000Z');
    keepAtClose(typed, [stored]);
    const read = await loadAssessment('kept');
    expect(read?.ok && read.assessment.answers['1A']?.note).toBe('typed in the last moment');
    expect(await countIn('notes')).toBe(1);
  });

  it('left by the version before scorecards were kept too (under `assessment`) still lands', async () => {
    const stored = makeAssessment({ id: 'kept' });
    await insertAssessment(stored);
    const typed = writeNote(stored, '1A', 'kept by the older version', '2024-05-01T00:00:00.000Z');
    keepAtClose(typed, [stored]);
    const key = 'edtech-leader:unsavedAtClose:kept';
    const { doc, expected } = JSON.parse(localStorage.getItem(key) ?? '{}') as { doc: unknown; expected: unknown };
    localStorage.setItem(key, JSON.stringify({ assessment: doc, expected }));
    const read = await loadAssessment('kept');
    expect(read?.ok && read.assessment.answers['1A']?.note).toBe('kept by the older version');
  });

  it('is added beside the stored copy, under its own name, when another tab changed that copy since', async () => {
    const base = makeAssessment({ id: 'kept' });
    const theirs = writeNote(base, '1B', 'from the other tab', '2024-05-01T00:00:00.000Z');
    await insertAssessment(theirs);
    keepAtClose(writeNote(base, '1A', 'mine', '2024-05-01T00:00:01.000Z'), [base]);
    const list = await listAssessments();
    const titles = list.flatMap((r) => (r.ok ? [`${r.assessment.title}: ${r.assessment.answers['1A']?.note ?? r.assessment.answers['1B']?.note ?? ''}`] : []));
    expect(titles.sort()).toEqual([`${base.title} (unsaved when its tab closed): mine`, `${base.title}: from the other tab`]);
  });
});
