import { Link } from 'react-router';
import { Notice } from '../ui/notice.tsx';
import { paths } from '../../config/paths.ts';
import { useExportBackup } from './use-export-backup.ts';

/** Moving to a new laptop, or keeping a copy: everything in one file, and the way back in. */
export function BackupPanel() {
  const { exportBackup, message } = useExportBackup();
  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up or move your data</h2>
      <p className="muted">Your assessments live only in this browser. Keep a backup file, or use it to move to another computer.</p>
      <div className="assessment-card__actions">
        <button type="button" className="button" onClick={() => void exportBackup()}>
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
