/**
 * Calls `listener` when the page may be about to go away: hidden (a tab switched away from, or closed) or
 * unloaded. Browsers fire both on a close, so a listener may be called twice in a row.
 */
export function onPageLeave(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const onHidden = () => {
    if (document.visibilityState === 'hidden') listener();
  };
  window.addEventListener('pagehide', listener);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    window.removeEventListener('pagehide', listener);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
