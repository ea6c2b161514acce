import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { StoresProvider } from '../state/store-context.tsx';
import { createStoreScope } from '../state/store-scope.ts';
import { routes } from './routes.tsx';

/**
 * The home screen as HTML, rendered at build time (scripts/build/prerender-shell.ts). It uses the same
 * provider and routes as main.tsx so hydration finds exactly this markup.
 */
export async function renderShell(): Promise<string> {
  const router = createMemoryRouter(routes, { initialEntries: ['/'] });
  const stores = createStoreScope();
  if (!router.state.initialized) {
    await new Promise<void>((resolve) => {
      const stop = router.subscribe((state) => {
        if (!state.initialized) return;
        stop();
        resolve();
      });
    });
  }
  const html = renderToString(
    <StrictMode>
      <StoresProvider scope={stores}>
        <RouterProvider router={router} />
      </StoresProvider>
    </StrictMode>,
  );
  router.dispose();
  stores.dispose();
  return html;
}
