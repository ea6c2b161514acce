import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Assessment } from '../domain/assessment/assessment.ts';
import type { WorkSince } from '../domain/data/backup-reminder.ts';
import { isBackupDue, markBackedUp, markFromFile, snoozeReminder, workItemOf, workSince } from '../domain/data/backup-reminder.ts';
import { APP_VERSION } from '../config/app.ts';
import { nowIso } from '../lib/new-id.ts';
import { listAssessments } from '../storage/assessment-repository.ts';
import { loadBackupState, saveBackupState } from '../storage/data-repository.ts';
import { listAllFeedbackRequests, loadCetlRecord } from '../storage/feedback-repository.ts';
import type { BackupExtras } from '../domain/exchange/exchange-format.ts';
import { loadFrameworks } from './content-loader.ts';
import { useScopedStore } from './store-context.tsx';

export interface BackupStoreState {
  /** Set when there is significant work since the last backup or dismissal. */
  work?: WorkSince;
  lastBackupAt?: string;
}

async function readableAssessments(): Promise<Assessment[]> {
  return (await listAssessments()).flatMap((r) => (r.ok ? [r.assessment] : []));
}

/** Each assessment judged against its own edition: a finished 2009 assessment counts as finished too. */
async function workItems(assessments: Assessment[]) {
  const frameworks = await loadFrameworks(assessments.map((assessment) => assessment.framework.editionId));
  return assessments.map((assessment) => workItemOf(assessment, frameworks[assessment.framework.editionId]));
}

/** The readable feedback requests and CETL log, to go into a backup beside the assessments. */
async function backupExtras(): Promise<BackupExtras> {
  const [requests, cetl] = await Promise.all([listAllFeedbackRequests(), loadCetlRecord()]);
  const feedback = requests.flatMap((read) => (read.ok ? [read.request] : []));
  return cetl?.ok ? { feedback, cetl: cetl.record } : { feedback };
}

/** The backup reminder on the home and summary screens, and "Export everything". */
export function createBackupStore() {
  const store = createStore<BackupStoreState>()(() => ({}));
  const set = store.setState;

  /** Decides whether to show the backup reminder; a storage failure only means no reminder. */
  async function refreshBackupReminder(): Promise<void> {
    try {
      const [assessments, state] = await Promise.all([readableAssessments(), loadBackupState()]);
      const work = workSince(state, await workItems(assessments));
      set({ work: isBackupDue(work) ? work : undefined, lastBackupAt: state.lastBackupAt }, true);
    } catch {
      set({ work: undefined }, true);
    }
  }

  /**
   * Every readable assessment, notes and all, with the feedback gathered for them and the CETL hours log, in one
   * file: a backup, or everything to move to another computer (optionally protected); marks the backup as made.
   */
  async function backupEverything(passphrase?: string): Promise<{ text: string; count: number }> {
    const [assessments, extras] = await Promise.all([readableAssessments(), backupExtras()]);
    const { exportFileText } = await import('../lib/exchange-files.ts');
    const now = nowIso();
    const text = await exportFileText(assessments, { kind: 'backup', includeNotes: true, passphrase, now, appVersion: APP_VERSION, extras });
    const state = markBackedUp(await loadBackupState(), await workItems(assessments), now);
    await saveBackupState(state);
    set({ work: undefined, lastBackupAt: now }, true);
    return { text, count: assessments.length };
  }

  /** "Not now": hidden until as much new work again. */
  async function dismissBackupReminder(): Promise<void> {
    set({ work: undefined });
    try {
      const [assessments, state] = await Promise.all([readableAssessments(), loadBackupState()]);
      await saveBackupState(snoozeReminder(state, await workItems(assessments), nowIso()));
    } catch {
      // Not remembered: the reminder may come back on the next visit, which is all that is lost.
    }
  }

  return { store, refreshBackupReminder, backupEverything, dismissBackupReminder, reset: () => set({}, true) };
}

export type BackupStore = ReturnType<typeof createBackupStore>;

export const useBackupActions = (): BackupStore => useScopedStore(createBackupStore);

export function useBackup<T>(selector: (state: BackupStoreState) => T): T {
  return useStore(useBackupActions().store, selector);
}

/** Assessments just taken from a file are kept in that file already, so they are not work to back up. */
export async function noteTakenFromFile(assessments: Assessment[]): Promise<void> {
  try {
    await saveBackupState(markFromFile(await loadBackupState(), await workItems(assessments)));
  } catch {
    // At worst the reminder asks for a backup of what is also in the file.
  }
}
