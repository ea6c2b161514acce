import { lazy } from 'react';
import { LazyAfterHydration } from '../../components/ui/after-hydration.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { LIST_HEADING_ID } from './home-ids.ts';
import { NewAssessmentForm } from './new-assessment-form.tsx';
import './home.css';

// Storage, validation and the list load after first paint, so the first download stays small and this shell
// can be prerendered: it reads nothing from the browser, so its first client render matches the server's, and
// the lazy parts start loading only once that render has hydrated.
const loadContent = () => import('./home-content.tsx');
const HomeNotices = lazy(async () => ({ default: (await loadContent()).HomeNotices }));
const HomeList = lazy(async () => ({ default: (await loadContent()).HomeList }));

export function HomeScreen() {
  return (
    <section className="page">
      <PageHeading title="My assessments" />
      <p className="lead">
        Rate yourself against the CoSN Framework of Essential Skills of the K-12 CTO, one skill area at a time. Everything you
        enter is saved on this device as you go, and nothing is sent anywhere.
      </p>
      <LazyAfterHydration fallback={null}>
        <HomeNotices />
      </LazyAfterHydration>
      <NewAssessmentForm />
      <h2 id={LIST_HEADING_ID} tabIndex={-1}>
        Your assessments
      </h2>
      <LazyAfterHydration fallback={<p>Loading your assessments…</p>}>
        <HomeList />
      </LazyAfterHydration>
    </section>
  );
}
