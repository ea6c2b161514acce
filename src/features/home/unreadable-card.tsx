import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { useAssessmentListActions } from '../../state/assessment-list-store.ts';

interface UnreadableCardProps {
  /** The key the record is stored under (it may be a number or an array, whatever its `id` says). */
  storedKey: IDBValidKey;
  title?: string;
  problem: string;
}

/** A stored record that failed its checks: named, explained, and kept apart so the others still open. */
export function UnreadableCard({ storedKey, title, problem }: UnreadableCardProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const { deleteDamaged } = useAssessmentListActions();
  const name = title ? `“${title}”` : 'An assessment';
  return (
    <li className="card card--problem">
      <h3 className="assessment-card__title">{title ?? 'Unnamed assessment'}</h3>
      <p>
        {name} could not be opened. {problem}
      </p>
      <div className="assessment-card__actions">
        <button type="button" className="button button--danger-outline" onClick={() => setIsConfirming(true)}
          aria-label={`Delete damaged record ${title ?? ''}`.trim()}
        >
          Delete damaged record
        </button>
      </div>
      {isConfirming && (
        <ConfirmDialog
          title={`Delete ${name}?`}
          confirmLabel="Delete record"
          isDanger
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => {
            setIsConfirming(false);
            void deleteDamaged(storedKey);
          }}
        >
          <p>The damaged record will be removed from this device. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
