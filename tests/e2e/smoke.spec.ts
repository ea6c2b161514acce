import { checkScreen, expect, startAssessment, test } from './fixtures.ts';

test('smoke: home, skill area, summary, about', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  await checkScreen(page, 'home-empty');
  await startAssessment(page, { title: 'Fall 2026', name: 'Dana Ruiz', role: 'CTO', district: 'Lakeside USD' });
  await checkScreen(page, 'skill-area-1');
  await page.getByRole('link', { name: 'Summary' }).click();
  await checkScreen(page, 'summary');
  await page.getByRole('link', { name: 'About', exact: true }).click();
  await checkScreen(page, 'about');
});
