import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import { buildReport } from '../../src/domain/report/report-model.ts';
import { markReceived } from '../../src/domain/review/review.ts';
import { ReportDocument } from '../../src/features/report/report-document.tsx';
import { freshAssessment, ratedAssessment } from '../builders/assessment.ts';
import { shippedFramework as fw } from '../domain/shipped-framework.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const GENERATED = '2024-05-02T08:00:00.000Z';
const ATTACK = '<script>alert(1)</script>';

/** Strategic Planning 1.5, Business Management 2.0 (high importance, so #1), Leadership and Vision 4.0 (a strength). */
function assessment(name = 'Dana Ruiz'): Assessment {
  return ratedAssessment({
    id: 'd1',
    respondent: { name, role: 'CTO', district: 'Lakeside USD' },
    now: NOW,
    ratings: { '2A': 'emerging', '2B': 'developing', '9A': 'emerging', '9B': 'proficient', '1A': 'leading' },
    importance: { '9': 'high' },
    notes: { '2A': `No plan yet. ${ATTACK}` },
    plan: [{ id: 'p1', title: 'Shadow the business office', skillAreaIds: ['9'], dueDate: '2024-06-30', status: 'done', evidence: 'Sat in on budget meetings.' }],
    comments: [{ id: 'c1', skillAreaId: '2', text: 'Please bring the plan.', author: 'Sam Lee', authorRole: 'Superintendent' }],
  });
}

function renderReport(a: Assessment, includeNotes = false) {
  return render(<ReportDocument report={buildReport(fw, a, { includeNotes, generatedAt: GENERATED })} />);
}

function section(heading: string): HTMLElement {
  const found = screen.getByRole('heading', { level: 2, name: heading }).closest('section');
  if (!found) throw new Error(`no section "${heading}"`);
  return found;
}

