import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PdAction } from '../../src/domain/assessment/assessment.ts';
import { localDay } from '../../src/lib/format.ts';
import { parseCsv } from '../domain/parse-csv.ts';
import { renderApp, storedAssessment } from './render-app.tsx';

function action(change: Partial<PdAction> & Pick<PdAction, 'id' | 'title'>): PdAction {
  return { goal: '', skillAreaIds: ['9'], status: 'planned', evidence: '', createdAt: '2026-01-11T09:00:00.000Z', ...change };
}

/** Fall: Leadership 2.0, Strategic Planning 1.0. Spring (started from Fall): Leadership 3.0, Strategic Planning 1.0, Business Management 3.0. */
async function fallAndSpring() {
  const fall = await storedAssessment({
    title: 'Fall 2026',
    createdAt: '2026-01-10T12:00:00.000Z',
    updatedAt: '2026-03-01T12:00:00.000Z',
    answers: { '1A': { current: 'developing' }, '1B': { current: 'developing' }, '2A': { current: 'emerging' } },
    pdPlan: [
      action({
        id: 'done-between',
        title: 'Shadow our CFO during budget season',
        status: 'done',
        completedAt: '2026-03-01T15:00:00.000Z',
        evidence: 'Sat in on 3 budget meetings',
      }),
      action({ id: 'still-planned', title: 'Read on strategic planning' }),
    ],
  });
  // Same person, started between the two: the fallback baseline if the link were ignored.
  await storedAssessment({ title: 'Unrelated check-in', createdAt: '2026-04-01T12:00:00.000Z', updatedAt: '2026-04-01T12:00:00.000Z' });
  const spring = await storedAssessment({
    title: 'Spring 2027',
    createdAt: '2026-06-01T12:00:00.000Z',
    updatedAt: '2026-06-01T12:00:00.000Z',
    previousAssessmentId: fall.id,
    answers: { '1A': { current: 'proficient' }, '1B': { current: 'proficient' }, '2A': { current: 'emerging' }, '9A': { current: 'proficient' } },
  });
  return { fall, spring };
}

/** jsdom's Blob has no text(): read it as the browser's FileReader would (which drops the BOM). */
function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing was downloaded'));
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error('the download could not be read'));
    reader.readAsText(blob);
  });
}

function changeRow(table: HTMLElement, area: string): (string | null)[] {
  const row = within(table).getByRole('row', { name: new RegExp(`^${area}`) });
  return Array.from(row.children, (cell) => cell.textContent);
}

