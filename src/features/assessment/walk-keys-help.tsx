import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { RATING_KEY_HELP } from '../../lib/rating-keys.ts';

/** The "?" list of the walk's keys, the same as interview mode's. */
export function WalkKeysHelp({ onClose }: { onClose: () => void }) {
  return (
    <ConfirmDialog title="Keys for rating" confirmLabel="Close" onConfirm={onClose} onCancel={onClose}>
      <p>They work whenever you are not typing in a text field.</p>
      <dl className="walk-keys">
        {RATING_KEY_HELP.map(({ keys, does }) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
    </ConfirmDialog>
  );
}
