import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { indicatorsOf } from '../../src/domain/framework/framework.ts';
import { loadFramework } from '../../src/state/content-loader.ts';
import { listAssessments } from '../../src/storage/assessment-repository.ts';
import { saveBackupState } from '../../src/storage/data-repository.ts';
import { DB_NAME } from '../../src/storage/db.ts';
import { markSessionStarted, renderApp, storedAssessment } from './render-app.tsx';
import { emptyCetlRecord } from '../../src/domain/cetl/cetl.ts';
import { saveCetl, saveRequest } from '../../src/state/feedback-actions.ts';

const NOW = '2026-11-20T09:00:00.000Z';

describe('your data screen', () => {
  it('shows what is stored, and deletes it all only after confirming', async () => {
    const user = userEvent.setup();
    await storedAssessment({ title: 'Kept' });
    await storedAssessment({ title: 'Also kept' });
    renderApp('/data');

    const stored = await screen.findByRole('region', { name: 'What is stored' });
    expect(within(stored).getByText('Assessments').nextElementSibling).toHaveTextContent('2');
    expect(within(stored).getByText('Hiring rounds').nextElementSibling).toHaveTextContent('0');
    expect(screen.getByText(/does not say how much space/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export everything' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete all your data?' });
    expect(dialog).toHaveTextContent('This browser holds 2 assessments, 0 hiring rounds and 0 scorecards.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await listAssessments()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('Removed 2 assessments.', undefined)).toBeInTheDocument();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    expect(within(stored).getByText('Assessments').nextElementSibling).toHaveTextContent('0');
  });
});

describe('your data screen with colleagues’ feedback and a CETL log', () => {
  it('counts the feedback requests, their responses, feedback being given and CETL entries, and the delete dialog says so', async () => {
    const user = userEvent.setup();
    const assessment = await storedAssessment({ title: 'Fall review' });
    const response = (id: string) => ({ id, requestId: 'q1', group: 'principals' as const, ratings: {}, comments: {}, submittedAt: NOW });
    await saveRequest({
      id: 'q1',
      assessmentId: assessment.id,
      leaderName: 'Sam Ortiz',
      district: '',
      framework: assessment.framework,
      skillAreaIds: ['1'],
      groups: ['principals'],
      createdAt: NOW,
      invitees: [],
      responses: [response('r1'), response('r2'), response('r3')],
      updatedAt: NOW,
    });
    const entry = (id: string) => ({ id, date: '2026-10-01', categoryId: 'teaching' as const, title: 'Workshop', quantity: 2 });
    await saveCetl({ ...emptyCetlRecord(NOW), entries: [entry('e1'), entry('e2')] });
    renderApp('/data');

    const stored = await screen.findByRole('region', { name: 'What is stored' });
    const figure = (label: string) => within(stored).getByText(label).nextElementSibling;
    expect(figure('Feedback requests you made')).toHaveTextContent('1');
    expect(figure('Colleagues’ responses to them')).toHaveTextContent('3');
    expect(figure('Feedback you are giving colleagues')).toHaveTextContent('0');
    expect(figure('CETL log entries')).toHaveTextContent('2');

    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    expect(screen.getByRole('dialog', { name: 'Delete all your data?' })).toHaveTextContent(
      'This browser holds 1 assessment, 0 hiring rounds, 0 scorecards, 1 feedback request with 3 colleagues’ responses and 2 CETL log entries.',
    );
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('Removed 1 assessment, 1 feedback request with 3 colleagues’ responses and 2 CETL log entries.')).toBeInTheDocument();
    expect(figure('CETL log entries')).toHaveTextContent('0');
  });
});

describe('backup reminder on the home screen', () => {
  it('appears after two skill areas are rated, and "Not now" hides it', async () => {
    const user = userEvent.setup();
    markSessionStarted();
    const ids = indicatorsOf(await loadFramework()).map((i) => i.id);
    const answers = Object.fromEntries(ids.slice(0, 15).map((id) => [id, { current: 'proficient' }]));
    await storedAssessment({ title: 'Busy', answers, revision: 16 });
    renderApp('/');

    const reminder = await screen.findByRole('region', { name: 'Keep a copy of your work' });
    expect(reminder).toHaveTextContent('You have rated 15 indicators, and there is no backup yet.');
    await user.click(within(reminder).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: 'Keep a copy of your work' })).not.toBeInTheDocument();
    expect(screen.getByText('Hidden until you have done more work.')).toHaveAttribute('role', 'status');
  });

  it('counts an assessment on the 2009 edition as finished when its last indicator is rated', async () => {
    markSessionStarted();
    const framework2009 = await loadFramework('cosn-cto-2009');
    const answers = Object.fromEntries(indicatorsOf(framework2009).map((i) => [i.id, { current: 'proficient' }]));
    const finished = await storedAssessment({ title: 'Finished on 2009', answers, revision: 101, framework: { editionId: framework2009.id, dataVersion: framework2009.dataVersion } });
    // Backed up one rating ago: one change, one new rating, and the assessment finished since.
    await saveBackupState({ lastBackupAt: '2026-10-02T12:00:00.000Z', baseline: { [finished.id]: { revision: 100, rated: Object.keys(answers).length - 1, isComplete: false } } });
    renderApp('/');

    const reminder = await screen.findByRole('region', { name: 'Keep a copy of your work' });
    expect(reminder).toHaveTextContent(/finished an assessment/);
  });
});
