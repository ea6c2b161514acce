import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { assessmentNav, checkScreen, evidenceNote, expect, rateArea, skillAreaNav as nav, startAssessment, test } from './fixtures.ts';

async function newUser(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return { context, page: await context.newPage() };
}

async function importFile(page: Page, name: string, content: string) {
  await page.goto('/import');
  await page.getByLabel('Choose a file (.json), or drop it here').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('review journey: the superintendent comments, proposes, signs off and sends back; the CTO decides on each proposal', async ({ browser }) => {
  test.slow();
  // The CTO rates two areas below target, writes a note and plans one action, then shares the file for review.
  const cto = await newUser(browser);
  const id = await startAssessment(cto.page, { title: 'Fall 2026', name: 'Ada Lovelace', role: 'Chief Technology Officer', district: 'Lakeside USD' });
  await rateArea(cto.page, /Emerging/);
  await (await evidenceNote(cto.page, '1A')).fill('Board retreat draft, shared with cabinet.');
  await nav(cto.page).getByRole('link', { name: /Strategic Planning/ }).click();
  await rateArea(cto.page, /Developing/);
  await assessmentNav(cto.page).getByRole('link', { name: 'Development plan' }).click();
  await cto.page.getByLabel('Action (required)').fill('Draft a technology plan');
  await cto.page.getByRole('button', { name: 'Add to plan' }).click();
  await expect(cto.page.getByRole('heading', { name: 'Draft a technology plan' })).toBeVisible();
  await assessmentNav(cto.page).getByRole('link', { name: 'Report and export' }).click();
  await cto.page.getByLabel('Include my evidence notes').check();
  const sent = await download(cto.page, 'Export for review (JSON)');
  writeFileSync(test.info().outputPath(sent.name), sent.text);

  // The superintendent, in a browser of their own, reads about Ada by name.
  const sup = await newUser(browser);
  await importFile(sup.page, sent.name, sent.text);
  await sup.page.getByRole('button', { name: 'Import' }).click();
  await sup.page.getByRole('link', { name: 'Open the report summary' }).click();
  await expect(sup.page.getByRole('heading', { level: 1, name: 'Report: Ada Lovelace’s self-assessment' })).toBeVisible();

  await nav(sup.page).getByRole('link', { name: /Leadership and Vision/ }).click();
  await expect(sup.page.getByText('Ada Lovelace’s evidence notes')).toBeVisible();
  await expect(sup.page.getByText('Board retreat draft, shared with cabinet.')).toBeVisible();
  const areaThread = sup.page.getByRole('region', { name: 'Reviewer comments on Leadership and Vision' });
  await areaThread.getByText('Add a comment').click();
  await areaThread.getByLabel('Comment on Leadership and Vision').fill('Put the vision on the March board agenda.');
  await areaThread.getByLabel('Your name').fill('Grace Hopper');
  await areaThread.getByLabel('Your role').fill('Superintendent');
  await areaThread.getByRole('button', { name: 'Add comment' }).click();
  await expect(areaThread.getByText('Put the vision on the March board agenda.')).toBeVisible();
  await checkScreen(sup.page, 'review-journey-skill-area');

  await assessmentNav(sup.page).getByRole('link', { name: 'Development plan' }).click();
  await expect(sup.page.getByRole('heading', { name: 'Ada Lovelace’s actions' })).toBeVisible();
  const actionThread = sup.page.getByRole('region', { name: 'Reviewer comments on the action “Draft a technology plan”' });
  await actionThread.getByText('Add a comment').click();
  await actionThread.getByLabel('Comment on the action “Draft a technology plan”').fill('Bring a first draft to cabinet by May.');
  // The name given once is offered again.
  await expect(actionThread.getByLabel('Your name')).toHaveValue('Grace Hopper');
  await actionThread.getByRole('button', { name: 'Add comment' }).click();
  await expect(actionThread.getByText('Bring a first draft to cabinet by May.')).toBeVisible();
  await checkScreen(sup.page, 'review-journey-plan');

  await assessmentNav(sup.page).getByRole('link', { name: 'Results and gaps' }).click();
  const strategic = sup.page.getByLabel('Proposed importance of Strategic Planning');
  await strategic.selectOption('high');
  await expect(strategic).toHaveAccessibleDescription('Ada Lovelace marked this normal importance; you propose high.');
  await sup.page.getByLabel('Proposed importance of Leadership and Vision').selectOption('low');
  await expect(sup.page.getByLabel('Importance of Strategic Planning', { exact: true })).toHaveCount(0);
  await checkScreen(sup.page, 'review-journey-results');

  await assessmentNav(sup.page).getByRole('link', { name: 'Report and export' }).click();
  const review = sup.page.getByRole('region', { name: 'Your review' });
  await expect(review.getByLabel('Your name')).toHaveValue('Grace Hopper');
  await review.getByRole('button', { name: 'Sign off the review' }).click();
  await expect(review).toContainText('Reviewed by Grace Hopper, Superintendent, on');
  await expect(sup.page.getByRole('region', { name: 'Report preview' }).locator('.report-summary__signoff')).toContainText(/Reviewed by Grace Hopper, Superintendent, on \w+/);
  await checkScreen(sup.page, 'review-journey-sign-off');
  const back = await download(sup.page, 'Send back to Ada Lovelace');
  const today = await sup.page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  expect(back.name).toBe(`fall-2026-reviewed-by-grace-hopper-${today}.json`);
  await expect(review.getByText(`“${back.name}” was downloaded.`, { exact: false })).toBeVisible();

  // The CTO imports the reviewed copy: comments and sign-off arrive, proposals wait for a decision.
  await importFile(cto.page, back.name, back.text);
  await expect(cto.page.getByLabel(/Add the reviewer’s comments, sign-off and proposed importance changes/)).toBeChecked();
  await cto.page.getByRole('button', { name: 'Import' }).click();
  await expect(cto.page.getByText(/2 importance changes are proposed: nothing in your ranking moves until you accept or decline each/)).toBeVisible();
  await expect(cto.page.getByText(/Reviewed and signed off by Grace Hopper\./)).toBeVisible();
  await cto.page.getByRole('link', { name: 'Accept or decline the proposed importance changes' }).click();
  const proposals = cto.page.getByRole('region', { name: 'Proposed importance changes' });
  await expect(proposals).toContainText('Strategic Planning: Grace Hopper, Superintendent proposes High (yours: Normal)');
  await expect(proposals).toContainText('Leadership and Vision: Grace Hopper, Superintendent proposes Low (yours: Normal)');
  // Nothing has moved yet.
  await expect(cto.page.getByLabel('Importance of Strategic Planning', { exact: true })).toHaveValue('normal');
  await expect(cto.page.getByLabel('Importance of Leadership and Vision', { exact: true })).toHaveValue('normal');
  await checkScreen(cto.page, 'review-journey-proposals');
  await proposals.getByRole('button', { name: 'Accept High for Strategic Planning' }).click();
  await proposals.getByRole('button', { name: 'Decline Low for Leadership and Vision' }).click();
  await expect(proposals).toHaveCount(0);
  await expect(cto.page.getByLabel('Importance of Strategic Planning', { exact: true })).toHaveValue('high');
  await expect(cto.page.getByLabel('Importance of Leadership and Vision', { exact: true })).toHaveValue('normal');

  // The report shows the sign-off on the summary, and every comment in the appendix.
  await assessmentNav(cto.page).getByRole('link', { name: 'Report and export' }).click();
  const preview = cto.page.getByRole('region', { name: 'Report preview' });
  await expect(preview.locator('.report-summary__signoff')).toContainText(/Reviewed by Grace Hopper, Superintendent, on \w+/);
  const comments = preview.getByRole('region', { name: 'Reviewer comments' });
  await expect(comments).toContainText('Put the vision on the March board agenda.');
  await expect(comments.getByRole('heading', { name: 'Plan action: Draft a technology plan' })).toBeVisible();
  await expect(comments).toContainText('Bring a first draft to cabinet by May.');
  await checkScreen(cto.page, 'review-journey-cto-report');
  // The CTO may resolve the plan comment, not delete it.
  await assessmentNav(cto.page).getByRole('link', { name: 'Development plan' }).click();
  const ctoThread = cto.page.getByRole('region', { name: 'Reviewer comments on the action “Draft a technology plan”' });
  await expect(ctoThread.getByRole('button', { name: /Delete/ })).toHaveCount(0);
  await ctoThread.getByRole('button', { name: 'Mark the comment by Grace Hopper resolved' }).click();
  await expect(ctoThread.getByText(/^Resolved /)).toBeVisible();
  expect(id).toBeTruthy();
  await cto.context.close();
  await sup.context.close();
});
