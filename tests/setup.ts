import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { closeDatabase, DB_NAME } from '../src/storage/db.ts';
import { writesSettled } from '../src/storage/record-store.ts';
import { disposeStores } from './stores.ts';

// Screens load lazily through real stores and IndexedDB; on a busy 2-core machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

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
  // Each test made its own stores (tests/stores.ts): end them, so none hears the next test's tabs or typing.
  cleanup();
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
