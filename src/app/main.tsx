import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { noteLaunchAt } from '../features/home/launch-redirect.ts';
import { router } from './router.tsx';
import './styles.css';

noteLaunchAt(location.pathname);

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  // The built index.html holds the home screen, prerendered: adopt it there, draw afresh anywhere else.
  if (location.pathname === '/' && root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

if (import.meta.env.PROD) {
  const watch = async () => (await import('../state/app-update-store.ts')).watchForUpdates();
  window.addEventListener('load', () => void watch(), { once: true });
}
