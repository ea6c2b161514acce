import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { assessmentNav, checkScreen, expect, goToArea, rateArea, startAssessment, test } from './fixtures.ts';

/** The text of each printed page, its white space made single spaces (and a line broken at a hyphen joined) so a wrapped line still reads as one. */
function printedPages(pdfPath: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'])
    .toString()
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/-[ \t]*\n\s*/g, '-').replace(/\s+/g, ' '));
}

test('the comparison prints with its heading, area table and indicator changes, and exports the same figures as CSV', async ({ page }) => {
  test.slow();
  await startAssessment(page, { title: 'Fall 2026', name: 'Dana Ruiz' });
  await rateArea(page, /Emerging/);
  await goToArea(page, 'Strategic Planning');
  await rateArea(page, /Proficient/);

  // The re-assessment: Leadership and Vision rose, Strategic Planning fell, Ethics and Policies is newly rated.
  await page.getByRole('link', { name: 'My assessments' }).click();
  await page.getByRole('button', { name: 'Re-assess Fall 2026', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 1: Leadership and Vision' })).toBeVisible();
  await rateArea(page, /Proficient/);
  await goToArea(page, 'Strategic Planning');
  await rateArea(page, /Developing/);
  await goToArea(page, 'Ethics and Policies');
  await rateArea(page, /Leading/);
  await assessmentNav(page).getByRole('link', { name: 'Results and gaps' }).click();
  await page.getByRole('link', { name: 'Compare with another assessment' }).click();

  const pair = page.getByRole('heading', { level: 2, name: /^“Fall 2026” compared with “Fall 2026 \(re-assessed \d{4}-\d{2}-\d{2}\)”$/ });
  await expect(pair).toBeVisible();
  const heading = (await pair.textContent()) ?? '';
  await expect(page.getByText(/^Earlier: “Fall 2026” \(Dana Ruiz, started .+, Version 2\.0 of the framework\)\./)).toBeVisible();
  const indicators = page.getByRole('table', { name: 'Indicators that changed, in framework order' });
  await expect(indicators.getByRole('row', { name: /^1A / })).toContainText('Rose (+2.0 up)');
  await expect(indicators.getByRole('row', { name: /^2A / })).toContainText('Fell (−1.0 down)');
  await expect(page.getByRole('figure', { name: 'Before and after, by skill area' })).toBeVisible();
  await checkScreen(page, 'comparison');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for spreadsheets (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^fall-2026-to-fall-2026-re-assessed-\d{4}-\d{2}-\d{2}-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvPath = test.info().outputPath('comparison.csv');
  await download.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv).toMatch(/^\uFEFFKind,Code,Title,Skill area,Before: Fall 2026,After: Fall 2026 \(re-assessed [\d-]+\),Change,Movement\r\n/);
  expect(csv).toContain('\r\nSkill area,1,Leadership and Vision,Leadership and Vision,1.0,3.0,2.0,rose\r\n');
  expect(csv).toContain('\r\nSkill area,2,Strategic Planning,Strategic Planning,3.0,2.0,-1.0,fell\r\n');
  expect(csv).toMatch(/\r\nIndicator,1A,.+,Leadership and Vision,1,3,2\.0,rose\r\n/);

  await page.emulateMedia({ media: 'print' });
  const pdfPath = test.info().outputPath('comparison.pdf');
  await page.pdf({ path: pdfPath, format: 'Letter', printBackground: true });
  const printed = printedPages(pdfPath);
  const all = printed.join(' ');
  expect(printed[0]).toContain(heading);
  expect(printed[0]).toContain('Version 2.0 of the framework');
  expect(all).toContain('Change by skill area');
  expect(all).toMatch(/Leadership and Vision 1\.0 3\.0 \+2\.0 up/);
  expect(all).toContain('Change by indicator');
  // The indicator table's columns wrap beside each other, so pdftotext reads a row's cells interleaved.
  expect(all).toMatch(/1A Co-develops .{0,120}Rose .{0,160}1 3 .{0,40}\(\+2\.0 up\)/);
  expect(all).toMatch(/2A Leads .{0,120}Fell \(−1\.0 .{0,120}3 2 .{0,40}down\)/);
  expect(all).toMatch(/3A Drafts .{0,160}— 4 New/);
  for (const absent of ['Print or save as PDF', 'Export for spreadsheets (CSV)', 'Earlier assessment', 'Later assessment', 'My assessments', 'Before and after, by skill area']) {
    expect(all, `the printout leaves out “${absent}”`).not.toContain(absent);
  }
  printed.forEach((text, i) => expect(text, `page ${i + 1} has its number`).toContain(`Page ${i + 1} of ${printed.length}`));
  // Every page the indicator table runs onto starts it with its header row again.
  const tableStart = printed.findIndex((text) => text.includes('Indicators that changed'));
  printed.slice(tableStart + 1).forEach((text, i) => {
    if (/\b\d+[A-Z] /.test(text)) expect(text, `page ${tableStart + i + 2} repeats the header`).toContain('Indicator Skill area Before After Change');
  });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, 'test-results/screens/comparison-print']);
});
