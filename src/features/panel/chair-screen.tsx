import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../config/paths.ts';
import { ChairResultsScreen } from './chair-results-screen.tsx';
import { PacketScreen } from './packet-screen.tsx';

/**
 * The chair's pages of a round: the panel's results and the decision packet. One route loads both, so the
 * first download carries one route for them instead of two (it has no bytes to spare).
 */
export function ChairScreen() {
  const { roundId = '', page } = useParams();
  if (page === 'results') return <ChairResultsScreen />;
  if (page === 'packet') return <PacketScreen />;
  return (
    <section className="page">
      <PageHeading title="Page not found" />
      <p>A hiring round has no such page.</p>
      <p>
        <Link to={paths.round.href(roundId)}>Go to the hiring round</Link>
      </p>
    </section>
  );
}
