import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/routes.tsx';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { StoresProvider } from '../../src/state/store-context.tsx';
import { insertAssessment } from '../../src/storage/assessment-repository.ts';
import { freshAssessment } from '../builders/assessment.ts';
import { freshStores } from '../stores.ts';

/** Renders the whole app at a URL, with the real routes, fresh stores and (fake) IndexedDB. */
export function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const stores = freshStores();
  return {
    router,
    stores,
    ...render(
      <StoresProvider scope={stores}>
        <RouterProvider router={router} />
      </StoresProvider>,
    ),
  };
}

export async function storedAssessment(change: Partial<Assessment> = {}): Promise<Assessment> {
  const assessment = {
    ...freshAssessment({
      id: `a-${Math.random().toString(36).slice(2)}`,
      title: 'Stored assessment',
      respondent: { name: 'Dana Ruiz', role: 'CTO', district: 'Lakeside USD' },
      now: '2026-10-01T12:00:00.000Z',
    }),
    ...change,
  };
  await insertAssessment(assessment);
  return assessment;
}

/** The home screen resumes the last assessment on a session's first visit; most tests want the list. */
export function markSessionStarted(): void {
  sessionStorage.setItem('edtech-leader:launched', '1');
}
