import { execFileSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** A second person's browser: a context of its own, so its IndexedDB is its own device's. */
export async function newUser(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return { context, page: await context.newPage() };
}

/** Hands in the open scorecard's scores for one candidate, confirming in the dialog. */
export async function submitCandidate(page: Page, candidate: string): Promise<void> {
  await page.getByRole('button', { name: `Submit my scores for ${candidate}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit scores' }).click();
  await expect(page.getByText(`Your scores for ${candidate} are submitted and locked.`)).toBeVisible();
}

/**
 * Prints the open packet to a Letter PDF (and a PNG of each page beside it, to look at) and returns each
 * page's text, whitespace folded: a table cell may wrap onto two lines in print.
 */
export async function printedPages(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = test.info().outputPath(`${name}.pdf`);
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, test.info().outputPath(`${name}-page`)]);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-']).toString().replace(/\s+/g, ' '),
  );
}

/** Starts a hiring round from the panel screen: its title, candidates (one per line) and panelists ("name, role"). */
export async function startRound(page: Page, round: { title: string; candidates: string[]; panelists: string[] }): Promise<void> {
  await page.goto('/panel');
  await page.getByLabel('Position title (required)').fill(round.title);
  await page.getByLabel('Candidates, one name per line').fill(round.candidates.join('\n'));
  await page.getByLabel('Panelists, one per line: name, role').fill(round.panelists.join('\n'));
  await page.getByRole('button', { name: 'Start the round' }).click();
}

/** From the round's page, opens a panelist's scorecard behind a new PIN: the first candidate's first area shows. */
export async function startScoring(page: Page, panelist: string, pin = '1234'): Promise<void> {
  await page.getByRole('link', { name: `Score as ${panelist}` }).click();
  await page.getByLabel('New PIN (4 to 8 digits)').fill(pin);
  await page.getByLabel('The same PIN again').fill(pin);
  await page.getByRole('button', { name: 'Set PIN and start scoring' }).click();
}
