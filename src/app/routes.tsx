import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { HomeScreen } from '../features/home/home-screen.tsx';
import { AppLayout } from './app-layout.tsx';
import { RouteError } from './route-error.tsx';
import { ScreenLoading } from './screen-loading.tsx';

/**
 * A screen whose code loads when first visited; a page opened straight on it shows the frame and "Loading…"
 * meanwhile. The screen is named rather than picked out in each route's loader: every route then costs the first
 * screen's download fewer bytes (about 8 bytes gzip each), which keeps the route table within its budget. A
 * fetch that fails once (a request dropped while the service worker takes over, a blink of the network) is
 * tried again before the screen asks for a reload.
 */
function lazyScreen<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name): Pick<RouteObject, 'lazy' | 'HydrateFallback'> {
  return { HydrateFallback: ScreenLoading, lazy: async () => ({ Component: (await load().catch(load))[name] }) };
}

/** Only the home screen is in the first download; the rest load when first visited. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home.pattern, element: <HomeScreen /> },
      { path: paths.about.pattern, ...lazyScreen(() => import('../features/about/about-screen.tsx'), 'AboutScreen') },
      {
        path: paths.assessment.pattern,
        ...lazyScreen(() => import('../features/assessment/assessment-layout.tsx'), 'AssessmentLayout'),
        children: [
          {
            index: true,
            ...lazyScreen(() => import('../features/assessment/resume-redirect.tsx'), 'ResumeRedirect'),
          },
          {
            path: paths.skillArea.pattern,
            ...lazyScreen(() => import('../features/assessment/skill-area-screen.tsx'), 'SkillAreaScreen'),
          },
          {
            path: paths.summary.pattern,
            ...lazyScreen(() => import('../features/summary/summary-screen.tsx'), 'SummaryScreen'),
          },
          {
            path: paths.results.pattern,
            ...lazyScreen(() => import('../features/results/results-screen.tsx'), 'ResultsScreen'),
          },
          {
            path: paths.report.pattern,
            ...lazyScreen(() => import('../features/report/report-screen.tsx'), 'ReportScreen'),
          },
          {
            path: paths.pdPlan.pattern,
            ...lazyScreen(() => import('../features/pd-plan/pd-plan-screen.tsx'), 'PdPlanScreen'),
          },
          {
            path: paths.feedback.pattern,
            ...lazyScreen(() => import('../features/feedback/feedback-screen.tsx'), 'FeedbackScreen'),
          },
        ],
      },
      {
        path: paths.importFile.pattern,
        ...lazyScreen(() => import('../features/exchange/import-screen.tsx'), 'ImportScreen'),
      },
      {
        path: paths.giveFeedback.pattern,
        ...lazyScreen(() => import('../features/feedback/give-feedback-screen.tsx'), 'GiveFeedbackScreen'),
      },
      { path: paths.cetl.pattern, ...lazyScreen(() => import('../features/cetl/cetl-screen.tsx'), 'CetlScreen') },
      { path: paths.data.pattern, ...lazyScreen(() => import('../features/data/data-screen.tsx'), 'DataScreen') },
      {
        path: paths.panel.pattern,
        ...lazyScreen(() => import('../features/panel/panel-home-screen.tsx'), 'PanelHomeScreen'),
      },
      {
        path: paths.round.pattern,
        ...lazyScreen(() => import('../features/panel/round-screen.tsx'), 'RoundScreen'),
      },
      {
        path: paths.interview.pattern,
        ...lazyScreen(() => import('../features/panel/interview-screen.tsx'), 'InterviewScreen'),
      },
      {
        path: paths.chair.pattern,
        ...lazyScreen(() => import('../features/panel/chair-screen.tsx'), 'ChairScreen'),
      },
      {
        path: paths.compare.pattern,
        ...lazyScreen(() => import('../features/growth/comparison-screen.tsx'), 'ComparisonScreen'),
      },
      { path: '*', ...lazyScreen(() => import('./not-found-screen.tsx'), 'NotFoundScreen') },
    ],
  },
];
