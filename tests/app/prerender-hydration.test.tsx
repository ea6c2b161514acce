import { act, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { assertFullyRendered } from '../../scripts/build/prerender-shell.ts';
import { renderShell } from '../../src/app/prerender.tsx';
import { routes } from '../../src/app/routes.tsx';
import { StoresProvider } from '../../src/state/store-context.tsx';
import { freshStores } from '../stores.ts';

// Under Vitest, react-router/dom loads as a second copy of the router with its own contexts; its RouterProvider
// only adds flushSync to the plain one, which draws the same markup.
vi.mock('react-router/dom', async () => ({ RouterProvider: (await import('react-router')).RouterProvider }));

describe('prerendered home screen', () => {
  it('has no Suspense boundary left for the client to render', async () => {
    const markup = await renderShell();
    expect(markup).toContain('Start a new self-assessment');
    expect(markup).toContain('Loading your assessments…');
    expect(() => assertFullyRendered(markup)).not.toThrow();
  });

  it.each([
    ['client-rendered boundary', '<p>a</p><!--$!--><template data-msg="x"></template><!--/$-->'],
    ['pending boundary', '<p>a</p><!--$?--><template id="B:0"></template><p>Loading</p><!--/$-->'],
  ])('the build refuses a %s', (_name, markup) => {
    expect(() => assertFullyRendered(markup)).toThrow(/unfinished Suspense boundary/);
  });

  it('hydrates with no recoverable error, then shows the stored list', async () => {
    const container = document.createElement('div');
    container.innerHTML = await renderShell();
    document.body.append(container);
    const recoverable: unknown[] = [];
    const router = createMemoryRouter(routes, { initialEntries: ['/'] });
    const root = await act(() =>
      hydrateRoot(
        container,
        <StrictMode>
          <StoresProvider scope={freshStores()}>
            <RouterProvider router={router} />
          </StoresProvider>
        </StrictMode>,
        { onRecoverableError: (error) => recoverable.push(error) },
      ),
    );
    try {
      expect(await screen.findByText(/No assessments yet/)).toBeInTheDocument();
      expect(recoverable).toEqual([]);
    } finally {
      act(() => root.unmount());
      router.dispose();
      container.remove();
    }
  });
});
