const LAUNCHED_KEY = 'edtech-leader:launched';

/** True once per tab: the first visit of a browsing session resumes where the user left off. */
export function isFirstVisitThisSession(): boolean {
  try {
    if (sessionStorage.getItem(LAUNCHED_KEY)) return false;
    sessionStorage.setItem(LAUNCHED_KEY, '1');
    return true;
  } catch {
    return false;
  }
}
