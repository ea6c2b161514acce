import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportModel } from '../../domain/report/report-model.ts';
import { ReportDocument } from './report-document.tsx';
import reportCss from './report.css?raw';

/**
 * The report as one self-contained HTML file: styles inline, no script, nothing fetched from anywhere,
 * so it opens with a double-click on a machine without the app or a network. Loaded only when a report
 * is downloaded, so react-dom/server stays out of the screens' bundles.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Our own stylesheet, but it goes inside <style>: make sure nothing in it can close the element. */
function styleText(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style');
}

export function reportHtmlFile(report: ReportModel): string {
  const body = renderToStaticMarkup(createElement(ReportDocument, { report }));
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="EdTech Leader Self-Assessment">`,
    `<title>${escapeHtml(report.documentTitle)}</title>`,
    `<style>\n${styleText(reportCss)}</style>`,
    '</head>',
    `<body class="report-page">${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
