/**
 * The one key map for rating by keyboard, shared by the self-assessment walk and interview mode: 1–4 choose a
 * level, 0 or N not applicable, J/K or the up and down arrows move between indicators, E opens evidence, F flags,
 * ? lists the keys. Screens act on what they support and ignore the rest.
 */
export type RatingKey =
  | { action: 'level'; index: number }
  | { action: 'not-applicable' }
  | { action: 'next' }
  | { action: 'previous' }
  | { action: 'evidence' }
  | { action: 'flag' }
  | { action: 'help' };

/** The keys in words, for the "?" list. */
export const RATING_KEY_HELP: readonly { keys: string; does: string }[] = [
  { keys: '1 2 3 4', does: 'choose a level' },
  { keys: '0 or N', does: 'not applicable' },
  { keys: 'J or ↓', does: 'next indicator' },
  { keys: 'K or ↑', does: 'previous indicator' },
  { keys: 'E', does: 'add or show evidence notes' },
  { keys: 'F', does: 'flag to revisit, or clear the flag' },
  { keys: '?', does: 'list these keys' },
];

const BY_KEY: Readonly<Record<string, RatingKey>> = {
  '0': { action: 'not-applicable' },
  n: { action: 'not-applicable' },
  j: { action: 'next' },
  ArrowDown: { action: 'next' },
  k: { action: 'previous' },
  ArrowUp: { action: 'previous' },
  e: { action: 'evidence' },
  f: { action: 'flag' },
  '?': { action: 'help' },
};

/** The page's dialogs, a live list: looking through it is cheaper than a query over the page on every key. */
let dialogs: HTMLCollectionOf<HTMLDialogElement> | undefined;

/**
 * What a key press asks for, or undefined when it is not a rating key or belongs elsewhere: to a text field,
 * a select, an open dialog, or a shortcut with Ctrl, Alt or Meta.
 */
export function ratingKeyOf(event: KeyboardEvent): RatingKey | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return undefined;
  // The key first: most key presses are none of these, and need no look at the page.
  const key = /^[1-9]$/.test(event.key)
    ? ({ action: 'level', index: Number(event.key) - 1 } as const)
    : BY_KEY[event.key.length === 1 ? event.key.toLowerCase() : event.key];
  if (!key) return undefined;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('textarea, select, [contenteditable], input:not([type="radio"]):not([type="checkbox"]), dialog')) return undefined;
  dialogs ??= document.getElementsByTagName('dialog');
  for (const dialog of dialogs) if (dialog.hasAttribute('open')) return undefined;
  return key;
}
