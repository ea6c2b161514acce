import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { startReassessmentOn } from '../../src/domain/assessment/carry-over.ts';
import { insertAssessment, loadAssessment } from '../../src/storage/assessment-repository.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { shippedCrosswalk, shippedFramework, shippedFramework2019 } from '../domain/shipped-framework.ts';
import { renderApp } from './render-app.tsx';

const NOW = '2026-11-01T09:00:00.000Z';

async function carriedAssessment() {
  const earlier = ratedAssessment({ id: 'spring-2019', title: 'Spring 2019', areas: { '7': 'PPPPPPPP' } });
  const move = { from: shippedFramework, to: shippedFramework2019, crosswalk: shippedCrosswalk };
  const next = startReassessmentOn(move, earlier, 'fall-2026', 'Fall 2026', NOW);
  await insertAssessment(next);
  return next;
}

describe('the walk on a carried 2019 assessment', () => {
  it('shows where answers came from, what to check and what is new, once per screen, and keeps an answer when asked', async () => {
    const user = userEvent.setup();
    await carriedAssessment();
    renderApp('/assessments/fall-2026/areas/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'Skill area 6: Information Technology Management' })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Answers carried from 2009' })).toHaveTextContent(
      'Started from an assessment on the 2009 edition: 6 answers carried as they were (or checked since), 1 answer marked “please check”, and 8 indicators new in this edition.',
    );
    expect(screen.getAllByText('Levels in general:')).toHaveLength(1);
    const card = (code: string) => screen.getByRole('listitem', { name: new RegExp(`^${code} `) });
    expect(within(card('6A')).getByText('Carried from 2009 (7A).')).toBeInTheDocument();
    expect(within(card('6D')).getByText(/Carried from 2009 \(6A, 6E, 7E\), please check/)).toBeInTheDocument();
    expect(within(card('6G')).getByText(/New in this edition/)).toBeInTheDocument();
    // Each level choice is described by the indicator's own descriptor, not the general sentence.
    expect(within(card('6C')).getByRole('radio', { name: /Emerging/ })).toHaveAccessibleDescription(
      'There is no written recovery plan, and backups have never been restored as a test.',
    );

    await user.click(screen.getByRole('button', { name: 'Keep the carried answer for 6D' }));
    expect(await within(card('6D')).findByText('Carried from 2009 (6A, 6E, 7E).')).toBeInTheDocument();
    const stored = await loadAssessment('fall-2026');
    expect(stored?.ok && stored.assessment.answers['6D']).toEqual({ current: 'proficient', carried: { from: ['6A', '6E', '7E'] } });
  });
});
