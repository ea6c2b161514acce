import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { rateIndicator, writeNote } from '../../src/domain/assessment/assessment.ts';
import { RECORD_VERSION } from '../../src/domain/assessment/assessment-record.ts';
import { listAssessments, loadAssessment, saveAssessment } from '../../src/storage/assessment-repository.ts';
import { DB_NAME, DB_VERSION, openDatabase } from '../../src/storage/db.ts';
import { listScorecards, loadRound } from '../../src/storage/panel-repository.ts';
import { listFeedbackDrafts, listFeedbackRequests, loadCetlRecord, saveCetlRecord, saveFeedbackRequest } from '../../src/storage/feedback-repository.ts';
import type { FeedbackRequest } from '../../src/domain/feedback/feedback.ts';
import { WEIGHT_REASON_NOT_ASKED } from '../../src/domain/panel/panel-records.ts';
import {
  committed,
  createV1Layout,
  createV2Layout,
  createV3Layout,
  createV4Layout,
  openRaw,
  recordV0,
  recordV1,
  recordV2,
  recordV3,
  recordV3Received,
  recordV4,
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

type RawAssessment = { id: string; answers: Record<string, object> };

/** The stored assessments with each note from the `notes` store put back in its answer, by hand. */
async function rawAssessments(): Promise<unknown[]> {
  const notes = (await rawRecords('notes')) as { assessmentId: string; indicatorId: string; note: string }[];
  return ((await rawRecords('assessments')) as RawAssessment[]).map((record) => {
    if (typeof record.answers !== 'object') return record;
    const answers = { ...record.answers };
    for (const { assessmentId, indicatorId, note } of notes) if (assessmentId === record.id) answers[indicatorId] = { ...answers[indicatorId], note };
    return { ...record, answers };
  });
}

/** The fixtures are plain literals (their enums widen to string); these are the shapes the app reads them as. */
const typed = (value: object): Assessment => value as Assessment;

/** What each earlier record format reads as today: the migrations' result, written out by hand. */
const { recordVersion: _v1, ...v1 } = recordV1;
const { recordVersion: _v2, ...v2 } = recordV2;
const { recordVersion: _v3, ...v3 } = recordV3;
const { recordVersion: _v3r, ...v3Received } = recordV3Received;
const { recordVersion: _v4, ...v4 } = recordV4;
const recordVersions: { name: string; record: { id: string }; expected: Assessment }[] = [
  { name: 'record version 0 (pre-release)', record: recordV0, expected: typed({ ...recordV0, revision: 1, areaImportance: {}, pdPlan: [], comments: [] }) },
  { name: 'record version 1', record: recordV1, expected: typed({ ...v1, areaImportance: {}, pdPlan: [], comments: [] }) },
  { name: 'record version 2', record: recordV2, expected: typed({ ...v2, comments: [] }) },
  { name: 'record version 3', record: recordV3, expected: typed(v3) },
  { name: 'record version 3, a received copy', record: recordV3Received, expected: typed(v3Received) },
  { name: 'record version 4', record: { ...recordV4, id: 'a4' }, expected: typed({ ...v4, id: 'a4' }) },
];

describe('database version 1, opened by this version of the app', () => {
  it.each(recordVersions)('keeps a $name on disk (its notes apart), reads it in full, and saves the next edit in the current format', async ({ record, expected }) => {
    await seed(1, createV1Layout, { assessments: [record], meta: [] });

    expect(await loadAssessment(record.id)).toEqual({ ok: true, assessment: expected });
    expect(await listAssessments()).toEqual([{ ok: true, assessment: expected }]);
    expect(await rawAssessments()).toEqual([record]);

    const edited = rateIndicator(expected, '3A', 'proficient', '2024-06-01T00:00:00.000Z');
    await saveAssessment(edited, expected);
    expect(await rawAssessments()).toEqual([{ recordVersion: RECORD_VERSION, ...edited }]);
    // Another tab moves the stored copy on: an edit of this tab's copy is refused, and theirs stays.
    const theirs = { recordVersion: RECORD_VERSION, ...rateIndicator(edited, '3B', 'leading', '2024-06-02T00:00:00.000Z') };
    await seed(DB_VERSION, () => undefined, { assessments: [theirs] });
    const mine = rateIndicator(edited, '3C', 'emerging', '2024-06-03T00:00:00.000Z');
    await expect(saveAssessment({ ...mine, revision: mine.revision + 5 }, edited)).rejects.toMatchObject({ problem: 'conflict' });
    expect(await rawAssessments()).toEqual([theirs]);
  });
});

describe('database version 2, opened by this version of the app', () => {
  it('keeps every assessment, round and scorecard, and indexes the revisions of the assessments already there', async () => {
    const other = { ...recordV2, id: 'a2', revision: 4, updatedAt: '2024-02-01T00:00:00.000Z' };
    await seed(2, createV2Layout, { assessments: [recordV3, other, recordV0], rounds: [roundRecordV1], scorecards: [scorecardRecordV1], meta: [] });

    const db = await openDatabase();
    try {
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['assessments', 'cetl', 'feedback', 'feedbackDrafts', 'meta', 'notes', 'rounds', 'scorecards']);
      // The pre-release record has no revision to index; the save reads it whole instead.
      expect(await db.getAllKeysFromIndex('assessments', 'byRevision')).toEqual(['a1', 'a2']);
    } finally {
      db.close();
    }
    expect(await rawAssessments()).toEqual([recordV3, other, recordV0]);
    expect(await rawRecords('rounds')).toEqual([roundRecordV1]);
    expect(await rawRecords('scorecards')).toEqual([scorecardRecordV1]);

    const { recordVersion: _round, ...round } = roundRecordV1;
    const { recordVersion: _card, ...card } = scorecardRecordV1;
    // Its unequal weights say that no reason was asked for when it was set up.
    expect(await loadRound('r1')).toEqual({ ok: true, round: { ...round, weightReason: WEIGHT_REASON_NOT_ASKED } });
    expect(await listScorecards('r1')).toEqual({ scorecards: [card], damaged: [] });
    expect((await listAssessments()).map((r) => (r.ok ? r.assessment.id : r.id))).toEqual(['a1', 'a2', 'old1']);

    // The index guards saves at once: an older revision of a2 is refused and leaves it as it was.
    await expect(saveAssessment(typed({ ...v2, id: 'a2', comments: [], revision: 3 }))).rejects.toMatchObject({ problem: 'conflict' });
    expect(await rawAssessments()).toContainEqual(other);
  });
});

