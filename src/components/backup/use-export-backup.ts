import { useState } from 'react';
import { downloadText } from '../../lib/download.ts';
import { errorMessage } from '../../lib/error-message.ts';
import { localDay } from '../../lib/format.ts';
import { nowIso } from '../../lib/new-id.ts';
import { useBackupActions } from '../../state/backup-store.ts';

export interface ExportMessage {
  tone: 'success' | 'error';
  text: string;
}

/** "Export everything": one backup file downloaded, and a sentence saying what it holds. */
export function useExportBackup() {
  const [message, setMessage] = useState<ExportMessage>();
  const { backupEverything } = useBackupActions();
  const exportBackup = async () => {
    try {
      const { text, count } = await backupEverything(undefined);
      downloadText(`edtech-leader-backup-${localDay(nowIso())}.json`, text, 'application/json');
      setMessage({ tone: 'success', text: `Backup downloaded: ${count} ${count === 1 ? 'assessment' : 'assessments'}, with notes and plans.` });
    } catch (error) {
      setMessage({ tone: 'error', text: `The backup could not be made. ${errorMessage(error, '')}` });
    }
  };
  return { exportBackup, message };
}
