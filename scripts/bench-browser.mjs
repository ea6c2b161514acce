// Times the results and comparison screens in the production build, in Debian's Chromium.
// Run after `vite build` (npm run bench does both). Prints medians over several cold page loads.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4174);
const BASE = `http://127.0.0.1:${PORT}`;
const edition = JSON.parse(readFileSync('framework-data/editions/cosn-cto-2009.json', 'utf8'));
const levels = edition.rubric.levels.map((level) => level.id);
const indicatorIds = edition.categories.flatMap((c) => c.skillAreas.flatMap((a) => a.indicators.map((i) => i.id)));

/** A stored record (format version 2) with every indicator rated and a 2,000-character note on each. */
function record(id, createdAt, shift) {
  const answers = Object.fromEntries(
    indicatorIds.map((indicatorId, i) => [indicatorId, { current: levels[(i + shift) % levels.length], note: 'Evidence. '.repeat(200) }]),
  );
  return {
    recordVersion: 2,
    id,
    title: `Assessment ${id}`,
    respondent: { name: 'Bench Person', role: 'CTO', district: 'Bench USD' },
    framework: { editionId: edition.id, dataVersion: edition.dataVersion },
    createdAt,
    updatedAt: createdAt,
    answers,
    areaTargets: {},
    areaImportance: {},
    pdPlan: [],
    revision: 1,
  };
}

const records = Array.from({ length: 20 }, (_, i) => record(`q${i}`, new Date(Date.UTC(2022, i * 3, 1)).toISOString(), i));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('vite preview did not start');
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { level: 1, name: 'My assessments' }).waitFor();
  await page.evaluate(
    (all) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('edtech-leader-self-assessment');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('assessments', 'readwrite');
          for (const r of all) tx.objectStore('assessments').put(r);
          tx.oncomplete = () => resolve(undefined);
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );

  /** Milliseconds from navigation start until `ready` is visible, over RUNS cold loads. */
  async function time(url, ready) {
    const times = [];
    for (let i = 0; i < RUNS; i += 1) {
      await page.goto(`${BASE}${url}`);
      await ready().waitFor();
      times.push(await page.evaluate(() => performance.now()));
    }
    return median(times);
  }

  const results = await time('/assessments/q0/results', () =>
    page.getByRole('figure', { name: 'Gaps, largest priority first' }).locator('svg.recharts-surface').first(),
  );
  const compare = await time('/compare?from=q0&to=q19', () => page.getByRole('figure', { name: 'Before and after, by skill area' }).locator('svg.recharts-surface').first());

  // Rating click to IndexedDB commit, measured inside the page: click, then read back until the new level is stored.
  await page.goto(`${BASE}/assessments/q0/areas/2`);
  await page.getByRole('group', { name: 'Current level for 2A' }).waitFor();
  const commits = [];
  for (let i = 0; i < RUNS * 4; i += 1) {
    const level = i % 2 === 0 ? 'leading' : 'emerging';
    commits.push(
      await page.evaluate(
        (wanted) =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('edtech-leader-self-assessment');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const input = document.querySelector(`input[name="indicator-2A-current"][value="${wanted}"]`);
              const started = performance.now();
              input.click();
              const poll = () => {
                const get = db.transaction('assessments').objectStore('assessments').get('q0');
                get.onsuccess = () => {
                  if (get.result?.answers?.['2A']?.current === wanted) {
                    db.close();
                    resolve(performance.now() - started);
                  } else poll();
                };
              };
              poll();
            };
          }),
        level,
      ),
    );
  }
  await browser.close();

  console.log(`Browser benchmark (production build, Chromium, median of ${RUNS} runs):`);
  console.log(`  results screen, every indicator rated, load to charts drawn:   ${results.toFixed(0)} ms`);
  console.log(`  comparison screen, 20 dated assessments, load to chart drawn:   ${compare.toFixed(0)} ms`);
  console.log(`  rating click to IndexedDB commit (record with 92 notes of 2,000 characters): ${median(commits).toFixed(1)} ms`);
} finally {
  process.kill(-server.pid);
}
