import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PdAction } from '../../src/domain/assessment/assessment.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { loadAssessment } from '../../src/storage/assessment-repository.ts';
import { renderApp, storedAssessment } from './render-app.tsx';

async function stored(id: string) {
  const read = await loadAssessment(id);
  if (!read?.ok) throw new Error('assessment not readable');
  return read.assessment;
}

const planned: PdAction = {
  id: 'action-1',
  title: 'Shadow our CFO during budget season',
  goal: 'Understand the budget cycle.',
  skillAreaIds: ['9'],
  status: 'planned',
  evidence: '',
  createdAt: '2026-10-02T09:00:00.000Z',
};

async function planWith(action: PdAction) {
  const assessment = await storedAssessment({ pdPlan: [action] });
  renderApp(`/assessments/${assessment.id}/plan`);
  const card = await screen.findByRole('listitem', { name: action.title });
  return { id: assessment.id, card };
}

describe('professional development plan screen', () => {
  it('adds your own action with its skill area, due date and goal, and stores it', async () => {
    const user = userEvent.setup();
    const { id } = await storedAssessment();
    renderApp(`/assessments/${id}/plan`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Professional development plan' })).toBeInTheDocument();
    expect(screen.getByText(/^Your plan is empty\./)).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Add your own action' });
    await user.type(within(form).getByLabelText('Action (required)'), '  Join the state CTO council  ');
    await user.selectOptions(within(form).getByLabelText('Skill area'), 'Business Management');
    await user.type(within(form).getByLabelText('Due date'), '2027-03-15');
    await user.type(within(form).getByLabelText('Goal'), 'Learn how peers fund devices.');
    await user.click(within(form).getByRole('button', { name: 'Add to plan' }));

    const card = await screen.findByRole('listitem', { name: 'Join the state CTO council' });
    expect(within(card).getByText('For: Business Management')).toBeInTheDocument();
    expect(within(card).getByLabelText('Due date')).toHaveValue('2027-03-15');
    expect(within(card).getByLabelText('Goal')).toHaveValue('Learn how peers fund devices.');
    expect(within(card).getByLabelText('Status')).toHaveValue('planned');
    expect(within(form).getByLabelText('Action (required)')).toHaveValue('');

    const { pdPlan } = await stored(id);
    expect(pdPlan).toEqual([
      {
        id: expect.any(String) as string,
        title: 'Join the state CTO council',
        goal: 'Learn how peers fund devices.',
        skillAreaIds: ['9'],
        dueDate: '2027-03-15',
        status: 'planned',
        evidence: '',
        createdAt: expect.any(String) as string,
      },
    ]);
  });

  it('refuses an action without a title and stores nothing', async () => {
    const user = userEvent.setup();
    const { id, revision } = await storedAssessment();
    renderApp(`/assessments/${id}/plan`);
    const title = await screen.findByLabelText('Action (required)');
    await user.type(title, '   ');
    await user.click(screen.getByRole('button', { name: 'Add to plan' }));

    expect(screen.getByText(/Give the action a short title/)).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Give the action a short title/);
    expect(title).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Your actions' })).not.toBeInTheDocument();
    const saved = await stored(id);
    expect(saved.pdPlan).toEqual([]);
    expect(saved.revision).toBe(revision);
  });

  it('stamps completedAt when an action is done and clears it when it is planned again', async () => {
    const user = userEvent.setup();
    const { id, card } = await planWith(planned);
    expect(within(card).queryByText(/^Done on/)).not.toBeInTheDocument();

    await user.selectOptions(within(card).getByLabelText('Status'), 'Done');
    const done = (await stored(id)).pdPlan[0];
    expect(done?.status).toBe('done');
    expect(done?.completedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(within(card).getByText(`Done on ${formatDateTime(done?.completedAt ?? '')}`)).toBeInTheDocument();
    expect(screen.getByText(/0 planned, 0 in progress, 1 done\.$/)).toBeInTheDocument();

    await user.selectOptions(within(card).getByLabelText('Status'), 'Planned');
    const reopened = (await stored(id)).pdPlan[0];
    expect(reopened?.status).toBe('planned');
    expect(reopened).not.toHaveProperty('completedAt');
    expect(within(card).queryByText(/^Done on/)).not.toBeInTheDocument();
  });

  it('stores edits to the goal and the evidence', async () => {
    const user = userEvent.setup();
    const { id, card } = await planWith(planned);

    const goal = within(card).getByLabelText('Goal');
    await user.clear(goal);
    await user.type(goal, 'Read the budget.');
    await user.type(within(card).getByLabelText('Evidence of completion'), 'Sat in on 3 meetings.');

    expect(goal).toHaveValue('Read the budget.');
    expect((await stored(id)).pdPlan[0]).toMatchObject({ goal: 'Read the budget.', evidence: 'Sat in on 3 meetings.' });
  });

  it('removes an action only after confirming', async () => {
    const user = userEvent.setup();
    const { id, card } = await planWith(planned);

    await user.click(within(card).getByRole('button', { name: `Remove ${planned.title}` }));
    const dialog = screen.getByRole('dialog', { name: `Remove “${planned.title}” from your plan?` });
    expect(dialog).toHaveTextContent('Its goal and evidence notes are removed too.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove action' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: planned.title })).not.toBeInTheDocument();
    expect(screen.getByText(/^Your plan is empty\./)).toBeInTheDocument();
    expect((await stored(id)).pdPlan).toEqual([]);
  });

  it('keeps the action when the removal is cancelled', async () => {
    const user = userEvent.setup();
    const { id, card } = await planWith(planned);

    await user.click(within(card).getByRole('button', { name: `Remove ${planned.title}` }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: planned.title })).toBeInTheDocument();
    expect((await stored(id)).pdPlan).toEqual([planned]);
  });
});
