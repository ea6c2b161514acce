import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import type { FeedbackResponse } from '../../src/domain/feedback/feedback.ts';
import { saveRequest } from '../../src/state/feedback-actions.ts';
import { renderApp, storedAssessment } from './render-app.tsx';

const NOW = '2026-11-20T09:00:00.000Z';

const answer = (id: string, requestId: string): FeedbackResponse => ({ id, requestId, group: 'principals', ratings: {}, comments: {}, submittedAt: NOW });

/** A request for `assessment` with `answered` colleagues' responses already imported. */
async function askedFor(assessment: Assessment, id: string, answered: number): Promise<void> {
  const responses = Array.from({ length: answered }, (_, i) => answer(`${id}-r${i}`, id));
  await saveRequest({ id, assessmentId: assessment.id, leaderName: 'Dana Ruiz', district: '', framework: assessment.framework, skillAreaIds: ['1'], groups: ['principals'], createdAt: NOW, invitees: [], responses, updatedAt: NOW });
}

const card = (title: string | RegExp) => screen.findByRole('listitem', { name: title });

describe('whether colleagues’ feedback exists, on the home list', () => {
  it('says how many colleagues answered, that answers are still to come, or that none was asked for, each with its next step', async () => {
    const fall = await storedAssessment({ title: 'Fall 2026' });
    const spring = await storedAssessment({ title: 'Spring 2026' });
    await storedAssessment({ title: 'Winter 2025' });
    await askedFor(fall, 'q1', 3);
    await askedFor(fall, 'q2', 1);
    await askedFor(spring, 'q3', 0);
    renderApp('/');

    const fallCard = await card('Fall 2026');
    expect(await within(fallCard).findByText(/^Feedback from 4 colleagues\./)).toBeInTheDocument();
    expect(within(fallCard).getByRole('link', { name: 'See it: colleagues’ feedback on Fall 2026' })).toHaveAttribute('href', `/assessments/${fall.id}/feedback`);
    expect(within(await card('Spring 2026')).getByText(/^Colleagues’ feedback asked for; no answers imported yet\./)).toBeInTheDocument();
    const winter = await card('Winter 2025');
    expect(within(winter).getByText(/^No colleagues’ feedback yet\./)).toBeInTheDocument();
    expect(within(winter).getByRole('link', { name: 'Ask for it: colleagues’ feedback on Winter 2025' })).toBeInTheDocument();
  });

  it('says nothing of feedback on a copy received from someone else', async () => {
    await storedAssessment({ title: 'Ada’s review copy', received: { at: NOW, fileName: 'ada.json' } });
    await storedAssessment({ title: 'Mine' });
    renderApp('/');
    expect(await within(await card('Mine')).findByText(/^No colleagues’ feedback yet\./)).toBeInTheDocument();
    expect(within(await card(/^Ada’s review copy/)).queryByText(/feedback/i)).not.toBeInTheDocument();
  });
});

describe('whether colleagues’ feedback exists, on the Summary', () => {
  it('names the colleagues who answered, and the link opens their feedback', async () => {
    const user = userEvent.setup();
    const fall = await storedAssessment({ title: 'Fall 2026' });
    await askedFor(fall, 'q1', 1);
    renderApp(`/assessments/${fall.id}/summary`);
    expect(await screen.findByText(/^Feedback from 1 colleague\./)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'See it: colleagues’ feedback on Fall 2026' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Colleagues’ feedback' })).toBeInTheDocument();
  });

  it('without any, offers to ask for it', async () => {
    const fall = await storedAssessment({ title: 'Fall 2026' });
    renderApp(`/assessments/${fall.id}/summary`);
    expect(await screen.findByText(/^No colleagues’ feedback yet\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for it: colleagues’ feedback on Fall 2026' })).toHaveAttribute('href', `/assessments/${fall.id}/feedback`);
  });
});
