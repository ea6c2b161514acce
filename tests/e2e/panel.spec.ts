import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { checkScreen, expect, test } from './fixtures.ts';

const CANDIDATES = ['Alex Kim', 'Bea Cruz', 'Chen Wu'];
const PANELISTS = ['Pat Lee, Superintendent', 'Sam Ortiz, Curriculum Director', 'Robin Diaz, Principal', 'Jo Park, Board Member'];
/** scores[panelist][candidate] for (Leadership and Vision, Strategic Planning), as level numbers 1–4. */
const SCORES = [
  [[4, 3], [2, 2], [3, 1]],
  [[4, 3], [2, 3], [3, 1]],
  [[3, 3], [2, 2], [3, 3]],
  [[4, 4], [1, 2], [3, 1]],
];

async function newUser(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return { context, page: await context.newPage() };
}

async function saveDownload(page: Page, button: string | RegExp, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = test.info().outputPath(name);
  writeFileSync(path, readFileSync(await file.path()));
  return path;
}

test('a panel of four scores three candidates on their own devices, and the chair merges the scorecards', async ({ page, browser }) => {
  test.slow(); // five browsers, four panelists scoring three candidates
  // The chair sets up the round, covering two skill areas, with Strategic Planning counted double.
  await page.goto('/panel');
  await page.getByLabel('Position title (required)').fill('Chief Technology Officer');
  await page.getByLabel('District').fill('Lakeside USD');
  await page.getByLabel('Candidates, one name per line').fill(CANDIDATES.join('\n'));
  await page.getByLabel('Panelists, one per line: name, role').fill(PANELISTS.join('\n'));
  const areaBoxes = page.getByRole('group', { name: /Skill areas the interview covers/ }).getByRole('checkbox');
  const count = await areaBoxes.count();
  for (let i = 2; i < count; i += 1) await areaBoxes.nth(i).uncheck();
  await page.getByLabel('Weight of Strategic Planning').fill('2');
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chief Technology Officer' })).toBeVisible();
  await checkScreen(page, 'panel-round');
  await page.goto('/panel');
  await checkScreen(page, 'panel-home');
  await page.getByRole('link', { name: 'Chief Technology Officer' }).click();
  const roundFile = await saveDownload(page, 'Export the round for panelists', 'round.json');

  const scorecardFiles: string[] = [];
  for (const [p, line] of PANELISTS.entries()) {
    const name = line.split(',')[0] ?? '';
    const panelist = await newUser(browser);
    await panelist.page.goto('/panel');
    await panelist.page.getByLabel('Open a round file from the chair').setInputFiles(roundFile);
    await panelist.page.getByRole('link', { name: `Score as ${name}` }).click();
    // Keyboard only: number keys pick levels, links move on.
    for (const [c] of CANDIDATES.entries()) {
      for (const [a, areaTitle] of ['Leadership and Vision', 'Strategic Planning'].entries()) {
        await expect(panelist.page.getByRole('heading', { level: 1, name: `${CANDIDATES[c]}: ${areaTitle}` })).toBeVisible();
        await panelist.page.keyboard.press(String(SCORES[p]?.[c]?.[a]));
        await expect(panelist.page.getByRole('radio', { checked: true })).toHaveCount(1);
        if (p === 0 && c === 0 && a === 0) {
          await panelist.page.getByLabel(`Notes on ${CANDIDATES[0]} for Leadership and Vision`).fill('Clear vision tied to learning goals.');
          await checkScreen(panelist.page, 'panel-interview');
        }
        const onward = panelist.page.getByRole('link', { name: /→$/ });
        if ((await onward.count()) > 0) {
          await onward.focus();
          await panelist.page.keyboard.press('Enter');
        }
      }
    }
    await panelist.page.getByRole('button', { name: 'Submit my scores' }).click();
    await panelist.page.getByRole('dialog').getByRole('button', { name: 'Submit scores' }).click();
    await expect(panelist.page.getByText('Your scores are submitted')).toBeVisible();
    await panelist.page.getByRole('link', { name: 'Back to the round' }).click();
    scorecardFiles.push(await saveDownload(panelist.page, `Export ${name}’s scorecard`, `scorecard-${p}.json`));
    await panelist.context.close();
  }

  // The chair imports all four; importing one again changes nothing.
  await page.getByLabel('Import panelists’ scorecard files').setInputFiles(scorecardFiles);
  await expect(page.getByText(/What the import did/)).toBeVisible();
  await page.getByLabel('Import panelists’ scorecard files').setInputFiles(scorecardFiles[0] ?? '');
  await expect(page.getByRole('status').filter({ hasText: 'What the import did' })).toContainText(/unchanged|already/i);
  await page.getByRole('link', { name: 'See the panel’s results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel results: Chief Technology Officer' })).toBeVisible();
  await expect(page.getByText('4 of 4 panelists have submitted')).toBeVisible();

  // Alex: L&V 4,4,3,4 → mean 3.75, median 4, spread 1; SP 3,3,3,4 → 3.25.
  const alex = page.getByRole('table', { name: 'Scores for Alex Kim by skill area and panelist' });
  await expect(alex.getByRole('row', { name: /^Leadership and Vision/ })).toHaveText(/4\s*4\s*3\s*4\s*3\.8\s*4\.0\s*1/);
  // Chen: SP 1,1,3,1 → spread 2: flagged for a calibration discussion.
  const chen = page.getByRole('table', { name: 'Scores for Chen Wu by skill area and panelist' });
  await expect(chen.getByRole('row', { name: /^Strategic Planning/ })).toContainText('Panel disagrees by 2 levels');
  await expect(chen.getByRole('row', { name: /^Leadership and Vision/ })).not.toContainText('disagrees');
  // Weighted (SP ×2): Alex (3.75 + 2×3.25)/3 = 3.42; Bea (1.75 + 2×2.25)/3 = 2.08; Chen (3 + 2×1.5)/3 = 2.
  const totals = page.getByRole('table', { name: /Weighted score by candidate \(level/ });
  await expect(totals.getByRole('row', { name: /^Alex Kim/ })).toHaveText(/Alex Kim\s*3\.4\s*1/);
  await expect(totals.getByRole('row', { name: /^Bea Cruz/ })).toHaveText(/Bea Cruz\s*2\.1\s*2/);
  await expect(totals.getByRole('row', { name: /^Chen Wu/ })).toHaveText(/Chen Wu\s*2\.0\s*3/);
  await checkScreen(page, 'panel-chair');

  await page.emulateMedia({ media: 'print' });
  const pdf = test.info().outputPath('panel.pdf');
  await page.pdf({ path: pdf, format: 'Letter', printBackground: true });
  // Reading order, whitespace folded: a table cell may wrap onto two lines in print.
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  for (const candidate of CANDIDATES) expect(text).toContain(candidate);
  expect(text).toContain('Chief Technology Officer');
  expect(text).toContain('Panel disagrees by 2 levels');
  // The summary prints without the app's navigation and buttons.
  expect(text).not.toContain('Hiring panels');
  expect(text).not.toContain('Export for spreadsheets');
});

