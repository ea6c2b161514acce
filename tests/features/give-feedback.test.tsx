import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FeedbackAsk } from '../../src/domain/feedback/feedback.ts';
import { feedbackRequestText } from '../../src/lib/feedback-files.ts';
import { listFeedbackDrafts } from '../../src/storage/feedback-repository.ts';
import { renderApp } from './render-app.tsx';
import { feedbackResponseText } from '../../src/lib/feedback-files.ts';
import { importResponses, saveRequest } from '../../src/state/feedback-actions.ts';
import { insertAssessment } from '../../src/storage/assessment-repository.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { fileOf } from '../lib/file-like.ts';
import { canonicalJson } from '../../src/domain/files/canonical-json.ts';
import { sha256Hex } from '../../src/lib/file-crypto.ts';

const NOW = '2026-11-20T09:00:00.000Z';

const ask: FeedbackAsk = {
  id: 'req1',
  leaderName: 'Sam Ortiz',
  district: 'Lakeside USD',
  framework: { editionId: 'cosn-cto-2019', dataVersion: 1 },
  skillAreaIds: ['1'],
  groups: ['principals', 'superintendent'],
  createdAt: NOW,
};

type Json = Record<string, unknown>;

/**
 * The request file as chosen in the browser; jsdom's File cannot give its bytes, so they are given here.
 * `change` edits the request inside as a hand-edited file would, with its checksum made right again.
 */
async function requestFile(change?: (request: Json) => void): Promise<File> {
  let text = await feedbackRequestText(ask, NOW);
  if (change) {
    const envelope = JSON.parse(text) as Json & { request: Json };
    change(envelope.request);
    envelope.checksum = { algorithm: 'SHA-256', value: await sha256Hex(canonicalJson(envelope.request)) };
    text = JSON.stringify(envelope);
  }
  const bytes = new TextEncoder().encode(text);
  const file = new File([bytes], 'request.json', { type: 'application/json' });
  Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(bytes.slice().buffer) });
  return file;
}

async function openRequest(file: File) {
  const user = userEvent.setup();
  renderApp('/give-feedback');
  await user.upload(await screen.findByLabelText('Open the feedback request'), file);
}

