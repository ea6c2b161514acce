import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { useAppUpdate, useAppUpdateActions } from '../state/app-update-store.ts';

/** Says when a new version is waiting; the app only reloads when the user agrees. */
export function UpdateNotice() {
  const { isUpdateReady, isPostponed, isReloadNeeded } = useAppUpdate(
    useShallow((s) => ({ isUpdateReady: s.isUpdateReady, isPostponed: s.isPostponed, isReloadNeeded: s.isReloadNeeded })),
  );
  const { postponeUpdate, updateNow } = useAppUpdateActions();
  const [isUpdating, setUpdating] = useState(false);
  const isShown = isReloadNeeded || (isUpdateReady && !isPostponed);
  // The page makes room for the pinned notice. A class on the body, not `body:has(…)`: such a rule makes the
  // browser re-check the body on every change anywhere in the page, each rating and keystroke included.
  useEffect(() => {
    document.body.classList.toggle('has-update-notice', isShown);
    return () => document.body.classList.remove('has-update-notice');
  }, [isShown]);
  const reload = () => {
    setUpdating(true);
    void updateNow();
  };

  // The live region is always in the page, so screen readers announce the message when it appears.
  return (
    <div className="update-notice" role="status">
      {isReloadNeeded ? (
        <div className="update-notice__inner">
          <p>A new version of the app was started in another tab. Reload this tab to keep working; your answers are saved.</p>
          <button type="button" className="button button--small" onClick={() => location.reload()}>
            Reload this tab
          </button>
        </div>
      ) : (
        isUpdateReady &&
        !isPostponed && (
          <div className="update-notice__inner">
            <p>A new version of the app is ready. It takes over when you reload; everything you have entered is kept.</p>
            <button type="button" className="button button--small" onClick={reload} disabled={isUpdating}>
              {isUpdating ? 'Updating…' : 'Reload and update'}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={postponeUpdate}>
              Later
            </button>
          </div>
        )
      )}
    </div>
  );
}

// Loaded with the notice, after the first screen: see app-layout.tsx.
export { ThemeChoice } from '../components/ui/theme-choice.tsx';
