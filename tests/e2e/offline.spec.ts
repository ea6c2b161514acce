import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { evidenceNote, assessmentNav, checkScreen, expect, expectOnlyProblems, rateArea, startAssessment, test } from './fixtures.ts';
import { deployCopyOfBuild } from './static-server.ts';

/** Loads the app until its service worker controls the page, as after a first visit. */
async function installApp(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker does not claim the page that installed it: the next load is the first one it serves.
  await expect
    .poll(async () => {
      await page.reload();
      return page.evaluate(() => navigator.serviceWorker.controller !== null);
    })
    .toBe(true);
}

test('after one visit the app works with no network: assessment, results and a report export', async ({ page, context }) => {
  test.slow();
  await installApp(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();

  await startAssessment(page, { title: 'Offline on the bus', name: 'Dana Ruiz' });
  await rateArea(page, /Emerging/);
  await (await evidenceNote(page, '1A')).fill('Typed with the Wi-Fi off.');
  const areas = assessmentNav(page);
  await areas.getByRole('link', { name: 'Results and gaps' }).click();
  await expect(page.getByRole('application', { name: 'Bar chart of priority scores by skill area, highest first' })).toBeVisible();
  await checkScreen(page, 'offline-results');

  await areas.getByRole('link', { name: 'Report and export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (HTML file)' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Offline on the bus');

  // A screen never opened before still loads: its code came with the first visit.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hiring panels' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hiring panels' })).toBeVisible();
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: /About/ })).toBeVisible();
});

test('a new version waits for the user, and what they typed meanwhile is kept', async ({ browser }) => {
  test.slow();
  const deployment = await deployCopyOfBuild();
  const context = await browser.newContext({ baseURL: deployment.origin });
  const page = await context.newPage();
  try {
    await installApp(page);
    await startAssessment(page, { title: 'Update day' });
    const note = await evidenceNote(page, '1A');
    await note.fill('Before the update.');

    // The district publishes a newer build: its worker script differs.
    appendFileSync(join(deployment.root, 'sw.js'), '\n// newer build\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the app is ready' });
    await expect(notice).toBeVisible();
    await checkScreen(page, 'update-ready');

    // Nothing reloads on its own: the user keeps typing, and can put the update off.
    await note.fill('Before the update. And after it was offered.');
    await notice.getByRole('button', { name: 'Later' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(notice).toBeVisible();
    await expect(note).toHaveValue('Before the update. And after it was offered.');

    await note.fill('Before the update. And after it was offered. Then the last word');
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload and update' }).click()]);
    await expect(page.getByLabel('Evidence notes for 1A')).toHaveValue('Before the update. And after it was offered. Then the last word');
    await expect(page.getByText('A new version of the app is ready')).toBeHidden();
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(waiting).toBeNull();
  } finally {
    await context.close();
    await deployment.close();
  }
});

test('the first screen is in the HTML itself: header, heading and the start form appear with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'EdTech Leader Self-Assessment' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  await expect(page.getByLabel('Title (required)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start assessment' })).toBeVisible();
  await context.close();
});

test('the prerendered home screen comes alive without a hydration error, and deep links never flash it', async ({ page }) => {
  // A first visit (no service worker yet). Hold the app's code back: a deep link shows the real header at once, but not the prerendered home content.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/about', { waitUntil: 'commit' });
  await expect(page.getByRole('banner').getByRole('link', { name: 'EdTech Leader Self-Assessment' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: /About/ })).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1, name: /About/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toHaveCount(0);

  await startAssessment(page, { title: 'Hydrated' });
});

test('a strict Content Security Policy is in the built page, and it blocks injected script and foreign connections', async ({ page, pageProblems }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/https?:/);

  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    const fetched = await fetch('https://example.org/collect').then(
      () => 'sent',
      () => 'blocked',
    );
    return { injected: 'injected' in window, fetched };
  });
  expect(outcome).toEqual({ injected: false, fetched: 'blocked' });
  // Those refusals were the point of this test; any other would still fail it.
  await expect.poll(() => pageProblems.length).toBeGreaterThanOrEqual(2);
  const unexpected = pageProblems.filter((text) => !/inline script|example\.org/.test(text));
  expect(unexpected).toEqual([]);
  pageProblems.splice(0);
});

test('a screen whose code cannot arrive asks for a reload instead of breaking', async ({ page, pageProblems }) => {
  await page.route(/about-screen-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/');
  let loads = 0;
  page.on('load', () => (loads += 1));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  // One new page is tried at the screen's own address (for browsers that keep a failed fetch), then it asks.
  await expect(page.getByRole('heading', { level: 1, name: 'This screen needs a reload' })).toBeVisible();
  await expect(page).toHaveURL(/\/about$/);
  expect(loads).toBe(1);
  await expect(page.getByRole('alert')).toContainText('Your saved answers are not affected');
  await checkScreen(page, 'missing-code');
  // The refused download was the point of this test; any other problem still fails it.
  await expectOnlyProblems(pageProblems, [/Failed to load resource: .*about-screen-[^/]+\.js/]);
});

test.describe('with no service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('offline, a screen whose code cannot arrive asks for a reload and does not reload into the browser’s offline page', async ({
    page,
    pageProblems,
  }) => {
    await page.goto('/');
    // The home screen's own code, and what it fetches after, have all arrived before the network goes.
    await expect(page.getByText(/No assessments yet/)).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.context().setOffline(true);
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This screen needs a reload' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Your saved answers are not affected');
    expect(loads).toBe(0);
    await page.context().setOffline(false);
    await expectOnlyProblems(pageProblems, [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/]);
  });
});

test('a screen whose code fails to arrive once loads on the second try, with no reload asked', async ({ page, pageProblems }) => {
  // What a full run once met: one of the Import screen's own imports dropped on the way, the screen itself fetched.
  let refused = 0;
  await page.route(/form-text-[^/]+\.js$/, (route) => (refused++ === 0 ? route.abort() : route.continue()));
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a file' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This screen needs a reload' })).toHaveCount(0);
  expect(refused).toBe(2);
  // The one refused download was the point of this test; any other problem still fails it.
  await expectOnlyProblems(pageProblems, [/Failed to load resource: .*form-text-[^/]+\.js/]);
});
