import type { StoreScope } from '../src/state/store-scope.ts';
import { createStoreScope } from '../src/state/store-scope.ts';

const live = new Set<StoreScope>();

/** A fresh set of the app's stores for one test: nothing carried over from the test before, nothing left for the next. */
export function freshStores(): StoreScope {
  const scope = createStoreScope();
  live.add(scope);
  return scope;
}

/** Ends every test's stores (tests/setup.ts, after each test): they stop listening to other tabs. */
export function disposeStores(): void {
  for (const scope of live) scope.dispose();
  live.clear();
}
