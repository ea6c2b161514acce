import type { Page } from '@playwright/test';
import { checkScreen, expect, rateArea, startAssessment, test } from './fixtures.ts';
import { startRound, startScoring } from './panel-helpers.ts';

const DB_NAME = 'edtech-leader-self-assessment';
const reminder = (page: Page) => page.getByRole('region', { name: 'Keep a copy of your work' });

/** Rates every indicator of the given skill areas Proficient, by clicking. */
async function rateAreas(page: Page, assessmentId: string, areaIds: string[]): Promise<number> {
  let rated = 0;
  for (const areaId of areaIds) {
    await page.goto(`/assessments/${assessmentId}/areas/${areaId}`);
    const groups = page.getByRole('group', { name: /^Current level for / });
    await expect(groups.first()).toBeVisible();
    const count = await groups.count();
    await rateArea(page, /Proficient/);
    await expect(page.getByText(`${count} of ${count} indicators rated.`)).toBeVisible();
    rated += count;
  }
  return rated;
}

async function goToData(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
}

const figure = (page: Page, label: string) => page.getByRole('region', { name: 'What is stored' }).locator('dt', { hasText: label }).locator('+ dd');

test('shows what is stored, reminds to back up after real work, and deletes everything on request', async ({ page }) => {
  test.slow();
  // Real work: an assessment with two skill areas rated, and a hiring round with one scorecard.
  const id = await startAssessment(page, { title: 'Data safety' });
  expect(await rateAreas(page, id, ['1', '2'])).toBeGreaterThanOrEqual(15);
  await startRound(page, { title: 'Chief Technology Officer', candidates: ['Alex Kim', 'Bea Cruz'], panelists: ['Pat Lee, Superintendent'] });
  await startScoring(page, 'Pat Lee');
  await expect(page.getByRole('heading', { level: 1, name: 'Alex Kim: Leadership and Vision' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);

  await goToData(page);
  await expect(figure(page, 'Assessments')).toHaveText('1');
  await expect(figure(page, 'Hiring rounds')).toHaveText('1');
  await expect(figure(page, 'Scorecards')).toHaveText('1');
  await expect(page.getByText(/^This app uses \d[\d.,]* (bytes|kB|MB) of this device; the browser lets it use up to [\d.,]+ (MB|GB|TB)/)).toBeVisible();
  // The app asked when the first assessment was saved; whatever Chromium answered is shown and recorded.
  await expect(page.getByText(/^Kept\.|the browser said no/)).toBeVisible();
  await checkScreen(page, 'data');

  // The reminder: shown after the work, and "Not now" keeps it away across a reload.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My assessments' }).click();
  await expect(reminder(page)).toContainText(/You have rated \d+ indicators, and there is no backup yet/);
  await checkScreen(page, 'home-backup-reminder');
  await reminder(page).getByRole('button', { name: 'Not now' }).click();
  await expect(reminder(page)).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Data safety' })).toBeVisible();
  await expect(reminder(page)).toBeHidden();

  // As much work again brings it back; exporting from it downloads a backup and puts it away.
  await rateAreas(page, id, ['3', '4', '5']);
  await page.goto('/');
  await expect(reminder(page)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), reminder(page).getByRole('button', { name: 'Export a backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^edtech-leader-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText('Backup downloaded: 1 assessment, with notes and plans.')).toBeVisible();
  await expect(reminder(page)).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Data safety' })).toBeVisible();
  await expect(reminder(page)).toBeHidden();

  // An offline cache such as the service worker keeps, and a key of the app's in localStorage.
  await page.evaluate(async () => {
    await (await caches.open('offline-copy')).put('/offline-check', new Response('kept offline'));
    localStorage.setItem('edtech-leader:test', 'x');
  });
  const cacheCount = await page.evaluate(async () => (await caches.keys()).length);

  await goToData(page);
  const deleteButton = page.getByRole('button', { name: 'Delete all my data' });
  await deleteButton.click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  await expect(dialog).toContainText('This browser holds 1 assessment, 1 hiring round and 1 scorecard.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await checkScreen(page, 'data-delete-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await expect(figure(page, 'Assessments')).toHaveText('1');

  await deleteButton.click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  const cachesText = `${cacheCount} offline ${cacheCount === 1 ? 'cache' : 'caches'}`;
  await expect(page.getByRole('status').filter({ hasText: 'Your data is deleted' })).toContainText(
    `Removed 1 assessment, 1 hiring round with 1 scorecard, the app's remembered settings and ${cachesText}.`,
  );
  await expect(figure(page, 'Assessments')).toHaveText('0');
  await expect(deleteButton).toBeFocused();
  await checkScreen(page, 'data-deleted');

  const left = await page.evaluate(async (name) => {
    const databases = (await indexedDB.databases()).map((d) => d.name);
    const appKeys = [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith('edtech-leader:'));
    const workers = (await navigator.serviceWorker.getRegistrations()).length;
    return { hasDatabase: databases.includes(name), caches: await caches.keys(), appKeys, workers };
  }, DB_NAME);
  expect(left).toEqual({ hasDatabase: false, caches: [], appKeys: [], workers: 0 });

  // No screen still shows what is gone.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My assessments' }).click();
  await expect(page.getByText(/No assessments yet/)).toBeVisible();
  await expect(reminder(page)).toBeHidden();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hiring panels' }).click();
  await expect(page.getByRole('link', { name: 'Chief Technology Officer' })).toBeHidden();
});

test('another open tab of the app steps aside for the deletion, and starts afresh', async ({ page, context }) => {
  const id = await startAssessment(page, { title: 'Open elsewhere' });
  // The other tab shows the very assessment about to go.
  const other = await context.newPage();
  await other.goto(`/assessments/${id}/areas/2`);
  await expect(other.getByRole('heading', { level: 1, name: /^Skill area 2:/ })).toBeVisible();

  await page.goto('/data');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText(/^Removed 1 assessment/)).toBeVisible();
  await expect(page.getByText('Another tab is holding your data open')).toBeHidden();
  await expect(other.getByText(/No assessments yet/)).toBeVisible();
  await expect(other).toHaveURL(/\/$/);
  await expect(other.getByRole('heading', { name: 'Open elsewhere' })).toBeHidden();
});
