import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/storage/assessment-repository.ts';
import { loadLastSkillArea } from '../../src/storage/walk-position.ts';
import { renderApp, storedAssessment } from './render-app.tsx';

async function stored(id: string) {
  const read = await loadAssessment(id);
  if (!read?.ok) throw new Error('assessment not readable');
  return read.assessment;
}

describe('skill area screen', () => {
  it('shows the area, its rubric, and a level choice, target and note for every indicator', async () => {
    const { id } = await storedAssessment();
    renderApp(`/assessments/${id}/areas/2`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Skill area 2: Strategic Planning' })).toBeInTheDocument();
    expect(screen.getByText('What each level looks like in Strategic Planning as a whole')).toBeInTheDocument();
    const groups = screen.getAllByRole('group', { name: /^Current level for 2[A-Z]$/ });
    expect(groups.length).toBeGreaterThanOrEqual(4);
    for (const group of groups) {
      const names = within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value'));
      expect(names).toEqual(['emerging', 'developing', 'proficient', 'leading', 'na']);
    }
    expect(screen.getByLabelText('Your target level for this skill area')).toHaveValue('proficient');
  });

  it('saves a rating, an area target, an indicator target and a note, and counts progress', async () => {
    const user = userEvent.setup();
    const { id, updatedAt } = await storedAssessment();
    renderApp(`/assessments/${id}/areas/2`);
    const group = await screen.findByRole('group', { name: 'Current level for 2A' });
    const nav = screen.getByRole('navigation', { name: 'Skill areas' });
    expect(within(nav).getByRole('link', { name: /Strategic Planning/ })).toHaveTextContent('0/');

    await user.click(within(group).getByRole('radio', { name: /Developing/ }));
    await user.click(within(screen.getByRole('group', { name: 'Current level for 2B' })).getByRole('radio', { name: /Not applicable/ }));
    await user.selectOptions(screen.getByLabelText('Your target level for this skill area'), 'leading');
    await user.selectOptions(screen.getByLabelText('Target for 2A'), 'developing');
    // An empty note starts closed; the first card's "Add evidence" opens 2A's.
    await user.click(screen.getAllByRole('button', { name: 'Add evidence' })[0]!);
    await user.type(screen.getByLabelText('Evidence notes for 2A'), 'Wrote the 5-year plan.{Enter}Board adopted it.');

    expect(within(nav).getByRole('link', { name: /Strategic Planning/ })).toHaveTextContent('2/');
    expect(screen.getByLabelText('Target for 2B')).toHaveDisplayValue('Leading (skill area)');

    const saved = await stored(id);
    expect(saved.answers['2A']).toEqual({ current: 'developing', target: 'developing', note: 'Wrote the 5-year plan.\nBoard adopted it.' });
    expect(saved.answers['2B']).toEqual({ current: 'na' });
    expect(saved.areaTargets['2']).toBe('leading');
    expect(await loadLastSkillArea(id)).toBe('2');
    expect(saved.updatedAt > updatedAt).toBe(true);
  });

  it('the descriptor follows the level pointed at, and a new rating shows its own until the pointer moves again', async () => {
    const user = userEvent.setup();
    const { id } = await storedAssessment();
    renderApp(`/assessments/${id}/areas/2`);
    const group = await screen.findByRole('group', { name: 'Current level for 2A' });
    const descriptor = () => document.getElementById(within(group).getByRole('radio', { name: /Emerging/ }).getAttribute('aria-describedby')!);
    expect(descriptor()).toHaveTextContent(/^Point at or focus a level/);

    await user.hover(within(group).getByText(/Developing/));
    expect(descriptor()).toHaveTextContent(/^Developing:/);
    await user.click(within(group).getByText(/Proficient/));
    expect(descriptor()).toHaveTextContent(/^Proficient:/);
    // Pointing at another level reads it; a key rating made meanwhile shows the new rating at once.
    await user.hover(within(group).getByText(/Emerging/));
    expect(descriptor()).toHaveTextContent(/^Emerging:/);
    await user.keyboard('4');
    expect(within(group).getByRole('radio', { name: /Leading/ })).toBeChecked();
    expect(descriptor()).toHaveTextContent(/^Leading:/);
    await user.unhover(group);
    expect(descriptor()).toHaveTextContent(/^Leading:/);
  });

  it('keeps a note of several thousand characters whole', async () => {
    const { id } = await storedAssessment();
    renderApp(`/assessments/${id}/areas/1`);
    const user = userEvent.setup();
    await user.click((await screen.findAllByRole('button', { name: 'Add evidence' }))[0]!);
    const note = await screen.findByLabelText('Evidence notes for 1A');
    const long = 'Evidence line. '.repeat(400);
    await user.click(note);
    await user.paste(long);
    expect((await stored(id)).answers['1A']?.note).toBe(long);
  });

  it('names a damaged assessment and says the others are fine', async () => {
    const { id } = await storedAssessment({ title: 'Damaged', areaTargets: { '1': 'not a level!' } });
    renderApp(`/assessments/${id}/areas/1`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This assessment could not be opened' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('“Damaged” could not be opened.');
    expect(screen.getByText('Your other assessments are not affected.')).toBeInTheDocument();
  });

  it('the summary tabulates completion and averages', async () => {
    const { id } = await storedAssessment({
      answers: { '1A': { current: 'emerging' }, '1B': { current: 'leading', target: 'leading' }, '1C': { current: 'na' } },
    });
    renderApp(`/assessments/${id}/summary`);
    const row = await screen.findByRole('row', { name: /^1\. Leadership and Vision/ });
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells[1]).toBe('2.5');
    expect(cells[0]).toMatch(/^3 of \d+ \(\d+%\)$/);
  });
});
