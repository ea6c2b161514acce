import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { assessmentNav, expect, startAssessment, test } from './fixtures.ts';

type Rgba = [number, number, number, number];

function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (lr ?? 0) + 0.7152 * (lg ?? 0) + 0.0722 * (lb ?? 0);
}

const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

/** The focused element shows a focus indicator: an outline (at least 3:1 against what surrounds it) or a box shadow. */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const rgba = (text: string): Rgba => {
      const [r = 0, g = 0, b = 0, a = 1] = (text.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, a];
    };
    // The outline sits just outside the element, so it is seen against the nearest ancestor's background.
    let background: Rgba = [255, 255, 255, 1];
    for (let up = el.parentElement; up; up = up.parentElement) {
      const colour = rgba(getComputedStyle(up).backgroundColor);
      if (colour[3] > 0) {
        background = colour;
        break;
      }
    }
    const style = getComputedStyle(el);
    return {
      name: `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`,
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? rgba(style.outlineColor) : null,
      shadow: style.boxShadow,
      background,
    };
  });
  expect(focus, 'focus is on an element, not lost to the page').not.toBeNull();
  if (!focus) return;
  expect(focus.outline !== null || focus.shadow !== 'none', `${focus.name} shows where focus is`).toBe(true);
  if (focus.outline) expect(contrast(focus.outline, focus.background), `focus outline contrast on ${focus.name}`).toBeGreaterThanOrEqual(3);
}

let presses = 0;

