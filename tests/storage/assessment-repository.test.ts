import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { rateIndicator, writeNote } from '../../src/domain/assessment/assessment.ts';
import {
  putAssessments,
  deleteAssessment,
  insertAssessment,
  listAssessments,
  loadAssessment,
  loadLastAssessmentId,
  saveAssessment,
  saveLastAssessmentId,
} from '../../src/storage/assessment-repository.ts';
import type { ReadResult } from '../../src/domain/assessment/assessment-record.ts';
import { RECORD_VERSION } from '../../src/domain/assessment/assessment-record.ts';
import { openDatabase } from '../../src/storage/db.ts';
import { StorageError } from '../../src/storage/storage-error.ts';
import { makeAssessment } from '../builders/assessment.ts';
import { caught, putStored, readStored, uncloneable } from './raw-records.ts';
import { recordV0, recordV1, recordV2, recordV3, recordV3Received } from './fixtures.ts';

async function loaded(id: string): Promise<Assessment> {
  const result = await loadAssessment(id);
  if (!result?.ok) throw new Error(`could not load ${id}: ${JSON.stringify(result)}`);
  return result.assessment;
}

function ids(results: ReadResult[]): string[] {
  return results.map((r) => (r.ok ? r.assessment.id : `!${r.id}`));
}

describe('assessment repository: round trip', () => {
  it('loads exactly what was saved', async () => {
    const base = makeAssessment({ lastSkillAreaId: '3', areaTargets: { '3': 'leading' } });
    const assessment = rateIndicator(base, '3B', 'na', '2024-03-02T00:00:00.000Z');
    await saveAssessment(assessment);
    expect(await loadAssessment(assessment.id)).toEqual({ ok: true, assessment });
  });

  it('stores a versioned record', async () => {
    await saveAssessment(makeAssessment());
    expect(await readStored('assessments', 'a1')).toEqual({ recordVersion: RECORD_VERSION, ...makeAssessment() });
  });

  it('loads nothing for an id that was never saved', async () => {
    expect(await loadAssessment('nope')).toBeUndefined();
  });

  it('loads a version-3 record as it was stored, comments included', async () => {
    await putStored('assessments', recordV3);
    const { recordVersion: _version, ...assessment } = recordV3;
    expect(await loadAssessment('a1')).toEqual({ ok: true, assessment });
  });

  it('loads a received copy with its received mark', async () => {
    await putStored('assessments', recordV3Received);
    const { recordVersion: _version, ...assessment } = recordV3Received;
    expect(await loadAssessment('r1')).toEqual({ ok: true, assessment });
  });

  it('loads an old version-0 record through every migration', async () => {
    await putStored('assessments', recordV0);
    expect(await loadAssessment('old1')).toEqual({ ok: true, assessment: { ...recordV0, revision: 1, areaImportance: {}, pdPlan: [], comments: [] } });
  });

  it('loads an old version-1 record through its migrations, and saving it writes the current version', async () => {
    await putStored('assessments', recordV1);
    const { recordVersion: _version, ...v1 } = recordV1;
    const assessment = await loaded('a1');
    expect(assessment).toEqual({ ...v1, areaImportance: {}, pdPlan: [], comments: [] });
    expect(await readStored('assessments', 'a1')).toEqual(recordV1);

    const edited = rateIndicator(assessment, '3A', 'proficient', '2024-03-06T00:00:00.000Z');
    await saveAssessment(edited);
    expect(await readStored('assessments', 'a1')).toEqual({ recordVersion: RECORD_VERSION, ...edited });
  });

  it('loads an old version-2 record with no comments, and saving it writes the current version', async () => {
    await putStored('assessments', recordV2);
    const { recordVersion: _version, ...v2 } = recordV2;
    const assessment = await loaded('a1');
    expect(assessment).toEqual({ ...v2, comments: [] });
    expect(await readStored('assessments', 'a1')).toEqual(recordV2);

    const edited = rateIndicator(assessment, '3A', 'proficient', '2024-03-06T00:00:00.000Z');
    await saveAssessment(edited);
    expect(await readStored('assessments', 'a1')).toEqual({ recordVersion: RECORD_VERSION, ...edited });
  });

  it('lists every assessment, most recently edited first', async () => {
    await saveAssessment(makeAssessment({ id: 'mid', updatedAt: '2024-02-01T00:00:00.000Z' }));
    await saveAssessment(makeAssessment({ id: 'new', updatedAt: '2024-03-01T00:00:00.000Z' }));
    await saveAssessment(makeAssessment({ id: 'old', updatedAt: '2023-12-31T23:59:59.999Z' }));
    expect(ids(await listAssessments())).toEqual(['new', 'mid', 'old']);
  });

  it('lists nothing when nothing is stored', async () => {
    expect(await listAssessments()).toEqual([]);
  });

  it('deletes one assessment and keeps the others', async () => {
    await saveAssessment(makeAssessment({ id: 'keep' }));
    await saveAssessment(makeAssessment({ id: 'drop' }));
    await deleteAssessment('drop');
    expect(await loadAssessment('drop')).toBeUndefined();
    expect(await readStored('assessments', 'drop')).toBeUndefined();
    expect(ids(await listAssessments())).toEqual(['keep']);
  });

  it('deleting an id that is not there is not an error', async () => {
    await expect(deleteAssessment('ghost')).resolves.toBeUndefined();
  });

  it('insertAssessment puts an assessment back exactly, whatever its revision', async () => {
    await saveAssessment(makeAssessment({ title: 'Newer', revision: 9 }));
    const undone = makeAssessment({ title: 'Restored', revision: 2 });
    await insertAssessment(undone);
    expect(await loaded('a1')).toEqual(undone);
  });
});

