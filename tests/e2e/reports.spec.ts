import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { canonicalJson } from '../../src/domain/exchange/exchange-format.ts';
import { evidenceNote, assessmentNav, checkScreen, expect, rateArea, skillAreaNav as nav, startAssessment, test } from './fixtures.ts';

/** An assessment with two clear gaps and a note, ready to report on. */
async function ratedAssessment(page: Page, title: string) {
  const id = await startAssessment(page, { title, name: 'Dana Ruiz', role: 'Chief Technology Officer', district: 'Lakeside USD' });
  await rateArea(page, /Emerging/);
  await (await evidenceNote(page, '1A')).fill('Private note: board retreat draft.');
  await nav(page).getByRole('link', { name: /Strategic Planning/ }).click();
  await rateArea(page, /Developing/);
  return id;
}

test('the report prints to a PDF holding the name, every skill area and the top gaps', async ({ page }) => {
  const id = await ratedAssessment(page, 'Board report');
  await assessmentNav(page).getByRole('link', { name: 'Report and export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report and export' })).toBeVisible();
  await checkScreen(page, 'report');

  await page.emulateMedia({ media: 'print' });
  const pdfPath = test.info().outputPath('report.pdf');
  await page.pdf({ path: pdfPath, format: 'Letter', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
  expect(text).toContain('Dana Ruiz');
  expect(text).toContain('Lakeside USD');
  const edition = JSON.parse(readFileSync('framework-data/editions/cosn-cto-2009.json', 'utf8')) as {
    categories: { skillAreas: { title: string }[] }[];
  };
  // Table cells wrap long titles over lines, so the titles are looked for with the line breaks taken out.
  const flat = text.replace(/\s+/g, ' ');
  for (const area of edition.categories.flatMap((c) => c.skillAreas)) expect(flat).toContain(area.title);
  expect(text).toMatch(/Leadership and Vision[\s\S]*Strategic Planning/);
  // Personal notes stay out unless asked for; app chrome is not printed.
  expect(text).not.toContain('Private note');
  expect(text).not.toContain('Export for review (JSON)');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, 'test-results/screens/report-pdf-page']);
  expect(id).toBeTruthy();
});

test('the downloaded HTML report opens from disk with the network off and asks for nothing', async ({ page, browser }) => {
  await ratedAssessment(page, 'HTML report');
  await assessmentNav(page).getByRole('link', { name: 'Report and export' }).click();
  await page.getByLabel('Summary, detail and evidence notes').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (HTML file)' }).click()]);
  const path = test.info().outputPath('report.html');
  await download.saveAs(path);
  expect(readFileSync(path, 'utf8')).not.toMatch(/<script/i);
  // Its own policy forbids any script, as a second wall behind the escaping.
  expect(readFileSync(path, 'utf8')).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none';`);

  const offline = await browser.newContext({ offline: true, javaScriptEnabled: false });
  const reader = await offline.newPage();
  const requests: string[] = [];
  reader.on('request', (request) => requests.push(request.url()));
  await reader.goto(`file://${path}`);
  await expect(reader.getByText('Dana Ruiz').first()).toBeVisible();
  await expect(reader.getByText('Private note: board retreat draft.')).toBeVisible();
  await expect(reader.getByText('Strategic Planning').first()).toBeVisible();
  expect(requests).toEqual([`file://${path}`]);
  await reader.screenshot({ path: 'test-results/screens/report-html-file.png', fullPage: true });
  await offline.close();
});

async function importFile(page: Page, name: string, content: string | Buffer, mimeType = 'application/json') {
  await page.goto('/import');
  // Playwright passes large buffers only as files on disk.
  const path = test.info().outputPath(name);
  writeFileSync(path, content);
  await page.getByLabel('Choose a file (.json), or drop it here').setInputFiles({ name, mimeType, buffer: readFileSync(path) }.buffer.length > 40e6 ? path : { name, mimeType, buffer: readFileSync(path) });
}

