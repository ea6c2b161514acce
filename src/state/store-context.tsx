import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { StoreFactory, StoreScope } from './store-scope.ts';

const StoreScopeContext = createContext<StoreScope | undefined>(undefined);

/** Gives every screen below it the stores of `scope` (made in src/app, or fresh in each test). */
export function StoresProvider({ scope, children }: { scope: StoreScope; children: ReactNode }) {
  return <StoreScopeContext value={scope}>{children}</StoreScopeContext>;
}

/** The instance of a store for the scope this component renders in. */
export function useScopedStore<T>(factory: StoreFactory<T>): T {
  return useStoreScope().get(factory);
}

/** The scope itself, for code that loads a store's module on demand (the first screen's start form). */
export function useStoreScope(): StoreScope {
  const scope = useContext(StoreScopeContext);
  if (!scope) throw new Error('A screen rendered outside <StoresProvider>: wrap the app in it (src/app/main.tsx).');
  return scope;
}
