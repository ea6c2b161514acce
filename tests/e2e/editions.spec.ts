import { checkScreen, expect, goToArea, rateArea, skillAreaNav, startAssessment, test } from './fixtures.ts';

test('a new assessment starts on the December 2019 edition and rates Data Privacy and Security on its own descriptors', async ({ page }) => {
  test.slow(); // three screens with an accessibility check each
  await page.goto('/');
  await page.getByRole('link', { name: 'My assessments' }).click();
  const editions = page.getByRole('group', { name: 'Framework edition' });
  await expect(editions.getByRole('radio', { name: /December 2019 edition/ })).toBeChecked();
  await expect(editions).toContainText('The CETL exam has used the December 2019 edition since 2020');
  await checkScreen(page, 'edition-choice');

  await startAssessment(page, { title: 'Fall 2026 on the 2019 edition', edition: '2019' });
  await expect(skillAreaNav(page).getByRole('link', { name: /Data Privacy and Security/ })).toBeVisible();
  await goToArea(page, 'Data Privacy and Security');
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 10: Data Privacy and Security' })).toBeVisible();
  // The general level sentences appear once, as a legend; each card describes its own levels.
  await expect(page.getByText('Levels in general:')).toHaveCount(1);
  const mfa = page.getByRole('group', { name: 'Current level for 10C' });
  await expect(mfa.getByRole('radio', { name: /Emerging/ })).toHaveAccessibleDescription('Staff sign in with passwords alone, and shared or unused accounts are common.');
  await expect(page.getByText('What each level looks like in Data Privacy and Security as a whole')).toBeVisible();

  await rateArea(page, /Developing/);
  await mfa.getByRole('radio', { name: /Proficient/ }).check();
  await expect(page.getByText('8 of 8 indicators rated.')).toBeVisible();
  await checkScreen(page, 'edition-2019-privacy');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Current level for 10C' }).getByRole('radio', { name: /Proficient/ })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Current level for 10H' }).getByRole('radio', { name: /Developing/ })).toBeChecked();
});

test('re-assessing a rated 2009 assessment on the 2019 edition carries its answers and marks the rest "please check"', async ({ page }) => {
  test.slow();
  await startAssessment(page, { title: 'Spring 2019 baseline', edition: '2009' });
  await goToArea(page, 'Information Technology Management');
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 7: Information Technology Management' })).toBeVisible();
  await rateArea(page, /Proficient/);
  await page.getByLabel('Evidence notes for 7A').fill('Standards page on the intranet.');
  await expect(page.getByText('8 of 8 indicators rated.')).toBeVisible();

  await page.getByRole('link', { name: 'My assessments' }).click();
  await page.getByRole('button', { name: 'Re-assess Spring 2019 baseline on the 2019 edition' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 1: Leadership and Vision' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Answers carried from 2009' })).toContainText('marked “please check”');

  await goToArea(page, 'Information Technology Management');
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 6: Information Technology Management' })).toBeVisible();
  const standards = page.getByRole('listitem', { name: /^6A / });
  await expect(standards.getByText('Carried from 2009 (7A).')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Current level for 6A' }).getByRole('radio', { name: /Proficient/ })).toBeChecked();
  await expect(page.getByLabel('Evidence notes for 6A')).toHaveValue('Standards page on the intranet.');
  const serviceDesk = page.getByRole('listitem', { name: /^6D / });
  await expect(serviceDesk.getByText('Carried from 2009 (6A, 6E, 7E), please check:')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Current level for 6D' }).getByRole('radio', { name: /Proficient/ })).toBeChecked();
  await expect(page.getByRole('listitem', { name: /^6G / }).getByText(/New in this edition/)).toBeVisible();
  await expect(page.getByRole('note', { name: 'Answers carried from 2009' })).toContainText('In this skill area: please check 6D; new: 6G.');
  await checkScreen(page, 'edition-carried-2009');

  await page.getByRole('button', { name: 'Keep the carried answer for 6D' }).click();
  await expect(serviceDesk.getByText('Carried from 2009 (6A, 6E, 7E).')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('listitem', { name: /^6D / }).getByText('Carried from 2009 (6A, 6E, 7E).')).toBeVisible();
  // Layered security controls (2009 7D) moved to the new area.
  await goToArea(page, 'Data Privacy and Security');
  await expect(page.getByRole('listitem', { name: /^10B / }).getByText('Carried from 2009 (7D).')).toBeVisible();
});
