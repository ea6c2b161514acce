import { checkScreen, expect, startAssessment, test } from './fixtures.ts';

test('every main screen renders, passes axe, and the About screen credits CoSN', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  await checkScreen(page, 'home-empty');
  await startAssessment(page, { title: 'Fall 2026', name: 'Dana Ruiz', role: 'CTO', district: 'Lakeside USD' });
  await checkScreen(page, 'skill-area-1');
  await page.getByRole('link', { name: 'Summary' }).click();
  await checkScreen(page, 'summary');
  await page.getByRole('link', { name: 'About', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About this app' })).toBeVisible();
  await expect(page.getByText(/It is not made, endorsed or certified by CoSN/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your answers stay on this device' })).toBeVisible();
  await expect(page.getByText(/nothing you\s+enter is sent anywhere/)).toBeVisible();
  await checkScreen(page, 'about');
});
