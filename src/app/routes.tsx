import type { RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { HomeScreen } from '../features/home/home-screen.tsx';
import { AppLayout } from './app-layout.tsx';
import { RouteError } from './route-error.tsx';

/** Only the home screen is in the first download; the rest load when first visited. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home.pattern, element: <HomeScreen /> },
      { path: paths.about.pattern, lazy: async () => ({ Component: (await import('../features/about/about-screen.tsx')).AboutScreen }) },
      {
        path: paths.assessment.pattern,
        lazy: async () => ({ Component: (await import('../features/assessment/assessment-layout.tsx')).AssessmentLayout }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/assessment/resume-redirect.tsx')).ResumeRedirect }),
          },
          {
            path: paths.skillArea.pattern,
            lazy: async () => ({ Component: (await import('../features/assessment/skill-area-screen.tsx')).SkillAreaScreen }),
          },
          {
            path: paths.summary.pattern,
            lazy: async () => ({ Component: (await import('../features/summary/summary-screen.tsx')).SummaryScreen }),
          },
          {
            path: paths.results.pattern,
            lazy: async () => ({ Component: (await import('../features/results/results-screen.tsx')).ResultsScreen }),
          },
          {
            path: paths.report.pattern,
            lazy: async () => ({ Component: (await import('../features/report/report-screen.tsx')).ReportScreen }),
          },
          {
            path: paths.pdPlan.pattern,
            lazy: async () => ({ Component: (await import('../features/pd-plan/pd-plan-screen.tsx')).PdPlanScreen }),
          },
        ],
      },
      {
        path: paths.importFile.pattern,
        lazy: async () => ({ Component: (await import('../features/exchange/import-screen.tsx')).ImportScreen }),
      },
      { path: paths.data.pattern, lazy: async () => ({ Component: (await import('../features/data/data-screen.tsx')).DataScreen }) },
      {
        path: paths.panel.pattern,
        lazy: async () => ({ Component: (await import('../features/panel/panel-home-screen.tsx')).PanelHomeScreen }),
      },
      {
        path: paths.round.pattern,
        lazy: async () => ({ Component: (await import('../features/panel/round-screen.tsx')).RoundScreen }),
      },
      {
        path: paths.interview.pattern,
        lazy: async () => ({ Component: (await import('../features/panel/interview-screen.tsx')).InterviewScreen }),
      },
      {
        path: paths.chair.pattern,
        lazy: async () => ({ Component: (await import('../features/panel/chair-screen.tsx')).ChairScreen }),
      },
      {
        path: paths.compare.pattern,
        lazy: async () => ({ Component: (await import('../features/growth/comparison-screen.tsx')).ComparisonScreen }),
      },
      { path: '*', lazy: async () => ({ Component: (await import('./not-found-screen.tsx')).NotFoundScreen }) },
    ],
  },
];