describe('database version 3, opened by this version of the app', () => {
  it('moves each evidence note to a record of its own, reads every assessment whole, and writes only what an edit changed', async () => {
    const noNotes = { ...recordV2, id: 'a2', answers: { '3A': { current: 'leading' } } };
    const damaged = { id: 'bad', title: 'Damaged', answers: 'not answers' };
    await seed(3, createV3Layout, { assessments: [recordV3, noNotes, damaged], meta: [] });

    expect(await loadAssessment('a1')).toEqual({ ok: true, assessment: typed(v3) });
    const { note, ...answer } = recordV3.answers['1A'];
    expect(await rawRecords('assessments')).toEqual([{ ...recordV3, answers: { ...recordV3.answers, '1A': answer } }, noNotes, damaged]);
    expect(await rawRecords('notes')).toEqual([{ assessmentId: 'a1', indicatorId: '1A', note }]);
    expect(await rawAssessments()).toEqual([recordV3, noNotes, damaged]);

    // A rating leaves the notes as they are; a note's edit writes that note; an emptied note is removed.
    const rated = rateIndicator(typed(v3), '2B', 'leading', '2024-06-01T00:00:00.000Z');
    await saveAssessment(rated, typed(v3));
    const noted = writeNote(rated, '2B', 'Minutes of the board meeting.', '2024-06-01T00:01:00.000Z');
    await saveAssessment(noted, rated);
    const cleared = writeNote(noted, '1A', '', '2024-06-01T00:02:00.000Z');
    await saveAssessment(cleared, noted);
    expect(await rawRecords('notes')).toEqual([{ assessmentId: 'a1', indicatorId: '2B', note: 'Minutes of the board meeting.' }]);
    expect(await loadAssessment('a1')).toEqual({ ok: true, assessment: cleared });
    expect(await rawAssessments()).toContainEqual({ recordVersion: RECORD_VERSION, ...cleared });
  });
});

describe('database version 4, opened by this version of the app', () => {
  it('keeps every assessment, note, round, scorecard and setting, and adds empty stores for feedback, answers in progress and the CETL log', async () => {
    const { note, ...answer } = recordV4.answers['1A'];
    const storedV4 = { ...recordV4, id: 'a4', answers: { ...recordV4.answers, '1A': answer } };
    const notes = [{ assessmentId: 'a4', indicatorId: '1A', note }];
    await seed(4, createV4Layout, { assessments: [storedV4], notes, rounds: [roundRecordV1], scorecards: [scorecardRecordV1], meta: [] });
    const meta = await openRaw(DB_NAME, 4);
    try {
      const tx = meta.transaction('meta', 'readwrite');
      tx.objectStore('meta').put('a4', 'lastAssessmentId');
      await committed(tx);
    } finally {
      meta.close();
    }

    const db = await openDatabase();
    try {
      expect(db.version).toBe(5);
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['assessments', 'cetl', 'feedback', 'feedbackDrafts', 'meta', 'notes', 'rounds', 'scorecards']);
      expect(db.transaction('feedback').store.index('byAssessment').keyPath).toBe('assessmentId');
      expect(db.transaction('feedbackDrafts').store.keyPath).toBe('requestId');
      expect(await db.get('meta', 'lastAssessmentId')).toBe('a4');
    } finally {
      db.close();
    }
    expect(await rawRecords('assessments')).toEqual([storedV4]);
    expect(await rawRecords('notes')).toEqual(notes);
    expect(await rawRecords('rounds')).toEqual([roundRecordV1]);
    expect(await rawRecords('scorecards')).toEqual([scorecardRecordV1]);
    expect(await loadAssessment('a4')).toEqual({ ok: true, assessment: typed({ ...v4, id: 'a4' }) });
    expect(await listFeedbackRequests('a4')).toEqual([]);
    expect(await listFeedbackDrafts()).toEqual([]);
    expect(await loadCetlRecord()).toBeUndefined();

    // The new stores take records at once.
    const request: FeedbackRequest = {
      id: 'q1',
      assessmentId: 'a4',
      leaderName: 'Ada',
      district: 'North',
      framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
      skillAreaIds: ['1'],
      groups: ['principals'],
      createdAt: '2024-06-01T00:00:00.000Z',
      invitees: [],
      responses: [],
      updatedAt: '2024-06-01T00:00:00.000Z',
    };
    await saveFeedbackRequest(request);
    await saveCetlRecord({ id: 'mine', entries: [], updatedAt: '2024-06-01T00:00:00.000Z' });
    expect(await listFeedbackRequests('a4')).toEqual([{ ok: true, request }]);
    expect(await loadCetlRecord()).toEqual({ ok: true, record: { id: 'mine', entries: [], updatedAt: '2024-06-01T00:00:00.000Z' } });
  });
});
