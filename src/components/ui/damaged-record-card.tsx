import { useState } from 'react';
import { ConfirmDialog } from './confirm-dialog.tsx';

interface DamagedRecordCardProps {
  /** Shown as the card's heading when the record still says what it is. */
  title?: string;
  /** One plain line: what could not be opened, and why. */
  explanation: string;
  /** What the record is, for the button and the question: "record", "hiring round", "scorecard"… */
  noun: string;
  /** What else goes with it, said in the question before anything is removed. */
  alsoRemoved?: string;
  onDelete: () => void;
}

/**
 * A stored record that failed its checks, of any kind: shown, not skipped, and deletable on its own after a
 * question, so the others still open.
 */
export function DamagedRecordCard({ title, explanation, noun, alsoRemoved, onDelete }: DamagedRecordCardProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  return (
    <li className="card card--problem">
      {title && <h3 className="assessment-card__title">{title}</h3>}
      <p>{explanation}</p>
      <div className="assessment-card__actions">
        <button type="button" className="button button--danger-outline" onClick={() => setIsConfirming(true)} aria-label={`Delete damaged ${noun} ${title ?? ''}`.trim()}>
          Delete damaged {noun}
        </button>
      </div>
      {isConfirming && (
        <ConfirmDialog
          title={title ? `Delete “${title}”?` : `Delete the damaged ${noun}?`}
          confirmLabel={`Delete ${noun}`}
          isDanger
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => {
            setIsConfirming(false);
            onDelete();
          }}
        >
          <p>
            The damaged {noun}
            {alsoRemoved ? `, ${alsoRemoved},` : ''} will be removed from this device. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
