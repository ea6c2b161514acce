import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { evidenceNote, assessmentNav, checkScreen, expect, goToArea, rateArea, startAssessment, test, saveDownload } from './fixtures.ts';

/** Desktop, the narrowest phone, and a 1280 px window zoomed to 200 % (WCAG 1.4.10 reflow). */
const WIDTHS = [
  { label: '1280', width: 1280, height: 800 },
  { label: '320', width: 320, height: 640 },
  { label: 'zoom200', width: 640, height: 400 },
] as const;

/** At every width: no sideways page scroll, axe finds nothing, and a screenshot is kept; then axe again in dark colours. */
async function walk(page: Page, name: string) {
  for (const { label, width, height } of WIDTHS) {
    await page.setViewportSize({ width, height });
    const { overflow, culprits } = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      // Name the innermost elements that stick out, so a failure says where to look.
      // (An absolutely placed element escapes a scroll box that is not its containing block.)
      const scrollsInside = (el: Element) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== 'visible') return true;
        return false;
      };
      const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && (!scrollsInside(el) || getComputedStyle(el).position === 'absolute'));
      const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
      const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
      return { overflow: root.scrollWidth - root.clientWidth, culprits: innermost.slice(0, 5).map(describe) };
    });
    expect(overflow, `${name} scrolls sideways by ${overflow}px at ${label}: ${culprits.join('; ')}`).toBeLessThanOrEqual(0);
    await checkScreen(page, `every/${name}@${label}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  // The same screen in dark colours (the system's setting, as prefers-color-scheme reports it): axe's contrast checks too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe('rgb(243, 245, 248)');
  await checkScreen(page, `every/${name}@1280-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
  test.info().annotations.push({ type: 'screen', description: name });
}

/** Every chart keeps its text alternatives: a named figure with a summary in words and its figures as a table. */
async function expectChartsDescribed(page: Page, expected: number) {
  const figures = page.locator('figure');
  await expect(figures).toHaveCount(expected);
  for (const figure of await figures.all()) {
    await expect(figure).toHaveAccessibleName(/\w/);
    await expect(figure).toHaveAccessibleDescription(/\w{3}/);
    // Its table is inside it, or (in the report) named in its summary and on the page.
    if ((await figure.locator('table caption').count()) !== 1) {
      const summary = await figure.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
      const caption = /table “([^”]+)”/.exec(summary)?.[1] ?? 'no table named';
      await expect(page.locator('table caption', { hasText: caption })).toHaveCount(1);
    }
    // The drawing itself, if there is one, is named too (a chart's focusable drawing, or the report's SVG image).
    for (const drawing of await figure.locator('svg[role="application"], svg[role="img"]').all()) await expect(drawing).toHaveAccessibleName(/\w/);
  }
  // No chart anywhere outside such a figure.
  await expect(page.locator('svg[role="application"]:not(figure svg)')).toHaveCount(0);
}

/** A realistic assessment: long names, four skill areas rated from Emerging to Leading, a raised target and a long note. */
async function ratedAssessment(page: Page, walkFirstArea?: string) {
  await startAssessment(page, {
    title: 'Fall 2026 self-assessment for the Lakeside Unified School District board',
    name: 'Dana Ruiz',
    role: 'Chief Technology Officer',
    district: 'Lakeside Unified School District',
  });
  await rateArea(page, /Emerging/);
  await page.getByLabel('Target for 1B').selectOption({ label: '4. Leading' });
  await (await evidenceNote(page, '1A')).fill('Drafted the five-year technology vision with the cabinet; https://example.org/a-very-long-unbroken-address-that-must-wrap-rather-than-push-the-page-sideways');
  if (walkFirstArea) await walk(page, walkFirstArea);
  for (const [area, level] of [['Strategic Planning', /Developing/], ['Ethics and Policies', /Proficient/], ['Stakeholder Focus', /Leading/]] as const) {
    await goToArea(page, area);
    await rateArea(page, level);
  }
}

