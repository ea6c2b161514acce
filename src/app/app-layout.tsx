import { lazy, useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LazyAfterHydration } from '../components/ui/after-hydration.tsx';
import { paths } from '../config/paths.ts';

// The update notice (and its store) is not part of the first download: no update is found before the page has loaded.
const UpdateNotice = lazy(async () => ({ default: (await import('./update-notice.tsx')).UpdateNotice }));

export function AppLayout() {
  // index.html hides the prerendered home content on other paths until the app has drawn its own.
  useEffect(() => document.documentElement.removeAttribute('data-deep-link'), []);
  // All data was deleted in another tab: start afresh at home rather than show (or save) what is gone, or reload
  // onto "not found". Storage is not part of the first screen's download; until a screen loads it, this tab has no
  // open database to lose.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let isMounted = true;
    void import('../storage/db.ts').then(({ onDeletedElsewhere }) => {
      if (isMounted) stop = onDeletedElsewhere(() => window.location.replace(paths.home.href()));
    });
    return () => {
      isMounted = false;
      stop?.();
    };
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to={paths.home.href()} className="app-name">
            EdTech Leader Self-Assessment
          </NavLink>
          <nav aria-label="Main">
            <ul className="app-nav">
              <li>
                <NavLink to={paths.home.href()} end>
                  My assessments
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.compare.href()}>Compare</NavLink>
              </li>
              <li>
                <NavLink to={paths.panel.href()}>Hiring panels</NavLink>
              </li>
              <li>
                <NavLink to={paths.importFile.href()}>Import</NavLink>
              </li>
              <li>
                <NavLink to={paths.data.href()}>Your data</NavLink>
              </li>
              <li>
                <NavLink to={paths.about.href()}>About</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <LazyAfterHydration fallback={<div className="update-notice" role="status" />}>
        <UpdateNotice />
      </LazyAfterHydration>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>
          Your answers stay on this device. Built on the Consortium for School Networking (CoSN) Framework of Essential Skills of the
          K-12 CTO; not made or endorsed by CoSN. <NavLink to={paths.about.href()}>About this app</NavLink>
        </p>
      </footer>
    </>
  );
}
