import { readFileSync } from 'node:fs';
import { checkScreen, expect, saveDownload, test } from './fixtures.ts';
import { newUser, printedPages, submitCandidate } from './panel-helpers.ts';

const CANDIDATES = ['Alex Kim', 'Bea Cruz', 'Chen Wu'];
const PRACTICE = 'Practice Pat';
const PANELISTS = ['Pat Lee, Superintendent', 'Sam Ortiz, Curriculum Director', 'Robin Diaz, Parent representative'];
const AREAS = ['Leadership and Vision', 'Strategic Planning'];
/** scores[panelist][candidate] for the two areas, practice candidate first; 0 = not asked / not observed. */
const SCORES = [
  [[4, 4], [4, 3], [2, 0], [3, 1]],
  [[1, 1], [4, 3], [2, 3], [3, 1]],
  [[2, 2], [3, 3], [2, 2], [3, 3]],
];
const CONFIDENTIAL = 'Confidential personnel record: hiring decision packet.';

test('panelists score on their own devices, blind and per candidate; the chair merges, records consensus and prints the decision packet', async ({ page, browser }) => {
  // Four browsers, three panelists scoring four candidates, a printed packet: 8.6 minutes once on a busy 2-core machine.
  test.setTimeout(15 * 60_000);
  await page.goto('/panel');
  await page.getByLabel('Position title (required)').fill('Chief Technology Officer');
  await page.getByLabel('District').fill('Lakeside USD');
  await page.getByLabel('Candidates, one name per line').fill(CANDIDATES.join('\n'));
  await page.getByLabel('Practice candidate (optional)').fill(PRACTICE);
  await page.getByLabel('Panelists, one per line: name, role').fill(PANELISTS.join('\n'));
  // The suggested set for a CTO interview is ticked, with the reason; this panel covers two areas.
  const areas = page.getByRole('group', { name: /Skill areas the interview covers/ });
  await expect(areas).toContainText('Suggested for a CTO interview');
  await expect(areas.getByRole('checkbox', { name: 'Ethics and Policies' })).not.toBeChecked();
  const boxes = areas.getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).uncheck();
  for (const area of AREAS) await areas.getByRole('checkbox', { name: area }).check();
  await page.getByText('Your own questions for Leadership and Vision').click();
  await page.getByLabel('Questions, one per line (asked beside the question bank’s)').first().fill('What would you change in your first 90 days?');
  await page.getByLabel('Weight of Strategic Planning').fill('2');
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('alert')).toContainText('Some areas count more than others: say in one line why.');
  await page.getByLabel(/Why some areas count more/).fill('The board’s plan makes strategic planning the core of this post');
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chief Technology Officer' })).toBeVisible();
  // The round page lists candidates, areas with weights and the reason.
  await expect(page.getByText('Strategic Planning — counts ×2')).toBeVisible();
  await expect(page.getByText('Why the weights differ: The board’s plan')).toBeVisible();
  await page.getByLabel('Interview date for Alex Kim').fill('2026-12-03');
  await checkScreen(page, 'panel-round');
  await expect(page.getByText('The panel’s results open once every panelist has submitted every candidate.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'See the panel’s results' })).toHaveCount(0);
  const roundFile = await saveDownload(page, 'Export the round for panelists', 'round.json');
  const roundPanelists = (JSON.parse(readFileSync(roundFile, 'utf8')) as { round: { panelists: { id: string }[] } }).round.panelists.map((x) => x.id);

  const scorecardFiles: string[] = [];
  for (const [p, line] of PANELISTS.entries()) {
    const name = line.split(',')[0] ?? '';
    const panelist = await newUser(browser);
    // The first panelist opens the round file from the main Import screen; it hands the file to the panel.
    if (p === 0) {
      await panelist.page.goto('/import');
      await panelist.page.getByLabel('Choose a file (.json), or drop it here').setInputFiles(roundFile);
    } else {
      await panelist.page.goto('/panel');
      await panelist.page.getByLabel('Open a round file from the chair').setInputFiles(roundFile);
    }
    await panelist.page.getByRole('group', { name: 'Who are you?' }).getByLabel(line).check();
    await panelist.page.getByRole('button', { name: 'This is me' }).click();
    // Only this panelist's own scoring: no one else's buttons, no chair tools.
    await expect(panelist.page.getByRole('link', { name: `Score as ${name}` })).toBeVisible();
    await expect(panelist.page.getByRole('link', { name: /^Score as / })).toHaveCount(1);
    await expect(panelist.page.getByRole('heading', { name: 'For the chair' })).toHaveCount(0);
    await expect(panelist.page.getByRole('button', { name: 'Export the round for panelists' })).toHaveCount(0);
    await expect(panelist.page.getByText('interview Dec 3, 2026', { exact: false })).toBeVisible();
    if (p === 1) await checkScreen(panelist.page, 'panel-round-panelist');
    await panelist.page.getByRole('link', { name: `Score as ${name}` }).click();
    for (const [c, candidate] of [PRACTICE, ...CANDIDATES].entries()) {
      for (const [a, area] of AREAS.entries()) {
        await expect(panelist.page.getByRole('heading', { level: 1, name: `${candidate}: ${area}` })).toBeVisible();
        const score = SCORES[p]?.[c]?.[a] ?? 0;
        // Bea's second area is left empty at first: submitting lists it.
        if (p === 0 && candidate === 'Bea Cruz' && a === 1) {
          await panelist.page.getByRole('button', { name: 'Submit my scores for Bea Cruz' }).click();
          const dialog = panelist.page.getByRole('dialog');
          await expect(dialog.getByRole('list', { name: 'Skill areas with no score' })).toHaveText('Strategic Planning');
          await expect(dialog).toContainText('1 of 2 skill areas have no score yet');
          await checkScreen(panelist.page, 'panel-submit-incomplete');
          await dialog.getByRole('button', { name: 'Cancel' }).click();
        }
        if (p === 0 && c === 1 && a === 0) {
          // The questions come before the scoring choices, the panel's own first.
          const order = await panelist.page.evaluate(() => {
            const questions = document.getElementById('questions-heading');
            const choices = document.querySelector('fieldset.level-choice');
            return questions && choices ? questions.compareDocumentPosition(choices) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
          });
          expect(order).toBeTruthy();
          await expect(panelist.page.getByText('What would you change in your first 90 days?')).toBeVisible();
        }
        await panelist.page.keyboard.press(String(score));
        await expect(panelist.page.getByRole('radio', { checked: true })).toHaveCount(1);
        if (p === 0 && c === 1 && a === 0) {
          await panelist.page.getByLabel(`Notes on ${candidate} for ${area}`).fill('Clear vision tied to learning goals.');
          await checkScreen(panelist.page, 'panel-interview');
        }
        if (a === AREAS.length - 1) await submitCandidate(panelist.page, candidate);
        const onward = panelist.page.getByRole('link', { name: /→$/ });
        if ((await onward.count()) > 0) await onward.click();
      }
    }
    // Submitted scores are locked.
    await expect(panelist.page.getByRole('radio', { checked: true })).toBeDisabled();
    await panelist.page.getByRole('link', { name: 'Back to the round' }).click();
    // Another panelist's scorecard cannot be reached on this device, even by its address.
    await expect(panelist.page.getByText('Submitted every candidate')).toBeVisible();
    const other = roundPanelists[(p + 1) % roundPanelists.length] ?? '';
    await panelist.page.goto(`${new URL(panelist.page.url()).pathname}/interview/${other}`);
    await expect(panelist.page.getByRole('heading', { level: 1, name: 'Not your scorecard' })).toBeVisible();
    await expect(panelist.page.getByRole('radio')).toHaveCount(0);
    await panelist.page.goBack();
    scorecardFiles.push(await saveDownload(panelist.page, `Export ${name}’s scorecard`, `scorecard-${p}.json`));
    await panelist.context.close();
  }

  // The chair brings in two files on the round page and the third through the main Import screen.
  await page.getByLabel('Import panelists’ scorecard files').setInputFiles(scorecardFiles.slice(0, 2));
  const importReport = page.getByRole('status').filter({ hasText: 'What the import did' });
  await expect(importReport).toContainText("Pat Lee's scorecard was added");
  await expect(importReport).not.toContainText(/revision|\d{4}-\d\d-\d\dT/);
  await expect(page.getByText('Still to come: Robin Diaz')).toBeVisible();
  await page.goto('/import');
  await page.getByLabel('Choose a file (.json), or drop it here').setInputFiles(scorecardFiles[2] ?? '');
  // The Import screen hands the scorecard to its round: the round page says what the import did.
  await expect(page.getByRole('status').filter({ hasText: 'What the import did' })).toContainText("Robin Diaz's scorecard was added");
  // The practice candidate's spread is there to calibrate on.
  await expect(page.getByRole('table', { name: /Practice candidate/ }).getByRole('row', { name: /^Leadership and Vision/ })).toContainText('3');
  await page.getByRole('link', { name: 'See the panel’s results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel results: Chief Technology Officer' })).toBeVisible();
  await expect(page.getByText('3 of 3 panelists have submitted')).toBeVisible();

  // Alex: L&V 4,4,3 → 3.67; SP 3,3,3 (×2) → 3.22; panelists 3.33, 3.33, 3.00. Practice Pat is not among them.
  const totals = page.getByRole('table', { name: /Weighted score by candidate \(level/ });
  await expect(totals.getByRole('row')).toHaveCount(4);
  await expect(totals.getByRole('row', { name: /^Alex Kim/ })).toHaveText(/Alex Kim\s*3\.2\s*3\.0–3\.3\s*1/);
  // Bea: SP 3, 2 and one "not observed" → 2.5; total 2.33; Chen 2.11; each total within the other's range.
  await expect(totals.getByRole('row', { name: /^Bea Cruz/ })).toHaveText(/Bea Cruz\s*2\.3\s*2\.0–2\.7\s*2/);
  await expect(totals.getByRole('row', { name: /^Chen Wu/ })).toHaveText(/Chen Wu\s*2\.1\s*1\.7–3\.0\s*3/);
  await expect(page.getByRole('row', { name: /Practice Pat/ })).toHaveCount(0);
  const bea = page.getByRole('table', { name: 'Scores for Bea Cruz by skill area and panelist' });
  await expect(bea.getByRole('row', { name: /^Strategic Planning/ })).toHaveText(/n\/o\s*3\s*2\s*2\.5/);
  await expect(page.getByText('Too close to separate on scores alone from Chen Wu.')).toBeVisible();
  const chen = page.getByRole('table', { name: 'Scores for Chen Wu by skill area and panelist' });
  await expect(chen.getByRole('row', { name: /^Strategic Planning/ })).toContainText('Panel disagrees by 2 levels');

  // After discussion the chair records a consensus; the independent scores stay as they were.
  await page.getByText('Record the panel’s consensus for Chen Wu').click();
  await page.getByLabel('Consensus for Strategic Planning').last().selectOption({ label: '2. Developing' });
  await page.getByLabel('Why, for Strategic Planning').last().fill('Plan sound, budget thin');
  await expect(chen.getByRole('row', { name: /^Strategic Planning/ })).toHaveText(/1\s*1\s*3\s*1\.7.*2 Developing: Plan sound, budget thin/);
  await page.getByLabel('Recommended candidate').selectOption({ label: 'Alex Kim' });
  await page.getByLabel('Reasons, as the panel discussed them').fill('Strongest on planning; every panelist placed Alex first.');
  await checkScreen(page, 'panel-chair');

  await page.getByRole('link', { name: 'Open the decision packet' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hiring decision packet: Chief Technology Officer' })).toBeVisible();
  await expect(page.getByText('Recommended: Alex Kim')).toBeVisible();
  await expect(page.getByText('Clear vision tied to learning goals.')).toHaveCount(0);
  await checkScreen(page, 'panel-packet');
  const archive = JSON.parse(readFileSync(await saveDownload(page, /Download the round archive/, 'archive.json'), 'utf8')) as {
    type: string;
    checksum: { value: string };
    archive: { scorecards: { panelistId: string }[] };
  };
  expect(archive.type).toBe('edtech-leader-round-archive');
  expect(archive.checksum.value).toMatch(/^[0-9a-f]{64}$/);
  expect(archive.archive.scorecards).toHaveLength(3);

  const pages = await printedPages(page, 'packet');
  expect(pages.length).toBeGreaterThan(1);
  for (const [n, onPage] of pages.entries()) expect(onPage, `page ${n + 1}`).toContain(CONFIDENTIAL);
  const text = pages.join(' ');
  for (const candidate of CANDIDATES) expect(text).toContain(candidate);
  expect(text).toContain('panelists’ totals range from 3.0 to 3.3');
  expect(text).toContain('Too close to separate on scores alone from Chen Wu');
  expect(text).toContain('2 Developing: Plan sound, budget thin');
  expect(text).toContain('Strongest on planning');
  expect(text).toContain('Alex Kim: Dec 3, 2026');
  expect(text).toContain('Robin Diaz, Parent representative: submitted');
  expect(text).not.toContain('Clear vision tied to learning goals.');
  expect(text).not.toContain('Show the figures as a table');
  expect(text).not.toContain('Export for spreadsheets');
  expect(text).not.toMatch(/\d{4}-\d\d-\d\dT/);
});

test('on a shared device each panelist’s scorecard opens only with their PIN, and the results stay closed while anyone is scoring', async ({ page }) => {
  test.slow(); // six screens checked with axe
  await page.goto('/panel');
  await page.getByLabel('Position title (required)').fill('Director of Technology');
  await page.getByLabel('Candidates, one name per line').fill('Alex Kim');
  await page.getByLabel('Panelists, one per line: name, role').fill('Pat Lee, Superintendent\nSam Ortiz, Principal');
  await page.getByRole('button', { name: 'Start the round' }).click();
  // Interviews happen on tablets: the screen fits one without sideways scrolling.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.getByRole('link', { name: 'Score as Pat Lee' }).click();
  await expect(page.getByText('A PIN keeps colleagues from peeking at each other’s scores; it would not stop a determined person')).toBeVisible();
  await page.getByLabel('New PIN (4 to 8 digits)').fill('1234');
  await page.getByLabel('The same PIN again').fill('1234');
  await checkScreen(page, 'panel-pin-set');
  await page.getByRole('button', { name: 'Set PIN and start scoring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex Kim: Leadership and Vision' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await checkScreen(page, 'panel-interview-tablet');
  await page.keyboard.press('3');
  await expect(page.getByText('Scored: Proficient.')).toBeVisible();
  await page.getByLabel('Notes on Alex Kim for Leadership and Vision').fill('Pat’s private note');
  // Pat may export the unsubmitted card from behind the PIN; on the round page nobody can.
  const exported = JSON.parse(readFileSync(await saveDownload(page, 'Export my scorecard', 'pat.json'), 'utf8')) as { scorecard: { scores: Record<string, Record<string, { note?: string }>> } };
  expect(Object.values(exported.scorecard.scores).flatMap((areas) => Object.values(areas).map((score) => score.note))).toEqual(['Pat’s private note']);
  await page.getByRole('link', { name: 'Close my scorecard and go back to the round' }).click();
  await expect(page.getByText(/In progress: 0 of 1 candidates submitted/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Export .*’s scorecard$/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'See the panel’s results' })).toHaveCount(0);
  // Even by its address, the chair view stays closed while anyone is scoring.
  await page.goto(page.url() + '/results');
  await expect(page.getByText('Still scoring: Pat Lee, Sam Ortiz.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await checkScreen(page, 'panel-chair-blind');
  await page.getByRole('link', { name: '← Back to the round' }).click();

  // Sam, scoring next on the same device, sets a PIN and sees no trace of Pat's level.
  await page.getByRole('link', { name: 'Score as Sam Ortiz' }).click();
  await page.getByLabel('New PIN (4 to 8 digits)').fill('5678');
  await page.getByLabel('The same PIN again').fill('5678');
  await page.getByRole('button', { name: 'Set PIN and start scoring' }).click();
  await expect(page.getByText('Not scored yet.')).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByText('Pat’s private note')).toHaveCount(0);
  await page.getByRole('link', { name: 'Close my scorecard and go back to the round' }).click();

  // Sam cannot open Pat's scorecard without Pat's PIN.
  await page.getByRole('link', { name: 'Score as Pat Lee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter Pat Lee’s PIN' })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('5678');
  await page.getByRole('button', { name: 'Open my scorecard' }).click();
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right.');
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByText('Pat’s private note')).toHaveCount(0);
  await checkScreen(page, 'panel-pin-enter');
  await page.getByLabel('PIN', { exact: true }).fill('1234');
  await page.getByRole('button', { name: 'Open my scorecard' }).click();
  await expect(page.getByText('Scored: Proficient.')).toBeVisible();
});
