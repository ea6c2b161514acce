import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HiringRound } from '../../src/domain/panel/panel.ts';
import { roundFileText, scorecardFileText } from '../../src/lib/panel-files.ts';
import { listScorecards, loadRound, saveRound } from '../../src/storage/panel-repository.ts';
import { buildRound, buildScorecard, SUBMITTED } from '../builders/panel.ts';
import { renderApp } from './render-app.tsx';

const EXPORTED = '2024-05-02T09:00:00.000Z';
const round = buildRound();

/** A file as chosen in the browser; jsdom's File cannot give its bytes, so they are given here. */
function chosenFile(text: string, name: string): File {
  const bytes = new TextEncoder().encode(text);
  const file = new File([bytes], name, { type: 'application/json' });
  Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(bytes.slice().buffer) });
  return file;
}

async function importThroughScreen(text: string, name: string) {
  const user = userEvent.setup();
  const view = renderApp('/import');
  await user.upload(await screen.findByLabelText('Choose a file (.json), or drop it here'), chosenFile(text, name));
  return { user, ...view };
}

describe('the Import screen hands a panel’s files to the panel, chosen once', () => {
  it('opens a new round file on its round page, asking who the panelist is', async () => {
    const { router } = await importThroughScreen(await roundFileText(round, EXPORTED), 'round.json');
    expect(await screen.findByRole('group', { name: 'Who are you?' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Chief Technology Officer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/panel/r1');
    expect(await loadRound('r1')).toEqual({ ok: true, round });
  });

  it('puts a changed copy of a stored round to the panel’s keep both / replace / cancel question, and replaces on request', async () => {
    await saveRound(round);
    const changed: HiringRound = { ...round, positionTitle: 'Deputy CTO', revision: round.revision + 1 };
    const { user, router } = await importThroughScreen(await roundFileText(changed, EXPORTED), 'changed-round.json');
    const question = await screen.findByRole('region', { name: '“changed-round.json” holds a hiring round already on this device' });
    expect(router.state.location.pathname).toBe('/panel');
    expect(question).toHaveTextContent('Position: “Deputy CTO” in the file, “Chief Technology Officer” here.');
    await waitFor(() => expect(within(question).getByRole('heading')).toHaveFocus());
    // Nothing is saved until the choice.
    expect(await loadRound('r1')).toEqual({ ok: true, round });
    await user.click(within(question).getByRole('button', { name: 'Replace the round here with the file’s' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deputy CTO' })).toBeInTheDocument();
    expect(await loadRound('r1')).toEqual({ ok: true, round: changed });
  });

  it('cancelling the question keeps the stored round and offers the file input again', async () => {
    await saveRound(round);
    const changed: HiringRound = { ...round, positionTitle: 'Deputy CTO', revision: round.revision + 1 };
    const { user } = await importThroughScreen(await roundFileText(changed, EXPORTED), 'changed-round.json');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /holds a hiring round already on this device/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Open a round file from the chair')).toBeInTheDocument();
    expect(await loadRound('r1')).toEqual({ ok: true, round });
  });

  it('brings a scorecard into its round on the chair’s device and shows what the import did there', async () => {
    await saveRound(round);
    const card = buildScorecard(round, 'p1', { scores: { c1: { '1': { level: 'leading' } } }, submittedAt: SUBMITTED });
    const { router } = await importThroughScreen(await scorecardFileText(round, card, EXPORTED), 'alan.json');
    const report = (await screen.findByText('What the import did')).closest('[role="status"]');
    expect(report).toHaveTextContent('Alan Turing');
    expect(router.state.location.pathname).toBe('/panel/r1');
    expect((await listScorecards('r1')).scorecards).toEqual([card]);
  });

  it('says so when a scorecard’s round is not on this device, and stays on the Import screen', async () => {
    const card = buildScorecard(round, 'p1', { submittedAt: SUBMITTED });
    const { router } = await importThroughScreen(await scorecardFileText(round, card, EXPORTED), 'alan.json');
    expect(await screen.findByText(/that round is not on this device\. Import it on the chair’s device/)).toBeInTheDocument();
    expect(screen.getByText('Nothing on this device has changed.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/import');
  });
});