test('bad files get a clear message and change nothing', async ({ page }) => {
  test.slow();
  await ratedAssessment(page, 'Keep me safe');
  await assessmentNav(page).getByRole('link', { name: 'Report and export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for review (JSON)' }).click()]);
  const good = readFileSync(await download.path(), 'utf8');
  const envelope = JSON.parse(good) as { formatVersion: number; payload: { assessments: { framework: { editionId: string } }[] } };

  // A format beyond every one this app reads (a review file is format 1; backups with feedback are format 2).
  const newer = JSON.stringify({ ...envelope, formatVersion: 99 });
  // A well-formed file for an edition this app does not know: checksum recomputed, so only the edition is wrong.
  const unknownEdition = structuredClone(envelope) as typeof envelope & { checksum: { value: string } };
  const [first] = unknownEdition.payload.assessments;
  if (first) first.framework.editionId = 'cosn-cto-2031';
  unknownEdition.checksum.value = createHash('sha256').update(canonicalJson(unknownEdition.payload)).digest('hex');
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.json', '', /empty/i],
    ['notes.txt', 'hello, this is not json', /not .*export/i],
    ['truncated.json', good.slice(0, Math.floor(good.length / 2)), /incomplete or damaged/i],
    ['other.json', JSON.stringify({ name: 'package', version: '1.0.0' }), /not one exported by EdTech Leader Self-Assessment/i],
    ['newer.json', newer, /newer version/i],
    ['edition.json', JSON.stringify(unknownEdition), /cosn-cto-2031/],
    ['proto.json', good.replace('"payload":', '"__proto__": {"polluted": true}, "payload":'), /not allowed|damaged/i],
    ['sheet.csv', '\uFEFFGrouping,Skill area\r\nI,1\r\n', /CSV/],
    ['report.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj', /PDF/],
    ['huge.json', Buffer.alloc(50 * 1024 * 1024, 32), /too large|MB/i],
  ];
  for (const [name, content, message] of cases) {
    await importFile(page, name, content);
    const alert = page.getByRole('alert');
    await expect(alert, name).toContainText(message);
    await expect(alert).toContainText('Nothing on this device has changed.');
    if (name === 'truncated.json') await checkScreen(page, 'import-error');
  }
  expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call({}, 'polluted'))).toBe(false);
  await page.getByRole('link', { name: 'My assessments' }).click();
  await expect(page.getByRole('listitem', { name: /Keep me safe/ })).toHaveCount(1);
});

test('a protected export needs its passphrase, and a wrong one is named as such', async ({ page }) => {
  await ratedAssessment(page, 'Protected');
  await assessmentNav(page).getByRole('link', { name: 'Report and export' }).click();
  await page.getByLabel('Protect the file with a passphrase').check();
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Passphrase again').fill('correct horse battery');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for review (JSON)' }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).not.toContain('Dana Ruiz');

  await importFile(page, 'protected.json', text);
  await page.getByLabel('Passphrase').fill('wrong horse');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText(/passphrase/i);
  await checkScreen(page, 'import-passphrase');
  await page.getByLabel('Passphrase').fill('correct horse battery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'What “protected.json” holds' })).toBeVisible();
  await expect(page.getByText('Dana Ruiz · Chief Technology Officer · Lakeside USD')).toBeVisible();
});

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

async function newUser(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return { context, page: await context.newPage() };
}

