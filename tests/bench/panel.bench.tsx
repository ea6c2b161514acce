import { cleanup, render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { bench, describe } from 'vitest';
import { routes } from '../../src/app/routes.tsx';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import type { Scorecard } from '../../src/domain/panel/panel.ts';
import { mergeScorecards } from '../../src/domain/panel/merge.ts';
import { panelResults } from '../../src/domain/panel/panel-results.ts';
import { createRound, emptyScorecard, scoreArea, submitScorecard } from '../../src/domain/panel/round.ts';
import { createPanelStore } from '../../src/state/panel-store.ts';
import { StoresProvider } from '../../src/state/store-context.tsx';
import { createStoreScope } from '../../src/state/store-scope.ts';
import { framework } from './fixtures.ts';

const NOW = '2026-11-23T12:00:00.000Z';
let counter = 0;
const round = createRound({
  id: 'bench-round',
  positionTitle: 'Chief Technology Officer',
  district: 'Bench USD',
  framework: { editionId: framework.id, dataVersion: framework.dataVersion },
  candidates: Array.from({ length: 30 }, (_, i) => `Candidate ${i + 1}`),
  panelists: Array.from({ length: 12 }, (_, i) => ({ name: `Panelist ${i + 1}`, role: 'Panel' })),
  skillAreaIds: skillAreasOf(framework).map((area) => area.id),
  now: NOW,
  newId: () => `id${(counter += 1)}`,
});
const levels = framework.rubric.levels.map((level) => level.id);

/** 12 panelists × 30 candidates × every skill area, each scored and submitted. */
const cards: Scorecard[] = round.panelists.map((panelist, p) => {
  let card = emptyScorecard(round, panelist.id, NOW);
  round.candidates.forEach((candidate, c) => {
    round.skillAreaIds.forEach((areaId, a) => {
      card = scoreArea(card, candidate.id, areaId, { level: levels[(p + c + a) % levels.length], note: 'Solid example.' }, NOW);
    });
  });
  return submitScorecard(card, NOW);
});

describe('panel: 12 panelists × 30 candidates × 15 skill areas', () => {
  bench('merge every scorecard into an empty round', () => {
    mergeScorecards(round, [], cards);
  });
  bench('panel results (means, medians, spreads, flags, weighted ranks)', () => {
    panelResults(framework, round, cards, { onlySubmitted: true });
  });
  bench(
    "render the chair's comparison (jsdom)",
    async () => {
      const stores = createStoreScope();
      stores.get(createPanelStore).store.setState({ status: 'ready', round, framework, scorecards: cards, problem: undefined });
      const router = createMemoryRouter(routes, { initialEntries: ['/panel/bench-round/results'] });
      const view = render(
        <StoresProvider scope={stores}>
          <RouterProvider router={router} />
        </StoresProvider>,
      );
      // Role queries over this many tables are slow in jsdom; count the rendered candidate sections instead.
      await waitFor(() => {
        if (view.container.querySelectorAll('.chair__candidate').length !== 30) throw new Error('not rendered yet');
      }, { timeout: 60_000 });
      cleanup();
      stores.dispose();
    },
    { iterations: 5 },
  );
});
