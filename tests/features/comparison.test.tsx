import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PdAction } from '../../src/domain/assessment/assessment.ts';
import { renderApp, storedAssessment } from './render-app.tsx';

function action(change: Partial<PdAction> & Pick<PdAction, 'id' | 'title'>): PdAction {
  return { goal: '', skillAreaIds: ['9'], status: 'planned', evidence: '', createdAt: '2026-01-11T09:00:00.000Z', ...change };
}

/** Fall: Leadership 2.0, Strategic Planning 1.0. Spring (started from Fall): Leadership 3.0, Strategic Planning 1.0, Business Management 3.0. */
async function fallAndSpring() {
  const fall = await storedAssessment({
    title: 'Fall 2026',
    createdAt: '2026-01-10T12:00:00.000Z',
    updatedAt: '2026-03-01T12:00:00.000Z',
    answers: { '1A': { current: 'developing' }, '1B': { current: 'developing' }, '2A': { current: 'emerging' } },
    pdPlan: [
      action({
        id: 'done-between',
        title: 'Shadow our CFO during budget season',
        status: 'done',
        completedAt: '2026-03-01T15:00:00.000Z',
        evidence: 'Sat in on 3 budget meetings',
      }),
      action({ id: 'still-planned', title: 'Read on strategic planning' }),
    ],
  });
  // Same person, started between the two: the fallback baseline if the link were ignored.
  await storedAssessment({ title: 'Unrelated check-in', createdAt: '2026-04-01T12:00:00.000Z', updatedAt: '2026-04-01T12:00:00.000Z' });
  const spring = await storedAssessment({
    title: 'Spring 2027',
    createdAt: '2026-06-01T12:00:00.000Z',
    updatedAt: '2026-06-01T12:00:00.000Z',
    previousAssessmentId: fall.id,
    answers: { '1A': { current: 'proficient' }, '1B': { current: 'proficient' }, '2A': { current: 'emerging' }, '9A': { current: 'proficient' } },
  });
  return { fall, spring };
}

function changeRow(table: HTMLElement, area: string): (string | null)[] {
  const row = within(table).getByRole('row', { name: new RegExp(`^${area}`) });
  return Array.from(row.children, (cell) => cell.textContent);
}

describe('comparison screen', () => {
  it('compares a later assessment with the one it was started from, and lists the development done in between', async () => {
    const { fall, spring } = await fallAndSpring();
    renderApp(`/compare?to=${spring.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Compare two assessments' })).toBeInTheDocument();
    const earlierSelect = await screen.findByLabelText('Earlier assessment');
    expect(earlierSelect).toHaveValue(fall.id);
    expect(earlierSelect).toHaveDisplayValue('Fall 2026 — Dana Ruiz (started 2026-01-10)');
    expect(screen.getByLabelText('Later assessment')).toHaveDisplayValue('Spring 2027 — Dana Ruiz (started 2026-06-01)');

    const table = screen.getByRole('table', { name: 'Average current level in “Fall 2026” (started 2026-01-10) and “Spring 2027” (started 2026-06-01)' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Skill area', 'Before', 'After', 'Change']);
    expect(changeRow(table, 'Leadership and Vision')).toEqual(['Leadership and Vision', '2.0', '3.0', '+1.0 up']);
    expect(changeRow(table, 'Strategic Planning')).toEqual(['Strategic Planning', '1.0', '1.0', 'no change']);
    expect(changeRow(table, 'Business Management')).toEqual(['Business Management', '—', '3.0', '—']);
    expect(changeRow(table, 'Data Management')).toEqual(['Data Management', '—', '—', '—']);
    expect(changeRow(table, 'All rated indicators')).toEqual(['All rated indicators', '1.7', '2.5', '+0.8 up']);

    const chart = await screen.findByRole('figure', { name: 'Before and after, by skill area' });
    expect(chart).toHaveAccessibleDescription('Up: Leadership and Vision. Pale dashed bars: the earlier assessment; solid bars: the later one.');

    const completed = screen.getByRole('heading', { name: 'Development completed in between' }).nextElementSibling as HTMLElement;
    const items = within(completed).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/^Shadow our CFO during budget season — done .+ · Evidence: Sat in on 3 budget meetings$/);
    expect(screen.queryByText(/Read on strategic planning/)).not.toBeInTheDocument();
  });

  it('says two assessments are needed when there is only one', async () => {
    const only = await storedAssessment();
    renderApp(`/compare?to=${only.id}`);
    const message = await screen.findByText(/You need two assessments to compare\./);
    expect(within(message).getByRole('link', { name: 'My assessments' })).toHaveAttribute('href', '/');
    expect(screen.queryByLabelText('Earlier assessment')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks for two different assessments when the same one is chosen twice', async () => {
    const user = userEvent.setup();
    const { spring } = await fallAndSpring();
    const { router } = renderApp(`/compare?to=${spring.id}`);
    await screen.findByRole('table', { name: /^Average current level in “Fall 2026”/ });

    await user.selectOptions(screen.getByLabelText('Earlier assessment'), spring.id);

    expect(screen.getByText('Choose two different assessments.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Development completed in between' })).not.toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe(spring.id);
  });
});