async function heading(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function openDialog(page: Page, opener: Locator, name: string | RegExp): Promise<Locator> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.afterEach(({ page: _page }, info) => {
  const screens = info.annotations.filter((a) => a.type === 'screen').map((a) => a.description);
  console.log(`${screens.length} screens and states walked at ${WIDTHS.length} widths: ${screens.join(', ')}`);
});

test('home and the guided walk, at 1280 px, 320 px and 200 % zoom, pass axe and never scroll sideways, with zero foreign requests', async ({ page }) => {
  test.slow(); // every screen at three widths, each with an accessibility check
  await page.goto('/');
  await heading(page, 'My assessments');
  await walk(page, 'home-empty');
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByText('Give the assessment a title')).toBeVisible();
  await walk(page, 'home-title-error');

  await ratedAssessment(page, 'skill-area');
  await goToArea(page, 'Innovative');
  await walk(page, 'core-value');

  await assessmentNav(page).getByRole('link', { name: 'Summary' }).click();
  await heading(page, 'Summary');
  await walk(page, 'summary');
});

test('results, the development plan and the report, at every width, pass axe and never scroll sideways, with zero foreign requests', async ({ page }) => {
  test.slow(); // every screen at three widths, each with an accessibility check
  await ratedAssessment(page);
  await assessmentNav(page).getByRole('link', { name: 'Results and gaps' }).click();
  await heading(page, 'Results');
  await expect(page.locator('figure svg[role="application"]').first()).toBeVisible();
  for (const summary of await page.getByText('Show the figures as a table').all()) await summary.click();
  await expectChartsDescribed(page, 3);
  await walk(page, 'results');

  await page.getByRole('button', { name: /^Add to plan: / }).first().click();
  await assessmentNav(page).getByRole('link', { name: 'Development plan' }).click();
  await heading(page, 'Development plan');
  await page.getByLabel('Action (required)').fill('Shadow our CFO during budget season');
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Shadow our CFO during budget season' })).toBeVisible();
  await walk(page, 'pd-plan');
  const remove = await openDialog(page, page.getByRole('button', { name: 'Remove Shadow our CFO during budget season' }), /^Remove “Shadow our CFO/);
  await walk(page, 'pd-plan-remove-dialog');
  await remove.getByRole('button', { name: 'Cancel' }).click();

  await assessmentNav(page).getByRole('link', { name: 'Report and export' }).click();
  await heading(page, 'Report and export');
  await page.getByLabel('Protect the file with a passphrase').check();
  await expectChartsDescribed(page, 1);
  await walk(page, 'report');
});

test('home with assessments, its dialogs, compare, about and not-found, at every width, pass axe and never scroll sideways, with zero foreign requests', async ({ page }) => {
  test.slow(); // every screen at three widths, each with an accessibility check
  const id = await startAssessment(page, { title: 'Fall 2026 self-assessment for the Lakeside Unified School District board', name: 'Dana Ruiz' });
  await rateArea(page, /Emerging/);
  await goToArea(page, 'Strategic Planning');
  await rateArea(page, /Developing/);
  await page.getByRole('link', { name: 'My assessments' }).click();
  await heading(page, 'My assessments');
  await page.getByRole('button', { name: 'Re-assess Fall 2026 self-assessment for the Lakeside Unified School District board', exact: true }).click();
  await heading(page, 'Skill area 1: Leadership and Vision');
  await rateArea(page, /Proficient/);
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await heading(page, 'Compare two assessments');
  await walk(page, 'compare-choose');
  await page.getByLabel('Earlier assessment').selectOption({ index: 1 });
  await page.getByLabel('Later assessment').selectOption({ index: 2 });
  await expect(page.locator('figure svg[role="application"]').first()).toBeVisible();
  await page.getByText('Show the figures as a table').click();
  await expectChartsDescribed(page, 1);
  await walk(page, 'compare');

  await page.getByRole('link', { name: 'My assessments' }).click();
  await heading(page, 'My assessments');
  await walk(page, 'home-list');
  const card = page.getByRole('listitem', { name: 'Fall 2026 self-assessment for the Lakeside Unified School District board', exact: true });
  await card.getByRole('button', { name: /^Rename / }).click();
  await walk(page, 'home-rename');
  await card.getByRole('button', { name: 'Cancel' }).click();
  const del = await openDialog(page, card.getByRole('button', { name: /^Delete / }), /^Delete “Fall 2026/);
  await walk(page, 'home-delete-dialog');
  await del.getByRole('button', { name: 'Delete assessment' }).click();
  await expect(page.getByText(/^Deleted “Fall 2026/)).toBeVisible();
  await walk(page, 'home-undo');

  await page.getByRole('link', { name: 'About', exact: true }).click();
  await heading(page, 'About this app');
  await walk(page, 'about');
  await page.goto(`/assessments/${id}-gone`);
  await heading(page, 'Assessment not found');
  await walk(page, 'assessment-not-found');
  await page.goto('/no/such/page');
  await heading(page, 'Page not found');
  await walk(page, 'not-found');
});

