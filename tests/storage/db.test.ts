import { describe, expect, it, vi } from 'vitest';
import { loadAssessment, loadLastAssessmentId, listAssessments, saveAssessment } from '../../src/storage/assessment-repository.ts';
import { closeDatabase, database, DB_NAME, DB_VERSION, openDatabase, upgrades } from '../../src/storage/db.ts';
import { StorageError } from '../../src/storage/storage-error.ts';
import { makeAssessment } from '../builders/assessment.ts';
import { committed, createV1Layout, openRaw, recordV1, recordV3, requestResult } from './fixtures.ts';

async function seed(version: number, upgrade: (db: IDBDatabase) => void, records: unknown[], meta: Record<string, unknown> = {}) {
  const db = await openRaw(DB_NAME, version, upgrade);
  try {
    const tx = db.transaction(['assessments', 'meta'], 'readwrite');
    for (const record of records) tx.objectStore('assessments').put(record);
    for (const [key, value] of Object.entries(meta)) tx.objectStore('meta').put(value, key);
    await committed(tx);
  } finally {
    db.close();
  }
}

async function readAllRaw(): Promise<{ version: number; stores: string[]; records: unknown[] }> {
  const db = await openRaw(DB_NAME, undefined);
  try {
    const stores = [...db.objectStoreNames].sort();
    const records = stores.includes('assessments') ? await requestResult(db.transaction('assessments').objectStore('assessments').getAll()) : [];
    return { version: db.version, stores, records };
  } finally {
    db.close();
  }
}

describe('openDatabase: the first migration', () => {
  it('has one upgrade step per version', () => {
    expect(upgrades).toHaveLength(DB_VERSION);
  });

  it('brings a fresh database to DB_VERSION with every store', async () => {
    const db = await openDatabase();
    try {
      expect(db.name).toBe(DB_NAME);
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['assessments', 'meta', 'notes', 'rounds', 'scorecards']);
      expect(db.transaction('notes').store.keyPath).toEqual(['assessmentId', 'indicatorId']);

      const assessments = db.transaction('assessments').store;
      expect(assessments.keyPath).toBe('id');
      expect(assessments.autoIncrement).toBe(false);
      expect([...assessments.indexNames]).toEqual(['byRevision', 'byUpdatedAt']);
      expect(assessments.index('byRevision').keyPath).toEqual(['id', 'recordVersion', 'revision', 'updatedAt']);
      expect(assessments.index('byUpdatedAt').keyPath).toBe('updatedAt');
      expect(assessments.index('byUpdatedAt').unique).toBe(false);

      const meta = db.transaction('meta').store;
      expect(meta.keyPath).toBeNull();
      expect(meta.autoIncrement).toBe(false);

      expect(db.transaction('rounds').store.keyPath).toBe('id');
      const scorecards = db.transaction('scorecards').store;
      expect(scorecards.keyPath).toBe('id');
      expect(scorecards.index('byRound').keyPath).toBe('roundId');
    } finally {
      db.close();
    }
  });

  it('keeps what was written at version 1 when the app opens it again', async () => {
    const older = { ...recordV1, id: 'a0', updatedAt: '2024-01-01T00:00:00.000Z' };
    await seed(1, createV1Layout, [recordV1, older], { lastAssessmentId: 'a1' });

    const db = await openDatabase();
    try {
      expect(db.version).toBe(DB_VERSION);
      // Version 4 moved each evidence note to a record of its own.
      const { note, ...answer } = recordV1.answers['1A'];
      expect(await db.get('assessments', 'a1')).toEqual({ ...recordV1, answers: { ...recordV1.answers, '1A': answer } });
      expect(await db.get('notes', ['a1', '1A'])).toEqual({ assessmentId: 'a1', indicatorId: '1A', note });
      expect(await db.getAllKeysFromIndex('assessments', 'byUpdatedAt')).toEqual(['a0', 'a1']);
      expect(await db.get('meta', 'lastAssessmentId')).toBe('a1');
      // Version 2 added the panel's stores beside the old ones, empty.
      expect(await db.count('rounds')).toBe(0);
      expect(await db.count('scorecards')).toBe(0);
    } finally {
      db.close();
    }

    // The record itself is migrated when read, from record version 1 to the current one.
    const { recordVersion: _version, ...assessment } = recordV1;
    expect(await loadAssessment('a1')).toEqual({ ok: true, assessment: { ...assessment, areaImportance: {}, pdPlan: [], comments: [] } });
    expect(await loadLastAssessmentId()).toBe('a1');
  });

  it('keeps what the app itself wrote across closing and reopening', async () => {
    const first = await openDatabase();
    await first.put('assessments', recordV3);
    await first.put('meta', 'a1', 'lastAssessmentId');
    first.close();

    const second = await openDatabase();
    try {
      expect(await second.get('assessments', 'a1')).toEqual(recordV3);
      expect(await second.get('meta', 'lastAssessmentId')).toBe('a1');
    } finally {
      second.close();
    }
  });
});

