import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { usePanelActions } from '../../state/panel-store.ts';

/** A stored hiring round that failed its checks: explained, and deletable on its own so the others still open. */
export function DamagedRoundCard({ storedKey, problem }: { storedKey: IDBValidKey; problem: string }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const { deleteDamagedRound } = usePanelActions();
  return (
    <li className="card card--problem">
      <p>A hiring round could not be read: {problem}</p>
      <div className="assessment-card__actions">
        <button type="button" className="button button--danger-outline" onClick={() => setIsConfirming(true)}>
          Delete damaged round
        </button>
      </div>
      {isConfirming && (
        <ConfirmDialog
          title="Delete the damaged hiring round?"
          confirmLabel="Delete round"
          isDanger
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => {
            setIsConfirming(false);
            void deleteDamagedRound(storedKey);
          }}
        >
          <p>The damaged round, and any scorecards kept with it, will be removed from this device. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
