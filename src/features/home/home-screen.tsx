import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/ui/page-heading.tsx';

// Storage, validation and the list load after first paint, so the first download stays small and this shell
// can be prerendered: it reads nothing from the browser, so its first client render matches the server's.
const HomeContent = lazy(async () => ({ default: (await import('./home-content.tsx')).HomeContent }));

export function HomeScreen() {
  return (
    <section className="page">
      <PageHeading title="My assessments" />
      <p className="lead">
        Rate yourself against the CoSN Framework of Essential Skills of the K-12 CTO, one skill area at a time. Everything you
        enter is saved on this device as you go, and nothing is sent anywhere.
      </p>
      <Suspense fallback={<p>Loading your assessments…</p>}>
        <HomeContent />
      </Suspense>
    </section>
  );
}
