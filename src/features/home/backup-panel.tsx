import { useState } from 'react';
import { Link } from 'react-router';
import { Notice } from '../../components/ui/notice.tsx';
import { paths } from '../../config/paths.ts';
import { downloadText } from '../../lib/download.ts';
import { nowIso } from '../../lib/new-id.ts';
import { backupEverything } from '../../state/assessment-list-store.ts';
import { errorMessage } from '../../lib/error-message.ts';

/** Moving to a new laptop, or keeping a copy: everything in one file, and the way back in. */
export function BackupPanel() {
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const backup = async () => {
    try {
      const { text, count } = await backupEverything();
      downloadText(`edtech-leader-backup-${nowIso().slice(0, 10)}.json`, text, 'application/json');
      setMessage({ tone: 'success', text: `Backup downloaded: ${count} ${count === 1 ? 'assessment' : 'assessments'}, with notes and plans.` });
    } catch (error) {
      setMessage({ tone: 'error', text: `The backup could not be made. ${errorMessage(error, '')}` });
    }
  };
  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up or move your data</h2>
      <p className="muted">Your assessments live only in this browser. Keep a backup file, or use it to move to another computer.</p>
      <div className="assessment-card__actions">
        <button type="button" className="button" onClick={() => void backup()}>
          Export everything
        </button>
        <Link className="button" to={paths.importFile.href()}>
          Restore or import a file
        </Link>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  );
}
