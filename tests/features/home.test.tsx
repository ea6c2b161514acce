import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { indicatorsOf } from '../../src/domain/framework/framework.ts';
import { loadFramework } from '../../src/state/content-loader.ts';
import { listAssessments, loadAssessment, saveLastAssessmentId } from '../../src/storage/assessment-repository.ts';
import { markSessionStarted, renderApp, storedAssessment } from './render-app.tsx';

describe('home screen', () => {
  it('starts a new assessment, stores it, and opens its first skill area', async () => {
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByText(/No assessments yet/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Title (required)'), '  Fall 2026  ');
    await user.type(screen.getByLabelText('Your name'), 'Dana Ruiz');
    await user.type(screen.getByLabelText('District'), 'Lakeside USD');
    await user.click(screen.getByRole('button', { name: 'Start assessment' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Skill area 1: Leadership and Vision' })).toBeInTheDocument();
    const stored = await listAssessments();
    expect(stored).toHaveLength(1);
    const [first] = stored;
    expect(first?.ok && first.assessment).toMatchObject({
      title: 'Fall 2026',
      respondent: { name: 'Dana Ruiz', role: '', district: 'Lakeside USD' },
      framework: { editionId: 'cosn-cto-2019', dataVersion: 1 },
    });
  });

  it('explains the two editions and starts on the 2009 edition when the user picks it', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText(/No assessments yet/);
    const editions = screen.getByRole('group', { name: 'Framework edition' });
    expect(editions).toHaveAccessibleDescription(/CETL exam has used the December 2019 edition since 2020.*both stay fully supported/);
    expect(within(editions).getByRole('radio', { name: /December 2019 edition/ })).toBeChecked();
    await user.click(within(editions).getByRole('radio', { name: /Version 2.0, December 2009/ }));
    await user.type(screen.getByLabelText('Title (required)'), 'Spring 2019 series');
    await user.click(screen.getByRole('button', { name: 'Start assessment' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Skill area 1: Leadership and Vision' })).toBeInTheDocument();
    const [first] = await listAssessments();
    expect(first?.ok && first.assessment.framework).toEqual({ editionId: 'cosn-cto-2009', dataVersion: 1 });
  });

  it('refuses an empty title and stores nothing', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByText(/No assessments yet/);
    await user.type(screen.getByLabelText('Title (required)'), '   ');
    await user.click(screen.getByRole('button', { name: 'Start assessment' }));
    expect(screen.getByText(/Give the assessment a title/)).toBeInTheDocument();
    expect(screen.getByLabelText('Title (required)')).toHaveFocus();
    expect(await listAssessments()).toEqual([]);
  });

  it('lists assessments with their completion, newest edit first', async () => {
    const framework = await loadFramework('cosn-cto-2009');
    const ten = indicatorsOf(framework).slice(0, 10);
    await storedAssessment({ title: 'Older', updatedAt: '2026-01-01T00:00:00.000Z' });
    await storedAssessment({
      title: 'Newer',
      updatedAt: '2026-11-01T00:00:00.000Z',
      answers: Object.fromEntries(ten.map((i) => [i.id, { current: 'proficient' }])),
    });
    markSessionStarted();
    renderApp('/');

    const cards = await screen.findAllByRole('listitem', { name: /Older|Newer/ });
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['Newer', 'Older']);
    const percent = Math.floor((10 / indicatorsOf(framework).length) * 100);
    expect(within(cards[0] as HTMLElement).getByText(`${percent}% complete`)).toBeInTheDocument();
    expect(within(cards[1] as HTMLElement).getByText('0% complete')).toBeInTheDocument();
    expect(within(cards[0] as HTMLElement).getByText('Dana Ruiz · CTO · Lakeside USD')).toBeInTheDocument();
  });

  it('renames, duplicates, deletes after confirming, and undoes the delete', async () => {
    const user = userEvent.setup();
    const original = await storedAssessment({ title: 'Spring', answers: { '1A': { current: 'leading', note: 'evidence' } } });
    markSessionStarted();
    renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Rename Spring' }));
    const titleField = screen.getByLabelText('New title');
    await user.clear(titleField);
    await user.type(titleField, 'Spring 2027');
    await user.click(screen.getByRole('button', { name: 'Save title' }));
    expect(await screen.findByRole('heading', { name: 'Spring 2027' })).toBeInTheDocument();
    const renamed = await loadAssessment(original.id);
    expect(renamed?.ok && renamed.assessment.title).toBe('Spring 2027');

    await user.click(screen.getByRole('button', { name: 'Duplicate Spring 2027' }));
    expect(await screen.findByRole('heading', { name: 'Copy of Spring 2027' })).toBeInTheDocument();
    const all = await listAssessments();
    const copy = all.find((r) => r.ok && r.assessment.title === 'Copy of Spring 2027');
    expect(copy?.ok && copy.assessment.answers['1A']).toEqual({ current: 'leading', note: 'evidence' });

    await user.click(screen.getByRole('button', { name: 'Delete Spring 2027' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Spring 2027”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete assessment' }));
    expect(await screen.findByText('Deleted “Spring 2027”.')).toBeInTheDocument();
    expect(await loadAssessment(original.id)).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: 'Spring 2027' })).toBeInTheDocument();
    const restored = await loadAssessment(original.id);
    expect(restored?.ok && restored.assessment.answers['1A']?.current).toBe('leading');
  });

  it('cancelling the delete dialog keeps the assessment', async () => {
    const user = userEvent.setup();
    const kept = await storedAssessment({ title: 'Keep me' });
    markSessionStarted();
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Delete Keep me' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await loadAssessment(kept.id))?.ok).toBe(true);
  });

  it('on the first visit of a session, resumes the last assessment where it was left', async () => {
    const last = await storedAssessment({ title: 'Resume me', lastSkillAreaId: '7' });
    await saveLastAssessmentId(last.id);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Skill area 7: Information Technology Management' })).toBeInTheDocument();
  });

  it('shows the storage problem instead of a blank page when IndexedDB refuses to open', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser is not letting the app save anything');
    await waitFor(() => expect(open).toHaveBeenCalled());
  });
});
