import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { useData, useDataActions } from '../../state/data-store.ts';
import { describeStored } from '../../domain/data/removal.ts';

/** The one irreversible action: confirmed in a dialog, then reported item by item. */
export function DeleteAllSection() {
  const deletion = useData((s) => s.deletion);
  const { deleteAllData } = useDataActions();
  const [isConfirming, setIsConfirming] = useState(false);
  const isBusy = deletion.phase === 'deleting' || deletion.phase === 'blocked';
  return (
    <section className="card card--problem" aria-labelledby="delete-all-heading">
      <h2 id="delete-all-heading">Delete all my data</h2>
      <p>
        Removes every assessment, hiring round and scorecard, colleagues&apos; feedback (the requests you made, the responses
        you imported and any feedback you are giving), your CETL log, your saved reviewer name, the app&apos;s remembered
        settings and its offline copy from this browser. This cannot be undone: export a backup first if you may want anything back.
      </p>
      {/* Not `disabled`: focus comes back here when the dialog closes, and a disabled button would drop it. */}
      <button type="button" className="button button--danger" aria-disabled={isBusy} onClick={() => setIsConfirming(!isBusy)}>
        Delete all my data
      </button>
      {deletion.phase === 'deleting' && <p role="status">Deleting…</p>}
      {deletion.phase === 'blocked' && (
        <Notice tone="error" title="Another tab is holding your data open">
          The app is open in another tab or window, so your data cannot be deleted yet. Close the other tabs of this app; the
          deletion finishes here as soon as they are closed.
        </Notice>
      )}
      {deletion.phase === 'done' && (
        <Notice tone="success" title="Your data is deleted">
          {deletion.message}
        </Notice>
      )}
      {deletion.phase === 'failed' && <Notice tone="error">{deletion.message}</Notice>}
      {isConfirming && (
        <ConfirmDialog
          title="Delete all your data?"
          confirmLabel="Delete everything"
          isDanger
          onCancel={() => setIsConfirming(false)}
          onConfirm={() => {
            setIsConfirming(false);
            void deleteAllData();
          }}
        >
          <DeleteSummary />
        </ConfirmDialog>
      )}
    </section>
  );
}

function DeleteSummary() {
  const counts = useData((s) => s.counts);
  return (
    <>
      {counts && <p>{describeStored(counts)}</p>}
      <p>All of it will be removed from this browser for good. Files you exported before are not touched.</p>
    </>
  );
}
