import { checkScreen, expect, startAssessment, test } from './fixtures.ts';

// Axe runs on these cards in light and dark below; the keyboard walk itself checks what the keys did.

test('rates a whole skill area by keyboard alone in at most 2 key presses per indicator, and every rating is stored', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await startAssessment(page, { title: 'Keys only' });
  const groups = page.getByRole('group', { name: /^Current level for / });
  const count = await groups.count();
  const levels = ['1', '2', '3', '4', '0'];
  let presses = 0;
  const press = async (key: string) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  // Nothing focused: the first key rates the first unrated indicator; after that a level key and J per indicator.
  for (let i = 0; i < count; i += 1) {
    if (i > 0) await press('j');
    await press(levels[i % levels.length]!);
    const chosen = groups.nth(i).getByRole('radio').nth(i % levels.length);
    await expect(chosen).toBeChecked();
    // Focus is on the chosen level, and the one descriptor beneath the levels says what it means here.
    await expect(chosen).toBeFocused();
    const name = (await chosen.evaluate((radio: HTMLInputElement) => radio.labels?.[0]?.textContent ?? '')).replace(/^\d+\.\s*/, '');
    await expect(chosen).toHaveAccessibleDescription(new RegExp(`^${name}:`));
  }
  expect(presses).toBeLessThanOrEqual(2 * count);
  await expect(page.getByText(`${count} of ${count} indicators rated.`)).toBeVisible();

  // F flags the focused indicator; the flagged list links to it.
  await press('f');
  await expect(page.getByRole('button', { name: 'Flag to revisit' }).nth(count - 1)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Flagged to revisit (1)')).toBeVisible();

  // ? lists the keys; keys typed in a note stay text.
  await press('?');
  await expect(page.getByRole('dialog', { name: 'Keys for rating' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await press('e');
  const note = page.getByLabel(`Evidence notes for ${await groups.nth(count - 1).evaluate((g) => g.querySelector('legend')?.textContent?.replace('Current level for ', '') ?? '')}`);
  await expect(note).toBeFocused();
  await page.keyboard.type('1 2 j k f');
  await expect(note).toHaveValue('1 2 j k f');

  // Stored: a reload shows every rating and the flag.
  await page.reload();
  await expect(page.getByText(`${count} of ${count} indicators rated.`)).toBeVisible();
  for (let i = 0; i < count; i += 1) await expect(groups.nth(i).getByRole('radio').nth(i % levels.length)).toBeChecked();
  await expect(page.getByText('Flagged to revisit (1)')).toBeVisible();
});

test('keys faster than the screen draws: focus ends on the last level chosen, and J straight after a level key moves on', async ({ page }) => {
  await startAssessment(page, { title: 'Fast keys' });
  const groups = page.getByRole('group', { name: /^Current level for / });
  await page.keyboard.press('1');
  await expect(groups.first().getByRole('radio').first()).toBeFocused();
  // Dispatched in one task, so no frame is drawn between them: a level key's focus waits for its frame.
  const pressAtOnce = (keys: string[]) =>
    page.evaluate((all) => {
      for (const key of all) document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }, keys);

  await pressAtOnce(['3', '4']);
  const leading = groups.first().getByRole('radio', { name: /Leading/ });
  await expect(leading).toBeChecked();
  await expect(leading).toBeFocused();
  await expect(leading).toHaveAccessibleDescription(/^Leading:/);

  await pressAtOnce(['2', 'j']);
  await expect(groups.first().getByRole('radio', { name: /Developing/ })).toBeChecked();
  const next = groups.nth(1).getByRole('radio').first();
  await expect(next).toBeFocused();
  // Two frames later focus is still where J put it: the level key's focus, overtaken, never lands.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
  await expect(next).toBeFocused();

  await page.reload();
  await expect(groups.first().getByRole('radio', { name: /Developing/ })).toBeChecked();
});

for (const { width, height, limit } of [
  { width: 1280, height: 800, limit: 360 },
  { width: 390, height: 844, limit: 844 },
]) {
  test(`an indicator card with no note open is at most ${limit} px tall at ${width} px, in light and dark`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await startAssessment(page, { title: `Card at ${width}`, edition: '2019' });
    const cards = page.locator('[data-indicator]');
    await expect(cards.first()).toBeVisible();
    await cards.first().getByRole('radio').nth(2).check();
    const heights = await cards.evaluateAll((all) => all.map((card) => card.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThanOrEqual(limit);
    await checkScreen(page, `walk-card@${width}`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await checkScreen(page, `walk-card@${width}-dark`);
  });
}

test.describe('west of UTC near midnight UTC', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('titles and file names carry the local date, not the UTC one', async ({ page }) => {
    // 01:30 on 2 December in UTC is still 1 December, 17:30, in Los Angeles.
    await page.clock.setFixedTime(new Date('2026-12-02T01:30:00Z'));
    await startAssessment(page, { title: 'Late in the day' });
    await page.getByRole('navigation', { name: 'This assessment' }).getByRole('link', { name: 'Report and export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (HTML file)' }).click()]);
    expect(download.suggestedFilename()).toContain('2026-12-01');
    expect(download.suggestedFilename()).not.toContain('2026-12-02');

    await page.getByRole('link', { name: 'My assessments' }).click();
    await page.getByRole('button', { name: 'Re-assess Late in the day', exact: true }).click();
    await expect(page.getByText('Late in the day (re-assessed 2026-12-01)').first()).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/2026-12-02|T01:30/);
  });
});
