import { afterEach, describe, expect, it } from 'vitest';
import { ratingKeyOf } from '../../src/lib/rating-keys.ts';

/** A real keydown, dispatched from `target` so the event carries it. */
function keyFrom(target: Element, key: string, init: KeyboardEventInit = {}) {
  let seen: KeyboardEvent | undefined;
  const listen = (event: KeyboardEvent) => (seen = event);
  addEventListener('keydown', listen);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  removeEventListener('keydown', listen);
  return ratingKeyOf(seen!);
}

afterEach(() => document.body.replaceChildren());

describe('ratingKeyOf', () => {
  it('maps the walk keys, whatever the case', () => {
    expect(keyFrom(document.body, '3')).toEqual({ action: 'level', index: 2 });
    expect(keyFrom(document.body, 'N')).toEqual({ action: 'not-applicable' });
    expect(keyFrom(document.body, '0')).toEqual({ action: 'not-applicable' });
    expect(keyFrom(document.body, 'ArrowDown')).toEqual({ action: 'next' });
    expect(keyFrom(document.body, 'K')).toEqual({ action: 'previous' });
    expect(keyFrom(document.body, '?')).toEqual({ action: 'help' });
    expect(keyFrom(document.body, 'x')).toBeUndefined();
    expect(keyFrom(document.body, 'Enter')).toBeUndefined();
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser, and keys typed in text fields to the text', () => {
    expect(keyFrom(document.body, '1', { ctrlKey: true })).toBeUndefined();
    expect(keyFrom(document.body, 'j', { metaKey: true })).toBeUndefined();
    const note = document.body.appendChild(document.createElement('textarea'));
    expect(keyFrom(note, '1')).toBeUndefined();
    const radio = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'radio' }));
    expect(keyFrom(radio, '1')).toEqual({ action: 'level', index: 0 });
  });

  it('does nothing while a dialog is open, even with focus outside it, and acts again once it closes', () => {
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    expect(keyFrom(document.body, '2')).toBeUndefined();
    dialog.removeAttribute('open');
    expect(keyFrom(document.body, '2')).toEqual({ action: 'level', index: 1 });
    // A dialog added later is seen too: the list of dialogs is live.
    const later = document.body.appendChild(document.createElement('dialog'));
    later.setAttribute('open', '');
    expect(keyFrom(document.body, 'j')).toBeUndefined();
  });
});