describe('assessment repository: damaged records', () => {
  it('lists the readable assessments and reports the corrupt one instead of failing', async () => {
    await saveAssessment(makeAssessment({ id: 'good1', updatedAt: '2024-01-01T00:00:00.000Z' }));
    await putStored('assessments', { id: 'bad', title: 'Broken one', answers: 'not an object', updatedAt: '2024-06-01T00:00:00.000Z' });
    await saveAssessment(makeAssessment({ id: 'good2', updatedAt: '2024-02-01T00:00:00.000Z' }));
    await putStored('assessments', { ...recordV3, id: 'future', title: 'From the future', recordVersion: RECORD_VERSION + 1 });

    const results = await listAssessments();
    expect(results).toHaveLength(4);
    expect(ids(results).slice(0, 2)).toEqual(['good2', 'good1']);
    expect(results.slice(2)).toEqual(
      expect.arrayContaining([
        { ok: false, id: 'bad', storedKey: 'bad', title: 'Broken one', problem: expect.stringContaining('damaged') as unknown },
        { ok: false, id: 'future', storedKey: 'future', title: 'From the future', problem: expect.stringMatching(/newer version/i) as unknown, isFromNewerApp: true },
      ]),
    );
  });

  it('loadAssessment gives the reason a record cannot be read', async () => {
    await putStored('assessments', { ...recordV3, revision: 'seven' });
    expect(await loadAssessment('a1')).toEqual({
      ok: false,
      id: 'a1',
      title: 'Spring review',
      problem: 'The saved data is damaged (revision is not valid).',
    });
  });

  it('saving over an unreadable record replaces it', async () => {
    await putStored('assessments', { id: 'a1', title: 'Broken', answers: [] });
    await saveAssessment(makeAssessment());
    expect(await loaded('a1')).toEqual(makeAssessment());
  });
});

describe('assessment repository: revisions', () => {
  it('saves a newer revision over an older one', async () => {
    await saveAssessment(makeAssessment({ revision: 1 }));
    await saveAssessment(makeAssessment({ revision: 2, title: 'Second' }));
    expect(await loaded('a1')).toMatchObject({ revision: 2, title: 'Second' });
  });

  it('refuses an older revision with "conflict" and leaves the stored record as it was', async () => {
    const newer = rateIndicator(makeAssessment({ revision: 4, title: 'From tab B' }), '1A', 'leading', '2024-03-03T00:00:00.000Z');
    await saveAssessment(newer);
    const before = await readStored('assessments', 'a1');

    const error = await caught(saveAssessment(makeAssessment({ revision: 3, title: 'From tab A' })));
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ problem: 'conflict' });

    expect(await readStored('assessments', 'a1')).toEqual(before);
    expect(await loaded('a1')).toEqual(newer);
  });

  it('refuses a stale edit and every note it changed: the other tab’s copy and its notes stay whole', async () => {
    const start = writeNote(makeAssessment(), '1A', 'First words.', '2024-03-01T00:00:00.000Z');
    await insertAssessment(start);
    const theirs = writeNote(start, '1A', 'Edited in another tab.', '2024-03-02T00:00:00.000Z');
    await saveAssessment(theirs, start);

    // Two edits ahead of theirs: the revision alone would let it through, the copy it started from does not.
    const mine = writeNote(writeNote(start, '1A', 'Mine.', '2024-03-03T00:00:00.000Z'), '2A', 'Also mine.', '2024-03-03T00:00:01.000Z');
    await expect(saveAssessment(mine, start)).rejects.toMatchObject({ problem: 'conflict' });
    expect(await loaded('a1')).toEqual(theirs);
  });

  it('does not overwrite a record that a newer version of the app saved with a higher revision', async () => {
    const fromNewerApp = { ...recordV3, recordVersion: RECORD_VERSION + 1, revision: 10, title: 'Saved by a newer app', extra: { kept: true } };
    await putStored('assessments', fromNewerApp);

    const error = await caught(saveAssessment(makeAssessment({ revision: 3, title: 'Older tab' })));
    expect(error).toBeInstanceOf(StorageError);
    expect(['conflict', 'newer-version']).toContain((error as StorageError).problem);
    expect(await readStored('assessments', 'a1')).toEqual(fromNewerApp);
  });

  it('still saves normally after a conflict', async () => {
    await saveAssessment(makeAssessment({ revision: 5 }));
    await expect(saveAssessment(makeAssessment({ revision: 1 }))).rejects.toMatchObject({ problem: 'conflict' });
    await saveAssessment(makeAssessment({ revision: 6, title: 'After' }));
    expect(await loaded('a1')).toMatchObject({ revision: 6, title: 'After' });
  });
});

