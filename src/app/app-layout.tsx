import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../config/paths.ts';
import { onDeletedElsewhere } from '../storage/db.ts';
import { UpdateNotice } from './update-notice.tsx';

export function AppLayout() {
  // index.html hides the prerendered home content on other paths until the app has drawn its own.
  useEffect(() => document.documentElement.removeAttribute('data-deep-link'), []);
  // All data was deleted in another tab: start afresh rather than show (or save) what is gone.
  useEffect(() => onDeletedElsewhere(() => window.location.reload()), []);

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
      <UpdateNotice />
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