test('the import screen in every state, at every width, passes axe and never scrolls sideways, with zero foreign requests', async ({ page }) => {
  test.slow(); // every screen at three widths, each with an accessibility check
  await startAssessment(page, { title: 'Board report', name: 'Dana Ruiz', district: 'Lakeside USD' });
  await rateArea(page, /Developing/);
  await assessmentNav(page).getByRole('link', { name: 'Report and export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for review (JSON)' }).click()]);
  const exported = readFileSync(await download.path());

  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await heading(page, 'Import a file');
  await walk(page, 'import');
  const input = page.getByLabel('Choose a file (.json), or drop it here');
  await input.setInputFiles({ name: 'board-report.json', mimeType: 'application/json', buffer: exported.subarray(0, exported.length / 2) });
  await expect(page.getByRole('alert')).toContainText('Nothing on this device has changed.');
  await walk(page, 'import-error');

  await input.setInputFiles({ name: 'board-report.json', mimeType: 'application/json', buffer: exported });
  await expect(page.getByRole('heading', { name: 'What “board-report.json” holds' })).toBeVisible();
  // The same assessment is already here: keep both, replace, or merge the reviewer's comments.
  await expect(page.getByRole('radio')).toHaveCount(3);
  await page.getByLabel('Keep both: add the file’s copy beside mine').check();
  await walk(page, 'import-preview-choice');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import complete')).toBeVisible();
  await walk(page, 'import-done');
});

