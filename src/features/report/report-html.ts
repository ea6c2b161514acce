import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ReportModel } from '../../domain/report/report-model.ts';
import { escapeHtml, serializeChildren } from '../../lib/html-serializer.ts';
import { printHeaderCss } from '../../lib/print-header.ts';
import { ReportDocument } from './report-document.tsx';
import { runningHeaderOf } from './report-format.ts';
import reportCss from './report.css?raw';

/**
 * The report as one self-contained HTML file: styles inline, no script, nothing fetched from anywhere,
 * so it opens with a double-click on a machine without the app or a network. The same React components the
 * report screen shows are rendered into a detached element (react-dom/client, already loaded by the app, so
 * no server renderer ships) and written out by our own serializer, which escapes every text and attribute.
 */

/** Our own stylesheet, but it goes inside <style>: make sure nothing in it can close the element. */
function styleText(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style');
}

/** The report document's markup, rendered off screen. */
function reportBody(report: ReportModel): string {
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    flushSync(() => root.render(createElement(ReportDocument, { report })));
    return serializeChildren(container);
  } finally {
    root.unmount();
  }
}

/**
 * The file's own Content-Security-Policy, a second wall behind the escaping: no script of any kind runs,
 * nothing is fetched, no form posts and no base URL changes. Only the file's own inline styles apply.
 */
export const REPORT_CSP = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

export function reportHtmlFile(report: ReportModel): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Before anything the policy must cover.
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="EdTech Leader Self-Assessment">`,
    `<title>${escapeHtml(report.documentTitle)}</title>`,
    `<style>\n${styleText(reportCss)}\n${styleText(printHeaderCss(runningHeaderOf(report)))}</style>`,
    '</head>',
    `<body class="report-page">${reportBody(report)}</body>`,
    '</html>',
    '',
  ].join('\n');
}
