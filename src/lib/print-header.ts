/**
 * The running header of a printed report, set in a @page margin box. Its text changes per report, so it is
 * written as CSS text here: adopted as a constructed stylesheet in the app (the Content-Security-Policy allows
 * no inline style) and put in the downloaded file's own <style>.
 */

/**
 * A CSS string literal: quotes, backslashes and line breaks escaped, so no text can end it early, and angle
 * brackets written as CSS escapes, so a name holding markup reads as markup nowhere in the downloaded file.
 */
function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ');
  return `"${escaped}"`;
}

export function printHeaderCss(header: string): string {
  return `@page { @top-center { content: ${cssString(header)}; } }`;
}

/** Adopts the header stylesheet for as long as the report screen is open; returns the undo. */
export function adoptPrintHeader(header: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(printHeaderCss(header));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
