/**
 * OLD FORMAT, frozen: what version 1 of the record format wrote for Ada's spring review. Later versions kept
 * these fields as they were, so the fixtures below share them; never build any of these from current code.
 */
const springReviewV1Fields = {
  id: 'a1',
  title: 'Spring review',
  respondent: { name: 'Ada', role: 'CTO', district: 'North' },
  framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
  createdAt: '2024-03-01T09:00:00.000Z',
  updatedAt: '2024-03-05T16:20:00.000Z',
  answers: {
    '1A': { current: 'developing', target: 'leading', note: 'Ask the cabinet.' },
    '2B': { current: 'na' },
  },
  areaTargets: { '1': 'leading' },
  lastSkillAreaId: '2',
  revision: 7,
} as const;

/** OLD FORMAT, frozen: the fields version 2 added (importance, a plan, the assessment it was started from). */
const springReviewV2Additions = {
  areaImportance: { '2': 'high', '9': 'low' },
  pdPlan: [
    {
      id: 'act1',
      title: 'Shadow the business office',
      goal: 'Close the gap in Business Management.',
      skillAreaIds: ['9', '2'],
      activityId: 'pd-shadow-business-office',
      dueDate: '2024-06-30',
      status: 'done',
      evidence: 'Notes from three days with the finance team.',
      createdAt: '2024-03-02T10:00:00.000Z',
      completedAt: '2024-03-05T16:00:00.000Z',
    },
    {
      id: 'act2',
      title: 'Write a one-page plan summary',
      goal: '',
      skillAreaIds: ['2'],
      status: 'planned',
      evidence: '',
      createdAt: '2024-03-03T11:00:00.000Z',
    },
  ],
  previousAssessmentId: 'a0',
} as const;

/**
 * OLD FORMAT. A stored record exactly as version 3 of the record format wrote it: importance per
 * skill area, a professional-development plan, a link to the assessment it was started from, and
 * reviewers' comments (one on a skill area, one on the whole assessment); no answer flagged to revisit.
 */
export const recordV3 = {
  recordVersion: 3,
  ...springReviewV1Fields,
  ...springReviewV2Additions,
  comments: [
    {
      id: 'c1',
      skillAreaId: '2',
      text: 'Bring the budget calendar to our next meeting.',
      author: 'Grace Hopper',
      authorRole: 'Superintendent',
      at: '2024-03-04T15:00:00.000Z',
    },
    {
      id: 'c2',
      text: 'A thoughtful review overall.',
      author: 'Grace Hopper',
      authorRole: 'Superintendent',
      at: '2024-03-04T15:05:00.000Z',
    },
  ],
};

/** A version 3 record of a copy that came in from someone else's file, marked as received. */
export const recordV3Received = {
  recordVersion: 3,
  id: 'r1',
  title: 'Ada’s spring review',
  respondent: { name: 'Ada', role: 'CTO', district: 'North' },
  framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
  createdAt: '2024-03-01T09:00:00.000Z',
  updatedAt: '2024-03-05T16:20:00.000Z',
  answers: { '3C': { current: 'proficient' } },
  areaTargets: {},
  areaImportance: {},
  pdPlan: [],
  comments: [],
  received: { at: '2024-03-06T08:00:00.000Z', fileName: 'spring-review.json' },
  revision: 1,
};

/**
 * A stored record exactly as version 4 of the record format (the current one) writes it: a reviewed copy with the
 * owner's note to the reader, the reviewer's sign-off, a comment on a plan action, a comment marked resolved, and two
 * answers flagged to revisit.
 */
export const recordV4 = {
  recordVersion: 4,
  ...springReviewV1Fields,
  ...springReviewV2Additions,
  comments: [
    {
      id: 'c1',
      skillAreaId: '2',
      text: 'Bring the budget calendar to our next meeting.',
      author: 'Grace Hopper',
      authorRole: 'Superintendent',
      at: '2024-03-04T15:00:00.000Z',
      resolvedAt: '2024-03-06T09:00:00.000Z',
    },
    {
      id: 'c3',
      planActionId: 'act1',
      text: 'Good choice of course.',
      author: 'Grace Hopper',
      authorRole: 'Superintendent',
      at: '2024-03-04T15:10:00.000Z',
    },
  ],
  // Two answers flagged to revisit: one rated, one not yet rated.
  answers: {
    '1A': { current: 'developing', target: 'leading', note: 'Ask the cabinet.', flagged: true },
    '1B': { flagged: true },
    '2B': { current: 'na' },
  },
  readerNote: 'This year I want to focus on data governance.',
  reviewSignOff: { name: 'Grace Hopper', role: 'Superintendent', at: '2024-03-04T15:20:00.000Z' },
};

