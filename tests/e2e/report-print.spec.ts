import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { createAssessment, rateIndicator, setImportance, setReaderNote } from '../../src/domain/assessment/assessment.ts';
import { skillAreasOf } from '../../src/domain/framework/framework.ts';
import { frameworkSchema } from '../../src/domain/framework/framework-schema.ts';
import { addPdAction, updatePdAction } from '../../src/domain/pd/pd-plan.ts';
import { addComment } from '../../src/domain/review/review.ts';
import { exportFileText } from '../../src/lib/exchange-files.ts';
import { checkScreen, expect, test } from './fixtures.ts';

const NOW = '2026-11-02T15:00:00.000Z';
const LEVELS = ['emerging', 'developing', 'proficient', 'leading', 'developing', 'proficient', 'proficient', 'developing', 'proficient', 'leading'];
const fw = frameworkSchema.parse(JSON.parse(readFileSync('framework-data/editions/cosn-cto-2009.json', 'utf8')));

/** Every indicator rated (a spread of levels), 10 plan actions and 20 reviewer comments, with a note to the reader. */
function boardReady(): Assessment {
  const areas = skillAreasOf(fw);
  const numbered = areas.filter((area) => area.kind !== 'coreValue');
  let a = createAssessment({
    id: 'board',
    title: 'Board report, fall 2026',
    respondent: { name: 'Dana Ruiz', role: 'Chief Technology Officer', district: 'Lakeside USD' },
    framework: { editionId: fw.id, dataVersion: fw.dataVersion },
    now: NOW,
  });
  areas.forEach((area, i) => {
    area.indicators.forEach((indicator, n) => {
      a = rateIndicator(a, indicator.id, LEVELS[(i + n) % LEVELS.length], NOW);
    });
  });
  a = setImportance(setImportance(a, '9', 'high', NOW), '3', 'low', NOW);
  for (let i = 0; i < 10; i += 1) {
    const id = `act${i}`;
    a = addPdAction(a, { id, title: `Development action ${i + 1}: a workshop series with the business office and principals`, goal: 'Close the gap with a term of guided practice.', skillAreaIds: [numbered[i % numbered.length]?.id ?? '1'] }, NOW);
    if (i % 3 === 0) a = updatePdAction(a, id, { status: 'in-progress' }, NOW);
  }
  for (let i = 0; i < 20; i += 1) {
    const text = `Comment ${i + 1}: let us talk about this at the next cabinet meeting, with the numbers from the last budget cycle.`;
    a = addComment(a, { id: `c${i}`, ...(i % 4 === 0 ? {} : { skillAreaId: numbered[i % numbered.length]?.id ?? '1' }), text, author: 'Pat Lee', authorRole: 'Superintendent' }, NOW);
  }
  return setReaderNote(a, 'This year I ask the board to back two priorities: data governance and a multi-year budget for devices.', NOW);
}

async function restore(page: Page, assessment: Assessment): Promise<void> {
  const text = await exportFileText([assessment], { kind: 'backup', includeNotes: true, now: NOW, appVersion: 'test' });
  const path = test.info().outputPath('board.json');
  writeFileSync(path, text);
  await page.goto('/import');
  await page.getByLabel('Choose a file (.json), or drop it here').setInputFiles(path);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Imported 1 assessment')).toBeVisible();
}

/** The text of each printed page, and the page (1-based) the appendix starts on. */
function pages(pdfPath: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString().split('\f').filter((page) => page.trim() !== '');
}

test('the printed report opens with a summary of at most two pages, numbered, the detail following as an appendix', async ({ page }) => {
  test.slow();
  await restore(page, boardReady());
  await page.goto('/assessments/board/report');
  await expect(page.getByRole('heading', { level: 2, name: 'Executive summary' })).toBeVisible();
  await checkScreen(page, 'report-summary');
  await page.emulateMedia({ media: 'print' });

  for (const format of ['Letter', 'A4'] as const) {
    const pdfPath = test.info().outputPath(`report-${format}.pdf`);
    await page.pdf({ path: pdfPath, format, printBackground: true });
    const printed = pages(pdfPath);
    const appendix = printed.findIndex((text) => text.includes('Appendix: the detail')) + 1;
    expect(appendix, `${format}: the appendix starts on page ${appendix}`).toBeGreaterThan(1);
    expect(appendix, `${format}: the summary fills ${appendix - 1} pages`).toBeLessThanOrEqual(3);
    expect(printed[0]).toContain('Executive summary');
    expect(printed[0]).toContain('data governance and a multi-year budget');
    printed.forEach((text, i) => {
      expect(text, `${format} page ${i + 1} has its number`).toContain(`Page ${i + 1} of ${printed.length}`);
      expect(text, `${format} page ${i + 1} has the running header`).toContain('Board report, fall 2026 · Dana Ruiz');
    });
    execFileSync('pdftoppm', ['-png', '-r', '40', pdfPath, `test-results/screens/report-print-${format}`]);
  }

  // Summary only: the detail is left out.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Executive summary only (at most two pages)').check();
  await expect(page.getByRole('heading', { name: 'Appendix: the detail' })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  const summaryPath = test.info().outputPath('summary-only.pdf');
  await page.pdf({ path: summaryPath, format: 'Letter', printBackground: true });
  expect(pages(summaryPath).length).toBeLessThanOrEqual(3);
});

test('the downloaded report reads on a 390 px phone with nothing wider than the screen', async ({ page, browser }) => {
  test.slow();
  await restore(page, boardReady());
  await page.goto('/assessments/board/report');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (HTML file)' }).click()]);
  const path = test.info().outputPath('report.html');
  await download.saveAs(path);
  expect(readFileSync(path, 'utf8')).toContain('@top-center');

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const reader = await phone.newPage();
  await reader.goto(`file://${path}`);
  await expect(reader.getByRole('heading', { name: 'Executive summary' })).toBeVisible();
  const wide = await reader.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`);
  });
  expect(wide).toEqual([]);
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await reader.screenshot({ path: 'test-results/screens/report-phone-390.png', fullPage: true });
  await phone.close();
});
