import type { Assessment } from '../../src/domain/assessment/assessment.ts';

/** A stored record exactly as version 1 of the record format writes it. */
export const recordV1 = {
  recordVersion: 1,
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
};

/** The pre-release format: no version stamp, no revision counter. */
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

export function makeAssessment(change: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    title: 'Spring review',
    respondent: { name: 'Ada', role: 'CTO', district: 'North' },
    framework: { editionId: 'cosn-cto-2009', dataVersion: 1 },
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
    answers: {},
    areaTargets: {},
    revision: 1,
    ...change,
  };
}

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