describe('the promise of anonymity a request file carries', () => {
  it('is shown from the file before the rater starts: the threshold, the pooling into “others”, and that a name is optional', async () => {
    await openRequest(await requestFile());
    const promise = await screen.findByRole('note', { name: 'How your answers are shown' });
    expect(promise).toHaveTextContent('Giving your name is optional.');
    expect(promise).toHaveTextContent('only when at least 3 people in your group answered an area');
    expect(promise).toHaveTextContent('pooled with those of other small groups as “others”');
    expect(promise).not.toHaveTextContent('words its promise differently');
  });

  it('from a file made before requests carried it, is the app’s own', async () => {
    await openRequest(await requestFile((request) => void delete request.anonymity));
    expect(await screen.findByRole('note', { name: 'How your answers are shown' })).toHaveTextContent('only when at least 3 people in your group answered an area');
  });

  it('worded otherwise in the file, gives way to the app’s own, and says so', async () => {
    await openRequest(await requestFile((request) => void (request.anonymity = { threshold: 3, text: ['Your answers go straight to the superintendent.'] })));
    const promise = await screen.findByRole('note', { name: 'How your answers are shown' });
    expect(promise).toHaveTextContent('This request file words its promise differently from this version of the app.');
    expect(promise).toHaveTextContent('only when at least 3 people in your group answered an area');
    expect(promise).not.toHaveTextContent('straight to the superintendent');
  });

  it.each([2, 5])('with a threshold of %i instead of the app’s 3, refuses the file with a clear message and keeps nothing', async (threshold) => {
    await openRequest(await requestFile((request) => void (request.anonymity = { threshold, text: [`Shown when at least ${threshold} answered.`] })));
    expect(await screen.findByText(/This request promises raters a different anonymity threshold from the one this app keeps/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start' })).not.toBeInTheDocument();
    expect(await listFeedbackDrafts()).toEqual([]);
  });
});

describe('a colleague giving feedback', () => {
  it('gets their answers back after a reload, from this browser', async () => {
    const user = userEvent.setup();
    const first = renderApp('/give-feedback');
    await user.upload(await screen.findByLabelText('Open the feedback request'), await requestFile());
    await user.click(await screen.findByRole('radio', { name: 'Principals' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const area = await screen.findByRole('region', { name: /^1\. Leadership and Vision/ });
    const [firstIndicator, secondIndicator] = within(area).getAllByRole('group', { name: /^1[AB] The technology leader/ });
    await user.click(within(firstIndicator!).getByRole('radio', { name: /^3\. Proficient/ }));
    await user.click(within(secondIndicator!).getByRole('radio', { name: /I haven’t seen this/ }));
    await user.type(screen.getByLabelText('Comment on Leadership and Vision (optional)'), 'Clear plans.');
    expect(first.router.state.location.search).toBe('?request=req1');
    await waitFor(async () => {
      const [stored] = await listFeedbackDrafts();
      expect(stored?.ok && stored.draft.comments['1']).toBe('Clear plans.');
    });
    first.unmount();

    // A reload: a fresh app at the same address, with only what this browser stored.
    renderApp('/give-feedback?request=req1');
    const again = await screen.findByRole('region', { name: /^1\. Leadership and Vision/ });
    const [one, two] = within(again).getAllByRole('group', { name: /^1[AB] The technology leader/ });
    expect(within(one!).getByRole('radio', { name: /^3\. Proficient/ })).toBeChecked();
    expect(within(two!).getByRole('radio', { name: /I haven’t seen this/ })).toBeChecked();
    expect(screen.getByLabelText('Comment on Leadership and Vision (optional)')).toHaveValue('Clear plans.');
  });

  it('lists the feedback started in this browser, and reopening the request file continues it', async () => {
    const user = userEvent.setup();
    const first = renderApp('/give-feedback');
    await user.upload(await screen.findByLabelText('Open the feedback request'), await requestFile());
    await user.click(await screen.findByRole('radio', { name: 'Superintendent and cabinet' }));
    first.unmount();

    renderApp('/give-feedback');
    // When it was last changed, as the user's own clock writes it: no ISO day on screen.
    expect((await screen.findByText(/last changed/)).textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await user.click(await screen.findByRole('button', { name: 'Continue: feedback for Sam Ortiz' }));
    expect(await screen.findByRole('radio', { name: 'Superintendent and cabinet' })).toBeChecked();
  });
});

describe('the leader’s colleagues’ feedback screen', () => {
  it('shows the imported answers again after a reload', async () => {
    await insertAssessment(ratedAssessment({ id: 'a1', title: 'Fall review', framework: ask.framework, areas: {} }));
    const request = { ...ask, assessmentId: 'a1', invitees: [], responses: [], updatedAt: NOW };
    await saveRequest(request);
    const files = await Promise.all(
      ['x', 'y', 'z'].map(async (id) => ({
        name: `${id}.json`,
        file: fileOf(await feedbackResponseText({ id, requestId: 'req1', group: 'principals', ratings: { '1A': 'leading', '1B': 'developing' }, comments: {}, submittedAt: NOW }, NOW)),
      })),
    );
    expect(await importResponses([request], files)).toMatchObject({ added: 3, refused: [] });

    renderApp('/assessments/a1/feedback');
    expect(await screen.findByText(/Responses so far: 3\./)).toBeInTheDocument();
    const area = screen.getByRole('region', { name: '1. Leadership and Vision' });
    expect(within(area).getByRole('row', { name: /^Principals/ })).toHaveTextContent(/Principals\s*3\s*3\.0/);
  });
});
