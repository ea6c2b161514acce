import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { noteLaunchAt } from '../features/home/launch-redirect.ts';
import { saveBeforeLeaving } from '../state/assessment-store.ts';
import { router } from './router.tsx';
import './styles.css';

// Writes are already under way as the user types; this starts any queued one before the page goes.
addEventListener('pagehide', saveBeforeLeaving);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') saveBeforeLeaving();
});

noteLaunchAt(location.pathname);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
