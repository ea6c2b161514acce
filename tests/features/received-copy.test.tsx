import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Assessment, PdAction } from '../../src/domain/assessment/assessment.ts';
import { loadAssessment } from '../../src/storage/assessment-repository.ts';
import { renderApp, storedAssessment } from './render-app.tsx';

const AT = '2026-10-01T12:00:00.000Z';
const received = { at: '2026-10-02T09:00:00.000Z', fileName: 'fall.json' };
const answers: Assessment['answers'] = {
  '2A': { current: 'emerging', note: 'No written plan since 2019.' },
  '2B': { current: 'developing' },
  '9A': { current: 'emerging' },
};
const action: PdAction = { id: 'p1', title: 'Draft a technology plan', goal: 'A plan the board adopts.', skillAreaIds: ['2'], status: 'planned', evidence: '', createdAt: AT };
const base: Partial<Assessment> = { answers, areaImportance: { '2': 'high' }, pdPlan: [action] };

async function stored(id: string) {
  const read = await loadAssessment(id);
  if (!read?.ok) throw new Error('assessment not readable');
  return read.assessment;
}

describe('a received copy speaks to its reader about the author by name', () => {
  it('results: whose importance it is, whose gaps the suggestions serve, and a proposal that moves nothing', async () => {
    const { id } = await storedAssessment({ ...base, received });
    renderApp(`/assessments/${id}/results`);
    const first = await screen.findByRole('listitem', { name: /^#1 Strategic Planning/ });
    expect(first).toHaveTextContent('Dana Ruiz marked this high importance.');
    expect(await screen.findAllByText(/^Serves Dana Ruiz’s #1 gap/)).not.toHaveLength(0);
    // The app's own sentences about the answers, gaps and plan never say "you" to their reader (the catalogue's text addresses any reader).
    expect(screen.queryAllByText(/you marked|your (plan|professional|#\d|gaps?|top gaps|current level|results)/i).map((e) => e.textContent)).toEqual([]);
    expect(screen.getByRole('link', { name: 'Go to Dana Ruiz’s professional development plan' })).toBeInTheDocument();

    const user = userEvent.setup();
    const proposal = screen.getByLabelText('Proposed importance of Business Management');
    expect(proposal).toHaveAccessibleDescription('Dana Ruiz marked this normal importance.');
    await user.selectOptions(proposal, 'high');
    expect(proposal).toHaveAccessibleDescription('Dana Ruiz marked this normal importance; you propose high.');
    // The author's ranking stays as it was: Strategic Planning first, Business Management's importance untouched.
    expect(screen.getByRole('listitem', { name: /^#1 Strategic Planning/ })).toBeInTheDocument();
    const saved = await stored(id);
    expect(saved.areaImportance).toEqual({ '2': 'high' });
    expect(Object.keys(saved.importanceProposals ?? {})).toEqual(['9']);
    expect(saved.importanceProposals?.['9']?.importance).toBe('high');
  });

  it('skill area, plan and summary name the author; the plan takes a comment on one action', async () => {
    const { id } = await storedAssessment({ ...base, received });
    const user = userEvent.setup();
    const { router } = renderApp(`/assessments/${id}/areas/2`);
    expect(await screen.findByText('Dana Ruiz’s evidence notes')).toBeInTheDocument();
    expect(screen.getByText(/^Dana Ruiz rated 2 of \d+ indicators\. These are Dana Ruiz’s answers and evidence notes, as sent/)).toBeInTheDocument();
    expect(screen.getAllByText('Dana Ruiz’s current level').length).toBeGreaterThan(0);

    await router.navigate(`/assessments/${id}/plan`);
    expect(await screen.findByRole('heading', { name: 'Dana Ruiz’s actions' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See Dana Ruiz’s results and suggested activities' })).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'Reviewer comments on the action “Draft a technology plan”' });
    await user.click(within(card).getByText('Add a comment'));
    await user.type(within(card).getByLabelText('Comment on the action “Draft a technology plan”'), 'Bring the draft to the March board.');
    await user.type(within(card).getByLabelText('Your name'), 'Grace Hopper');
    await user.click(within(card).getByRole('button', { name: 'Add comment' }));
    expect(await within(card).findByText('Bring the draft to the March board.')).toBeInTheDocument();
    const [comment, ...others] = (await stored(id)).comments;
    expect(others).toEqual([]);
    expect(comment).toMatchObject({ planActionId: 'p1', author: 'Grace Hopper', text: 'Bring the draft to the March board.' });

    await router.navigate(`/assessments/${id}/summary`);
    expect(await screen.findByRole('link', { name: 'See Dana Ruiz’s gaps, charts and suggested development →' })).toBeInTheDocument();
    // A comment on a plan action is not a comment on the whole assessment.
    expect(within(screen.getByRole('region', { name: 'Reviewer comments on the whole assessment' })).getByText('No comments yet.')).toBeInTheDocument();
  });

  it('the author still reads "your", and decides on each proposal: accepted moves the ranking, declined does not', async () => {
    const proposals: Assessment['importanceProposals'] = {
      '9': { importance: 'high', author: 'Grace Hopper', authorRole: 'Superintendent', at: received.at },
      '2': { importance: 'low', author: 'Grace Hopper', authorRole: 'Superintendent', at: received.at },
    };
    const { id } = await storedAssessment({ ...base, importanceProposals: proposals });
    const user = userEvent.setup();
    renderApp(`/assessments/${id}/results`);
    expect(await screen.findByRole('link', { name: 'Go to your professional development plan' })).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Proposed importance changes' });
    expect(panel).toHaveTextContent('Business Management: Grace Hopper, Superintendent proposes High (yours: Normal)');
    expect(panel).toHaveTextContent('Strategic Planning: Grace Hopper, Superintendent proposes Low (yours: High)');

    await user.click(within(panel).getByRole('button', { name: 'Accept High for Business Management' }));
    await user.click(within(panel).getByRole('button', { name: 'Decline Low for Strategic Planning' }));
    expect(screen.queryByRole('region', { name: 'Proposed importance changes' })).toBeNull();
    expect(screen.getByLabelText('Importance of Business Management')).toHaveValue('high');
    expect(screen.getByLabelText('Importance of Strategic Planning')).toHaveValue('high');
    const saved = await stored(id);
    expect(saved.areaImportance).toEqual({ '2': 'high', '9': 'high' });
    expect(saved).not.toHaveProperty('importanceProposals');
  });
});
