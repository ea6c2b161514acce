import { useEffect } from 'react';
import { Link, useRouteError } from 'react-router';
import { paths } from '../config/paths.ts';
import { canReloadForCode, reloadForCode } from './code-reload.ts';
import { ScreenLoading } from './screen-loading.tsx';

/** A screen's code failed to arrive: the tab is running a version a newer one replaced, or the network is gone. */
function isMissingCode(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message);
}

/** Last line of defence: something failed to render; say so plainly and offer a way on. */
export function RouteError() {
  const error = useRouteError();
  // Shown at the screen's own address by now, so a reload opens that screen.
  const isCodeMissing = isMissingCode(error);
  const willReload = isCodeMissing && canReloadForCode();
  useEffect(() => {
    if (willReload) reloadForCode();
  }, [willReload]);
  if (willReload) return <ScreenLoading />;
  if (isCodeMissing) {
    return (
      <main id="main" className="app-main">
        <h1>This screen needs a reload</h1>
        <p role="alert">
          Part of the app could not be loaded, most likely because a newer version was installed in another tab, or the network
          dropped before this screen was first opened. Your saved answers are not affected.
        </p>
        <p>
          <button type="button" className="button button--primary" onClick={() => location.reload()}>
            Reload
          </button>
        </p>
      </main>
    );
  }
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <main id="main" className="app-main">
      <h1>Something went wrong</h1>
      <p role="alert">This screen could not be shown. Your saved answers are not affected.</p>
      {detail && <p className="muted">Details: {detail}</p>}
      <p>
        <Link to={paths.home.href()} reloadDocument>
          Back to my assessments
        </Link>
      </p>
    </main>
  );
}