test('every hiring-panel screen, at every width, passes axe and never scrolls sideways, with zero foreign requests', async ({ page }) => {
  test.slow(); // every screen at three widths, each with an accessibility check
  await page.goto('/panel');
  await heading(page, 'Hiring panels');
  await walk(page, 'panel-home-empty');
  await page.getByLabel('Position title (required)').fill('Chief Technology Officer');
  await page.getByLabel('District').fill('Lakeside Unified School District');
  await page.getByLabel('Candidates, one name per line').fill('Alexandra Kimberly-Nakamura\nBea Cruz');
  await page.getByLabel('Panelists, one per line: name, role').fill('Pat Lee, Superintendent\nSam Ortiz, Curriculum Director');
  const areaBoxes = page.getByRole('group', { name: /Skill areas the interview covers/ }).getByRole('checkbox');
  const count = await areaBoxes.count();
  for (let i = 2; i < count; i += 1) await areaBoxes.nth(i).uncheck();
  await page.getByRole('button', { name: 'Start the round' }).click();
  await heading(page, 'Chief Technology Officer');
  await walk(page, 'panel-round');
  const del = await openDialog(page, page.getByRole('button', { name: 'Delete this hiring round' }), 'Delete “Chief Technology Officer”?');
  await walk(page, 'panel-round-delete-dialog');
  await del.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'Score as Pat Lee' }).click();
  await heading(page, 'Set a PIN for Pat Lee');
  await walk(page, 'panel-pin');
  await page.getByLabel('New PIN (4 to 8 digits)').fill('1234');
  await page.getByLabel('The same PIN again').fill('1234');
  await page.getByRole('button', { name: 'Set PIN and start scoring' }).click();
  await heading(page, /^Alexandra Kimberly-Nakamura: Leadership and Vision/);
  await page.keyboard.press('3');
  await expect(page.getByText(/^Scored: Proficient\./)).toBeVisible();
  await page.getByLabel(/^Notes on Alexandra/).fill('Clear vision tied to learning goals.');
  await walk(page, 'panel-interview');
  await page.getByRole('link', { name: /→$/ }).click();
  // The key is pressed once the next area is on screen, as a panelist would.
  await heading(page, /^Alexandra Kimberly-Nakamura: Strategic Planning/);
  await page.keyboard.press('0');
  await expect(page.getByText(/^Not asked \/ not observed\./)).toBeVisible();
  const submit = await openDialog(page, page.getByRole('button', { name: 'Submit my scores for Alexandra Kimberly-Nakamura' }), 'Submit your scores for Alexandra Kimberly-Nakamura?');
  await walk(page, 'panel-submit-dialog');
  await submit.getByRole('button', { name: 'Submit scores' }).click();
  // The Submit button has gone; focus is on the notice that replaced it.
  await expect(page.getByText('Your scores for Alexandra Kimberly-Nakamura are submitted')).toBeFocused();

  // Sam has not scored: the chair closes scoring early, which the results record.
  await page.getByRole('link', { name: 'Close my scorecard and go back to the round' }).click();
  const close = await openDialog(page, page.getByRole('button', { name: 'Close scoring now' }), 'Close scoring before everyone has submitted?');
  await walk(page, 'panel-close-dialog');
  await close.getByRole('button', { name: 'Close scoring' }).click();
  await page.getByRole('link', { name: 'See the panel’s results' }).click();
  await heading(page, 'Panel results: Chief Technology Officer');
  await expect(page.locator('figure svg[role="application"]').first()).toBeVisible();
  await expectChartsDescribed(page, 1);
  await expect(page.getByText(/Scoring was closed early by the chair/)).toBeVisible();
  await walk(page, 'panel-chair');
  await page.getByRole('link', { name: 'Open the decision packet' }).click();
  await heading(page, 'Hiring decision packet: Chief Technology Officer');
  await walk(page, 'panel-packet');
  await page.goto('/panel');
  await expect(page.getByRole('link', { name: 'Chief Technology Officer' })).toBeVisible();
  await walk(page, 'panel-home');
});


/** The leader asks three principals about Leadership and Vision, walking the form if named; gives the request file's path. */
async function askThreePrincipals(page: Page, walkForm?: string): Promise<string> {
  await startAssessment(page, { title: 'Fall 2026 self-assessment for the Lakeside Unified School District board', name: 'Dana Ruiz', district: 'Lakeside Unified School District' });
  await rateArea(page, /Proficient/);
  await assessmentNav(page).getByRole('link', { name: 'Colleagues’ feedback' }).click();
  await heading(page, 'Colleagues’ feedback');
  const areas = page.getByRole('group', { name: 'Skill areas to rate' }).getByRole('checkbox');
  for (let i = 1; i < (await areas.count()); i += 1) await areas.nth(i).uncheck();
  for (const [index, name] of ['Robin Diaz-Castellanos', 'Lee Chan', 'Max Ito'].entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add another person' }).click();
    await page.getByLabel(`Name (person ${index + 1})`).fill(name);
    await page.getByLabel(`Group (person ${index + 1})`).selectOption({ label: 'Principals' });
  }
  if (walkForm) await walk(page, walkForm);
  await page.getByRole('button', { name: 'Create the request' }).click();
  return saveDownload(page, 'Export the request', 'request.json');
}

/**
 * A principal answers in their own browser and exports; `walkAs` names the screens to walk (open, start,
 * rating, done). Their answers are then removed, so the next principal starts afresh in the same browser.
 */