describe('openDatabase: a database from a newer version of the app', () => {
  const NEWER = DB_VERSION + 1;
  const newerLayout = (db: IDBDatabase) => {
    createV1Layout(db);
    db.createObjectStore('somethingNew');
  };

  it('is refused with a StorageError whose problem is "newer-version"', async () => {
    await seed(NEWER, newerLayout, [recordV3]);

    const error: unknown = await openDatabase().then(
      () => 'opened',
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).cause).toMatchObject({ name: 'VersionError' });
    expect(error).toMatchObject({ name: 'StorageError', problem: 'newer-version' });
    expect((error as StorageError).message).toMatch(/newer version/i);
  });

  it('is left exactly as it was after the refusal', async () => {
    await seed(NEWER, newerLayout, [recordV3], { lastAssessmentId: 'a1' });
    const before = await readAllRaw();

    await expect(openDatabase()).rejects.toBeInstanceOf(StorageError);

    const after = await readAllRaw();
    expect(after).toEqual(before);
    expect(after.version).toBe(NEWER);
    expect(after.stores).toEqual(['assessments', 'meta', 'somethingNew']);
    expect(after.records).toEqual([recordV3]);
  });

  it('makes repository calls reject with "newer-version" too, and nothing is written', async () => {
    await seed(NEWER, newerLayout, [recordV3]);

    await expect(listAssessments()).rejects.toMatchObject({ name: 'StorageError', problem: 'newer-version' });
    await expect(saveAssessment(makeAssessment({ revision: 99, title: 'Overwrite?' }))).rejects.toMatchObject({
      name: 'StorageError',
      problem: 'newer-version',
    });

    expect((await readAllRaw()).records).toEqual([recordV3]);
  });

  it('does not keep the failure: the shared connection is tried again next time', async () => {
    await seed(NEWER, newerLayout, []);
    await expect(database()).rejects.toMatchObject({ problem: 'newer-version' });

    await closeDatabase();
    await requestResult(indexedDB.deleteDatabase(DB_NAME));

    const db = await database();
    expect(db.version).toBe(DB_VERSION);
    expect(await database()).toBe(db);
  });

  it('steps aside when a newer version opens while the app is connected, then reports "newer-version"', async () => {
    await saveAssessment(makeAssessment());

    // A newer build in another tab upgrades; our open connection must not block it.
    const newer = await openRaw(DB_NAME, NEWER, (db) => db.createObjectStore('somethingNew'));
    newer.close();

    const error: unknown = await loadAssessment('a1').then(
      () => 'loaded',
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ problem: 'newer-version', cause: { name: 'VersionError' } });
  });
});

describe('openDatabase without IndexedDB', () => {
  it('rejects with "unavailable"', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      await expect(openDatabase()).rejects.toMatchObject({ name: 'StorageError', problem: 'unavailable' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
