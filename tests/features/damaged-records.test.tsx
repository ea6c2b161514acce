import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FeedbackRequest } from '../../src/domain/feedback/feedback.ts';
import { newDraft } from '../../src/domain/feedback/feedback.ts';
import { toDraftRecord, toRequestRecord } from '../../src/domain/feedback/feedback-records.ts';
import { toScorecardRecord } from '../../src/domain/panel/panel-records.ts';
import { listFeedbackDrafts, listFeedbackRequests, saveFeedbackDraft, saveFeedbackRequest } from '../../src/storage/feedback-repository.ts';
import { listScorecards, saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { SHIPPED } from '../builders/assessment.ts';
import { buildRound, buildScorecard } from '../builders/panel.ts';
import { putStored, readStored } from '../storage/raw-records.ts';
import { renderApp, storedAssessment } from './render-app.tsx';

const NOW = '2026-11-20T09:00:00.000Z';

/** Answers "Delete" on the card, then confirms in the dialog. */
async function deleteFrom(card: HTMLElement, buttonName: RegExp, confirmName: string): Promise<void> {
  const user = userEvent.setup();
  await user.click(within(card).getByRole('button', { name: buttonName }));
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: confirmName }));
}

describe('a damaged scorecard on the round page', () => {
  it('is shown with the reason, named by its panelist, and deleted on its own while the readable card stays', async () => {
    const round = buildRound();
    const good = buildScorecard(round, 'p1');
    await saveRound(round);
    await saveScorecards([good]);
    await putStored('scorecards', { ...toScorecardRecord(buildScorecard(round, 'p2')), revision: 'broken' });

    renderApp('/panel/r1');
    const list = await screen.findByRole('list', { name: 'Scorecards that could not be read' });
    const card = within(list).getByRole('listitem');
    expect(card).toHaveTextContent('Edsger Dijkstra’s scorecard');
    expect(card).toHaveTextContent(/could not be read, so it is left out of every figure: .*revision is not valid/);

    await deleteFrom(card, /^Delete damaged scorecard/, 'Delete scorecard');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Scorecards that could not be read' })).not.toBeInTheDocument());
    expect(await listScorecards('r1')).toEqual({ scorecards: [good], damaged: [] });
  });

  it('under a key that is not a panelist’s is shown without a name and deleted by that key', async () => {
    const round = buildRound();
    await saveRound(round);
    await putStored('scorecards', { id: 'r1--ghost', roundId: 'r1', scores: 'none' });

    renderApp('/panel/r1');
    const card = within(await screen.findByRole('list', { name: 'Scorecards that could not be read' })).getByRole('listitem');
    expect(within(card).queryByRole('heading')).not.toBeInTheDocument();
    await deleteFrom(card, /^Delete damaged scorecard$/, 'Delete scorecard');
    await waitFor(async () => expect((await listScorecards('r1')).damaged).toEqual([]));
  });
});

describe('a scorecard no round lists', () => {
  it('with a damaged round id, or for a round not kept here, is shown on the panel’s home and deleted there; the round’s own card stays', async () => {
    const round = buildRound();
    const good = buildScorecard(round, 'p1');
    await saveRound(round);
    await saveScorecards([good]);
    await putStored('scorecards', { ...toScorecardRecord(buildScorecard(round, 'p2')), id: 'lost--p2', roundId: 42 });
    await putStored('scorecards', toScorecardRecord(buildScorecard({ ...round, id: 'gone' }, 'p1')));

    renderApp('/panel');
    const list = await screen.findByRole('list', { name: 'Scorecards that belong to no round here' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(list).toHaveTextContent('It belongs to a hiring round that is not on this device.');
    await deleteFrom(cards[0]!, /^Delete damaged scorecard$/, 'Delete scorecard');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    await deleteFrom(within(list).getByRole('listitem'), /^Delete damaged scorecard$/, 'Delete scorecard');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Scorecards that belong to no round here' })).not.toBeInTheDocument());
    expect(await listScorecards('r1')).toEqual({ scorecards: [good], damaged: [] });
    expect(await readStored('scorecards', 'lost--p2')).toBeUndefined();
  });
});

describe('a damaged feedback request on the Colleagues’ feedback screen', () => {
  it('is shown with the reason and deleted on its own, and the readable request stays', async () => {
    const assessment = await storedAssessment();
    const request: FeedbackRequest = {
      id: 'req-good',
      assessmentId: assessment.id,
      leaderName: 'Dana Ruiz',
      district: 'Lakeside USD',
      framework: SHIPPED,
      skillAreaIds: ['1'],
      groups: ['principals'],
      createdAt: NOW,
      invitees: [{ name: 'Pat Lee', group: 'principals' }],
      responses: [],
      updatedAt: NOW,
    };
    await saveFeedbackRequest(request);
    await putStored('feedback', { ...toRequestRecord({ ...request, id: 'req-bad' }), skillAreaIds: 'not a list' });

    renderApp(`/assessments/${assessment.id}/feedback`);
    const card = within(await screen.findByRole('list', { name: 'Feedback that could not be read' })).getByRole('listitem');
    expect(card).toHaveTextContent(/A feedback request stored for this assessment could not be read: /);
    const heading = await screen.findByRole('heading', { name: /^Your request of / });
    expect(heading.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    await deleteFrom(card, /^Delete damaged feedback request$/, 'Delete feedback request');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Feedback that could not be read' })).not.toBeInTheDocument());
    expect(await listFeedbackRequests(assessment.id)).toEqual([{ ok: true, request }]);
  });
});

describe('damaged answers in progress on the Give feedback screen', () => {
  it('are shown with the reason instead of being skipped, and deleted on their own while the readable ones stay', async () => {
    const ask = { id: 'req1', leaderName: 'Sam Ortiz', district: 'Lakeside USD', framework: SHIPPED, skillAreaIds: ['1'], groups: ['principals' as const], createdAt: NOW };
    const good = newDraft(ask, 'resp1', NOW);
    await saveFeedbackDraft(good);
    await putStored('feedbackDrafts', { ...toDraftRecord(newDraft({ ...ask, id: 'req2' }, 'resp2', NOW)), ratings: 'broken' });

    renderApp('/give-feedback');
    const card = within(await screen.findByRole('list', { name: 'Feedback in progress that could not be read' })).getByRole('listitem');
    expect(card).toHaveTextContent(/^Answers you started in this browser could not be read: /);
    expect(screen.getByRole('button', { name: 'Continue: feedback for Sam Ortiz' })).toBeInTheDocument();

    await deleteFrom(card, /^Delete damaged answers$/, 'Delete answers');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Feedback in progress that could not be read' })).not.toBeInTheDocument());
    expect((await listFeedbackDrafts()).map((read) => read.ok && read.draft.requestId)).toEqual(['req1']);
  });
});
