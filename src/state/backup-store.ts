import { create } from 'zustand';
import type { Assessment } from '../domain/assessment/assessment.ts';
import type { WorkSince } from '../domain/data/backup-reminder.ts';
import { isBackupDue, markBackedUp, markFromFile, snoozeReminder, workItemOf, workSince } from '../domain/data/backup-reminder.ts';
import { APP_VERSION } from '../config/app.ts';
import { nowIso } from '../lib/new-id.ts';
import { listAssessments } from '../storage/assessment-repository.ts';
import { loadBackupState, saveBackupState } from '../storage/data-repository.ts';
import { whenSaved } from './assessment-store.ts';
import { loadFramework } from './content-loader.ts';

interface BackupStoreState {
  /** Set when there is significant work since the last backup or dismissal. */
  work?: WorkSince;
  lastBackupAt?: string;
}

export const useBackupStore = create<BackupStoreState>()(() => ({}));
const set = useBackupStore.setState;

async function readableAssessments(): Promise<Assessment[]> {
  await whenSaved();
  return (await listAssessments()).flatMap((r) => (r.ok ? [r.assessment] : []));
}

async function workItems(assessments: Assessment[]) {
  const framework = await loadFramework().catch(() => undefined);
  return assessments.map((assessment) => workItemOf(assessment, framework));
}

/** Decides whether to show the backup reminder; a storage failure only means no reminder. */
export async function refreshBackupReminder(): Promise<void> {
  try {
    const [assessments, state] = await Promise.all([readableAssessments(), loadBackupState()]);
    const work = workSince(state, await workItems(assessments));
    set({ work: isBackupDue(work) ? work : undefined, lastBackupAt: state.lastBackupAt }, true);
  } catch {
    set({ work: undefined }, true);
  }
}

/** Every readable assessment, notes and all, as one backup file's text; marks the backup as made. */
export async function backupEverything(): Promise<{ text: string; count: number }> {
  const assessments = await readableAssessments();
  const { exportFileText } = await import('../lib/exchange-files.ts');
  const now = nowIso();
  const text = await exportFileText(assessments, { kind: 'backup', includeNotes: true, now, appVersion: APP_VERSION });
  const state = markBackedUp(await loadBackupState(), await workItems(assessments), now);
  await saveBackupState(state);
  set({ work: undefined, lastBackupAt: now }, true);
  return { text, count: assessments.length };
}

/** "Not now": hidden until as much new work again. */
export async function dismissBackupReminder(): Promise<void> {
  set({ work: undefined });
  try {
    const [assessments, state] = await Promise.all([readableAssessments(), loadBackupState()]);
    await saveBackupState(snoozeReminder(state, await workItems(assessments), nowIso()));
  } catch {
    // Not remembered: the reminder may come back on the next visit, which is all that is lost.
  }
}

/** Assessments just taken from a file are kept in that file already, so they are not work to back up. */
export async function noteTakenFromFile(assessments: Assessment[]): Promise<void> {
  try {
    await saveBackupState(markFromFile(await loadBackupState(), await workItems(assessments)));
  } catch {
    // At worst the reminder asks for a backup of what is also in the file.
  }
}
