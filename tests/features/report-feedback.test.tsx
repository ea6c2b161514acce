import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FeedbackRequest, FeedbackResponse } from '../../src/domain/feedback/feedback.ts';
import { compareWithOthers } from '../../src/domain/feedback/self-vs-others.ts';
import { reportFeedbackOf } from '../../src/domain/report/report-feedback.ts';
import { buildReport } from '../../src/domain/report/report-model.ts';
import { analyseGaps } from '../../src/domain/results/gaps.ts';
import { ReportDocument } from '../../src/features/report/report-document.tsx';
import { ratedAssessment, SHIPPED } from '../builders/assessment.ts';
import { shippedFramework as fw } from '../domain/shipped-framework.ts';

const NOW = '2026-11-20T09:00:00.000Z';

/** A principal rating every indicator of area 1 at one level and of area 2 at another. */
function principal(id: string, one: string, two: string): FeedbackResponse {
  const ratings: Record<string, string> = {};
  for (const code of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) {
    ratings[`1${code}`] = one;
    ratings[`2${code}`] = two;
  }
  return { id, requestId: 'q1', group: 'principals', ratings, comments: { '1': `Private remark ${id}` }, submittedAt: NOW };
}

function request(responses: FeedbackResponse[]): FeedbackRequest {
  return {
    id: 'q1',
    assessmentId: 'a1',
    leaderName: 'Sam Ortiz',
    district: '',
    framework: SHIPPED,
    skillAreaIds: ['1', '2'],
    groups: ['principals', 'board'],
    createdAt: NOW,
    invitees: [],
    responses,
    updatedAt: NOW,
  };
}

// Self: Leadership and Vision Proficient (3), Strategic Planning Leading (4).
const assessment = ratedAssessment({ id: 'a1', title: 'Fall review', areas: { '1': 'PPPPPPPP', '2': 'LLLLLLLL' } });

function reportWith(responses: FeedbackResponse[] | undefined) {
  const comparison = responses && compareWithOthers(fw, request(responses), analyseGaps(fw, assessment).skillAreas);
  const feedback = comparison && reportFeedbackOf(comparison, NOW);
  return buildReport(fw, assessment, { includeNotes: false, generatedAt: NOW, ...(feedback ? { feedback } : {}) });
}

describe('the report’s optional “Self against others” section', () => {
  it('names blind spots and hidden strengths, shows only groups of three or more, and never a comment', () => {
    const board = { ...principal('w', 'emerging', 'emerging'), group: 'board' as const };
    render(<ReportDocument report={reportWith([principal('x', 'leading', 'developing'), principal('y', 'leading', 'developing'), principal('z', 'leading', 'developing'), board])} />);
    const section = screen.getByRole('heading', { name: 'Self against others: colleagues’ feedback' }).closest('section')!;
    expect(section).toHaveTextContent('4 colleagues answered the request of');
    expect(section).toHaveTextContent('Possible blind spots (own rating a level or more above colleagues’): Strategic Planning.');
    expect(section).toHaveTextContent('Hidden strengths (colleagues rate a level or more above the own rating): Leadership and Vision.');
    const rows = within(section).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toContain('Leadership and Vision3.04.0 (3)Principals: 4.0 (3)hidden strength');
    expect(rows).toContain('Strategic Planning4.02.0 (3)Principals: 2.0 (3)possible blind spot');
    // The one board member is held back; nobody's comment reaches the report.
    expect(section).toHaveTextContent('Some answers are held back');
    expect(section).not.toHaveTextContent(/Board|Private remark/);
  });

  it('is left out unless chosen, and when nobody has answered', () => {
    for (const report of [reportWith(undefined), reportWith([])]) {
      expect(report.feedback).toBeUndefined();
      const { unmount } = render(<ReportDocument report={report} />);
      expect(screen.queryByRole('heading', { name: /Self against others/ })).not.toBeInTheDocument();
      unmount();
    }
  });
});
