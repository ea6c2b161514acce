import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { writeNote } from '../../src/domain/assessment/assessment.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import { buildReport } from '../../src/domain/report/report-model.ts';
import { ReportDocument } from '../../src/features/report/report-document.tsx';
import { reportHtmlFile } from '../../src/features/report/report-html.ts';
import { ratedAssessment } from '../builders/assessment.ts';
import { shippedFramework as fw } from '../domain/shipped-framework.ts';

const NOW = '2024-05-01T12:00:00.000Z';
const ATTACK = '<script>alert(1)</script>';
const NOTE = `Board minutes, March. ${ATTACK}`;
const EVIDENCE = 'Certificate filed with HR.';

/** Strategic Planning 1.5 (#1), Business Management 2.0 (#2), a note holding markup, and plan evidence. */
function assessment(name = 'Dana Ruiz'): Assessment {
  return ratedAssessment({
    id: 'h1',
    title: 'Spring review & plan',
    respondent: { name, role: 'CTO', district: 'Lakeside USD' },
    now: NOW,
    ratings: { '2A': 'emerging', '2B': 'developing', '9A': 'emerging', '9B': 'proficient' },
    notes: { '2A': NOTE },
    plan: [{ id: 'p1', title: 'Complete a budgeting course', skillAreaIds: ['9'], status: 'done', evidence: EVIDENCE }],
    comments: [{ id: 'c1', text: `Looks right. ${ATTACK}`, author: 'Sam Lee', authorRole: 'Superintendent' }],
  });
}

function file(a: Assessment, includeNotes = false): string {
  return reportHtmlFile(buildReport(fw, a, { includeNotes, generatedAt: NOW }));
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The stylesheet as written, to compare with what the file inlines. */
const stylesheet = readFileSync(join(import.meta.dirname, '../../src/features/report/report.css'), 'utf8');

describe('reportHtmlFile', () => {
  it('is a complete HTML document with its title, charset, viewport and one style element', () => {
    const html = file(assessment());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<meta charset="utf-8">/i);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Spring review &amp; plan – Dana Ruiz – self-assessment report</title>');
    expect(html.match(/<style[\s>]/g)).toHaveLength(1);
    // The real stylesheet is inlined, print rules included (vitest.config.ts lets this CSS through).
    expect(parse(html).querySelector('style')?.textContent).toContain(stylesheet.trim().slice(0, 200));
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link\b/i);
    const doc = parse(html);
    expect(doc.querySelector('body > article.report h1')?.textContent).toBe('Spring review & plan');
  });

  it('holds the respondent, every skill area and the top gaps in order', () => {
    const html = file(assessment());
    expect(html).toContain('Dana Ruiz');
    const doc = parse(html);
    const table = doc.querySelector('.report-summary-table');
    for (const area of skillAreasOf(fw)) expect(table?.textContent).toContain(area.title);
    const gaps = [...doc.querySelectorAll('.report-gap h3')].map((h) => h.textContent);
    expect(gaps).toEqual(['#1 Strategic Planning', '#2 Business Management']);
    expect(html.indexOf('Average shortfall of 1.5 levels across 2 of 2 rated indicators.')).toBeGreaterThan(-1);
    expect(doc.querySelector('svg[role="img"] > title')?.textContent).toBe('Current and target level by skill area');
  });

  it('runs no script and loads nothing: no script element, no remote src or href, no imports or remote urls in styles', () => {
    const html = file(assessment(`Dana ${ATTACK}`), true);
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).not.toMatch(/\b(?:src|href|xlink:href|srcset|action)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    const doc = parse(html);
    for (const element of doc.querySelectorAll('[src], [href], [srcset]')) {
      for (const name of ['src', 'href', 'srcset']) expect(element.getAttribute(name) ?? '').not.toMatch(/^\s*(?:https?:)?\/\//i);
    }
    for (const css of [html, stylesheet]) {
      expect(css).not.toMatch(/@import/i);
      expect(css).not.toMatch(/url\(\s*['"]?(?!data:)/i);
    }
  });

  it('carries its own strict Content-Security-Policy, first in the head: no script, nothing fetched', () => {
    const doc = parse(file(assessment(`Dana ${ATTACK}`), true));
    const first = doc.head.firstElementChild;
    expect(first?.getAttribute('charset')).toBe('utf-8');
    const policy = first?.nextElementSibling;
    expect(policy?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const directives = new Map((policy?.getAttribute('content') ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values.join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('style-src')).toBe("'unsafe-inline'");
  });

  it('inlines a stylesheet that prints without the app chrome', () => {
    expect(stylesheet).toMatch(/@media print/);
    expect(stylesheet).toMatch(/@page/);
    expect(stylesheet).toMatch(/\.no-print/);
    expect(stylesheet).toMatch(/break-inside:\s*avoid/);
    expect(stylesheet).not.toMatch(/<\/style/i);
  });

  it('contains evidence notes only when they are included', () => {
    const without = file(assessment());
    expect(without).not.toContain('Board minutes, March.');
    expect(without).not.toContain(EVIDENCE);
    expect(without).not.toContain('Evidence notes</h2>');

    const withNotes = file(assessment(), true);
    expect(withNotes).toContain('Evidence notes</h2>');
    expect(withNotes).toContain('Board minutes, March.');
    expect(withNotes).toContain(EVIDENCE);
  });

  it('escapes markup in notes, names and comments', () => {
    const html = file(assessment(`Dana ${ATTACK}`), true);
    expect(html).toContain('Board minutes, March. &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Dana &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Looks right. &lt;script&gt;alert(1)&lt;/script&gt;');
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.title).toBe(`Spring review & plan – Dana ${ATTACK} – self-assessment report`);
  });

  it('keeps attribute-breaking text in notes as text: no element, attribute or handler made of it', () => {
    const hostile = `"><img src=x onerror=alert(1)> '><svg onload=alert(2)> </textarea></p><script>alert(3)</script>`;
    const a = writeNote(assessment(hostile), '2B', hostile, NOW);
    const html = reportHtmlFile(buildReport(fw, a, { includeNotes: true, generatedAt: NOW }));
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, body svg:not(.report-chart__svg), [onerror], [onload]')).toHaveLength(0);
    expect(doc.body.textContent).toContain(hostile);
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('writes the same document the report screen shows, element for element', () => {
    const report = buildReport(fw, assessment(`Dana ${ATTACK}`), { includeNotes: true, generatedAt: NOW });
    const { container } = render(createElement(ReportDocument, { report }));
    // React writes "{a}, {b}" as adjacent text nodes; any HTML file reads them back as one.
    container.normalize();
    const written = parse(reportHtmlFile(report)).querySelector('body > article.report');
    expect(written).not.toBeNull();
    expect(written?.isEqualNode(container.firstElementChild)).toBe(true);
  });
});
