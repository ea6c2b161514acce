import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { closeAssessment } from '../src/state/assessment-store.ts';
import { useAssessmentListStore } from '../src/state/assessment-list-store.ts';
import { usePanelStore, whenPanelSaved } from '../src/state/panel-store.ts';
import { closeDatabase, DB_NAME } from '../src/storage/db.ts';
import { endUserEvents } from './user-event-guard.ts';

// Screens and charts load lazily through real stores and IndexedDB. With both cores of a 2-core machine busy a
// chart has taken more than 5 s to appear, so findBy… waits up to a minute: only a real hang fails on time
// (the test itself may take two; see vitest.config.ts).
configure({ asyncUtilTimeout: 60_000 });

// jsdom has <dialog> but not its modal methods; this is the browser behaviour the UI relies on.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

afterEach(async () => {
  // Unmount first, then let any user-event work still in flight end against the empty page, so nothing a test
  // left running can type into the next test's screen; only then close and delete the database.
  cleanup();
  await endUserEvents();
  await closeDatabase();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    request.onblocked = () => resolve();
  });
  sessionStorage.clear();
});

afterEach(async () => {
  // Stores are module singletons: let their writes land, then give every test a fresh app.
  await whenPanelSaved();
  usePanelStore.setState({ status: 'idle', rounds: [], round: undefined, scorecards: [], framework: undefined, questions: undefined, problem: undefined, saveProblem: undefined, lastMerge: undefined });
  closeAssessment();
  useAssessmentListStore.setState({ status: 'loading', items: [], framework: undefined, problem: undefined, deleted: undefined, lastAssessmentId: undefined });
});
