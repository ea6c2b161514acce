import { Link } from 'react-router';
import { PageHeading } from '../components/ui/page-heading.tsx';
import { paths } from '../config/paths.ts';

export function NotFoundScreen() {
  return (
    <section className="page">
      <PageHeading title="Page not found" />
      <p>There is no page at this address.</p>
      <p>
        <Link to={paths.home.href()}>Go to my assessments</Link>
      </p>
    </section>
  );
}