describe('assessment repository: failed writes', () => {
  it('rejects with a StorageError when IndexedDB cannot store the value, keeping the earlier record', async () => {
    const first = makeAssessment({ title: 'Safe copy' });
    await saveAssessment(first);
    const before = await readStored('assessments', 'a1');

    const error = await caught(saveAssessment(uncloneable(makeAssessment({ title: 'Never written', revision: 2 }))));
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ problem: 'failed', cause: { name: 'DataCloneError' } });

    expect(await readStored('assessments', 'a1')).toEqual(before);
    expect(await loaded('a1')).toEqual(first);
  });

  it('writes nothing for a new assessment that cannot be stored', async () => {
    await expect(saveAssessment(uncloneable(makeAssessment({ id: 'fresh' })))).rejects.toBeInstanceOf(StorageError);
    expect(await readStored('assessments', 'fresh')).toBeUndefined();
    expect(await listAssessments()).toEqual([]);
  });

  it('insertAssessment fails the same way', async () => {
    await expect(insertAssessment(uncloneable(makeAssessment()))).rejects.toMatchObject({ name: 'StorageError', problem: 'failed' });
    expect(await readStored('assessments', 'a1')).toBeUndefined();
  });

  it('the next save works after a failed one', async () => {
    await expect(saveAssessment(uncloneable(makeAssessment()))).rejects.toBeInstanceOf(StorageError);
    await saveAssessment(makeAssessment({ revision: 2, title: 'Retried' }));
    expect(await loaded('a1')).toMatchObject({ revision: 2, title: 'Retried' });
  });
});

describe('last assessment id', () => {
  it('is undefined until one is saved', async () => {
    expect(await loadLastAssessmentId()).toBeUndefined();
  });

  it('returns the last id saved', async () => {
    await saveLastAssessmentId('first');
    expect(await loadLastAssessmentId()).toBe('first');
    await saveLastAssessmentId('second');
    expect(await loadLastAssessmentId()).toBe('second');
  });

  it('ignores a stored value that is not a string', async () => {
    const db = await openDatabase();
    try {
      await db.put('meta', { id: 'x' }, 'lastAssessmentId');
    } finally {
      db.close();
    }
    expect(await loadLastAssessmentId()).toBeUndefined();
  });

  it('is kept apart from the assessments', async () => {
    await saveLastAssessmentId('a1');
    expect(await listAssessments()).toEqual([]);
  });
});

describe('assessment repository: putAssessments (imports)', () => {
  it('writes every assessment of a batch', async () => {
    await putAssessments([makeAssessment({ id: 'b1' }), makeAssessment({ id: 'b2' })]);
    expect((await listAssessments()).map((r) => (r.ok ? r.assessment.id : r.id)).sort()).toEqual(['b1', 'b2']);
  });

  it('writes none of a batch when one assessment cannot be stored, and keeps what was there', async () => {
    await saveAssessment(makeAssessment({ id: 'kept', title: 'Kept' }));
    const error = await putAssessments([makeAssessment({ id: 'b1' }), uncloneable(makeAssessment({ id: 'b2' }))]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    const ids = (await listAssessments()).map((r) => (r.ok ? r.assessment.id : r.id));
    expect(ids).toEqual(['kept']);
  });
});
