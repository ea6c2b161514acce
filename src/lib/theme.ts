import { APP_STORAGE_PREFIX } from '../config/app.ts';

/** The colour theme the user picked; "system" follows the operating system's light or dark setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** A display setting of this browser, not part of any assessment: index.html's inline script reads the same key. */
export const THEME_KEY = `${APP_STORAGE_PREFIX}theme`;

function isChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.includes(value as ThemeChoice);
}

export function savedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return isChoice(value) ? value : 'system';
  } catch {
    // Storage can be blocked (private modes, policies): the system setting still applies.
    return 'system';
  }
}

/** Applies the choice to the page at once and remembers it for the next visit. */
export function chooseTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Not remembered, but applied for this visit.
  }
}
