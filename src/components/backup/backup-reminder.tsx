import { useEffect, useId, useState } from 'react';
import { describeWork } from '../../domain/data/backup-reminder.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useShallow } from 'zustand/shallow';
import { useBackup, useBackupActions } from '../../state/backup-store.ts';
import { Notice } from '../ui/notice.tsx';
import { useExportBackup } from './use-export-backup.ts';

/** Shown only after significant work since the last backup; "Not now" hides it until as much work again. */
export function BackupReminder() {
  const { work, lastBackupAt } = useBackup(useShallow((s) => ({ work: s.work, lastBackupAt: s.lastBackupAt })));
  const { dismissBackupReminder, refreshBackupReminder } = useBackupActions();
  const { exportBackup, message } = useExportBackup();
  const [isDismissed, setIsDismissed] = useState(false);
  const headingId = useId();

  useEffect(() => {
    void refreshBackupReminder();
  }, [refreshBackupReminder]);

  if (message) return <Notice tone={message.tone}>{message.text}</Notice>;
  if (isDismissed) return <p role="status" className="muted no-print">Hidden until you have done more work.</p>;
  if (!work) return null;

  const since = lastBackupAt ? ` since your last backup (${formatDateTime(lastBackupAt)})` : ', and there is no backup yet';
  return (
    <section className="card card--highlight no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>Keep a copy of your work</h2>
      <p>
        You have {describeWork(work)}
        {since}. Everything is saved only in this browser: a backup file keeps it safe if the browser&apos;s data is ever cleared.
      </p>
      <div className="assessment-card__actions">
        <button type="button" className="button button--primary" onClick={() => void exportBackup()}>
          Export a backup
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setIsDismissed(true);
            void dismissBackupReminder();
          }}
        >
          Not now
        </button>
      </div>
    </section>
  );
}
