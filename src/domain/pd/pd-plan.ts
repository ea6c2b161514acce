import type { Assessment, PdAction } from '../assessment/assessment.ts';

export const MAX_PLAN_TEXT = 5_000;
/** Actions one plan can hold. */
export const MAX_PD_ACTIONS = 200;

export interface NewPdAction {
  id: string;
  title: string;
  goal?: string;
  skillAreaIds: string[];
  activityId?: string;
  effort?: { hours: number; label: string };
  cost?: 'free' | 'low' | 'high';
  dueDate?: string;
}

export type PdActionChange = Partial<Pick<PdAction, 'title' | 'goal' | 'dueDate' | 'status' | 'evidence'>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date as yyyy-mm-dd, or undefined: 2024-02-30 would make the stored record unreadable. */
function cleanDate(date: string | undefined): string | undefined {
  if (!date || !DATE.test(date)) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

function withPlan(assessment: Assessment, pdPlan: PdAction[], now: string): Assessment {
  return { ...assessment, pdPlan, updatedAt: now, revision: assessment.revision + 1 };
}

export function addPdAction(assessment: Assessment, action: NewPdAction, now: string): Assessment {
  const title = action.title.trim().slice(0, 200);
  if (!title || assessment.pdPlan.length >= MAX_PD_ACTIONS || assessment.pdPlan.some((a) => a.id === action.id)) return assessment;
  const added: PdAction = {
    id: action.id,
    title,
    goal: (action.goal ?? '').slice(0, MAX_PLAN_TEXT),
    skillAreaIds: [...action.skillAreaIds],
    ...(action.activityId ? { activityId: action.activityId } : {}),
    ...(action.effort ? { effort: { ...action.effort } } : {}),
    ...(action.cost ? { cost: action.cost } : {}),
    ...(cleanDate(action.dueDate) ? { dueDate: cleanDate(action.dueDate) } : {}),
    status: 'planned',
    evidence: '',
    createdAt: now,
  };
  return withPlan(assessment, [...assessment.pdPlan, added], now);
}

/** Applies a change; marking an action done stamps when, reopening it clears the stamp. */
export function updatePdAction(assessment: Assessment, actionId: string, change: PdActionChange, now: string): Assessment {
  const current = assessment.pdPlan.find((a) => a.id === actionId);
  if (!current) return assessment;
  const next: PdAction = { ...current };
  if (change.title !== undefined && change.title.trim()) next.title = change.title.trim().slice(0, 200);
  if (change.goal !== undefined) next.goal = change.goal.slice(0, MAX_PLAN_TEXT);
  if (change.evidence !== undefined) next.evidence = change.evidence.slice(0, MAX_PLAN_TEXT);
  if ('dueDate' in change) {
    const due = cleanDate(change.dueDate);
    if (due) next.dueDate = due;
    else delete next.dueDate;
  }
  if (change.status && change.status !== current.status) {
    next.status = change.status;
    if (change.status === 'done') next.completedAt = now;
    else delete next.completedAt;
  }
  return withPlan(assessment, assessment.pdPlan.map((a) => (a.id === actionId ? next : a)), now);
}

export function removePdAction(assessment: Assessment, actionId: string, now: string): Assessment {
  if (!assessment.pdPlan.some((a) => a.id === actionId)) return assessment;
  return withPlan(assessment, assessment.pdPlan.filter((a) => a.id !== actionId), now);
}

/**
 * Actions finished after `from` and no later than `to` (ISO times), each once. Plans are given oldest
 * first, and a later plan's copy of an action wins: one reopened since is not counted.
 */
export function actionsCompletedBetween(plans: PdAction[][], from: string, to: string): PdAction[] {
  const latest = new Map<string, PdAction>();
  for (const action of plans.flat()) latest.set(action.id, action);
  return [...latest.values()]
    .filter((action) => action.status === 'done' && action.completedAt && action.completedAt > from && action.completedAt <= to)
    .sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? ''));
}
