import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveRound, saveScorecards } from '../../src/storage/panel-repository.ts';
import { buildRound, buildScorecard, submittedScorecard } from '../builders/panel.ts';
import { renderApp } from './render-app.tsx';

const round = buildRound({ skillAreaIds: ['1'] });
const inProgress = buildScorecard(round, 'p1', { scores: { c1: { '1': { level: 'leading', note: 'Alan’s own note' } } } });
const submitted = submittedScorecard(round, 'p2', { c1: { '1': { level: 'developing' } }, c2: { '1': { level: 'proficient' } } });

describe('exporting a scorecard on the chair’s shared device', () => {
  it('offers an unsubmitted card only behind its panelist’s PIN, and a submitted one on the round page', async () => {
    await saveRound(round);
    await saveScorecards([inProgress, submitted]);
    renderApp('/panel/r1');
    expect(await screen.findByRole('button', { name: 'Export Edsger Dijkstra’s scorecard' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Alan Turing, Superintendent' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export Alan Turing’s scorecard' })).not.toBeInTheDocument();
  });

  it('offers “Export my scorecard” once the panelist has opened their card with their PIN', async () => {
    const user = userEvent.setup();
    await saveRound(round);
    await saveScorecards([inProgress]);
    renderApp('/panel/r1/interview/p1');
    await user.type(await screen.findByLabelText('New PIN (4 to 8 digits)'), '2468');
    expect(screen.queryByRole('button', { name: 'Export my scorecard' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('The same PIN again'), '2468');
    await user.click(screen.getByRole('button', { name: 'Set PIN and start scoring' }));
    expect(await screen.findByRole('button', { name: 'Export my scorecard' })).toBeInTheDocument();
    expect(screen.getByLabelText('Notes on Ada Lovelace for Leadership and Vision')).toHaveValue('Alan’s own note');
  });
});
