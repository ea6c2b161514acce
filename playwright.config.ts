import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  workers: 2,
  // A test passes the first time or fails: no retry hides a race.
  retries: 0,
  reporter: [['list']],
  // Generous on purpose: with both cores busy a whole journey can take minutes, and only a real hang should
  // fail on time. Tests wait for what the user sees, never for a fixed pause.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // Tests run against the production build; `npm run test:e2e` builds first.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    // CI starts a fresh preview of the build it just made; locally an already running preview is reused.
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
