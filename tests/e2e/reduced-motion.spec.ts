import type { Page } from '@playwright/test';
import { assessmentNav, expect, rateArea, startAssessment, test } from './fixtures.ts';

/**
 * Opens the results from the sidebar and, on every frame from the one that first shows the charts until 1.6 s later,
 * notes where each chart shape is in its drawing: the first gap bar's widths then, and how many different pictures
 * the frames drew (1: nothing moved, not even once laid out for the window's width).
 */
async function chartFrames(page: Page): Promise<{ firstWidth: number; lastWidth: number; pictures: number }> {
  const sampling = page.evaluate(
    () =>
      new Promise<{ firstWidth: number; lastWidth: number; pictures: number }>((resolve) => {
        // Each shape's box relative to its drawing's, so content loading elsewhere on the page moves nothing here.
        const picture = () =>
          [...document.querySelectorAll('figure svg[role="application"]')]
            .flatMap((drawing) => {
              const origin = drawing.getBoundingClientRect();
              return [...drawing.querySelectorAll('*')].map((shape) => {
                const box = shape.getBoundingClientRect();
                return `${box.x - origin.x},${box.y - origin.y},${box.width},${box.height}`;
              });
            })
            .join('|');
        const seen = new Set<string>();
        let firstWidth: number | undefined;
        let start = 0;
        const frame = (now: number) => {
          const bar = document.querySelector('svg[aria-label^="Bar chart of priority"] .chart-bar');
          if (bar && firstWidth === undefined) {
            firstWidth = bar.getBoundingClientRect().width;
            start = now;
          }
          if (bar) seen.add(picture());
          if (bar && firstWidth !== undefined && now - start > 1600) resolve({ firstWidth, lastWidth: bar.getBoundingClientRect().width, pictures: seen.size });
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
  await assessmentNav(page).getByRole('link', { name: 'Results and gaps' }).click();
  return sampling;
}

async function ratedAssessment(page: Page) {
  await startAssessment(page, { title: 'Motion check', name: 'Dana' });
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
  const { firstWidth, lastWidth, pictures } = await chartFrames(page);
  expect(lastWidth).toBeGreaterThan(50);
  expect(firstWidth).toBe(lastWidth);
  // The radar and every bar too: each frame draws the same shapes in the same places as the first one.
  expect(pictures).toBe(1);
  expect((await transition(page)).duration.split(', ').every((d) => parseFloat(d) === 0)).toBe(true);
});

test('without that preference links ease their colour, so the test above can tell the difference; charts never move', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await ratedAssessment(page);
  const { firstWidth, lastWidth, pictures } = await chartFrames(page);
  expect(lastWidth).toBeGreaterThan(50);
  expect(firstWidth).toBe(lastWidth);
  expect(pictures).toBe(1);
  expect((await transition(page)).duration).toContain('0.15s');
});
