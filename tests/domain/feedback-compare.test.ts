import { describe, expect, it } from 'vitest';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import type { FeedbackRequest, FeedbackResponse } from '../../src/domain/feedback/feedback.ts';
import { levelAnchors, NOT_SEEN, observerText } from '../../src/domain/feedback/feedback.ts';
import { compareWithOthers } from '../../src/domain/feedback/self-vs-others.ts';
import { gapsWithColleaguesView } from '../../src/domain/feedback/feedback-gaps.ts';
import { analyseGaps } from '../../src/domain/results/gaps.ts';
import { ratedAssessment, SHIPPED } from '../builders/assessment.ts';
import { shippedFramework as fw } from './shipped-framework.ts';

const NOW = '2026-11-20T09:00:00.000Z';
const [leadership, planning] = skillAreasOf(fw);

function answer(id: string, levels: Record<string, string>): FeedbackResponse {
  const ratings: Record<string, string> = {};
  for (const area of [leadership, planning]) for (const indicator of area?.indicators ?? []) ratings[indicator.id] = levels[area?.id ?? ''] ?? NOT_SEEN;
  return { id, requestId: 'q', group: 'principals', ratings, comments: {}, submittedAt: NOW };
}

const request = (responses: FeedbackResponse[]): FeedbackRequest => ({
  id: 'q',
  assessmentId: 'a',
  leaderName: 'Sam',
  district: '',
  framework: SHIPPED,
  skillAreaIds: ['1', '2'],
  groups: ['principals'],
  createdAt: NOW,
  invitees: [],
  responses,
  updatedAt: NOW,
});

describe('self against others', () => {
  it('words an indicator for an observer, and anchors it with the indicator’s own levels, as the leader sees them', () => {
    const indicator = leadership!.indicators[0]!;
    expect(observerText(indicator)).toBe(`The technology leader ${indicator.text.charAt(0).toLowerCase()}${indicator.text.slice(1)}`);
    expect(levelAnchors(indicator)).toBe(indicator.levels);
    expect(Object.keys(levelAnchors(indicator)).sort()).toEqual(fw.rubric.levels.map((level) => level.id).sort());
  });

  it('names a blind spot a level above others and a hidden strength a level below, and suggestions use the colleagues’ level', () => {
    // Self: Leadership Proficient (3), Strategic Planning Leading (4); target Proficient by default.
    const assessment = ratedAssessment({ areas: { '1': 'PPPPPPPP', '2': 'LLLLLLLL' } });
    const three = ['x', 'y', 'z'].map((id) => answer(id, { '1': 'leading', '2': 'developing' }));
    const analysis = analyseGaps(fw, assessment);
    const comparison = compareWithOthers(fw, request(three), analysis.skillAreas);
    expect(comparison.hiddenStrengths.map((a) => a.skillArea.title)).toEqual(['Leadership and Vision']);
    expect(comparison.blindSpots.map((a) => [a.skillArea.title, a.self, a.allOthers?.average])).toEqual([['Strategic Planning', 4, 2]]);
    const { ranked, adjusted } = gapsWithColleaguesView(analysis, comparison);
    expect(adjusted).toEqual(['2']);
    expect(ranked.map((gap) => [gap.skillArea.title, gap.gap, gap.current])).toEqual([['Strategic Planning', 1, 2]]);
    expect(ranked[0]?.reason).toContain('Colleagues rate this area 2 levels below your own rating');
  });
});
