import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Browser, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';

/**
 * Console errors and warnings a test may see without failing. Keep this list short and say why each is harmless:
 * anything else the browser or the app reports is a defect.
 */
const ALLOWED_CONSOLE: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^Service Worker registration blocked by Playwright$/,
    why: "Playwright's own notice in a test that turns service workers off with test.use({ serviceWorkers: 'block' })",
  },
];

function isAllowed(message: ConsoleMessage): boolean {
  return ALLOWED_CONSOLE.some(({ pattern }) => pattern.test(message.text()));
}

function describe(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return `console ${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
}

/**
 * Every test also proves the app asked no origin but its own, threw nothing, and logged no error or warning
 * (CSP refusals, hydration errors and React's recoverable errors included) — in the test's own context and in
 * every context it opens with `browser.newContext()` or `browser.newPage()`.
 */
export const test = base.extend<{ foreignRequests: string[]; pageProblems: string[] }>({
  foreignRequests: [
    async ({ context, browser, baseURL }, use) => {
      const foreign: string[] = [];
      const watch = (watched: BrowserContext, origin: string | undefined) => {
        const own = new URL(origin ?? baseURL ?? 'http://127.0.0.1:4173').origin;
        watched.on('request', (request) => {
          const url = new URL(request.url());
          if (url.protocol.startsWith('http') && url.origin !== own) foreign.push(request.url());
        });
      };
      watch(context, baseURL);
      await withEveryNewContext(browser, (created, options) => watch(created, options?.baseURL), () => use(foreign));
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  pageProblems: [
    async ({ context, browser }, use) => {
      const problems: string[] = [];
      const watch = (watched: BrowserContext) => {
        // Pages and service workers alike: console errors and warnings (Chromium reports CSP refusals there,
        // React its hydration and recoverable errors), and every uncaught exception or unhandled rejection.
        watched.on('console', (message) => {
          if ((message.type() === 'error' || message.type() === 'warning') && !isAllowed(message)) problems.push(describe(message));
        });
        watched.on('weberror', (webError) => problems.push(`page error: ${String(webError.error())}`));
      };
      watch(context);
      await withEveryNewContext(browser, watch, () => use(problems));
      expect(problems, 'page errors, console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * For a test that provokes a problem on purpose: waits until each expected one has been reported, fails on any
 * other, and clears them so the automatic check after the test sees only what came later.
 */
export async function expectOnlyProblems(problems: string[], expected: RegExp[]): Promise<void> {
  for (const pattern of expected) await expect.poll(() => problems.some((text) => pattern.test(text))).toBe(true);
  expect(problems.filter((text) => !expected.some((pattern) => pattern.test(text)))).toEqual([]);
  problems.splice(0);
}

type ContextOptions = Parameters<Browser['newContext']>[0];

/** Runs `body` with `onContext` called for every context the test creates through `browser`. */
async function withEveryNewContext(
  browser: Browser,
  onContext: (context: BrowserContext, options: ContextOptions) => void,
  body: () => Promise<void>,
): Promise<void> {
  // browser.newPage() opens its context through browser.newContext(), so this one wrapper sees both.
  const previous = Object.getOwnPropertyDescriptor(browser, 'newContext');
  const original = browser.newContext.bind(browser);
  browser.newContext = async (options?: ContextOptions) => {
    const created = await original(options);
    onContext(created, options);
    return created;
  };
  try {
    await body();
  } finally {
    if (previous) Object.defineProperty(browser, 'newContext', previous);
    else Reflect.deleteProperty(browser, 'newContext');
  }
}

export { expect };

/** Runs axe-core (WCAG 2.1 A/AA and best practices) and saves a screenshot under test-results/screens/. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.screenshot({ path: `test-results/screens/${name}-full.png`, fullPage: true });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const found = violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  expect(found, `axe violations on ${name}`).toEqual([]);
}

export interface NewAssessment {
  title: string;
  /** The framework edition to pick on the start form; the specs written before 2019 was added use 2009 (the app's default is 2019). */
  edition?: '2009' | '2019';
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
  const editions = page.getByRole('group', { name: 'Framework edition' });
  await editions.getByRole('radio', { name: (details.edition ?? '2009') === '2009' ? /December 2009/ : /December 2019/ }).check();
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skill area 1: Leadership and Vision' })).toBeVisible();
  const match = /\/assessments\/([^/]+)\/areas\/1$/.exec(page.url());
  if (!match?.[1]) throw new Error(`unexpected URL after starting: ${page.url()}`);
  return match[1];
}

export const skillAreaNav = (page: Page) => page.getByRole('navigation', { name: 'Skill areas' });

/** The sidebar's links to the whole-assessment screens (summary, results, plan, report), apart from the skill areas. */
export const assessmentNav = (page: Page) => page.getByRole('navigation', { name: 'This assessment' });

/** An indicator's evidence note box, opened with "Add evidence" when it is still closed (an empty note starts closed). */
export async function evidenceNote(page: Page, code: string) {
  const note = page.getByLabel(`Evidence notes for ${code}`);
  if (!(await note.isVisible())) {
    const card = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: `Current level for ${code}` }) });
    await card.getByRole('button', { name: 'Add evidence' }).click();
  }
  return note;
}

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

/** Saves what a button downloads under the test's own folder, and gives its path. */
export async function saveDownload(page: Page, button: string | RegExp, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = test.info().outputPath(name);
  writeFileSync(path, readFileSync(await file.path()));
  return path;
}
