import { checkScreen, expect, goToArea, rateArea, skillAreaNav, startAssessment, test } from './fixtures.ts';

test('results rank the gaps, suggest development, keep a plan, and show growth after a re-assessment', async ({ page }) => {
  test.slow();
  const firstId = await startAssessment(page, { title: 'Baseline 2026', name: 'Dana Ruiz' });
  await rateArea(page, /Emerging/); // 1 Leadership and Vision: gap 2 against the default target, Proficient
  await goToArea(page, 'Strategic Planning');
  await rateArea(page, /Developing/); // gap 1
  await goToArea(page, 'Ethics and Policies');
  await rateArea(page, /Proficient/); // on target
  await goToArea(page, 'Stakeholder Focus');
  await rateArea(page, /Leading/); // a strength

  await skillAreaNav(page).getByRole('link', { name: 'Results and gaps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  // Strategic Planning matters more this year, Leadership and Vision less: the order flips.
  await page.getByLabel('Importance of Strategic Planning').selectOption('high');
  await page.getByLabel('Importance of Leadership and Vision').selectOption('low');

  const gapFigure = page.getByRole('figure', { name: 'Priority score by skill area, highest first' });
  await gapFigure.getByText('Show the figures as a table').click();
  const rows = gapFigure.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toHaveText(/Strategic Planning\s*1\s*1\.0\s*High\s*2\.0/);
  await expect(rows.nth(2)).toHaveText(/Leadership and Vision\s*2\s*2\.0\s*Low\s*1\.0/);
  await expect(page.getByRole('listitem', { name: '#1 Strategic Planning' })).toContainText('counted double');
  await expect(page.getByText(/Strengths.*Stakeholder Focus/)).toBeVisible();
  // Each drawing is named, takes keyboard focus, and its figures are also in words and a table.
  const radar = page.getByRole('figure', { name: 'Current and target level by skill area' });
  await expect(radar).toHaveAccessibleDescription(/4 of 15 skill areas rated/);
  const drawing = radar.getByRole('application', { name: 'Radar chart of current and target level by skill area' });
  await drawing.focus();
  await expect(drawing).toBeFocused();
  await checkScreen(page, 'results');
  await page.locator('.chart-grid').screenshot({ path: 'test-results/screens/results-charts.png' });

  // Two actions: a suggestion and one of the user's own.
  const firstSuggestion = page.getByRole('button', { name: /^Add to plan: / }).first();
  const suggestionName = ((await firstSuggestion.getAttribute('aria-label')) ?? '').replace(/^Add to plan: /, '');
  await firstSuggestion.click();
  await expect(page.getByRole('button', { name: `In your plan: ${suggestionName}` })).toBeDisabled();
  await skillAreaNav(page).getByRole('link', { name: 'Development plan' }).click();
  await page.getByLabel('Action (required)').fill('Shadow our CFO during budget season');
  await page.getByLabel('Skill area', { exact: true }).selectOption({ label: 'Business Management' });
  await page.getByLabel('Due date').last().fill('2027-03-31');
  await page.getByRole('button', { name: 'Add to plan' }).click();

  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: suggestionName })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Shadow our CFO during budget season' })).toBeVisible();
  await page.getByRole('listitem', { name: suggestionName }).getByLabel('Status').selectOption('done');
  await page.getByRole('listitem', { name: suggestionName }).getByLabel('Evidence of completion').fill('Certificate filed with HR.');
  await checkScreen(page, 'pd-plan');

  // A re-assessment months later: answers carried over, then improved.
  await page.getByRole('link', { name: 'My assessments' }).click();
  await page.getByRole('button', { name: 'Re-assess Baseline 2026', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 1: Leadership and Vision' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Current level for 1A' }).getByRole('radio', { name: /Emerging/ })).toBeChecked();
  await rateArea(page, /Proficient/);
  await skillAreaNav(page).getByRole('link', { name: 'Results and gaps' }).click();
  await page.getByRole('link', { name: 'Compare with another assessment' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Compare two assessments' })).toBeVisible();
  await expect(page.getByLabel('Earlier assessment')).toHaveValue(firstId);
  const table = page.getByRole('table', { name: /Average current level in “Baseline 2026”/ });
  await expect(table.getByRole('row', { name: /^Leadership and Vision/ })).toHaveText(/1\.0\s*3\.0\s*\+2\.0 up/);
  await expect(table.getByRole('row', { name: /^Strategic Planning/ })).toHaveText(/2\.0\s*2\.0\s*no change/);
  await expect(page.getByRole('listitem').filter({ hasText: suggestionName })).toContainText('Certificate filed with HR.');
  await expect(page.getByText('Shadow our CFO during budget season')).toHaveCount(0);
  await checkScreen(page, 'compare');
});

test('results of an empty assessment say what to do, and the charts stay out of the first download', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  const homeScripts = [...scripts];
  await startAssessment(page, { title: 'Empty' });
  await skillAreaNav(page).getByRole('link', { name: 'Results and gaps' }).click();
  await expect(page.getByText('Nothing is rated yet.').first()).toBeVisible();
  await checkScreen(page, 'results-empty');
  // The results charts came in a chunk of their own, after the home screen.
  expect(homeScripts.some((url) => /results-charts/.test(url))).toBe(false);
  expect(scripts.some((url) => /results-charts/.test(url))).toBe(true);
});
