/**
 * The app's store instances. Each store module exports a factory; a scope makes each store the first time
 * something asks for it (so a screen's store, and the storage code behind it, still load with that screen)
 * and keeps it for the life of the scope. The app makes one scope at start (src/app), each test its own.
 * Nothing subscribes to other tabs at import time: a store listens once made, and stops when the scope ends.
 */
export interface StoreScope {
  get<T>(factory: StoreFactory<T>): T;
  /** Calls `cleanup` when the scope ends (a store's subscription to other tabs, say). */
  onDispose(cleanup: () => void): void;
  /** Puts every store made so far that has a `reset` back to its first state ("Delete all my data"). */
  resetAll(): void;
  dispose(): void;
}

export type StoreFactory<T> = (scope: StoreScope) => T;

const isResettable = (value: unknown): value is { reset: () => void } =>
  typeof value === 'object' && value !== null && 'reset' in value && typeof value.reset === 'function';

export function createStoreScope(): StoreScope {
  const instances = new Map<StoreFactory<unknown>, unknown>();
  const cleanups: (() => void)[] = [];
  const scope: StoreScope = {
    get<T>(factory: StoreFactory<T>): T {
      if (!instances.has(factory)) instances.set(factory, factory(scope));
      return instances.get(factory) as T;
    },
    onDispose: (cleanup) => void cleanups.push(cleanup),
    resetAll() {
      for (const made of instances.values()) if (isResettable(made)) made.reset();
    },
    dispose() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      instances.clear();
    },
  };
  return scope;
}
