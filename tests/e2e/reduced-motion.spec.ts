import type { Page } from '@playwright/test';
import { assessmentNav, expect, rateArea, startAssessment, test } from './fixtures.ts';

/**
 * Opens the results from the sidebar and samples the width of the first gap bar on every frame from the moment it
 * is drawn until a second later: [first width, last width].
 */
async function gapBarWidths(page: Page): Promise<[number, number]> {
  const sampling = page.evaluate(
    () =>
      new Promise<[number, number]>((resolve) => {
        let first: number | undefined;
        let start = 0;
        const frame = (now: number) => {
          const bar = document.querySelector<SVGGraphicsElement>('figure[aria-labelledby] .recharts-bar-rectangle path');
          if (bar && first === undefined) {
            first = bar.getBBox().width;
            start = now;
          }
          if (bar && first !== undefined && now - start > 1000) resolve([first, bar.getBBox().width]);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  await assessmentNav(page).getByRole('link', { name: 'Results and gaps' }).click();
  return sampling;
}

async function ratedAssessment(page: Page) {
  await startAssessment(page, { title: 'Motion check' });
  await rateArea(page, /Emerging/);
}

const transition = (page: Page) =>
  page.getByRole('link', { name: 'Results and gaps' }).evaluate((el) => {
    const style = getComputedStyle(el);
    return { duration: style.transitionDuration, property: style.transitionProperty };
  });

test('with reduced motion asked for, charts are drawn at their final size at once and nothing transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await ratedAssessment(page);
  const [first, last] = await gapBarWidths(page);
  expect(last).toBeGreaterThan(50);
  expect(first).toBe(last);
  expect((await transition(page)).duration.split(', ').every((d) => parseFloat(d) === 0)).toBe(true);
  // The radar and the other bars too: every chart shape is where it ends up.
  // Every frame for longer than the charts' animations last (1.5 s) draws the same shapes as the first one.
  const distinctFrames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const shapes = () => [...document.querySelectorAll('.recharts-surface path')].map((p) => p.getAttribute('d')).join('|');
        const seen = new Set<string>();
        let start: number | undefined;
        const frame = (now: number) => {
          seen.add(shapes());
          start ??= now;
          if (now - start > 1600) resolve(seen.size);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  expect(distinctFrames).toBe(1);
});

test('without that preference, the bars grow in and links ease their colour, so the test above can tell the difference', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await ratedAssessment(page);
  const [first, last] = await gapBarWidths(page);
  expect(last).toBeGreaterThan(50);
  expect(first).toBeLessThan(last);
  expect((await transition(page)).duration).toContain('0.15s');
});
