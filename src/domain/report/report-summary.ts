import type { Assessment } from '../assessment/assessment.ts';
import type { Completion } from '../assessment/progress.ts';
import type { ReportGap, ReportPlanAction, ReportStrength, ReportSummary, ReportTopIndicator } from './report-types.ts';

/** The executive summary: what a superintendent reads in five minutes, built from the same figures as the detail. */

const STATUS_ORDER = { 'in-progress': 0, planned: 1, done: 2 } as const;

/** The plan action that answers a priority: one serving its area, in progress before planned before done. */
function answeringAction(gap: ReportGap, plan: ReportPlanAction[]): ReportPlanAction | undefined {
  return plan
    .filter((action) => action.skillAreaIds.includes(gap.area.skillAreaId))
    .toSorted((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])[0];
}

function listed(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** One plain sentence: how far along, how many areas are where they should be, and what comes first. */
export function headlineOf(who: string, completion: Completion, areaCount: number, atTarget: number, gaps: ReportGap[]): string {
  const answered = `${who} answered ${completion.answered} of ${completion.total} indicators`;
  if (completion.answered === 0) return `${answered}; there is nothing to summarise yet.`;
  const standing = `${atTarget} of ${areaCount} skill areas are at or above target`;
  const top = gaps.slice(0, 3).map((gap) => gap.area.title);
  return top.length === 0 ? `${answered}: ${standing}, and none has an indicator below target.` : `${answered}: ${standing}; the first priorities are ${listed(top)}.`;
}

/** Strongest first: the largest surplus, then the highest current level, then framework order. */
function topStrengths(strengths: ReportStrength[]): ReportStrength[] {
  return strengths.toSorted((a, b) => b.surplus - a.surplus || (b.current ?? 0) - (a.current ?? 0)).slice(0, 3);
}

interface SummaryInputs {
  assessment: Assessment;
  completion: Completion;
  areaCount: number;
  gaps: ReportGap[];
  strengths: ReportStrength[];
  topRated: ReportTopIndicator[];
  plan: ReportPlanAction[];
}

export function summaryOf({ assessment, completion, areaCount, gaps, strengths, topRated, plan }: SummaryInputs): ReportSummary {
  const who = assessment.respondent.name.trim() || 'The respondent';
  const preparedBy = [assessment.respondent.name.trim(), assessment.respondent.role.trim()].filter(Boolean).join(', ');
  return {
    headline: headlineOf(who, completion, areaCount, strengths.length, gaps),
    priorities: gaps.slice(0, 3).map((gap) => {
      const action = answeringAction(gap, plan);
      return action ? { gap, action } : { gap };
    }),
    strengths: topStrengths(strengths),
    topRatedCount: topRated.length,
    ...(assessment.readerNote?.trim() ? { readerNote: assessment.readerNote.trim() } : {}),
    preparedBy: preparedBy || 'Not given',
    ...(assessment.reviewSignOff ? { reviewedBy: { ...assessment.reviewSignOff } } : {}),
  };
}