describe('ReportDocument', () => {
  it('shows the title, the respondent and every skill area', () => {
    renderReport(assessment());
    expect(screen.getByRole('heading', { level: 1, name: 'Spring review' })).toBeInTheDocument();
    expect(screen.getByText('Dana Ruiz')).toBeInTheDocument();
    expect(screen.getByText('Lakeside USD')).toBeInTheDocument();
    expect(document.querySelector(`time[datetime="${GENERATED}"]`)).not.toBeNull();
    const table = screen.getByRole('table', { name: 'Completion and average levels by grouping and skill area' });
    const rowHeaders = within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    for (const area of skillAreasOf(fw)) {
      expect(rowHeaders).toContain(area.kind === 'coreValue' ? area.title : `${area.code}. ${area.title}`);
    }
    expect(screen.getByText(fw.source.disclaimer)).toBeInTheDocument();
    expect(screen.getByText(fw.source.credit)).toBeInTheDocument();
  });

  it('lists the gaps in rank order, each with its figures, reason and indicators', () => {
    renderReport(assessment());
    const gaps = within(section('Priorities: skill areas with indicators below target')).getAllByRole('heading', { level: 3 });
    expect(gaps.map((h) => h.textContent)).toEqual(['#1 Business Management', '#2 Strategic Planning']);
    const first = screen.getByRole('listitem', { name: '#1 Business Management' });
    expect(first).toHaveTextContent('Average shortfall of 1 level across 1 of 2 rated indicators, counted double because it is marked high importance.');
    expect(first).toHaveTextContent(/Current\s*2\.0\s*Target\s*3\.0\s*Gap\s*1\.0\s*Average shortfall per indicator\s*1\.0\s*Importance\s*High\s*Priority score\s*2\.0/);
    expect(within(first).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^9A .*Emerging, target Proficient: 2 levels below$/),
    ]);
    const glance = section('At a glance');
    expect(within(glance).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Business Management: current 2\.0 against a target of 3\.0 \(gap 1\.0; high importance\)\.$/),
      expect.stringMatching(/^Strategic Planning: current 1\.5 against a target of 3\.0 \(gap 1\.5\)\.$/),
    ]);
    expect(section('Strengths')).toHaveTextContent('Leadership and Vision: current 4.0 against a target of 3.0');
  });

  it('draws the chart as inline SVG with a title, a description, bars and a labelled axis', () => {
    const { container } = renderReport(assessment());
    const chart = screen.getByRole('img', { name: 'Current and target level by skill area' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelector('title')?.textContent).toBe('Current and target level by skill area');
    expect(chart).toHaveAccessibleDescription(/3 of 15 skill areas rated/);
    expect(chart.querySelectorAll('rect[fill="#1d4e89"]')).toHaveLength(1 + 3);
    expect(chart.querySelectorAll('rect[stroke="#b35900"][stroke-dasharray]')).toHaveLength(1 + 3);
    const axis = [...chart.querySelectorAll('text')].map((t) => t.textContent);
    expect(axis).toEqual(expect.arrayContaining(['0', '1Emerging', '2Developing', '3Proficient', '4Leading']));
    const figure = chart.closest('figure');
    expect(figure).toHaveAccessibleName('Current and target level by skill area');
    expect(figure).toHaveAccessibleDescription(/The largest gap is in Strategic Planning/);
    expect(container.querySelector('canvas, img, image')).toBeNull();
  });

  it('shows notes and plan evidence only when they are included', () => {
    renderReport(assessment());
    expect(screen.queryByRole('heading', { name: 'Evidence notes' })).toBeNull();
    expect(screen.queryByText(/No plan yet/)).toBeNull();
    expect(screen.queryByText('Sat in on budget meetings.')).toBeNull();
    expect(screen.getByText('Not included')).toBeInTheDocument();
  });

  it('with notes included, shows each under its skill area', () => {
    renderReport(assessment(), true);
    const notes = section('Evidence notes');
    expect(within(notes).getByRole('heading', { level: 3, name: 'Skill area 2: Strategic Planning' })).toBeInTheDocument();
    expect(within(notes).getByText(`No plan yet. ${ATTACK}`)).toBeInTheDocument();
    expect(within(section('Professional development plan')).getByRole('cell', { name: 'Sat in on budget meetings.' })).toBeInTheDocument();
  });

  it('renders names and notes holding markup as literal text, never as elements', () => {
    const { container } = renderReport(assessment(`Dana ${ATTACK}`), true);
    expect(screen.getByText(`Dana ${ATTACK}`)).toBeInTheDocument();
    expect(screen.getByText(`No plan yet. ${ATTACK}`)).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
  });

  it('shows the plan and the attributed reviewer comments', () => {
    renderReport(assessment());
    const plan = within(section('Professional development plan')).getByRole('table', { name: 'Development actions, with the skill areas they serve' });
    expect(within(plan).getByRole('rowheader', { name: 'Shadow the business office' })).toBeInTheDocument();
    expect(within(plan).getByRole('cell', { name: 'Business Management' })).toBeInTheDocument();
    expect(within(plan).getByRole('cell', { name: 'Done' })).toBeInTheDocument();
    expect(plan.querySelector('time[datetime="2024-06-30"]')).not.toBeNull();
    const comments = section('Reviewer comments');
    expect(within(comments).getByRole('heading', { level: 3, name: 'Skill area 2: Strategic Planning' })).toBeInTheDocument();
    expect(comments).toHaveTextContent(/Sam Lee, Superintendent · .*Please bring the plan\./);
    expect(comments.querySelector(`time[datetime="${NOW}"]`)).not.toBeNull();
  });

  it('marks a received copy', () => {
    renderReport(markReceived(assessment(), 'dana.json', GENERATED));
    expect(screen.getByText(/Received copy\./).closest('p')).toHaveTextContent('Imported from the file “dana.json”');
  });

  it('has one h1 and headings that never skip a level, tables with captions and scoped headers', () => {
    const { container } = renderReport(assessment(), true);
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
    const tables = [...container.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) expect(table.querySelector('caption')?.textContent).toBeTruthy();
    for (const th of container.querySelectorAll('th')) expect(['col', 'row']).toContain(th.getAttribute('scope'));
  });

  it('says so when nothing is rated, and still draws every area as not rated', () => {
    const empty = freshAssessment({ id: 'e', title: 'New', now: NOW });
    renderReport(empty);
    expect(screen.getByText('No priorities to rank: nothing rated is below its target.')).toBeInTheDocument();
    expect(screen.getAllByText('Not given')).toHaveLength(3);
    const chart = screen.getByRole('img', { name: 'Current and target level by skill area' });
    expect([...chart.querySelectorAll('text')].filter((t) => t.textContent === 'Not rated')).toHaveLength(15);
  });
});
