import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { rateIndicator } from '../../src/domain/assessment/assessment.ts';
import { RECORD_VERSION } from '../../src/domain/assessment/assessment-record.ts';
import { listAssessments, loadAssessment, saveAssessment } from '../../src/storage/assessment-repository.ts';
import { DB_NAME, DB_VERSION, openDatabase } from '../../src/storage/db.ts';
import { listScorecards, loadRound } from '../../src/storage/panel-repository.ts';
import {
  committed,
  createV1Layout,
  createV2Layout,
  openRaw,
  recordV0,
  recordV1,
  recordV2,
  recordV3,
  recordV3Received,
  requestResult,
  roundRecordV1,
  scorecardRecordV1,
} from './fixtures.ts';

type Stores = Record<string, unknown[]>;

/** Writes a database the way an earlier release left it, without going through our code. */
async function seed(version: number, layout: (db: IDBDatabase) => void, stores: Stores): Promise<void> {
  const db = await openRaw(DB_NAME, version, layout);
  try {
    const tx = db.transaction(Object.keys(stores), 'readwrite');
    for (const [name, values] of Object.entries(stores)) for (const value of values) tx.objectStore(name).put(value);
    await committed(tx);
  } finally {
    db.close();
  }
}

async function rawRecords(name: string): Promise<unknown[]> {
  const db = await openRaw(DB_NAME, undefined);
  try {
    return await requestResult<unknown[]>(db.transaction(name).objectStore(name).getAll());
  } finally {
    db.close();
  }
}

/** The fixtures are plain literals (their enums widen to string); these are the shapes the app reads them as. */
const typed = (value: object): Assessment => value as Assessment;

/** What each earlier record format reads as today: the migrations' result, written out by hand. */
const { recordVersion: _v1, ...v1 } = recordV1;
const { recordVersion: _v2, ...v2 } = recordV2;
const { recordVersion: _v3, ...v3 } = recordV3;
const { recordVersion: _v3r, ...v3Received } = recordV3Received;
const recordVersions: { name: string; record: { id: string }; expected: Assessment }[] = [
  { name: 'record version 0 (pre-release)', record: recordV0, expected: typed({ ...recordV0, revision: 1, areaImportance: {}, pdPlan: [], comments: [] }) },
  { name: 'record version 1', record: recordV1, expected: typed({ ...v1, areaImportance: {}, pdPlan: [], comments: [] }) },
  { name: 'record version 2', record: recordV2, expected: typed({ ...v2, comments: [] }) },
  { name: 'record version 3', record: recordV3, expected: typed(v3) },
  { name: 'record version 3, a received copy', record: recordV3Received, expected: typed(v3Received) },
];

describe('database version 1, opened by this version of the app', () => {
  it.each(recordVersions)('keeps a $name unchanged on disk, reads it in full, and saves the next edit in the current format', async ({ record, expected }) => {
    await seed(1, createV1Layout, { assessments: [record], meta: [] });

    expect(await loadAssessment(record.id)).toEqual({ ok: true, assessment: expected });
    expect(await listAssessments()).toEqual([{ ok: true, assessment: expected }]);
    expect(await rawRecords('assessments')).toEqual([record]);

    const edited = rateIndicator(expected, '3A', 'proficient', '2024-06-01T00:00:00.000Z');
    await saveAssessment(edited, expected);
    expect(await rawRecords('assessments')).toEqual([{ recordVersion: RECORD_VERSION, ...edited }]);
    // Another tab moves the stored copy on: an edit of this tab's copy is refused, and theirs stays.
    const theirs = { recordVersion: RECORD_VERSION, ...rateIndicator(edited, '3B', 'leading', '2024-06-02T00:00:00.000Z') };
    await seed(DB_VERSION, () => undefined, { assessments: [theirs] });
    const mine = rateIndicator(edited, '3C', 'emerging', '2024-06-03T00:00:00.000Z');
    await expect(saveAssessment({ ...mine, revision: mine.revision + 5 }, edited)).rejects.toMatchObject({ problem: 'conflict' });
    expect(await rawRecords('assessments')).toEqual([theirs]);
  });
});

describe('database version 2, opened by this version of the app', () => {
  it('keeps every assessment, round and scorecard, and indexes the revisions of the assessments already there', async () => {
    const other = { ...recordV2, id: 'a2', revision: 4, updatedAt: '2024-02-01T00:00:00.000Z' };
    await seed(2, createV2Layout, { assessments: [recordV3, other, recordV0], rounds: [roundRecordV1], scorecards: [scorecardRecordV1], meta: [] });

    const db = await openDatabase();
    try {
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['assessments', 'cetl', 'feedback', 'meta', 'rounds', 'scorecards']);
      // The pre-release record has no revision to index; the save reads it whole instead.
      expect(await db.getAllKeysFromIndex('assessments', 'byRevision')).toEqual(['a1', 'a2']);
    } finally {
      db.close();
    }
    expect(await rawRecords('assessments')).toEqual([recordV3, other, recordV0]);
    expect(await rawRecords('rounds')).toEqual([roundRecordV1]);
    expect(await rawRecords('scorecards')).toEqual([scorecardRecordV1]);

    const { recordVersion: _round, ...round } = roundRecordV1;
    const { recordVersion: _card, ...card } = scorecardRecordV1;
    expect(await loadRound('r1')).toEqual({ ok: true, round });
    expect(await listScorecards('r1')).toEqual({ scorecards: [card], unreadable: 0 });
    expect((await listAssessments()).map((r) => (r.ok ? r.assessment.id : r.id))).toEqual(['a1', 'a2', 'old1']);

    // The index guards saves at once: an older revision of a2 is refused and leaves it as it was.
    await expect(saveAssessment(typed({ ...v2, id: 'a2', comments: [], revision: 3 }))).rejects.toMatchObject({ problem: 'conflict' });
    expect(await rawRecords('assessments')).toContainEqual(other);
  });
});
