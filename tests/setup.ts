import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { closeAssessment } from '../src/state/assessment-store.ts';
import { useAssessmentListStore } from '../src/state/assessment-list-store.ts';
import { usePanelStore, whenPanelSaved } from '../src/state/panel-store.ts';
import { closeDatabase, DB_NAME } from '../src/storage/db.ts';

// Lazy screens load their modules on first render; 1 s (the default) is too short on a busy 2-core machine.
configure({ asyncUtilTimeout: 5_000 });

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
  cleanup();
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
