import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { closeDatabase, DB_NAME } from '../src/storage/db.ts';
import { writesSettled } from '../src/storage/record-store.ts';
import { disposeStores } from './stores.ts';
import { serveAppFiles } from './serve-app-files.ts';
import { endUserEvents } from './user-event-guard.ts';

// Screens and charts load lazily through real stores and IndexedDB. With both cores of a 2-core machine busy a
// chart has taken more than 5 s to appear, so findBy… waits up to a minute: only a real hang fails on time
// (the test itself may take two; see vitest.config.ts).
configure({ asyncUtilTimeout: 60_000 });

serveAppFiles();

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
  // left running can type into the next test's screen. Then end the test's own stores (tests/stores.ts), so none
  // hears the next test's tabs, and let their writes land before the database is closed and deleted.
  cleanup();
  await endUserEvents();
  disposeStores();
  await writesSettled();
  await closeDatabase();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    request.onblocked = () => resolve();
  });
  sessionStorage.clear();
});
