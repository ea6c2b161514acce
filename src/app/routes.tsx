import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { HomeScreen } from '../features/home/home-screen.tsx';
import { AppLayout } from './app-layout.tsx';
import { RouteError } from './route-error.tsx';
import { ScreenLoading } from './screen-loading.tsx';

/** A screen whose code loads when first visited; a page opened straight on it shows the frame and "Loading…" meanwhile. */
function lazyScreen(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy' | 'HydrateFallback'> {
  return { HydrateFallback: ScreenLoading, lazy: async () => ({ Component: await load() }) };
}

/** Only the home screen is in the first download; the rest load when first visited. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home.pattern, element: <HomeScreen /> },
      { path: paths.about.pattern, ...lazyScreen(async () => (await import('../features/about/about-screen.tsx')).AboutScreen) },
      {
        path: paths.assessment.pattern,
        ...lazyScreen(async () => (await import('../features/assessment/assessment-layout.tsx')).AssessmentLayout),
        children: [
          {
            index: true,
            ...lazyScreen(async () => (await import('../features/assessment/resume-redirect.tsx')).ResumeRedirect),
          },
          {
            path: paths.skillArea.pattern,
            ...lazyScreen(async () => (await import('../features/assessment/skill-area-screen.tsx')).SkillAreaScreen),
          },
          {
            path: paths.summary.pattern,
            ...lazyScreen(async () => (await import('../features/summary/summary-screen.tsx')).SummaryScreen),
          },
          {
            path: paths.results.pattern,
            ...lazyScreen(async () => (await import('../features/results/results-screen.tsx')).ResultsScreen),
          },
          {
            path: paths.report.pattern,
            ...lazyScreen(async () => (await import('../features/report/report-screen.tsx')).ReportScreen),
          },
          {
            path: paths.pdPlan.pattern,
            ...lazyScreen(async () => (await import('../features/pd-plan/pd-plan-screen.tsx')).PdPlanScreen),
          },
        ],
      },
      {
        path: paths.importFile.pattern,
        ...lazyScreen(async () => (await import('../features/exchange/import-screen.tsx')).ImportScreen),
      },
      { path: paths.data.pattern, ...lazyScreen(async () => (await import('../features/data/data-screen.tsx')).DataScreen) },
      {
        path: paths.panel.pattern,
        ...lazyScreen(async () => (await import('../features/panel/panel-home-screen.tsx')).PanelHomeScreen),
      },
      {
        path: paths.round.pattern,
        ...lazyScreen(async () => (await import('../features/panel/round-screen.tsx')).RoundScreen),
      },
      {
        path: paths.interview.pattern,
        ...lazyScreen(async () => (await import('../features/panel/interview-screen.tsx')).InterviewScreen),
      },
      {
        path: paths.chair.pattern,
        ...lazyScreen(async () => (await import('../features/panel/chair-screen.tsx')).ChairScreen),
      },
      {
        path: paths.compare.pattern,
        ...lazyScreen(async () => (await import('../features/growth/comparison-screen.tsx')).ComparisonScreen),
      },
      { path: '*', ...lazyScreen(async () => (await import('./not-found-screen.tsx')).NotFoundScreen) },
    ],
  },
];
