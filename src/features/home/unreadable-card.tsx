import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { useAssessmentListActions } from '../../state/assessment-list-store.ts';

interface UnreadableCardProps {
  id: string;
  title?: string;
  problem: string;
}

/** A stored record that failed its checks: named, explained, and kept apart so the others still open. */
export function UnreadableCard({ id, title, problem }: UnreadableCardProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const { deleteFromList } = useAssessmentListActions();
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
            void deleteFromList(id);
          }}
        >
          <p>The damaged record will be removed from this device. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