/**
 * OLD FORMAT. A stored record exactly as version 2 of the record format wrote it: importance, a plan and a
 * previous assessment, but no comments.
 */
export const recordV2 = { recordVersion: 2, ...springReviewV1Fields, ...springReviewV2Additions };

/** OLD FORMAT. A stored record exactly as version 1 of the record format wrote it: no importance, no plan. */
export const recordV1 = { recordVersion: 1, ...springReviewV1Fields };

/** OLD FORMAT. The pre-release format (version 0): no version stamp, no revision counter. */
export const recordV0 = {
  id: 'old1',
  title: 'Pre-release',
  respondent: { name: '', role: '', district: '' },
  framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
  createdAt: '2023-11-01T08:00:00.000Z',
  updatedAt: '2023-11-02T08:00:00.000Z',
  answers: { '3C': { current: 'proficient' } },
  areaTargets: {},
};

/** Opens a database with the raw IndexedDB API, as another (older or newer) build of the app would. */
export function openRaw(name: string, version: number | undefined, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });
}

export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Creates the version-1 layout (as released) and fills it, without going through our code. */
export function createV1Layout(db: IDBDatabase): void {
  db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('byUpdatedAt', 'updatedAt');
  db.createObjectStore('meta');
}

/** OLD DATABASE. The version-2 layout as released: version 1 plus the panel's stores, before the revision index. */
export function createV2Layout(db: IDBDatabase): void {
  createV1Layout(db);
  db.createObjectStore('rounds', { keyPath: 'id' });
  db.createObjectStore('scorecards', { keyPath: 'id' }).createIndex('byRound', 'roundId');
}

/** OLD DATABASE. The version-3 layout as released: version 2 plus the index of each assessment's revision. */
export function createV3Layout(db: IDBDatabase): void {
  const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
  assessments.createIndex('byUpdatedAt', 'updatedAt');
  assessments.createIndex('byRevision', ['id', 'recordVersion', 'revision', 'updatedAt']);
  db.createObjectStore('meta');
  db.createObjectStore('rounds', { keyPath: 'id' });
  db.createObjectStore('scorecards', { keyPath: 'id' }).createIndex('byRound', 'roundId');
}

/** OLD DATABASE. The version-4 layout as released: version 3 plus each evidence note as a record of its own. */
export function createV4Layout(db: IDBDatabase): void {
  createV3Layout(db);
  db.createObjectStore('notes', { keyPath: ['assessmentId', 'indicatorId'] });
}

/** OLD RECORD. A hiring round exactly as round record version 1 (before interview dates, consensus and the rest) stored it. */
export const roundRecordV1 = {
  recordVersion: 1,
  id: 'r1',
  positionTitle: 'Chief Technology Officer',
  district: 'North',
  framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
  candidates: [{ id: 'c1', name: 'Ada Lovelace' }],
  panelists: [{ id: 'p1', name: 'Alan Turing', role: 'Superintendent' }],
  skillAreaIds: ['1', '2'],
  weights: { '1': 2 },
  createdAt: '2024-05-01T09:00:00.000Z',
  updatedAt: '2024-05-01T09:00:00.000Z',
  revision: 1,
};

/** OLD RECORD. A scorecard exactly as scorecard record version 1 (before per-candidate submission) stored it. */
export const scorecardRecordV1 = {
  recordVersion: 1,
  id: 'r1--p1',
  roundId: 'r1',
  panelistId: 'p1',
  scores: { c1: { '1': { level: 'proficient', note: 'Clear vision' } } },
  updatedAt: '2024-05-02T09:00:00.000Z',
  revision: 3,
};

/** OLD RECORD. A version 1 scorecard handed in as a whole, as version 1 stored it. */
export const submittedScorecardRecordV1 = { ...scorecardRecordV1, submittedAt: '2024-05-02T10:00:00.000Z', revision: 4 };
