import { Link, useRouteError } from 'react-router';
import { paths } from '../config/paths.ts';

/** Last line of defence: something failed to render; say so plainly and offer a way on. */
export function RouteError() {
  const error = useRouteError();
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