test('on a shared device, nobody sees the panel’s results while a panelist is still scoring', async ({ page }) => {
  await page.goto('/panel');
  await page.getByLabel('Position title (required)').fill('Director of Technology');
  await page.getByLabel('Candidates, one name per line').fill('Alex Kim');
  await page.getByLabel('Panelists, one per line: name, role').fill('Pat Lee, Superintendent\nSam Ortiz, Principal');
  await page.getByRole('button', { name: 'Start the round' }).click();
  // Interviews happen on tablets: the screen fits one without sideways scrolling.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.getByRole('link', { name: 'Score as Pat Lee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex Kim: Leadership and Vision' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await checkScreen(page, 'panel-interview-tablet');
  await page.keyboard.press('3');
  await expect(page.getByText('Scored: Proficient.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the round' }).click();
  await expect(page.getByText(/In progress: 0 of 1 candidates fully scored/)).toBeVisible();
  await page.getByRole('link', { name: 'See the panel’s results' }).click();
  await expect(page.getByText('Still scoring: Pat Lee.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await checkScreen(page, 'panel-chair-blind');
  // Sam, scoring next on the same device, sees no trace of Pat's level.
  await page.getByRole('link', { name: '← Back to the round' }).click();
  await page.getByRole('link', { name: 'Score as Sam Ortiz' }).click();
  await expect(page.getByText('Not scored yet.')).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});
