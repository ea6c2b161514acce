import { checkScreen, expect, saveDownload, test } from './fixtures.ts';
import { newUser, printedPages, submitCandidate } from './panel-helpers.ts';

const CANDIDATES = ['Dana Ortiz', 'Eli Park'];
const PANELISTS = ['Pat Lee, Superintendent', 'Robin Diaz, Parent representative'];
/** Stakeholder Focus is in the 2009 edition only; Exhibits Courage is one of its Core Values and Skills. */
const AREAS = ['Stakeholder Focus', 'Exhibits Courage'];
/** scores[panelist][candidate][area]. Dana: 3.5 and 2.5 → 3.0 (2.5–3.5); Eli: 3.0 and 1.0 → 2.0 (1.5–2.5), Stakeholder Focus split 2 and 4. */
const SCORES = [
  [[4, 3], [2, 1]],
  [[3, 2], [4, 1]],
];
const CONFIDENTIAL = 'Confidential personnel record: hiring decision packet.';

test('a round on the 2009 edition: panelists score its areas and questions, the Import screen hands them the round and its changes, the chair merges and prints the packet', async ({ page, browser }) => {
  test.slow(); // three browsers, two panelists scoring two candidates, a printed packet
  await page.goto('/panel');
  await page.getByLabel('Position title (required)').fill('Director of Technology');
  await page.getByLabel('District').fill('Riverside USD');
  await page.getByLabel('Candidates, one name per line').fill(CANDIDATES.join('\n'));
  await page.getByLabel('Panelists, one per line: name, role').fill(PANELISTS.join('\n'));
  await page.getByRole('group', { name: 'Framework edition' }).getByRole('radio', { name: 'Version 2.0, December 2009' }).check();
  const areas = page.getByRole('group', { name: /Skill areas the interview covers/ });
  // The 2009 edition's areas: Stakeholder Focus, and no Data Privacy and Security (new in 2019).
  await expect(areas.getByRole('checkbox', { name: 'Stakeholder Focus' })).toBeVisible();
  await expect(areas.getByRole('checkbox', { name: 'Data Privacy and Security' })).toHaveCount(0);
  const boxes = areas.getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).uncheck();
  for (const area of AREAS) await areas.getByRole('checkbox', { name: area }).check();
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Director of Technology' })).toBeVisible();
  await expect(page.getByText('From the Framework of Essential Skills of the K-12 CTO, Version 2.0.')).toBeVisible();
  await expect(page.getByText('Stakeholder Focus — counts ×1')).toBeVisible();
  await checkScreen(page, 'panel-2009-round');
  const roundFile = await saveDownload(page, 'Export the round for panelists', 'round-2009.json');

  // Pat opens the round file from the main Import screen and lands on the round, asked who they are.
  const pat = await newUser(browser);
  await pat.page.goto('/import');
  await pat.page.getByLabel('Choose a file (.json), or drop it here').setInputFiles(roundFile);
  await expect(pat.page.getByRole('heading', { level: 1, name: 'Director of Technology' })).toBeVisible();
  await pat.page.getByRole('group', { name: 'Who are you?' }).getByLabel(PANELISTS[0] ?? '').check();
  await pat.page.getByRole('button', { name: 'This is me' }).click();
  await expect(pat.page.getByRole('link', { name: 'Score as Pat Lee' })).toBeVisible();

  // The chair sets an interview date and sends the round again; the Import screen puts the difference to Pat, file loaded.
  await page.getByLabel('Interview date for Dana Ortiz').fill('2026-12-07');
  const changedFile = await saveDownload(page, 'Export the round for panelists', 'round-2009-dated.json');
  await pat.page.goto('/import');
  await pat.page.getByLabel('Choose a file (.json), or drop it here').setInputFiles(changedFile);
  const question = pat.page.getByRole('region', { name: '“round-2009-dated.json” holds a hiring round already on this device' });
  await expect(question).toContainText('The interview dates differ between the file and this device.');
  await expect(question.getByRole('heading')).toBeFocused();
  await expect(pat.page.getByLabel('Open a round file from the chair')).toHaveCount(0);
  await pat.page.emulateMedia({ colorScheme: 'dark' });
  await checkScreen(pat.page, 'panel-2009-import-question-dark');
  await pat.page.emulateMedia({ colorScheme: 'light' });
  await question.getByRole('button', { name: 'Replace the round here with the file’s' }).click();
  await expect(pat.page.getByText('interview Dec 7, 2026', { exact: false })).toBeVisible();
  // Replacing kept this a panelist's device, Pat's.
  await expect(pat.page.getByRole('link', { name: /^Score as / })).toHaveCount(1);

  const scorecardFiles: string[] = [];
  for (const [p, line] of PANELISTS.entries()) {
    const name = line.split(',')[0] ?? '';
    const panelist = p === 0 ? pat : await newUser(browser);
    if (p > 0) {
      await panelist.page.goto('/panel');
      await panelist.page.getByLabel('Open a round file from the chair').setInputFiles(changedFile);
      await panelist.page.getByRole('group', { name: 'Who are you?' }).getByLabel(line).check();
      await panelist.page.getByRole('button', { name: 'This is me' }).click();
    }
    await panelist.page.getByRole('link', { name: `Score as ${name}` }).click();
    for (const [c, candidate] of CANDIDATES.entries()) {
      for (const [a, area] of AREAS.entries()) {
        await expect(panelist.page.getByRole('heading', { level: 1, name: `${candidate}: ${area}` })).toBeVisible();
        // The question bank's questions for the 2009 area come first.
        if (area === 'Stakeholder Focus') await expect(panelist.page.getByText(/gathered input from students, staff or families/)).toBeVisible();
        if (p === 1 && c === 0 && a === 0) await checkScreen(panelist.page, 'panel-2009-interview');
        await panelist.page.keyboard.press(String(SCORES[p]?.[c]?.[a] ?? 0));
        await expect(panelist.page.getByRole('radio', { checked: true })).toHaveCount(1);
        if (a === AREAS.length - 1) await submitCandidate(panelist.page, candidate);
        const onward = panelist.page.getByRole('link', { name: /→$/ });
        if ((await onward.count()) > 0) await onward.click();
      }
    }
    await panelist.page.getByRole('link', { name: 'Back to the round' }).click();
    await expect(panelist.page.getByText('Submitted every candidate')).toBeVisible();
    scorecardFiles.push(await saveDownload(panelist.page, `Export ${name}’s scorecard`, `scorecard-2009-${p}.json`));
    await panelist.context.close();
  }

  // The chair merges Pat's on the round page and Robin's through the Import screen, which lands on the round.
  await page.getByLabel('Import panelists’ scorecard files').setInputFiles(scorecardFiles[0] ?? '');
  await expect(page.getByRole('status').filter({ hasText: 'What the import did' })).toContainText("Pat Lee's scorecard was added");
  await page.goto('/import');
  await page.getByLabel('Choose a file (.json), or drop it here').setInputFiles(scorecardFiles[1] ?? '');
  await expect(page.getByRole('status').filter({ hasText: 'What the import did' })).toContainText("Robin Diaz's scorecard was added");
  await expect(page.getByRole('heading', { level: 1, name: 'Director of Technology' })).toBeVisible();
  await page.getByRole('link', { name: 'See the panel’s results' }).click();
  await expect(page.getByText('2 of 2 panelists have submitted')).toBeVisible();
  const totals = page.getByRole('table', { name: /Weighted score by candidate \(level/ });
  await expect(totals.getByRole('row', { name: /^Dana Ortiz/ })).toHaveText(/Dana Ortiz\s*3\.0\s*2\.5–3\.5\s*1/);
  await expect(totals.getByRole('row', { name: /^Eli Park/ })).toHaveText(/Eli Park\s*2\.0\s*1\.5–2\.5\s*2/);
  const eli = page.getByRole('table', { name: 'Scores for Eli Park by skill area and panelist' });
  await expect(eli.getByRole('row', { name: /^Stakeholder Focus/ })).toContainText('Panel disagrees by 2 levels');
  await expect(eli.getByRole('row', { name: /^Exhibits Courage/ })).toHaveText(/1\s*1\s*1\.0/);
  await page.getByText('Record the panel’s consensus for Eli Park').click();
  await page.getByLabel('Consensus for Stakeholder Focus').last().selectOption({ label: '3. Proficient' });
  await page.getByLabel('Why, for Stakeholder Focus').last().fill('Strong family outreach example');
  await expect(eli.getByRole('row', { name: /^Stakeholder Focus/ })).toContainText('3 Proficient: Strong family outreach example');
  await page.getByLabel('Recommended candidate').selectOption({ label: 'Dana Ortiz' });
  await page.getByLabel('Reasons, as the panel discussed them').fill('Both panelists placed Dana first on stakeholder work.');
  await checkScreen(page, 'panel-2009-chair');

  await page.getByRole('link', { name: 'Open the decision packet' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hiring decision packet: Director of Technology' })).toBeVisible();
  await expect(page.getByText('scored on the Framework of Essential Skills of the K-12 CTO, Version 2.0.')).toBeVisible();
  await checkScreen(page, 'panel-2009-packet');
  const pages = await printedPages(page, 'packet-2009');
  for (const [n, onPage] of pages.entries()) expect(onPage, `page ${n + 1}`).toContain(CONFIDENTIAL);
  // No page carries only a line or two: each candidate starts a page, and the round's details share the first.
  for (const [n, onPage] of pages.entries()) expect(onPage.length, `page ${n + 1} is nearly empty`).toBeGreaterThan(CONFIDENTIAL.length + 120);
  const text = pages.join(' ');
  for (const candidate of CANDIDATES) expect(text).toContain(candidate);
  expect(text).toContain('Version 2.0');
  expect(text).toContain('Stakeholder Focus ×1');
  expect(text).toContain('Exhibits Courage ×1');
  expect(text).toContain('panelists’ totals range from 2.5 to 3.5');
  expect(text).toContain('panelists’ totals range from 1.5 to 2.5');
  // The consensus cell's words may come out of the PDF around the row's figures.
  expect(text).toContain('3 Proficient:');
  expect(text).toContain('Strong family outreach example');
  expect(text).toContain('Recommended: Dana Ortiz');
  expect(text).toContain('Dana Ortiz: Dec 7, 2026');
  expect(text).not.toContain('Data Privacy and Security');
  expect(text).not.toMatch(/\d{4}-\d\d-\d\dT/);
});
