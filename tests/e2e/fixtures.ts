import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test as base, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Every test also proves the app asked no origin but its own, and broke neither its CSP nor its hydration. */
export const test = base.extend<{ foreignRequests: string[]; pageProblems: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const own = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== own) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  pageProblems: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) =>
        page.on('console', (message) => {
          const text = message.text();
          // Chromium reports CSP refusals on the console; React reports a hydration mismatch as error #418 or #423.
          if (/Content Security Policy|Minified React error #(418|423|425)|Hydration/i.test(text)) problems.push(text);
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(problems);
      expect(problems, 'CSP violations or hydration errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe-core (WCAG 2.1 A/AA and best practices) and saves a screenshot under test-results/screens/. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.screenshot({ path: `test-results/screens/${name}-full.png`, fullPage: true });
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  expect(violations, `axe violations on ${name}`).toEqual([]);
}

export interface NewAssessment {
  title: string;
  name?: string;
  role?: string;
  district?: string;
}

/** Starts an assessment from the home screen and waits for its first skill area. */
export async function startAssessment(page: Page, details: NewAssessment): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: 'My assessments' }).click();
  await page.getByLabel('Title (required)').fill(details.title);
  if (details.name) await page.getByLabel('Your name').fill(details.name);
  if (details.role) await page.getByLabel('Role').fill(details.role);
  if (details.district) await page.getByLabel('District').fill(details.district);
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 1: Leadership and Vision' })).toBeVisible();
  const match = /\/assessments\/([^/]+)\/areas\/1$/.exec(page.url());
  if (!match?.[1]) throw new Error(`unexpected URL after starting: ${page.url()}`);
  return match[1];
}

export const skillAreaNav = (page: Page) => page.getByRole('navigation', { name: 'Skill areas' });

/** Rates every indicator of the open skill area at one level. */
export async function rateArea(page: Page, level: RegExp): Promise<void> {
  const groups = page.getByRole('group', { name: /^Current level for / });
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) await groups.nth(i).getByRole('radio', { name: level }).check();
}

/** Opens a skill area (or any link) from the assessment's sidebar and waits for its heading. */
export async function goToArea(page: Page, title: string): Promise<void> {
  await skillAreaNav(page).getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
}
