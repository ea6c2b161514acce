import type { Assessment } from '../assessment/assessment.ts';
import { assessmentCompletion } from '../assessment/progress.ts';
import type { Framework } from '../framework/framework.ts';
import { plural } from '../plural.ts';

/**
 * When to remind the user to export a backup. Everything lives in this browser only, so a careful app says
 * so after real work — but only then: a dismissal waits for as much new work again.
 */

/** Where one assessment stood, for counting the work done on it since. */
export interface WorkMark {
  /** Goes up by one with every saved change (a keystroke in a note is one). */
  revision: number;
  /** Indicators with a current level. */
  rated: number;
  isComplete: boolean;
}

export interface WorkItem extends WorkMark {
  id: string;
}

/** An assessment's work figures; completeness needs its edition, and without it counts as not complete. */
export function workItemOf(assessment: Assessment, framework: Framework | undefined): WorkItem {
  const rated = Object.values(assessment.answers).filter((answer) => answer.current !== undefined).length;
  const isComplete = framework?.id === assessment.framework.editionId && assessmentCompletion(framework, assessment).percent === 100;
  return { id: assessment.id, revision: assessment.revision, rated, isComplete };
}

export interface BackupState {
  lastBackupAt?: string;
  dismissedAt?: string;
  /** The assessments as they stood at the last backup or dismissal; work is counted from here. */
  baseline: Record<string, WorkMark>;
}

export interface WorkSince {
  changes: number;
  newRatings: number;
  /** Assessments that became complete. */
  completed: number;
}

/**
 * Significant work: about two skill areas rated, or an assessment finished, or a lot of writing (notes and
 * plans save on every keystroke, so changes alone must be many).
 */
export const REMINDER_RULE = { newRatings: 15, changes: 300 } as const;

export const emptyBackupState = (): BackupState => ({ baseline: {} });

export function workSince(state: BackupState, items: readonly WorkItem[]): WorkSince {
  const work: WorkSince = { changes: 0, newRatings: 0, completed: 0 };
  for (const item of items) {
    const mark = Object.hasOwn(state.baseline, item.id) ? state.baseline[item.id] : undefined;
    const changes = Math.max(0, item.revision - (mark?.revision ?? 0));
    work.changes += changes;
    work.newRatings += Math.max(0, item.rated - (mark?.rated ?? 0));
    if (item.isComplete && !mark?.isComplete && changes > 0) work.completed += 1;
  }
  return work;
}

export function isBackupDue(work: WorkSince): boolean {
  return work.completed > 0 || work.newRatings >= REMINDER_RULE.newRatings || work.changes >= REMINDER_RULE.changes;
}

function snapshot(items: readonly WorkItem[]): Record<string, WorkMark> {
  return Object.fromEntries(items.map(({ id, revision, rated, isComplete }) => [id, { revision, rated, isComplete }]));
}

/** After "export everything": the file holds exactly these assessments as they are now. */
export function markBackedUp(state: BackupState, exported: readonly WorkItem[], now: string): BackupState {
  return { ...state, lastBackupAt: now, baseline: snapshot(exported) };
}

/** "Not now": count again from here, so the reminder returns only after as much new work. */
export function snoozeReminder(state: BackupState, items: readonly WorkItem[], now: string): BackupState {
  return { ...state, dismissedAt: now, baseline: snapshot(items) };
}

/** Assessments just read from a file are already kept in that file: they are not new work. */
export function markFromFile(state: BackupState, imported: readonly WorkItem[]): BackupState {
  return { ...state, baseline: { ...state.baseline, ...snapshot(imported) } };
}


/** "rated 18 more indicators and finished an assessment", for the reminder's sentence. */
export function describeWork(work: WorkSince): string {
  const parts: string[] = [];
  if (work.newRatings > 0) parts.push(`rated ${plural(work.newRatings, 'indicator', 'indicators')}`);
  if (work.completed > 0) parts.push(work.completed === 1 ? 'finished an assessment' : `finished ${work.completed} assessments`);
  if (parts.length === 0) parts.push(`made ${plural(work.changes, 'change', 'changes')}`);
  return parts.join(' and ');
}
