import type { Page } from '@playwright/test';
import { evidenceNote, checkScreen, expect, startAssessment, test } from './fixtures.ts';

const currentLevel = (page: Page, code: string) => page.getByRole('group', { name: `Current level for ${code}` });

test('rates every indicator of a skill area with the keyboard alone, and finds every answer after a reload', async ({ page }) => {
  await startAssessment(page, { title: 'Keyboard walk' });
  const groups = page.getByRole('group', { name: /^Current level for / });
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(4);

  // Focus starts on the heading after navigation; Tab reaches the first level choice.
  const firstRadio = groups.first().getByRole('radio').first();
  for (let presses = 0; presses < 10 && !(await firstRadio.evaluate((el) => el === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(firstRadio).toBeFocused();

  const expected: string[] = [];
  for (let i = 0; i < count; i += 1) {
    // Space picks the focused level (Emerging); each ArrowRight moves one level up.
    await page.keyboard.press('Space');
    const steps = i % 4;
    for (let s = 0; s < steps; s += 1) await page.keyboard.press('ArrowRight');
    expected.push(['Emerging', 'Developing', 'Proficient', 'Leading'][steps] ?? '');
    // Tab past the card's tools (target, evidence, flag, examples: at most five stops) to the next indicator's levels.
    if (i < count - 1) {
      const next = groups.nth(i + 1).getByRole('radio').first();
      for (let presses = 0; presses < 6 && !(await next.evaluate((el) => el === document.activeElement)); presses += 1) {
        await page.keyboard.press('Tab');
      }
      await expect(next).toBeFocused();
    }
  }
  await expect(page.getByText(`${count} of ${count} indicators rated.`)).toBeVisible();
  await checkScreen(page, 'skill-area-rated');

  await page.reload();
  for (let i = 0; i < count; i += 1) {
    await expect(groups.nth(i).getByRole('radio', { name: new RegExp(`^\\d\\. ${expected[i]}`) })).toBeChecked();
  }
  await expect(page.getByRole('navigation', { name: 'Skill areas' }).getByRole('link', { name: /Leadership and Vision/ })).toContainText(
    `${count}/${count}`,
  );
});

test('a note typed just before the page closes is there on return', async ({ page, context }) => {
  const id = await startAssessment(page, { title: 'Closing tab' });
  const note = 'Led the 1:1 device rollout with the curriculum team.\nSecond line of evidence.';
  await (await evidenceNote(page, '1A')).fill(note);
  await page.close();

  const again = await context.newPage();
  await again.goto(`/assessments/${id}/areas/1`);
  await expect(again.getByLabel('Evidence notes for 1A')).toHaveValue(note);
});

test('keeps two assessments apart', async ({ page }) => {
  await startAssessment(page, { title: 'First' });
  await currentLevel(page, '1A').getByRole('radio', { name: /Leading/ }).check();
  await (await evidenceNote(page, '1A')).fill('note for first');

  await startAssessment(page, { title: 'Second' });
  await expect(currentLevel(page, '1A').getByRole('radio', { name: /Leading/ })).not.toBeChecked();
  await expect(page.getByLabel('Evidence notes for 1A')).toHaveCount(0);
  await currentLevel(page, '1A').getByRole('radio', { name: /Emerging/ }).check();

  await page.getByRole('link', { name: 'My assessments' }).click();
  await page.getByRole('link', { name: 'Resume First' }).click();
  await expect(currentLevel(page, '1A').getByRole('radio', { name: /Leading/ })).toBeChecked();
  await expect(page.getByLabel('Evidence notes for 1A')).toHaveValue('note for first');

  await page.getByRole('link', { name: 'My assessments' }).click();
  await page.getByRole('link', { name: 'Resume Second' }).click();
  await expect(currentLevel(page, '1A').getByRole('radio', { name: /Emerging/ })).toBeChecked();
  await expect(page.getByLabel('Evidence notes for 1A')).toHaveCount(0);
});

test('deletes an assessment after confirming, and undo brings it back', async ({ page }) => {
  await startAssessment(page, { title: 'To be deleted' });
  await currentLevel(page, '1A').getByRole('radio', { name: /Proficient/ }).check();
  await page.getByRole('link', { name: 'My assessments' }).click();

  await page.getByRole('button', { name: 'Delete To be deleted' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “To be deleted”?' });
  await expect(dialog).toBeVisible();
  await checkScreen(page, 'home-delete-dialog');
  await dialog.getByRole('button', { name: 'Delete assessment' }).click();
  await expect(page.getByRole('heading', { name: 'To be deleted' })).toHaveCount(0);
  await expect(page.getByText('Deleted “To be deleted”.')).toBeVisible();
  await checkScreen(page, 'home-undo');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'To be deleted' })).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Resume To be deleted' }).click();
  await expect(currentLevel(page, '1A').getByRole('radio', { name: /Proficient/ })).toBeChecked();
});

test('rename and duplicate from the list', async ({ page }) => {
  await startAssessment(page, { title: 'Spring review' });
  await currentLevel(page, '1A').getByRole('radio', { name: /Developing/ }).check();
  await page.getByRole('link', { name: 'My assessments' }).click();

  await page.getByRole('button', { name: 'Rename Spring review' }).click();
  await page.getByLabel('New title').fill('Spring review 2027');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByRole('heading', { name: 'Spring review 2027' })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate Spring review 2027' }).click();
  await expect(page.getByRole('heading', { name: 'Copy of Spring review 2027' })).toBeVisible();
  await checkScreen(page, 'home-list');
  await page.getByRole('link', { name: 'Resume Copy of Spring review 2027' }).click();
  await expect(currentLevel(page, '1A').getByRole('radio', { name: /Developing/ })).toBeChecked();
});

test('deep links, next and previous, and the back button', async ({ page }) => {
  const id = await startAssessment(page, { title: 'Navigation' });
  await page.goto(`/assessments/${id}/areas/3`);
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 3: Ethics and Policies' })).toBeVisible();
  await page.getByRole('link', { name: /^Next: / }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Skill area 4:/ })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/areas/4$`));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 3: Ethics and Policies' })).toBeVisible();
  await page.getByRole('link', { name: /^← Previous: / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 2: Strategic Planning' })).toBeVisible();

  // Jump anywhere from the sidebar, including the core values.
  await page.getByRole('navigation', { name: 'Skill areas' }).getByRole('link', { name: /Innovative/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Core value: Innovative' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See the summary →' })).toBeVisible();
  await checkScreen(page, 'core-value');

  await page.goto(`/assessments/${id}/areas/nope`);
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area not found' })).toBeVisible();
  await page.goto('/assessments/does-not-exist');
  await expect(page.getByRole('heading', { level: 1, name: 'Assessment not found' })).toBeVisible();
  await checkScreen(page, 'assessment-not-found');
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await checkScreen(page, 'not-found');
});

test('reopening the app returns to where the user left off', async ({ page, context }) => {
  const id = await startAssessment(page, { title: 'Where was I' });
  await page.getByRole('navigation', { name: 'Skill areas' }).getByRole('link', { name: /Business Management/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 9: Business Management' })).toBeVisible();
  await page.close();

  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByRole('heading', { level: 1, name: 'Skill area 9: Business Management' })).toBeVisible();
  await expect(again).toHaveURL(new RegExp(`/assessments/${id}/areas/9$`));
  // Home stays reachable in the same session.
  await again.getByRole('link', { name: 'My assessments' }).click();
  await expect(again.getByRole('link', { name: 'continue “Where was I”' })).toBeVisible();
});

test('the summary shows completion and averages per grouping and skill area', async ({ page }) => {
  await startAssessment(page, { title: 'Summary check' });
  await currentLevel(page, '1A').getByRole('radio', { name: /Emerging/ }).check();
  await currentLevel(page, '1B').getByRole('radio', { name: /Leading/ }).check();
  await currentLevel(page, '1C').getByRole('radio', { name: /Not applicable/ }).check();
  await page.getByLabel('Target for 1B').selectOption({ label: '4. Leading' });
  await page.getByRole('link', { name: 'Summary' }).click();

  const row = page.getByRole('row', { name: /^1\. Leadership and Vision/ });
  // 3 of 8 answered (not applicable counts as answered); current mean of 1 and 4 = 2.5; the target averages the
  // same two rated indicators, 1A at the area's 3 and 1B at 4 = 3.5, so the gap beside them is their difference.
  await expect(row.getByRole('cell').nth(0)).toHaveText('3 of 8 (37%)');
  await expect(row.getByRole('cell').nth(1)).toHaveText('2.5');
  await expect(row.getByRole('cell').nth(2)).toHaveText('3.5');
  await checkScreen(page, 'summary-partial');
});

test('a tab opened on a deep link is not bounced away when it goes home', async ({ page, context }) => {
  const id = await startAssessment(page, { title: 'Deep link' });
  await page.close();
  const again = await context.newPage();
  await again.goto(`/assessments/${id}/summary`);
  await again.getByRole('link', { name: 'My assessments' }).click();
  await expect(again.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  await expect(again).toHaveURL(/\/$/);
});
