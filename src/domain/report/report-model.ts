import type { Assessment, PdActionStatus } from '../assessment/assessment.ts';
import { assessmentProgress } from '../assessment/progress.ts';
import type { Framework } from '../framework/framework.ts';
import { areaSeries, categorySeries } from '../results/chart-series.ts';
import type { GapStatus } from '../results/gaps.ts';
import { analyseGaps, rankGaps } from '../results/gaps.ts';
import { strengthsOf } from '../results/strengths.ts';
import { summaryOf } from './report-summary.ts';
import { areaRef, chartSummary, groupsOf, reportGap, strengthOf } from './report-results.ts';
import { commentsOf, notesOf, planOf } from './report-sections.ts';
import type { ReportGlance, ReportModel, ReportOptions, ReportPlanAction } from './report-types.ts';

/** The report's types live in report-types.ts; callers import them from here, with buildReport. */
export type * from './report-types.ts';

function countStatus(plan: ReportPlanAction[]): ReportGlance['plan'] {
  const count = (status: PdActionStatus) => plan.filter((action) => action.status === status).length;
  return { planned: count('planned'), 'in-progress': count('in-progress'), done: count('done'), total: plan.length };
}

export function buildReport(framework: Framework, assessment: Assessment, options: ReportOptions): ReportModel {
  const progress = assessmentProgress(framework, assessment);
  const analysis = analyseGaps(framework, assessment);
  const points = areaSeries(analysis);
  const gaps = rankGaps(analysis).map((gap) => reportGap(framework, gap));
  const byStatus = (status: GapStatus) => analysis.skillAreas.filter((area) => area.status === status);
  const plan = planOf(framework, assessment, options.includeNotes);
  const comments = commentsOf(framework, assessment);
  const strengths = strengthsOf(framework, analysis);
  const title = assessment.title || 'Self-assessment';
  const whose = assessment.respondent.name ? ` – ${assessment.respondent.name}` : '';
  const strengthRows = strengths.areas.map(strengthOf);
  const topRated = strengths.topRated.map(({ indicator, skillArea }) => ({ indicatorId: indicator.id, code: indicator.code, text: indicator.text, areaTitle: skillArea.title }));

  return {
    title,
    documentTitle: `${title}${whose} – self-assessment report`,
    cover: {
      assessmentTitle: assessment.title,
      respondent: { ...assessment.respondent },
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      framework: { title: framework.title, edition: framework.edition, published: framework.published, publisher: framework.source.publisher },
      generatedAt: options.generatedAt,
      ...(assessment.received ? { received: { ...assessment.received } } : {}),
    },
    summary: summaryOf({ assessment, completion: progress.completion, areaCount: analysis.skillAreas.length, gaps, strengths: strengthRows, topRated, plan }),
    runningHeader: [title, assessment.respondent.name.trim()].filter(Boolean).join(' · '),
    includesDetail: options.includeDetail ?? true,
    scale: framework.rubric.levels.map(({ value, name, summary }) => ({ value, name, summary })),
    notApplicableName: framework.rubric.notApplicable.name,
    glance: {
      completion: progress.completion,
      ratedWithLevel: analysis.rated,
      areaCount: analysis.skillAreas.length,
      areasBelowTarget: byStatus('below-target').length,
      areasOnTarget: byStatus('on-target').length,
      areasAboveTarget: byStatus('above-target').length,
      areasUnrated: byStatus('unrated').length,
      topGaps: gaps.slice(0, 3),
      plan: countStatus(plan),
      commentCount: comments.total,
    },
    chart: { points, maxLevel: framework.rubric.levels.length, summary: chartSummary(points) },
    groups: groupsOf(progress, analysis, categorySeries(analysis), points),
    gaps,
    strengths: strengthRows,
    topRated,
    unrated: byStatus('unrated').map((area) => areaRef(area.skillArea)),
    plan,
    comments,
    includesNotes: options.includeNotes,
    notes: options.includeNotes ? notesOf(framework, assessment) : [],
    source: { ...framework.source },
  };
}
