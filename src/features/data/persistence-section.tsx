import { useState } from 'react';
import { formatDateTime } from '../../lib/format.ts';
import { useShallow } from 'zustand/shallow';
import { useData, useDataActions } from '../../state/data-store.ts';

/** Whether the browser may clear the data on its own, in plain words, and the way to ask it not to. */
export function PersistenceSection() {
  const { isPersisted, persistence } = useData(useShallow((s) => ({ isPersisted: s.isPersisted, persistence: s.persistence })));
  const { askForPersistentStorage } = useDataActions();
  const [isAsking, setIsAsking] = useState(false);
  const ask = async () => {
    setIsAsking(true);
    await askForPersistentStorage();
    setIsAsking(false);
  };
  return (
    <section className="card" aria-labelledby="persistence-heading">
      <h2 id="persistence-heading">Keeping your data</h2>
      {isPersisted === true && (
        <p>
          <strong>Kept.</strong> Your browser has agreed not to clear this app&apos;s data on its own. It stays until you delete
          it here or clear this site&apos;s data in the browser.
        </p>
      )}
      {isPersisted === false && (
        <>
          <p>
            <strong>Not protected yet.</strong> When the device runs short of space, the browser may clear the data of sites you
            have not used for a while, and that would include everything here.
          </p>
          {persistence && !persistence.isGranted && (
            <p>
              The app asked on {formatDateTime(persistence.askedAt)} and the browser said no. Browsers decide this themselves
              (Chrome and Edge usually agree once you use or install the app often; Firefox asks you), so keep a backup file too.
            </p>
          )}
          <button type="button" className="button" disabled={isAsking} onClick={() => void ask()}>
            Ask the browser to keep my data
          </button>
        </>
      )}
      {isPersisted === undefined && (
        <p>This browser cannot be asked to keep the app&apos;s data, so keep a backup file somewhere safe.</p>
      )}
    </section>
  );
}
