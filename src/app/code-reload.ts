import { APP_STORAGE_PREFIX } from '../config/app.ts';

const RELOADED_AT_KEY = `${APP_STORAGE_PREFIX}reloaded-for-code`;

/**
 * A screen's code failed to arrive, even tried twice. Browsers that keep a failed module fetch for the page's life
 * (Chromium before the module-map change of whatwg/html#10327, Debian's 150 among them) cannot fetch it again in
 * this page, so a new page is the one retry left. Not when the page did so in the last minute (the code is really
 * gone, and the screen asks instead), nor offline with no service worker to serve the page, where a reload would
 * lose the app.
 */
export function canReloadForCode(): boolean {
  try {
    return Date.now() - Number(sessionStorage.getItem(RELOADED_AT_KEY)) > 60_000 && (navigator.onLine || Boolean(navigator.serviceWorker?.controller));
  } catch {
    // No session storage: no way to know whether this already happened.
    return false;
  }
}

/** Reloads the page, as opening the screen afresh would. Answers are saved as they change, so nothing is lost. */
export function reloadForCode(): void {
  sessionStorage.setItem(RELOADED_AT_KEY, String(Date.now()));
  location.reload();
}
