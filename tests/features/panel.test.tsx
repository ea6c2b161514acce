import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../src/domain/panel/panel.ts';
import { listRounds, listScorecards, saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { buildRound, buildScorecard, submittedScorecard } from '../builders/panel.ts';
import { renderApp } from './render-app.tsx';

const round = buildRound({ skillAreaIds: ['1', 'CV1'], weights: { '1': 2 } });

/** The one scorecard stored for the panelist; the read waits for every write already started. */
async function storedCard(panelistId: string): Promise<Scorecard | undefined> {
  const { scorecards, damaged } = await listScorecards('r1');
  expect(damaged).toEqual([]);
  return scorecards.find((c) => c.panelistId === panelistId);
}

const levelRadio = (name: string) => screen.getByRole('radio', { name: new RegExp(`^\\d\\. ${name}`) });

/** On the chair's (shared) device a panelist's first visit sets their PIN, which opens their scorecard. */
async function openScorecard(user: ReturnType<typeof userEvent.setup>, path: string): Promise<void> {
  renderApp(path);
  await user.type(await screen.findByLabelText('New PIN (4 to 8 digits)'), '2468');
  await user.type(screen.getByLabelText('The same PIN again'), '2468');
  await user.click(screen.getByRole('button', { name: 'Set PIN and start scoring' }));
}

describe('starting a hiring round', () => {
  it('stores the round from the form and opens it', async () => {
    const user = userEvent.setup();
    renderApp('/panel');
    expect(await screen.findByText('No hiring rounds yet.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Position title (required)'), '  Chief   Technology Officer ');
    await user.type(screen.getByLabelText('District'), 'Springfield USD');
    await user.type(screen.getByLabelText('Candidates, one name per line'), 'Ada Lovelace{Enter}{Enter}Grace Hopper');
    await user.type(screen.getByLabelText('Panelists, one per line: name, role'), 'Alan Turing, Superintendent{Enter}Edsger Dijkstra');
    // The suggested areas for a CTO interview come ticked; Communicator is left out here.
    await user.click(screen.getByRole('checkbox', { name: 'Communicator' }));
    const weight = screen.getByLabelText('Weight of Leadership and Vision');
    await user.clear(weight);
    await user.type(weight, '2.5');
    await user.type(screen.getByLabelText(/Why some areas count more/), 'Vision is what the board asked for');
    await user.click(screen.getByRole('button', { name: 'Start the round' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Chief Technology Officer' })).toBeInTheDocument();
    expect(screen.getByText('Springfield USD · 2 candidates · 2 panelists · 5 skill areas')).toBeInTheDocument();
    expect(screen.getByText('Leadership and Vision — counts ×2.5')).toBeInTheDocument();
    expect(screen.getByText('Why the weights differ: Vision is what the board asked for')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Alan Turing, Superintendent' })).toBeInTheDocument();

    const rounds = await listRounds();
    expect(rounds).toHaveLength(1);
    const [read] = rounds;
    if (!read?.ok) throw new Error('the new round is not readable');
    const { round } = read;
    expect(round).toMatchObject({
      positionTitle: 'Chief Technology Officer',
      district: 'Springfield USD',
      framework: { editionId: 'cosn-cto-2019', dataVersion: 1 },
      candidates: [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }],
      panelists: [
        { name: 'Alan Turing', role: 'Superintendent' },
        { name: 'Edsger Dijkstra', role: '' },
      ],
      weights: { '1': 2.5 },
      weightReason: 'Vision is what the board asked for',
      revision: 1,
    });
    // The December 2019 edition's suggested areas: Data Privacy and Security in, the retired Stakeholder Focus out.
    expect(round.skillAreaIds).toEqual(['1', '2', '5', '7', 'DPS']);
  });

  it('starts a round on the 2009 edition when the chair picks it, with that edition’s areas and suggestions', async () => {
    const user = userEvent.setup();
    renderApp('/panel');
    await screen.findByText('No hiring rounds yet.');
    const editions = within(screen.getByRole('group', { name: 'Framework edition' }));
    expect(editions.getByRole('radio', { name: 'December 2019 edition (current)' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Stakeholder Focus' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Data Privacy and Security' })).toBeChecked();

    await user.click(editions.getByRole('radio', { name: 'Version 2.0, December 2009' }));
    // The choice shows at once, while that edition's areas load.
    expect(editions.getByRole('radio', { name: 'Version 2.0, December 2009' })).toBeChecked();
    expect(await screen.findByRole('checkbox', { name: 'Stakeholder Focus' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Data Privacy and Security' })).not.toBeInTheDocument();
    await fillEverything(user);
    await user.click(screen.getByRole('button', { name: 'Start the round' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Chief Technology Officer' })).toBeInTheDocument();
    const [read] = await listRounds();
    if (!read?.ok) throw new Error('the new round is not readable');
    expect(read.round.framework).toEqual({ editionId: 'cosn-cto-2009', dataVersion: 1 });
    expect(read.round.skillAreaIds).toEqual(['1', '2', '5', '6', '7', 'CV1']);
  });

  async function fillEverything(user: ReturnType<typeof userEvent.setup>) {
    await user.type(screen.getByLabelText('Position title (required)'), 'Chief Technology Officer');
    await user.type(screen.getByLabelText('Candidates, one name per line'), 'Ada Lovelace');
    await user.type(screen.getByLabelText('Panelists, one per line: name, role'), 'Alan Turing, Superintendent');
  }

  async function uncheckEveryArea(user: ReturnType<typeof userEvent.setup>) {
    const areas = within(screen.getByRole('group', { name: /Skill areas the interview covers/ }));
    for (const box of areas.getAllByRole('checkbox', { checked: true })) await user.click(box);
  }

  it.each([
    ['no position title', 'Give the position a title.', async (user: ReturnType<typeof userEvent.setup>) => user.clear(screen.getByLabelText('Position title (required)'))],
    ['only a blank position title', 'Give the position a title.', async (user: ReturnType<typeof userEvent.setup>) => {
      await user.clear(screen.getByLabelText('Position title (required)'));
      await user.type(screen.getByLabelText('Position title (required)'), '    ');
    }],
    ['no candidates', 'List at least one candidate.', async (user: ReturnType<typeof userEvent.setup>) => user.clear(screen.getByLabelText('Candidates, one name per line'))],
    ['no panelists', 'List at least one panelist.', async (user: ReturnType<typeof userEvent.setup>) => user.clear(screen.getByLabelText('Panelists, one per line: name, role'))],
    ['no skill areas', 'Choose at least one skill area.', uncheckEveryArea],
    ['unequal weights and no reason', 'Some areas count more than others: say in one line why.', async (user: ReturnType<typeof userEvent.setup>) => {
      await user.clear(screen.getByLabelText('Weight of Strategic Planning'));
      await user.type(screen.getByLabelText('Weight of Strategic Planning'), '3');
    }],
  ])('with %s, says so in an alert and stores nothing', async (_label, message, spoil) => {
    const user = userEvent.setup();
    renderApp('/panel');
    await screen.findByText('No hiring rounds yet.');
    await fillEverything(user);
    await spoil(user);
    await user.click(screen.getByRole('button', { name: 'Start the round' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([message]);
    expect(screen.getByRole('heading', { level: 1, name: 'Hiring panels' })).toBeInTheDocument();
    expect(await listRounds()).toEqual([]);
  });

  it('lists every problem at once for an empty form', async () => {
    const user = userEvent.setup();
    renderApp('/panel');
    await screen.findByText('No hiring rounds yet.');
    await uncheckEveryArea(user);
    await user.click(screen.getByRole('button', { name: 'Start the round' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Give the position a title.',
      'List at least one candidate.',
      'List at least one panelist.',
      'Choose at least one skill area.',
    ]);
    expect(await listRounds()).toEqual([]);
  });
});

describe('interview screen', () => {
  it('picks a level with a number key and stores it', async () => {
    const user = userEvent.setup();
    await saveRound(round);
    await openScorecard(user, '/panel/r1/interview/p1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace: Leadership and Vision' })).toBeInTheDocument();
    expect(screen.getByText(/Not scored yet\./)).toBeInTheDocument();

    await user.keyboard('3');

    expect(levelRadio('Proficient')).toBeChecked();
    expect(screen.getByText(/Scored: Proficient\./)).toBeInTheDocument();
    const saved = await storedCard('p1');
    expect(saved).toMatchObject({ id: 'r1--p1', roundId: 'r1', panelistId: 'p1', scores: { c1: { '1': { level: 'proficient' } } } });
    expect(saved?.submittedAt).toBeUndefined();
  });

  it('stores the note as it is typed, and a "3" typed in the note does not change the level', async () => {
    const user = userEvent.setup();
    await saveRound(round);
    await openScorecard(user, '/panel/r1/interview/p1');
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace: Leadership and Vision' });

    await user.keyboard('2');
    expect(levelRadio('Developing')).toBeChecked();

    const note = screen.getByLabelText('Notes on Ada Lovelace for Leadership and Vision');
    await user.type(note, 'Led a 3-year plan; 4 schools piloted it');

    expect(note).toHaveValue('Led a 3-year plan; 4 schools piloted it');
    expect(levelRadio('Developing')).toBeChecked();
    expect(levelRadio('Proficient')).not.toBeChecked();
    expect(levelRadio('Leading')).not.toBeChecked();
    expect((await storedCard('p1'))?.scores).toEqual({ c1: { '1': { level: 'developing', note: 'Led a 3-year plan; 4 schools piloted it' } } });
  });

  it('submits one candidate after confirming, listing the areas left empty; those scores can no longer change', async () => {
    const user = userEvent.setup();
    await saveRound(round);
    await openScorecard(user, '/panel/r1/interview/p1?candidate=c2&area=CV1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Grace Hopper: Communicator' })).toBeInTheDocument();

    await user.keyboard('4');
    expect(levelRadio('Leading')).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Submit my scores for Grace Hopper' }));
    const dialog = screen.getByRole('dialog', { name: 'Submit your scores for Grace Hopper?' });
    expect(within(dialog).getByText(/1 of 2 skill areas have no score yet/)).toBeInTheDocument();
    expect(within(within(dialog).getByRole('list', { name: 'Skill areas with no score' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Leadership and Vision']);
    await user.click(within(dialog).getByRole('button', { name: 'Submit scores' }));

    expect(await screen.findByText('Your scores for Grace Hopper are submitted and locked.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByLabelText('Notes on Grace Hopper for Communicator')).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Submit my scores/ })).not.toBeInTheDocument();

    const saved = await storedCard('p1');
    expect(saved?.submittedFor?.c2).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Ada is still open to score.
    expect(saved?.submittedAt).toBeUndefined();
    expect(saved?.scores).toEqual({ c2: { CV1: { level: 'leading' } } });

    await user.keyboard('1');
    expect(levelRadio('Leading')).toBeChecked();
    expect((await storedCard('p1'))?.scores).toEqual({ c2: { CV1: { level: 'leading' } } });
  });

  it('number keys do nothing behind the open submit dialog', async () => {
    const user = userEvent.setup();
    await saveRound(round);
    await openScorecard(user, '/panel/r1/interview/p1?candidate=c2&area=CV1');
    await user.click(await screen.findByRole('button', { name: 'Submit my scores for Grace Hopper' }));
    await user.keyboard('2');
    expect(levelRadio('Developing')).not.toBeChecked();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect((await storedCard('p1'))?.scores ?? {}).toEqual({});
  });

  it('cancelling the submit dialog keeps the scores open', async () => {
    const user = userEvent.setup();
    await saveRound(round);
    await openScorecard(user, '/panel/r1/interview/p1?candidate=c2&area=CV1');
    await user.click(await screen.findByRole('button', { name: 'Submit my scores for Grace Hopper' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('1');
    expect(levelRadio('Emerging')).toBeChecked();
    const saved = await storedCard('p1');
    expect(saved?.submittedAt).toBeUndefined();
    expect(saved?.scores).toEqual({ c2: { CV1: { level: 'emerging' } } });
  });
});

describe('chair screen', () => {
  const alan = submittedScorecard(round, 'p1', { c1: { '1': { level: 'proficient', note: 'Clear vision' }, CV1: { level: 'leading' } }, c2: { '1': { level: 'developing' } } });
  const edsgerScores = { c1: { '1': { level: 'emerging' } }, c2: { '1': { level: 'developing' }, CV1: { level: 'proficient' } } };
  const edsger = submittedScorecard(round, 'p2', edsgerScores);

  it('waits while a panelist is still scoring, and shows nobody’s scores', async () => {
    await saveRound(round);
    await saveScorecards([alan, buildScorecard(round, 'p2', { scores: edsgerScores })]);
    renderApp('/panel/r1/results');

    expect(await screen.findByText(/Still scoring: Edsger Dijkstra\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Panel results: Chief Technology Officer' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText(/Clear vision/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Back to the round' })).toHaveAttribute('href', '/panel/r1');
  });

  it('shows the tables once every panelist has submitted', async () => {
    await saveRound(round);
    await saveScorecards([alan, edsger]);
    renderApp('/panel/r1/results');

    const side = await screen.findByRole('table', { name: /^Weighted score by candidate \(level 1–4/ });
    expect(screen.queryByText(/Still scoring/)).not.toBeInTheDocument();
    expect(screen.getByText(/2 of 2 panelists have submitted their scores/)).toBeInTheDocument();
    const rows = within(side)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent));
    // Ada: area 1 mean 2 (×2), CV1 4 → 8 / 3; Grace: area 1 mean 2 (×2), CV1 3 → 7 / 3.
    // Ranges: Ada, Alan (3 × 2 + 4) / 3 and Edsger 1; Grace, Alan 2 and Edsger (2 × 2 + 3) / 3.
    expect(rows).toEqual([
      ['Ada Lovelace', '2.7', '1.0–3.3', '1', '2', '2'],
      ['Grace Hopper', '2.3', '2.0–2.3', '2', '2', '2'],
    ]);

    const means = screen.getByRole('table', { name: 'Mean panel score by skill area and candidate' });
    expect(within(means).getByRole('rowheader', { name: 'Leadership and Vision (×2)' })).toBeInTheDocument();
    expect(within(means).getByRole('rowheader', { name: 'Communicator (×1)' })).toBeInTheDocument();

    const ada = screen.getByRole('table', { name: 'Scores for Ada Lovelace by skill area and panelist' });
    const leadership = within(ada).getByRole('row', { name: /Leadership and Vision/ });
    expect(within(leadership).getByRole('rowheader')).toHaveTextContent('Leadership and Vision ⚑ Panel disagrees by 2 levels: discuss');
    expect(within(leadership).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '1', '2.0', '2.0', '2', 'none recorded']);
    const grace = screen.getByRole('table', { name: 'Scores for Grace Hopper by skill area and panelist' });
    expect(within(grace).getByRole('row', { name: /Communicator/ })).not.toHaveTextContent('⚑');
    expect(within(within(grace).getByRole('row', { name: /Communicator/ })).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['—', '3', '3.0', '3.0', '0', 'none recorded']);

    expect(screen.getByText(/Alan Turing \(Proficient\): Clear vision/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Loading the chart…')).not.toBeInTheDocument());
  });
});
