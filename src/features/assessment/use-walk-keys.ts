import { useEffect } from 'react';
import type { Framework } from '../../domain/framework/framework.ts';
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

/**
 * Focus stays on a level of the card, the chosen one if any: where a screen reader and the next key press expect it.
 * A rating keeps focus in the card it changes, already in view, so only a move scrolls: scrolling makes the browser
 * lay the page out at once, before React has drawn the rating, and then again for the frame.
 */
function focusCard(card: HTMLElement | undefined, { levelId, isMove }: { levelId?: string; isMove: boolean }): void {
  if (!card) return;
  const radio =
    card.querySelector<HTMLInputElement>(levelId ? `input[type="radio"][value="${levelId}"]` : 'input[type="radio"]:checked') ??
    card.querySelector<HTMLInputElement>('input[type="radio"]');
  radio?.focus({ preventScroll: true });
  if (isMove) card.scrollIntoView({ block: 'nearest' });
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
      const step = (by: number) => {
        const all = cards();
        return all[all.indexOf(card) + by];
      };
      switch (key.action) {
        case 'level': {
          const level = framework.rubric.levels[key.index];
          if (!level) return;
          rate(id, level.id);
          // At once: the card's focus handler then joins the rating in React's one render of the card.
          return focusCard(card, { levelId: level.id, isMove: !held });
        }
        case 'not-applicable':
          rate(id, framework.rubric.notApplicable.id);
          return focusCard(card, { levelId: framework.rubric.notApplicable.id, isMove: !held });
        case 'next':
          return focusCard(held ? step(1) : card, { isMove: true });
        case 'previous':
          return focusCard(held ? step(-1) : card, { isMove: true });
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
