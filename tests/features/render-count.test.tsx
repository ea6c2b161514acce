import type { ProfilerOnRenderCallback } from 'react';
import { Profiler } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { placeSkillArea } from '../../src/domain/framework/framework.ts';
import { AssessmentHeader } from '../../src/features/assessment/assessment-header.tsx';
import { FrameworkNav } from '../../src/features/assessment/framework-nav.tsx';
import { IndicatorItem } from '../../src/features/assessment/indicator-item.tsx';
import { SaveProblem } from '../../src/features/assessment/save-problem.tsx';
import { createAssessmentStore } from '../../src/state/assessment-store.ts';
import { StoresProvider } from '../../src/state/store-context.tsx';
import { loadAssessment } from '../../src/storage/assessment-repository.ts';
import { freshStores } from '../stores.ts';
import { storedAssessment } from './render-app.tsx';

describe('what a keystroke redraws', () => {
  it('typing in one indicator’s note redraws that card only: not the header, the nav, the save notice or the other cards', async () => {
    const assessment = await storedAssessment({ answers: { '2B': { current: 'developing', note: 'Earlier note.' } } });
    const stores = freshStores();
    const open = stores.get(createAssessmentStore);
    await open.openAssessment(assessment.id);
    const state = open.store.getState();
    if (state.status !== 'ready') throw new Error(`not open: ${state.status}`);
    const area = placeSkillArea(state.framework, '2')?.skillArea;
    if (!area) throw new Error('no skill area 2');

    const renders = new Map<string, number>();
    const count: ProfilerOnRenderCallback = (id) => renders.set(id, (renders.get(id) ?? 0) + 1);
    render(
      <StoresProvider scope={stores}>
        <MemoryRouter>
          <Profiler id="header" onRender={count}>
            <AssessmentHeader />
          </Profiler>
          <Profiler id="nav" onRender={count}>
            <FrameworkNav />
          </Profiler>
          <Profiler id="save-problem" onRender={count}>
            <SaveProblem />
          </Profiler>
          <ol>
            {area.indicators.map((indicator) => (
              <Profiler key={indicator.id} id={indicator.id} onRender={count}>
                <IndicatorItem framework={state.framework} skillArea={area} indicator={indicator} areaTargetId="proficient" />
              </Profiler>
            ))}
          </ol>
        </MemoryRouter>
      </StoresProvider>,
    );
    expect(screen.getByText(assessment.title)).toBeInTheDocument();
    expect(screen.getByLabelText('Evidence notes for 2B')).toHaveValue('Earlier note.');
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: 'Add evidence' })[0]!);
    renders.clear();

    await user.type(screen.getByLabelText('Evidence notes for 2A'), 'Board minutes');

    expect(screen.getByLabelText('Evidence notes for 2A')).toHaveValue('Board minutes');
    expect(renders.get('2A')).toBeGreaterThanOrEqual('Board minutes'.length);
    expect(Object.fromEntries([...renders].filter(([id]) => id !== '2A'))).toEqual({});
    const read = await loadAssessment(assessment.id);
    expect(read?.ok && read.assessment.answers['2A']).toEqual({ note: 'Board minutes' });
  });
});
