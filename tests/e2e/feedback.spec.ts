import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { checkScreen, expect, goToArea, assessmentNav, rateArea, startAssessment, test, saveDownload } from './fixtures.ts';

async function newUser(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return { context, page: await context.newPage() };
}


/** Each colleague: group, name if they chose to be named, a level for each of the two areas, a comment. */
const COLLEAGUES = [
  { group: 'Principals', levels: ['2. Developing', '2. Developing'], comment: 'Plans are clear but rarely shared with schools.' },
  { group: 'Principals', levels: ['3. Proficient', '2. Developing'], comment: 'Always answers when we call.' },
  { group: 'Principals', levels: ['3. Proficient', '2. Developing'] },
  { group: 'Superintendent and cabinet', name: 'Dr. Ada Reyes', levels: ['4. Leading', '3. Proficient'], comment: 'A trusted cabinet voice.' },
  { group: 'Board members', levels: ['1. Emerging', 'I haven’t seen this'], comment: 'We seldom hear from technology at board meetings.' },
];

test('a leader asks five colleagues for feedback and sees groups only where anonymity holds', async ({ page, browser }) => {
  test.slow(); // six browsers
  const id = await startAssessment(page, { title: 'Fall 2026', name: 'Sam Ortiz', district: 'Lakeside USD' });
  await expect(page.getByText(/compared with feedback from colleagues/)).toBeVisible();
  await rateArea(page, /Proficient/); // Leadership and Vision: self 3
  await goToArea(page, 'Strategic Planning');
  await rateArea(page, /Leading/); // Strategic Planning: self 4, a level above what colleagues see

  await assessmentNav(page).getByRole('link', { name: 'Colleagues’ feedback' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Colleagues’ feedback' })).toBeVisible();
  const areas = page.getByRole('group', { name: 'Skill areas to rate' }).getByRole('checkbox');
  for (let i = 2; i < (await areas.count()); i += 1) await areas.nth(i).uncheck();
  const people: [string, string][] = [
    ['Robin Diaz', 'Principals'],
    ['Lee Chan', 'Principals'],
    ['Max Ito', 'Principals'],
    ['Ada Reyes', 'Superintendent and cabinet'],
    ['Jo Park', 'Board members'],
  ];
  for (const [index, [name, group]] of people.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add another person' }).click();
    await page.getByLabel(`Name (person ${index + 1})`).fill(name);
    await page.getByLabel(`Group (person ${index + 1})`).selectOption({ label: group });
  }
  await checkScreen(page, 'feedback-request-form');
  await page.getByRole('button', { name: 'Create the request' }).click();
  const requestFile = await saveDownload(page, 'Export the request', 'request.json');
  expect(readFileSync(requestFile, 'utf8')).not.toContain('Robin Diaz');

  const responses: string[] = [];
  for (const [index, colleague] of COLLEAGUES.entries()) {
    const { page: theirs } = await newUser(browser);
    await theirs.goto('/give-feedback');
    await theirs.getByLabel('Open the feedback request').setInputFiles(requestFile);
    await expect(theirs.getByRole('note', { name: 'How your answers are shown' })).toContainText('at least 3 people in your group');
    await theirs.getByRole('radio', { name: colleague.group }).check();
    if (colleague.name) {
      await theirs.getByLabel(/Show my name/).check();
      await theirs.getByLabel('Your name').fill(colleague.name);
    }
    if (index === 0) await checkScreen(theirs, 'give-feedback-start');
    await theirs.getByRole('button', { name: 'Start' }).click();
    for (const [a, areaId] of ['1', '2'].entries()) {
      const area = theirs.getByRole('region', { name: new RegExp(`^${areaId}\\. `) });
      const indicators = area.getByRole('group', { name: /The technology leader/ });
      await expect(indicators.first()).toBeVisible();
      // Two indicators per area are enough for the figures; a colleague may leave the rest unanswered.
      for (let i = 0; i < 2; i += 1) {
        await indicators.nth(i).getByRole('radio', { name: new RegExp(`^${colleague.levels[a] ?? ''}`) }).check();
      }
    }
    if (colleague.comment) await theirs.getByLabel('Comment on Leadership and Vision (optional)').fill(colleague.comment);
    if (index === 0) {
      await checkScreen(theirs, 'give-feedback-rating');
      // A reload loses nothing: the answers are kept in the colleague's browser as they go.
      await expect(theirs).toHaveURL(/\/give-feedback\?request=/);
      await theirs.reload();
      const area = theirs.getByRole('region', { name: /^1\. / });
      await expect(area.getByRole('group', { name: /The technology leader/ }).first().getByRole('radio', { name: /^2\. Developing/ })).toBeChecked();
      await expect(theirs.getByLabel('Comment on Leadership and Vision (optional)')).toHaveValue(colleague.comment ?? '');
    }
    responses.push(await saveDownload(theirs, 'Export my feedback', `response-${index}.json`));
    await expect(theirs.getByText('Your feedback file is saved')).toBeVisible();
    if (index === COLLEAGUES.length - 1) {
      await theirs.getByRole('button', { name: 'Remove my answers from this browser' }).click();
      await expect(theirs.getByLabel('Open the feedback request')).toBeVisible();
      await expect(theirs.getByRole('button', { name: /^Continue: feedback for/ })).toHaveCount(0);
    }
  }

  await page.getByLabel('Import colleagues’ response files').setInputFiles(responses);
  await expect(page.getByText('5 responses added.')).toBeVisible();
  const leadership = page.getByRole('region', { name: '1. Leadership and Vision' });
  await expect(leadership.getByRole('row', { name: /^Principals/ })).toHaveText(/Principals\s*3\s*2\.7/);
  await expect(leadership.getByRole('row', { name: /Dr\. Ada Reyes \(named\)/ })).toHaveText(/1\s*4\.0/);
  await expect(leadership.getByRole('row', { name: /^All others/ })).toHaveText(/All others\s*4\s*3\.0/);
  await expect(leadership.getByRole('row', { name: /Board/ })).toHaveCount(0);
  await expect(leadership).toContainText('One answer is held back (Board members)');
  await expect(leadership).not.toContainText('We seldom hear from technology');
  await expect(leadership).toContainText('A trusted cabinet voice.');
  await expect(leadership).toContainText('Plans are clear but rarely shared with schools.');
  const planning = page.getByRole('region', { name: '2. Strategic Planning' });
  await expect(planning).toContainText('Possible blind spot');
  await checkScreen(page, 'feedback-results');

  // The same response again changes nothing; a request is not a response.
  await page.getByLabel('Import colleagues’ response files').setInputFiles([responses[0] ?? '', requestFile]);
  await expect(page.getByText('0 responses added; 1 already here, so nothing changed for it.')).toBeVisible();
  await expect(page.getByText(/This is not a feedback response/)).toBeVisible();
  await expect(leadership.getByRole('row', { name: /^Principals/ })).toHaveText(/Principals\s*3\s*2\.7/);
  await page.reload();
  await expect(page.getByText('Responses so far: 5.')).toBeVisible();
  await expect(leadership.getByRole('row', { name: /^Principals/ })).toHaveText(/Principals\s*3\s*2\.7/);
  await expect(leadership.getByRole('row', { name: /Dr\. Ada Reyes \(named\)/ })).toHaveText(/1\s*4\.0/);

  // The report offers "Self against others", off until chosen, with no comment and no lone board member.
  await assessmentNav(page).getByRole('link', { name: 'Report and export' }).click();
  const preview = page.getByRole('region', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { name: 'Appendix: the detail' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: /Self against others/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Add “Self against others” from colleagues’ feedback \(5 answers\)/ }).check();
  const section = preview.getByRole('region', { name: /Self against others/ });
  await expect(section).toContainText('Possible blind spots (own rating a level or more above colleagues’): Strategic Planning.');
  await expect(section).not.toContainText('A trusted cabinet voice.');
  await expect(section).not.toContainText('Board');
  await checkScreen(page, 'report-self-against-others');

  // A request opened as an assessment is refused and says where it belongs.
  await page.goto('/import');
  await page.getByLabel(/Choose/).first().setInputFiles(requestFile);
  await expect(page.getByText(/This is a feedback request, not an assessment/)).toBeVisible();
  expect(id).toBeTruthy();
});

test('a CETL holder logs hours against CoSN’s caps and prints the recertification worksheet', async ({ page }) => {
  await page.goto('/cetl');
  await expect(page.getByRole('heading', { level: 1, name: 'CETL companion' })).toBeVisible();
  await page.getByLabel('Date you were certified (or last recertified)').fill('2024-02-15');
  const log = async (category: string, title: string, quantity: string) => {
    await page.getByLabel('Category', { exact: true }).selectOption({ label: category });
    await page.getByLabel('Activity').fill(title);
    await page.getByLabel('Date', { exact: true }).fill('2025-05-01');
    await page.locator('#cetl-quantity').fill(quantity);
    await page.getByRole('button', { name: 'Add to the log' }).click();
    await expect(page.getByText(title)).toBeVisible();
  };
  await log('Volunteer or leadership work', 'CETL study group lead', '25');
  await log('Certification or micro-credential', 'CISSP and two micro-credentials', '3');
  await log('Courses, conferences and webinars', 'CoSN privacy course', '9');
  const ledger = page.getByRole('table', { name: /Continuing-education hours/ });
  await expect(ledger.getByRole('row', { name: /^Volunteer/ })).toContainText('5 over the cap, not counted');
  await expect(ledger.getByRole('row', { name: /^Courses/ })).toContainText('Check with CoSN');
  await expect(page.getByText('41 of 60 hours')).toBeVisible();
  await page.reload();
  await expect(page.getByText('41 of 60 hours')).toBeVisible();
  // A mistaken entry comes out, and Undo puts it back.
  await page.getByRole('button', { name: /^Remove CoSN privacy course, / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed “CoSN privacy course”.' })).toBeVisible();
  await expect(page.getByText('32 of 60 hours')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('41 of 60 hours')).toBeVisible();
  await expect(page.getByText('CoSN privacy course')).toBeVisible();
  await checkScreen(page, 'cetl');

  const csv = await saveDownload(page, 'Download the worksheet (CSV)', 'worksheet.csv');
  expect(readFileSync(csv, 'utf8')).toContain('Total counted,,,41,');
  await page.emulateMedia({ media: 'print' });
  const pdf = test.info().outputPath('worksheet.pdf');
  await page.pdf({ path: pdf, format: 'Letter' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Recertification worksheet');
  expect(text).not.toContain('Log an activity');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, 'test-results/screens/cetl-worksheet-print']);
});
