import { describe, expect, it } from 'vitest';
import { startReassessmentOn } from '../../src/domain/assessment/carry-over.ts';
import { rateIndicator } from '../../src/domain/assessment/assessment.ts';
import { compareAcrossEditions } from '../../src/domain/results/compare.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { shippedCrosswalk, shippedFramework, shippedFramework2019 } from './shipped-framework.ts';

const move = { from: shippedFramework, to: shippedFramework2019, crosswalk: shippedCrosswalk };

describe('comparing a 2009 and a 2019 assessment', () => {
  const earlier = ratedAssessment({ id: 'old', areas: { '7': 'DDDDDDDD', '6': 'LLLLLLL' }, now: '2024-03-01T09:00:00.000Z' });
  const carried = startReassessmentOn(move, earlier, 'new', 'Fall 2026', '2026-11-01T09:00:00.000Z');
  const later = ['6A', '6B', '6C'].reduce((a, id) => rateIndicator(a, id, 'proficient', '2026-11-02T09:00:00.000Z'), carried);
  const comparison = compareAcrossEditions(move, earlier, later);
  const row = (id: string) => comparison.skillAreas.find((r) => r.skillArea.id === id);

  it('sets each 2019 area beside the 2009 area it came from', () => {
    expect(row('7')).toMatchObject({ before: 2, comparedWith: [expect.objectContaining({ code: '7' })] });
    // 6A–6C now Proficient (3), 6D, 6E and 6F carried at Developing (2): mean 15/6.
    expect(row('7')?.after).toBeCloseTo(2.5);
    expect(row('7')?.change).toBeCloseTo(0.5);
    expect(row('7')?.skillArea.code).toBe('6');
  });

  it('gives a new area no earlier figure and lists the retired one apart', () => {
    expect(row('DPS')).toMatchObject({ comparedWith: [], before: undefined, change: undefined });
    expect(comparison.acrossEditions?.retiredAreas.map((a) => a.title)).toEqual(['Stakeholder Focus']);
    expect(comparison.skillAreas.map((r) => r.skillArea.id)).not.toContain('6');
  });
});