/** Presses Tab (or Shift+Tab) until the target has focus, then checks that focus can be seen. */
async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i <= max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    presses += 1;
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${target.toString()}`);
}

/** After a route change the new screen's heading holds focus, so the next Tab starts from the top of the content. */
async function expectScreen(page: Page, name: string | RegExp) {
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeFocused();
}

const focused = (page: Page) => page.locator(':focus');

test('a whole self-assessment with the keyboard alone: every focus stop visible, focus never lost', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();

  // The skip link comes first and jumps to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await expectVisibleFocus(page);

  // Create an assessment: Enter in the title field submits the form.
  await tabTo(page, page.getByLabel('Title (required)'));
  await page.keyboard.type('Keyboard journey 2026');
  await tabTo(page, page.getByLabel('Your name'));
  await page.keyboard.type('Dana Ruiz');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Skill area 1: Leadership and Vision');

  // Rate every indicator: Space picks a level, arrows move between levels.
  const groups = page.getByRole('group', { name: /^Current level for / });
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    await tabTo(page, groups.nth(i).getByRole('radio').first());
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight'); // Developing
  }
  await expect(page.getByText(`${count} of ${count} indicators rated.`)).toBeVisible();
  // A target for one indicator (typing picks the option), and an evidence note.
  await tabTo(page, page.getByLabel('Target for 1A'), { back: true, max: 400 });
  await page.keyboard.type('4');
  await expect(page.getByLabel('Target for 1A')).toHaveValue(/.+/);
  // "Add evidence" opens the note box and puts the cursor in it.
  await tabTo(page, page.getByRole('listitem').filter({ has: page.getByRole('group', { name: 'Current level for 1A' }) }).getByRole('button', { name: 'Add evidence' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Evidence notes for 1A')).toBeFocused();
  await page.keyboard.type('Presented the technology vision to the board in March.');

  // On to the next skill area and rate its first indicator.
  await tabTo(page, page.getByRole('link', { name: /^Next: Strategic Planning/ }), { max: 400 });
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Skill area 2: Strategic Planning');
  await tabTo(page, groups.first().getByRole('radio').first());
  await page.keyboard.press('Space');
  await expect(page.getByText(/^1 of \d+ indicators rated\./)).toBeVisible();

  // Back up into the sidebar for the results.
  await tabTo(page, assessmentNav(page).getByRole('link', { name: 'Results and gaps' }), { back: true });
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Results');

  // Add the first suggestion to the plan; focus stays on the button, now saying it is in the plan.
  const suggestion = page.getByRole('button', { name: /^Add to plan: / }).first();
  const title = ((await suggestion.getAttribute('aria-label')) ?? '').replace(/^Add to plan: /, '');
  await tabTo(page, suggestion, { max: 200 });
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveAccessibleName(`In your plan: ${title}`);
  await expectVisibleFocus(page);

  // The report: download it as HTML, and export the JSON file to import below.
  await tabTo(page, assessmentNav(page).getByRole('link', { name: 'Report and export' }), { back: true, max: 200 });
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Report and export');
  await tabTo(page, page.getByRole('button', { name: 'Download report (HTML file)' }));
  const [report] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(readFileSync(await report.path(), 'utf8')).toContain('Keyboard journey 2026');
  await tabTo(page, page.getByRole('button', { name: 'Export for review (JSON)' }));
  const [exported] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = await exported.path();

  // The import screen, from the main navigation: the file chooser opens from the keyboard.
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }), { back: true, max: 200 });
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Import a file');
  await tabTo(page, page.getByLabel('Choose a file (.json), or drop it here'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(file);
  // The preview takes focus, so the choices that follow are the next Tab stops.
  await expect(page.getByRole('heading', { name: /^What “.+” holds$/ })).toBeFocused();
  await tabTo(page, page.getByRole('radio', { checked: true }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Keep both: add the file’s copy beside mine')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Import', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Import complete' })).toBeFocused();
  // A received copy opens on its report's summary; the skill areas are one link away.
  await tabTo(page, page.getByRole('link', { name: 'Open the report summary' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Executive summary' })).toBeVisible();
  await tabTo(page, page.getByRole('navigation', { name: 'Skill areas' }).getByRole('link', { name: /Leadership and Vision/ }), { back: true, max: 400 });
  await page.keyboard.press('Enter');
  await expectScreen(page, 'Skill area 1: Leadership and Vision');
  // The file's copy arrives beside the original, read-only, with the levels rated above.
  await expect(page.getByText(/^Keyboard journey 2026 \(imported copy\)/)).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByText(/Developing/).first()).toBeVisible();
  console.log(`keyboard journey: ${presses} presses of Tab or Shift+Tab`);
});

test('rename, delete, undo and removing a plan action by keyboard: focus always lands on something that makes sense', async ({ page }) => {
  const id = await startAssessment(page, { title: 'Spring review' });
  await page.goto('/');
  const rename = page.getByRole('button', { name: 'Rename Spring review' });
  await tabTo(page, rename);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('New title')).toBeFocused();
  await page.keyboard.type(' 2027');
  await page.keyboard.press('Enter');
  // The form is gone; focus is back on the button that opened it.
  await expect(page.getByRole('button', { name: 'Rename Spring review 2027' })).toBeFocused();
  await expectVisibleFocus(page);

  // Escape closes the dialog and returns focus to its opener.
  const del = page.getByRole('button', { name: 'Delete Spring review 2027' });
  await tabTo(page, del);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete “Spring review 2027”?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(del).toBeFocused();
  // Deleting removes the card with its buttons: focus goes to Undo, then to the restored card.
  await page.keyboard.press('Enter');
  await tabTo(page, dialog.getByRole('button', { name: 'Delete assessment' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Spring review 2027', exact: true })).toBeFocused();
  await expectVisibleFocus(page);

  // A plan action added and removed by keyboard: focus goes to the plan's overview.
  await page.goto(`/assessments/${id}/plan`);
  await tabTo(page, page.getByLabel('Action (required)'));
  await page.keyboard.type('Shadow our CFO during budget season');
  await page.keyboard.press('Enter');
  const remove = page.getByRole('button', { name: 'Remove Shadow our CFO during budget season' });
  await tabTo(page, remove, { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('dialog').getByRole('button', { name: 'Remove action' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your plan is empty.', { exact: false })).toBeFocused();
});
