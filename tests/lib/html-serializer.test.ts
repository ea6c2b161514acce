import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, serializeChildren } from '../../src/lib/html-serializer.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</p></body><script>x</script>', '&amp; &lt; &#60;', '<!-- -->', ']]>', 'line one\r\nline two\r'];

/** What a browser builds when it opens the text inside a page's body, in a div like the one it came from. */
function reparse(html: string): Element {
  const body = new DOMParser().parseFromString(`<!doctype html><html><body><div>${html}</div></body></html>`, 'text/html').body;
  expect(body.children).toHaveLength(1);
  return body.children[0] ?? body;
}

function holder(): HTMLElement {
  return document.createElement('div');
}

/** A paragraph, a title attribute, an SVG with its own title and mixed-case names, a void element. */
function sample(text: string): HTMLElement {
  const root = holder();
  const p = document.createElement('p');
  p.className = 'note';
  p.setAttribute('title', text);
  p.append(`Note: ${text}`, document.createElement('br'), text);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 10 10');
  svg.setAttribute('font-family', "system-ui, 'Segoe UI'");
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = text;
  const gradient = document.createElementNS(SVG_NS, 'linearGradient');
  gradient.setAttribute('id', 'g');
  const rect = document.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('stroke-dasharray', '6 4');
  svg.append(title, gradient, rect);
  const time = document.createElement('time');
  time.dateTime = '2026-12-01T23:30:00Z';
  time.textContent = text;
  root.append(p, svg, time);
  // No empty or adjacent text nodes: those never survive an HTML round trip, and a reader sees the same text.
  root.normalize();
  return root;
}

describe('serializeChildren', () => {
  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))('writes %s as text that a browser reads back as the same text, with no element made of it', (_, text) => {
    const original = sample(text);
    const html = serializeChildren(original);
    const back = reparse(html);
    expect(back.isEqualNode(original)).toBe(true);
    expect(back.querySelectorAll('script, img, [onerror], [onload]')).toHaveLength(0);
    expect(back.querySelector('p')?.getAttribute('title')).toBe(text);
    expect(back.querySelector('svg title')?.textContent).toBe(text);
  });

  it('keeps SVG names in their case, writes void elements without an end tag, and leaves out comments', () => {
    const root = sample('x');
    root.append(document.createComment(' a comment '));
    const html = serializeChildren(root);
    expect(html).toContain('viewBox="0 0 10 10"');
    expect(html).toContain('<linearGradient id="g"></linearGradient>');
    expect(html).toContain('<br>');
    expect(html).not.toContain('</br>');
    expect(html).not.toContain('comment');
    expect(html).toContain('font-family="system-ui, &#39;Segoe UI&#39;"');
  });

  it('reads back any text and attribute value exactly (property)', () => {
    const markup = fc.constantFrom('<', '>', '&', '"', "'", '=', '/', '!', '-', ';', '#', '\r', '\n', '\t', ' ', 'a', 'script', 'img', 'amp');
    const text = fc.string({ unit: fc.oneof(markup, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 40 });
    fc.assert(
      fc.property(text, text, (text, value) => {
        const original = sample(text);
        original.querySelector('time')?.setAttribute('data-value', value);
        const back = reparse(serializeChildren(original));
        return back.isEqualNode(original) && back.querySelectorAll('script, img').length === 0;
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['script', () => document.createElement('script')],
    ['style', () => document.createElement('style')],
    ['iframe', () => document.createElement('iframe')],
    ['template', () => document.createElement('template')],
    ['SVG script', () => document.createElementNS(SVG_NS, 'script')],
  ])('refuses a %s element instead of writing it', (_, make) => {
    const root = holder();
    root.append(make());
    expect(() => serializeChildren(root)).toThrow(/cannot be written/);
  });

  it.each([
    ['an event handler', 'onclick', 'alert(1)'],
    ['a script link', 'href', ' JavaScript:alert(1)'],
    ['a script link split by a tab', 'href', 'java\tscript:alert(1)'],
  ])('refuses %s attribute', (_, name, value) => {
    const root = holder();
    const link = document.createElement('a');
    link.setAttribute(name, value);
    root.append(link);
    expect(() => serializeChildren(root)).toThrow(/cannot be written/);
  });

  it('escapes the five characters that could end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;');
  });
});
