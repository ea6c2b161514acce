import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { loadAssessment } from '../../src/storage/assessment-repository.ts';
import { renderApp, storedAssessment } from './render-app.tsx';

/**
 * Against the default target (Proficient, 3):
 * Strategic Planning 1.5 (gap 1.5, both short), Business Management 2.0 (gap 1.0, one of two short),
 * Leadership and Vision 4.0 (above target).
 */
const answers: Assessment['answers'] = {
  '2A': { current: 'emerging' },
  '2B': { current: 'developing' },
  '9A': { current: 'emerging' },
  '9B': { current: 'proficient' },
  '1A': { current: 'leading' },
};

async function stored(id: string) {
  const read = await loadAssessment(id);
  if (!read?.ok) throw new Error('assessment not readable');
  return read.assessment;
}

function rankedGaps() {
  const list = screen.getByRole('heading', { name: 'Priorities: skill areas with indicators below target' }).nextElementSibling as HTMLElement;
  return within(list)
    .getAllByRole('listitem', { name: /^#\d/ })
    .map((item) => ({
      title: within(item).getByRole('heading').textContent,
      reason: item.querySelector('.gap__reason')?.textContent,
    }));
}

function suggestion(title: string): HTMLElement {
  return screen.getByRole('listitem', { name: title });
}

describe('results screen', () => {
  it('ranks the gaps with their reasons, names the strengths, and suggests activities for the gaps', async () => {
    const { id } = await storedAssessment({ answers });
    renderApp(`/assessments/${id}/results`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Results' })).toBeInTheDocument();
    expect(screen.getByText(/^5 of 92 indicators answered \(5%\)\. The top 2 priorities are Strategic Planning, Business Management\./)).toBeInTheDocument();
    expect(screen.getByText(/^An indicator counts as answered once it has a level or is marked not applicable/)).toBeInTheDocument();
    expect(rankedGaps()).toEqual([
      { title: '#1 Strategic Planning', reason: 'Average shortfall of 1.5 levels across 2 of 2 rated indicators.' },
      { title: '#2 Business Management', reason: 'Average shortfall of 1 level across 1 of 2 rated indicators.' },
    ]);
    expect(screen.getByText(/at or above target:/).closest('p')).toHaveTextContent('Strengths — at or above target: Leadership and Vision (4.0 against 3.0).');

    const readSp = await screen.findByRole('listitem', { name: 'Read on strategic planning in schools and public agencies' });
    expect(readSp).toHaveTextContent('Serves: #1 Strategic Planning.');
    expect(readSp).toHaveTextContent('Serves your #1 gap, Strategic Planning, and suits your current level there (Developing).');
    const shadowCfo = suggestion('Shadow the CFO and business office during budget season');
    expect(shadowCfo).toHaveTextContent('Serves: #1 Strategic Planning, #2 Business Management.');
    expect(shadowCfo).toHaveTextContent(
      'Serves your #1 gap, Strategic Planning (Developing) and your #2 gap, Business Management (Developing), and suits your current level in each.',
    );
    const suggestions = within(screen.getByRole('heading', { name: 'Suggested professional development' }).nextElementSibling as HTMLElement).getAllByRole(
      'listitem',
    );
    expect(suggestions.length).toBeGreaterThan(0);
    for (const item of suggestions) expect(item).toHaveTextContent(/Serves: #[12] (Strategic Planning|Business Management)/);
  });

  it('re-ranks when an importance changes, and stores the importance', async () => {
    const user = userEvent.setup();
    const { id } = await storedAssessment({ answers });
    renderApp(`/assessments/${id}/results`);

    const importance = await screen.findByLabelText('Importance of Business Management');
    expect(importance).toHaveValue('normal');
    await user.selectOptions(importance, 'high');

    expect(rankedGaps()).toEqual([
      {
        title: '#1 Business Management',
        reason: 'Average shortfall of 1 level across 1 of 2 rated indicators, counted double because it is marked high importance.',
      },
      { title: '#2 Strategic Planning', reason: 'Average shortfall of 1.5 levels across 2 of 2 rated indicators.' },
    ]);
    expect(screen.getByLabelText('Importance of Business Management')).toHaveValue('high');
    expect((await stored(id)).areaImportance).toEqual({ '9': 'high' });

    await user.selectOptions(screen.getByLabelText('Importance of Business Management'), 'normal');
    expect(rankedGaps().map((gap) => gap.title)).toEqual(['#1 Strategic Planning', '#2 Business Management']);
    expect((await stored(id)).areaImportance).toEqual({});
  });

  it('adds a suggested activity to the plan once', async () => {
    const user = userEvent.setup();
    const { id } = await storedAssessment({ answers });
    renderApp(`/assessments/${id}/results`);

    const title = 'Shadow the CFO and business office during budget season';
    await user.click(await screen.findByRole('button', { name: `Add to plan: ${title}` }));

    const planned = screen.getByRole('button', { name: `In your plan: ${title}` });
    // Still focusable (so keyboard focus is not lost), but pressing it again adds nothing.
    expect(planned).toHaveAttribute('aria-disabled', 'true');
    expect(planned).toHaveFocus();
    expect(planned).toHaveTextContent('In your plan');
    expect(screen.queryByRole('button', { name: `Add to plan: ${title}` })).not.toBeInTheDocument();
    await user.click(planned);

    const { pdPlan } = await stored(id);
    expect(pdPlan).toHaveLength(1);
    expect(pdPlan[0]).toMatchObject({
      title,
      activityId: 'pd-shadow-business-office',
      skillAreaIds: ['2', '9'],
      goal: 'Close the gap in Strategic Planning and Business Management.',
      status: 'planned',
    });
  });

  it('describes the charts in words and as tables', async () => {
    const { id } = await storedAssessment({ answers });
    renderApp(`/assessments/${id}/results`);

    const levels = await screen.findByRole('figure', { name: 'Current and target level by skill area' });
    expect(levels).toHaveAccessibleDescription(
      '3 of 15 skill areas rated (only rated areas are drawn). Solid shape: current level; dashed outline: target. The largest gap is in Strategic Planning.',
    );
    const levelRow = within(levels).getByRole('row', { name: /^Strategic Planning/ });
    expect(within(levelRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1.5', '3.0', '1.5']);
    const unratedRow = within(levels).getByRole('row', { name: /^Data Management/ });
    expect(within(unratedRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['—', '—', '—']);

    const gaps = screen.getByRole('figure', { name: 'Priority score by skill area, highest first' });
    expect(gaps).toHaveAccessibleDescription(
      'The priority score is the average shortfall per rated indicator times importance (low ×0.5, normal ×1, high ×2); it ranks the 2 areas with an indicator below target. #1 Strategic Planning: 1.5; #2 Business Management: 1.0.',
    );
    const table = within(gaps).getByRole('table', { name: 'Priority score by skill area, in rank order' });
    expect(table.closest('details')).toHaveTextContent('Show the figures as a table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.children, (cell) => cell.textContent))).toEqual([
      ['Strategic Planning', '1', '1.5', 'Normal', '1.5'],
      ['Business Management', '2', '1.0', 'Normal', '1.0'],
    ]);

    const groupings = screen.getByRole('figure', { name: 'Summary by grouping' });
    expect(groupings).toHaveAccessibleDescription(/^Leadership and Vision: current 2\.3, target 3\.0; Understanding the Educational Environment: not rated;/);
  });

  it('says nothing is rated yet when nothing is', async () => {
    const { id } = await storedAssessment();
    renderApp(`/assessments/${id}/results`);
    expect(await screen.findByText(/^Nothing is rated yet\. Rate some indicators/)).toBeInTheDocument();
    expect(screen.getByText('No gaps to rank: nothing rated is below its target.')).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: 'Current and target level by skill area' })).toHaveAccessibleDescription('Nothing is rated yet.');
    expect(
      await screen.findByText('Once some rated indicators fall below their targets, activities that fit those gaps appear here.'),
    ).toBeInTheDocument();
  });
});
