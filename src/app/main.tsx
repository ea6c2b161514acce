// Base styles first: each screen's own stylesheet (src/features/<feature>/*.css) comes after them.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { noteLaunchAt } from '../features/home/launch-redirect.ts';
import { StoresProvider } from '../state/store-context.tsx';
import { createStoreScope } from '../state/store-scope.ts';
import { router } from './router.tsx';

noteLaunchAt(location.pathname);

// The app's one set of stores: each is made when a screen first needs it, and lives as long as the page.
const stores = createStoreScope();

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <StoresProvider scope={stores}>
        <RouterProvider router={router} />
      </StoresProvider>
    </StrictMode>
  );
  // The built index.html holds the home screen, prerendered: adopt it there, draw afresh anywhere else.
  if (location.pathname === '/' && root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

if (import.meta.env.PROD) {
  // The update watcher and its store load after the first screen: they are not part of the first download.
  const watch = async () => stores.get((await import('../state/app-update-store.ts')).createAppUpdateStore).watchForUpdates();
  window.addEventListener('load', () => void watch(), { once: true });
}