async function answerAsPrincipal(colleague: Page, requestFile: string, level: string, index: number, walkAs?: string): Promise<string> {
  await colleague.goto('/give-feedback');
  await heading(colleague, 'Give feedback to a colleague');
  if (walkAs) await walk(colleague, `${walkAs}-open`);
  await colleague.getByLabel('Open the feedback request').setInputFiles(requestFile);
  await expect(colleague.getByRole('note', { name: 'How your answers are shown' })).toContainText('at least 3 people in your group');
  await colleague.getByRole('radio', { name: 'Principals' }).check();
  if (walkAs) await walk(colleague, `${walkAs}-start`);
  await colleague.getByRole('button', { name: 'Start' }).click();
  const indicators = colleague.getByRole('region', { name: /^1\. / }).getByRole('group', { name: /The technology leader/ });
  for (let i = 0; i < 2; i += 1) await indicators.nth(i).getByRole('radio', { name: new RegExp(`^${level}`) }).check();
  await colleague.getByLabel('Comment on Leadership and Vision (optional)').fill('Plans are clear, and shared with every school before the board sees them.');
  if (walkAs) await walk(colleague, `${walkAs}-rating`);
  const response = await saveDownload(colleague, 'Export my feedback', `response-${index}.json`);
  await expect(colleague.getByText('Your feedback file is saved')).toBeVisible();
  if (walkAs) await walk(colleague, `${walkAs}-done`);
  await colleague.getByRole('button', { name: 'Remove my answers from this browser' }).click();
  await expect(colleague.getByLabel('Open the feedback request')).toBeVisible();
  return response;
}

async function colleagueBrowser(browser: Browser): Promise<Page> {
  return (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
}

test('a colleague giving feedback (open, start with the promise, rating, done), at every width, passes axe and never scrolls sideways, with zero foreign requests', async ({ page, browser }) => {
  test.slow(); // every screen at three widths, each with an accessibility check
  const requestFile = await askThreePrincipals(page);
  await answerAsPrincipal(await colleagueBrowser(browser), requestFile, '2. Developing', 0, 'give-feedback');
});

test('the leader’s colleagues’ feedback (the request form, asked, the answers shown), at every width, passes axe and never scrolls sideways, with zero foreign requests', async ({ page, browser }) => {
  test.slow(); // every screen at three widths, each with an accessibility check, and a second browser for the colleagues
  const requestFile = await askThreePrincipals(page, 'feedback-request-form');
  await walk(page, 'feedback-asked');
  // Three principals answer: enough for their group's average to be shown.
  const colleague = await colleagueBrowser(browser);
  const responses: string[] = [];
  for (const [index, level] of ['2. Developing', '3. Proficient', '3. Proficient'].entries()) responses.push(await answerAsPrincipal(colleague, requestFile, level, index));
  await page.getByLabel('Import colleagues’ response files').setInputFiles(responses);
  await expect(page.getByText('3 responses added.')).toBeVisible();
  await expect(page.getByRole('region', { name: '1. Leadership and Vision' }).getByRole('row', { name: /^Principals/ })).toHaveText(/Principals\s*3\s*2\.7/);
  await walk(page, 'feedback-answers');
});

test('the CETL companion with logged hours, at every width, passes axe and never scrolls sideways, with zero foreign requests', async ({ page }) => {
  test.slow(); // every screen at three widths, each with an accessibility check
  await page.goto('/cetl');
  await heading(page, 'CETL companion');
  await walk(page, 'cetl-empty');
  await page.getByLabel('Date you were certified (or last recertified)').fill('2024-02-15');
  for (const [category, title, quantity] of [
    ['Volunteer or leadership work', 'Led the regional CETL study group for the spring cohort of aspiring district technology leaders', '25'],
    ['Certification or micro-credential', 'CISSP and two micro-credentials', '3'],
    ['Courses, conferences and webinars', 'CoSN privacy course', '9'],
  ] as const) {
    await page.getByLabel('Category', { exact: true }).selectOption({ label: category });
    await page.getByLabel('Activity').fill(title);
    await page.getByLabel('Date', { exact: true }).fill('2025-05-01');
    await page.locator('#cetl-quantity').fill(quantity);
    await page.getByRole('button', { name: 'Add to the log' }).click();
    await expect(page.getByText(title)).toBeVisible();
  }
  await expect(page.getByText('41 of 60 hours')).toBeVisible();
  await walk(page, 'cetl');
});