describe('comparison screen', () => {
  // jsdom has no object URLs: the download test gives it its own, and they go with it.
  const objectUrls = { createObjectURL: URL.createObjectURL.bind(URL), revokeObjectURL: URL.revokeObjectURL.bind(URL) };
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, objectUrls);
  });

  it('compares a later assessment with the one it was started from, and lists the development done in between', async () => {
    const { fall, spring } = await fallAndSpring();
    renderApp(`/compare?to=${spring.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Compare two assessments' })).toBeInTheDocument();
    const earlierSelect = await screen.findByLabelText('Earlier assessment');
    expect(earlierSelect).toHaveValue(fall.id);
    expect(earlierSelect).toHaveDisplayValue('Fall 2026 — Dana Ruiz (started 2026-01-10)');
    expect(screen.getByLabelText('Later assessment')).toHaveDisplayValue('Spring 2027 — Dana Ruiz (started 2026-06-01)');

    const table = screen.getByRole('table', { name: 'Average current level in “Fall 2026” (started 2026-01-10) and “Spring 2027” (started 2026-06-01)' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Skill area', 'Before', 'After', 'Change']);
    expect(changeRow(table, 'Leadership and Vision')).toEqual(['Leadership and Vision', '2.0', '3.0', '+1.0 up']);
    expect(changeRow(table, 'Strategic Planning')).toEqual(['Strategic Planning', '1.0', '1.0', 'no change']);
    expect(changeRow(table, 'Business Management')).toEqual(['Business Management', '—', '3.0', '—']);
    expect(changeRow(table, 'Data Management')).toEqual(['Data Management', '—', '—', '—']);
    expect(changeRow(table, 'All rated indicators')).toEqual(['All rated indicators', '1.7', '2.5', '+0.8 up']);

    const chart = await screen.findByRole('figure', { name: 'Before and after, by skill area' });
    expect(chart).toHaveAccessibleDescription('Up: Leadership and Vision. Pale dashed bars: the earlier assessment; solid bars: the later one.');

    const completed = screen.getByRole('heading', { name: 'Development completed in between' }).nextElementSibling as HTMLElement;
    const items = within(completed).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/^Shadow our CFO during budget season — done .+ · Evidence: Sat in on 3 budget meetings$/);
    expect(screen.queryByText(/Read on strategic planning/)).not.toBeInTheDocument();
  });

  it('prints, and exports for spreadsheets the figures the screen shows, in a file named after the two assessments', async () => {
    const user = userEvent.setup();
    const { spring } = await fallAndSpring();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:comparison';
    });
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderApp(`/compare?to=${spring.id}`);

    expect(await screen.findByRole('heading', { level: 2, name: '“Fall 2026” compared with “Spring 2027”' })).toBeInTheDocument();
    expect(screen.getByText(/^Earlier: “Fall 2026” \(Dana Ruiz, started 2026-01-10, Version 2\.0 of the framework\)\. Later: “Spring 2027”/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Average current level in “Fall 2026”/ });
    const leadership = changeRow(table, 'Leadership and Vision');
    const indicators = screen.getByRole('table', { name: 'Indicators that changed, in framework order' });
    const shown1A = Array.from(within(indicators).getByRole('row', { name: /^1A / }).children, (cell) => cell.textContent);

    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Export for spreadsheets (CSV)' }));
    expect(names).toEqual([`fall-2026-to-spring-2027-comparison-${localDay(new Date().toISOString())}.csv`]);
    expect(screen.getByText(/^The CSV file was downloaded: one row per skill area and per indicator/)).toBeInTheDocument();
    const [header, ...rows] = parseCsv((await blobText(blobs[0])).replace(/^\uFEFF/, ''));
    expect(header).toEqual(['Kind', 'Code', 'Title', 'Skill area', 'Before: Fall 2026', 'After: Spring 2027', 'Change', 'Movement']);
    // The skill area's row holds the figures of the screen's table: 2.0 → 3.0, +1.0 up.
    expect(leadership).toEqual(['Leadership and Vision', '2.0', '3.0', '+1.0 up']);
    expect(rows.find((row) => row[0] === 'Skill area' && row[2] === 'Leadership and Vision')).toEqual(['Skill area', '1', 'Leadership and Vision', 'Leadership and Vision', '2.0', '3.0', '1.0', 'rose']);
    expect(rows.find((row) => row[0] === 'All rated indicators')?.slice(4)).toEqual(['1.7', '2.5', '0.8', 'rose']);
    // And each indicator's row those of the indicator table: 1A rose from 2 to 3.
    expect(shown1A.slice(2)).toEqual(['2', '3', 'Rose (+1.0 up)']);
    expect(rows.find((row) => row[1] === '1A')?.slice(4)).toEqual(['2', '3', '1.0', 'rose']);
    expect(rows.find((row) => row[1] === '9A')?.slice(4)).toEqual(['', '3', '', 'new']);
    expect(rows.find((row) => row[1] === '2A')?.slice(4)).toEqual(['1', '1', '0.0', 'same']);
  });

  it('says two assessments are needed when there is only one', async () => {
    const only = await storedAssessment();
    renderApp(`/compare?to=${only.id}`);
    const message = await screen.findByText(/You need two assessments to compare\./);
    expect(within(message).getByRole('link', { name: 'My assessments' })).toHaveAttribute('href', '/');
    expect(screen.queryByLabelText('Earlier assessment')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks for two different assessments when the same one is chosen twice', async () => {
    const user = userEvent.setup();
    const { spring } = await fallAndSpring();
    const { router } = renderApp(`/compare?to=${spring.id}`);
    await screen.findByRole('table', { name: /^Average current level in “Fall 2026”/ });

    await user.selectOptions(screen.getByLabelText('Earlier assessment'), spring.id);

    expect(screen.getByText('Choose two different assessments.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Development completed in between' })).not.toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe(spring.id);
  });
});
