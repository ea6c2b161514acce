import type { ReactNode } from 'react';
import { Suspense, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/** False on the server and while React hydrates its HTML; true in every render after that, and in any client-only render. */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

interface LazyAfterHydrationProps {
  /** Drawn on the server, during hydration and while the lazy part loads: the same markup in all three. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * A lazily loaded part of a prerendered screen. The build's renderToString cannot wait for lazy code and would
 * leave a client-render marker that fails hydration (React error #419), so the server and the hydrating client
 * draw only the fallback, with no Suspense boundary; once hydrated, the lazy part loads behind that same fallback.
 */
export function LazyAfterHydration({ fallback, children }: LazyAfterHydrationProps) {
  return useIsHydrated() ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
