import { useEffect } from 'react';
import type { Framework } from '../../domain/framework/framework.ts';
import { afterNextPaint } from '../../lib/after-paint.ts';
import { ratingKeyOf } from '../../lib/rating-keys.ts';

interface WalkKeys {
  framework: Framework | undefined;
  isEnabled: boolean;
  rate: (indicatorId: string, levelId: string) => void;
  onHelp: () => void;
}

const cards = () => [...document.querySelectorAll<HTMLElement>('[data-indicator]')];
function firstUnrated(): HTMLElement | undefined {
  const all = cards();
  return all.find((c) => !c.querySelector('input[type="radio"]:checked')) ?? all[0];
}

const levelRadio = (card: HTMLElement, levelId: string) => card.querySelector<HTMLInputElement>(`input[type="radio"][value="${levelId}"]`);

/**
 * A move to a card: focus goes to a level of it, the chosen one if any, where a screen reader and the next key press
 * expect it, and the card is brought into view.
 */
function focusCard(card: HTMLElement | undefined, levelId?: string): void {
  if (!card) return;
  const radio =
    (levelId ? levelRadio(card, levelId) : card.querySelector<HTMLInputElement>('input[type="radio"]:checked')) ??
    card.querySelector<HTMLInputElement>('input[type="radio"]');
  radio?.focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
}

/** The level a level key moved to, waiting for its frame, and where focus was when the key came. */
let pendingFocus: { radio: HTMLInputElement; from: Element | null } | undefined;

/**
 * A level key on the card that holds focus: focus follows to the chosen level once the frame showing the rating is
 * drawn. Moving focus makes the browser bring the page's styles up to date and React draw the card a second time, so
 * done at once it would hold back the rating's own frame. Focus lands on the last level keyed, and not at all if
 * anything else has moved it meanwhile (a J key, a click).
 */
function focusLevelAfterPaint(card: HTMLElement, levelId: string): void {
  const radio = levelRadio(card, levelId);
  if (!radio) return;
  if (pendingFocus) {
    pendingFocus.radio = radio;
    return;
  }
  pendingFocus = { radio, from: document.activeElement };
  afterNextPaint(() => {
    const pending = pendingFocus;
    pendingFocus = undefined;
    if (pending && document.activeElement === pending.from && pending.radio.isConnected) pending.radio.focus({ preventScroll: true });
  });
}

/**
 * The walk's keys (src/lib/rating-keys.ts) on the skill-area screen. They act on the card that holds focus, or
 * with none, on the first unrated card of the area.
 */
export function useWalkKeys({ framework, isEnabled, rate, onHelp }: WalkKeys): void {
  useEffect(() => {
    if (!isEnabled || !framework) return;
    const onKey = (event: KeyboardEvent) => {
      const key = ratingKeyOf(event);
      if (!key) return;
      const held = document.activeElement instanceof Element ? document.activeElement.closest<HTMLElement>('[data-indicator]') : null;
      // Arrows belong to the page's scrolling unless a card is being rated.
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !held) return;
      // The list of cards only when a key needs it: a level key on the held card does not.
      const card = held ?? firstUnrated();
      const id = card?.dataset.indicator;
      if (!card || !id) return;
      event.preventDefault();
      const rateByKey = (levelId: string) => {
        rate(id, levelId);
        // A card not held yet is a move: it is brought into view with focus at once.
        if (held) focusLevelAfterPaint(card, levelId);
        else focusCard(card, levelId);
      };
      const step = (by: number) => {
        const all = cards();
        return all[all.indexOf(card) + by];
      };
      switch (key.action) {
        case 'level': {
          const level = framework.rubric.levels[key.index];
          if (!level) return;
          return rateByKey(level.id);
        }
        case 'not-applicable':
          return rateByKey(framework.rubric.notApplicable.id);
        case 'next':
          return focusCard(held ? step(1) : card);
        case 'previous':
          return focusCard(held ? step(-1) : card);
        case 'evidence':
          card.querySelector<HTMLButtonElement>('[data-action="evidence"]')?.click();
          card.querySelector<HTMLTextAreaElement>('textarea')?.focus();
          return;
        case 'flag':
          card.querySelector<HTMLButtonElement>('[data-action="flag"]')?.click();
          return;
        case 'help':
          return onHelp();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [framework, isEnabled, rate, onHelp]);
}
