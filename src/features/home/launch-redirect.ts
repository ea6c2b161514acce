import { APP_STORAGE_PREFIX } from '../../config/app.ts';

const LAUNCHED_KEY = `${APP_STORAGE_PREFIX}launched`;

/** True once per tab: opening the app at its home resumes where the user left off. */
export function isFirstVisitThisSession(): boolean {
  try {
    if (sessionStorage.getItem(LAUNCHED_KEY)) return false;
    sessionStorage.setItem(LAUNCHED_KEY, '1');
    return true;
  } catch {
    return false;
  }
}

/** A tab that opens on a deep link has arrived where it meant to; its later visits home must not bounce away. */
export function noteLaunchAt(pathname: string): void {
  if (pathname !== '/') isFirstVisitThisSession();
}