test('review round trip: the superintendent comments on a received file, and the CTO sees the comments', async ({ browser }) => {
  test.slow();
  const cto = await newUser(browser);
  const id = await ratedAssessment(cto.page, 'Fall 2026');
  await assessmentNav(cto.page).getByRole('link', { name: 'Report and export' }).click();
  const sent = await download(cto.page, 'Export for review (JSON)');

  const superintendent = await newUser(browser);
  const fileForReview = test.info().outputPath('fall-2026.json');
  writeFileSync(fileForReview, sent);
  await importFile(superintendent.page, 'fall-2026.json', sent);
  await expect(superintendent.page.getByText('New on this device: it will be added.')).toBeVisible();
  await checkScreen(superintendent.page, 'import-preview');
  await superintendent.page.getByRole('button', { name: 'Import' }).click();
  // A received copy opens on its report summary, which speaks of the CTO by name.
  await superintendent.page.getByRole('link', { name: 'Open the report summary' }).click();
  await expect(superintendent.page.getByRole('heading', { level: 2, name: 'Executive summary' })).toBeVisible();
  await expect(superintendent.page.getByRole('heading', { level: 1, name: 'Report: Dana Ruiz’s self-assessment' })).toBeVisible();
  await expect(superintendent.page.getByText('Received', { exact: true })).toBeVisible();
  await nav(superintendent.page).getByRole('link', { name: /Leadership and Vision/ }).click();
  // Answers are the CTO's: read-only, no level to change.
  await expect(superintendent.page.getByRole('radio')).toHaveCount(0);
  await superintendent.page.getByText('Add a comment').click();
  await superintendent.page.getByLabel('Comment on Leadership and Vision').fill('Let us put the vision on the March board agenda.');
  await superintendent.page.getByLabel('Your name').fill('Pat Lee');
  await superintendent.page.getByLabel('Your role').fill('Superintendent');
  await superintendent.page.getByRole('button', { name: 'Add comment' }).click();
  await expect(superintendent.page.getByText('Let us put the vision on the March board agenda.')).toBeVisible();
  await checkScreen(superintendent.page, 'review-skill-area');
  await assessmentNav(superintendent.page).getByRole('link', { name: 'Report and export' }).click();
  // A received copy goes back to its author, not out for review again.
  await expect(superintendent.page.getByRole('button', { name: 'Export for review (JSON)' })).toHaveCount(0);
  const reviewed = await download(superintendent.page, 'Send back to Dana Ruiz');

  await importFile(cto.page, 'fall-2026-reviewed.json', reviewed);
  await expect(cto.page.getByLabel('Add the reviewer’s comments, sign-off and proposed importance changes to my assessment (my answers stay as they are; I accept or decline each proposal)')).toBeChecked();
  await cto.page.getByRole('button', { name: 'Import' }).click();
  await expect(cto.page.getByText(/The reviewer's comments were added to your assessment/)).toBeVisible();
  await cto.page.goto(`/assessments/${id}/areas/1`);
  const comments = cto.page.getByRole('region', { name: 'Reviewer comments on Leadership and Vision' });
  await expect(comments).toContainText('Let us put the vision on the March board agenda.');
  await expect(comments).toContainText('Pat Lee, Superintendent');
  // The CTO's own answers and note are untouched.
  await expect(cto.page.getByRole('group', { name: 'Current level for 1A' }).getByRole('radio', { name: /Emerging/ })).toBeChecked();
  await expect(cto.page.getByLabel('Evidence notes for 1A')).toHaveValue('Private note: board retreat draft.');
  await cto.context.close();
  await superintendent.context.close();
});

test('export everything and restore it on a fresh browser', async ({ page, browser }) => {
  await ratedAssessment(page, 'Backup one');
  await startAssessment(page, { title: 'Backup two' });
  await page.getByRole('link', { name: 'My assessments' }).click();
  const backup = await download(page, 'Export everything');

  const fresh = await newUser(browser);
  await importFile(fresh.page, 'backup.json', backup);
  await expect(fresh.page.getByText(/A backup made/)).toBeVisible();
  await fresh.page.getByRole('button', { name: 'Import' }).click();
  await expect(fresh.page.getByText('Imported 2 assessments')).toBeVisible();
  await fresh.page.getByRole('link', { name: 'Go to my assessments' }).click();
  await expect(fresh.page.getByRole('heading', { name: 'Backup one' })).toBeVisible();
  await expect(fresh.page.getByRole('heading', { name: 'Backup two' })).toBeVisible();
  await fresh.page.getByRole('link', { name: 'Resume Backup one' }).click();
  await nav(fresh.page).getByRole('link', { name: /Leadership and Vision/ }).click();
  await expect(fresh.page.getByLabel('Evidence notes for 1A')).toHaveValue('Private note: board retreat draft.');
  await fresh.context.close();
});

test('share for review leaves notes out unless ticked; move to another computer carries everything, protected', async ({ page, browser }) => {
  const id = await ratedAssessment(page, 'Move me');
  await startAssessment(page, { title: 'Second one' });
  await page.goto(`/assessments/${id}/report`);
  await expect(page.getByRole('heading', { level: 2, name: 'Share for review' })).toBeVisible();
  const shared = await download(page, 'Export for review (JSON)');
  expect(shared).toContain('Move me');
  expect(shared).not.toContain('Private note');
  expect(shared).not.toContain('Second one');
  await page.getByLabel('Include my evidence notes').check();
  expect(await download(page, 'Export for review (JSON)')).toContain('Private note: board retreat draft.');

  await page.getByLabel('Protect everything with a passphrase').check();
  await page.getByLabel('Passphrase to move', { exact: true }).fill('short');
  await page.getByLabel('Passphrase to move again').fill('short');
  await page.getByRole('button', { name: 'Export everything to move (JSON)' }).click();
  await expect(page.getByRole('alert')).toHaveText('Use a passphrase of at least 8 characters.');
  await page.getByLabel('Passphrase to move', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Passphrase to move again').fill('correct horse battery');
  await checkScreen(page, 'report-export-move');
  const moved = await download(page, 'Export everything to move (JSON)');
  expect(moved).not.toContain('Move me');
  await expect(page.getByText(/Everything was downloaded: 2 assessments, with notes, plans and comments\./)).toBeVisible();

  const other = await newUser(browser);
  await importFile(other.page, 'everything.json', moved);
  await other.page.getByLabel('Passphrase').fill('correct horse battery');
  await other.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(other.page.getByText(/A backup made .*, with 2 assessments\./)).toBeVisible();
  await other.page.getByRole('button', { name: 'Import' }).click();
  await expect(other.page.getByText('Imported 2 assessments')).toBeVisible();
  await other.page.getByRole('link', { name: 'Go to my assessments' }).click();
  await expect(other.page.getByRole('heading', { name: 'Second one' })).toBeVisible();
  await other.page.getByRole('link', { name: 'Resume Move me' }).click();
  await nav(other.page).getByRole('link', { name: /Leadership and Vision/ }).click();
  await expect(other.page.getByLabel('Evidence notes for 1A')).toHaveValue('Private note: board retreat draft.');
  await other.context.close();
});

test('markup in names and notes arrives as plain text and never runs', async ({ page, browser }) => {
  const title = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Plan';
  await startAssessment(page, { title, name: '<b>Dana</b>' });
  await (await evidenceNote(page, '1A')).fill('<script>window.__pwned = 3</script>');
  await page.getByRole('group', { name: 'Current level for 1A' }).getByRole('radio', { name: /Developing/ }).check();
  await assessmentNav(page).getByRole('link', { name: 'Report and export' }).click();
  await page.getByLabel('Summary, detail and evidence notes').check();
  await page.getByLabel('Include my evidence notes').check();
  const sent = await download(page, 'Export for review (JSON)');

  const reader = await newUser(browser);
  await importFile(reader.page, 'markup.json', sent);
  await reader.page.getByRole('button', { name: 'Import' }).click();
  await reader.page.getByRole('link', { name: 'Open the report summary' }).click();
  await expect(reader.page.getByText(title).first()).toBeVisible();
  await nav(reader.page).getByRole('link', { name: /Leadership and Vision/ }).click();
  await expect(reader.page.getByText('<script>window.__pwned = 3</script>')).toBeVisible();
  expect(await reader.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await reader.page.locator('main script, main img').count()).toBe(0);
  await reader.context.close();
});
