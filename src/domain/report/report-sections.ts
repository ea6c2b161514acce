import type { Assessment, PdActionStatus, ReviewComment } from '../assessment/assessment.ts';
import { NOT_APPLICABLE } from '../assessment/assessment.ts';
import type { Framework, SkillArea } from '../framework/framework.ts';
import { findLevel, indicatorsOf, skillAreasOf } from '../framework/framework.ts';
import { commentsOn, commentsOnAction } from '../review/review.ts';
import { areaRef } from './report-results.ts';
import type { ReportComment, ReportCommentGroup, ReportComments, ReportNote, ReportNoteGroup, ReportPlanAction } from './report-types.ts';

/** The parts of the report the user wrote: the plan, reviewers' comments and evidence notes. */

export const STATUS_LABELS: Record<PdActionStatus, string> = { planned: 'Planned', 'in-progress': 'In progress', done: 'Done' };

function areaHeading(area: SkillArea): string {
  return `${areaRef(area).label}: ${area.title}`;
}

export function planOf(framework: Framework, assessment: Assessment, includeNotes: boolean): ReportPlanAction[] {
  const titles = new Map(skillAreasOf(framework).map((area) => [area.id, area.title]));
  return assessment.pdPlan.map((action) => ({
    id: action.id,
    title: action.title,
    goal: action.goal,
    skillAreas: action.skillAreaIds.map((id) => titles.get(id) ?? id),
    skillAreaIds: [...action.skillAreaIds],
    status: action.status,
    statusLabel: STATUS_LABELS[action.status],
    ...(action.dueDate ? { dueDate: action.dueDate } : {}),
    ...(action.completedAt ? { completedAt: action.completedAt } : {}),
    ...(includeNotes && action.evidence.trim() ? { evidence: action.evidence } : {}),
  }));
}

function comment({ id, text, author, authorRole, at }: ReviewComment): ReportComment {
  return { id, text, author, authorRole, at };
}

/** Every comment once: on the whole assessment, per skill area in framework order, then any on areas this edition lacks. */
export function commentsOf(framework: Framework, assessment: Assessment): ReportComments {
  const areas = skillAreasOf(framework);
  const known = new Set(areas.map((area) => area.id));
  const groups: ReportCommentGroup[] = areas.map((area) => ({
    area: areaRef(area),
    heading: areaHeading(area),
    comments: commentsOn(assessment, area.id).map(comment),
  }));
  const strays = new Set(assessment.comments.flatMap((c) => (c.skillAreaId !== undefined && !known.has(c.skillAreaId) ? [c.skillAreaId] : [])));
  for (const id of strays) {
    groups.push({ heading: `Skill area “${id}” (not in this edition)`, comments: commentsOn(assessment, id).map(comment) });
  }
  const planIds = new Set(assessment.pdPlan.map((action) => action.id));
  const actions: ReportCommentGroup[] = assessment.pdPlan.map((action) => ({ heading: `Plan action: ${action.title}`, comments: commentsOnAction(assessment, action.id).map(comment) }));
  const removed = new Set(assessment.comments.flatMap((c) => (c.planActionId !== undefined && !planIds.has(c.planActionId) ? [c.planActionId] : [])));
  for (const id of removed) actions.push({ heading: 'A plan action since removed', comments: commentsOnAction(assessment, id).map(comment) });
  return {
    overall: commentsOn(assessment, undefined).map(comment),
    areas: groups.filter((group) => group.comments.length > 0),
    actions: actions.filter((group) => group.comments.length > 0),
    total: assessment.comments.length,
  };
}

function ratingName(framework: Framework, rating: string | undefined): string | undefined {
  if (rating === NOT_APPLICABLE) return framework.rubric.notApplicable.name;
  return findLevel(framework, rating)?.name;
}

function noteOf(framework: Framework, assessment: Assessment, indicatorId: string, code: string, text: string): ReportNote[] {
  const answer = assessment.answers[indicatorId];
  if (!answer?.note?.trim()) return [];
  const rating = ratingName(framework, answer.current);
  return [{ indicatorId, code, text, ...(rating ? { rating } : {}), note: answer.note }];
}

/** Every written note, by skill area in framework order; notes on indicators this edition lacks come last. */
export function notesOf(framework: Framework, assessment: Assessment): ReportNoteGroup[] {
  const groups: ReportNoteGroup[] = skillAreasOf(framework).map((area) => ({
    area: areaRef(area),
    heading: areaHeading(area),
    notes: area.indicators.flatMap((indicator) => noteOf(framework, assessment, indicator.id, indicator.code, indicator.text)),
  }));
  const known = new Set(indicatorsOf(framework).map((indicator) => indicator.id));
  const strays = Object.keys(assessment.answers)
    .filter((id) => !known.has(id))
    .flatMap((id) => noteOf(framework, assessment, id, id, ''));
  if (strays.length > 0) groups.push({ heading: 'Indicators not in this edition', notes: strays });
  return groups.filter((group) => group.notes.length > 0);
}
