import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cpus, loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import type { CorpusFile, Way } from '../corpus/hostile-files.ts';
import { corpusRound, hostileCorpus, seedBackup, validFile, WAYS } from '../corpus/hostile-files.ts';
import { worstCaseFiles } from '../corpus/worst-case-files.ts';
import { toRoundRecord } from '../../src/domain/panel/panel-records.ts';
import { expect, test } from './fixtures.ts';
import { pageWork } from './page-work.ts';

/**
 * The hostile-file corpus (tests/corpus/hostile-files.ts) through every way in, in the real app: each file is
 * refused with a message naming it, no IndexedDB record changes (every record of every store compared before
 * and after), no page error (the fixture), and the main thread is never held for 2 s. The valid file of each
 * way still imports afterwards. A second test takes the heaviest file each way accepts before parsing
 * (tests/corpus/worst-case-files.ts) with the CPU slowed 4×. Counts and timings are printed for the closing note.
 */

/** The longest main-thread task since the last file was chosen, and overall; when it was chosen. */
function watchMainThread(): void {
  const seen = window as unknown as { longestTask: number; longestSinceChosen: number; chosenAt: number };
  seen.longestTask = 0;
  seen.longestSinceChosen = 0;
  seen.chosenAt = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      seen.longestTask = Math.max(seen.longestTask, entry.duration);
      if (entry.startTime + entry.duration >= seen.chosenAt) seen.longestSinceChosen = Math.max(seen.longestSinceChosen, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    () => {
      seen.chosenAt = performance.now();
      seen.longestSinceChosen = 0;
    },
    true,
  );
}

/** Every record of every store, read straight from IndexedDB, as one text. */
function digest(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('edtech-leader-self-assessment');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const all: Record<string, unknown> = {};
          for (const name of names) {
            const store = tx.objectStore(name);
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () => (all[name] = { keys: keys.result, values: values.result });
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(all));
          };
          tx.onerror = () => reject(tx.error ?? new Error('read failed'));
        };
      }),
  );
}

/** The chair's round, as the chair's own device stores it: a round set up here, so its scorecards come in here. */
async function storeChairRound(page: Page): Promise<void> {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('edtech-leader-self-assessment');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('rounds', 'readwrite');
          tx.objectStore('rounds').put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    toRoundRecord(corpusRound()),
  );
}

/**
 * The file on disk, chosen by path as a person would: Chromium reads it itself, so no test code runs in the
 * page to build it (a 20 MB buffer handed in by Playwright is decoded on the page's main thread).
 */
function payload(file: CorpusFile): string {
  const path = test.info().outputPath('files', file.name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
  return path;
}

const IMPORT_LABEL = 'Choose a file (.json), or drop it here';

/**
 * What there is to protect: the CTO's own assessment with its feedback request (restored from a backup), the
 * chair's round and one panelist's scorecard.
 */
async function seed(page: Page): Promise<void> {
  await page.goto('/import');
  const backup = await seedBackup();
  await page.getByLabel(IMPORT_LABEL).setInputFiles(payload(backup));
  await expect(page.getByRole('heading', { name: `What “${backup.name}” holds` })).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import complete')).toBeVisible();
  await storeChairRound(page);
  await page.goto(`/panel/${corpusRound().id}`);
  await page.getByLabel('Import panelists’ scorecard files').setInputFiles(payload(await validFile('scorecard import')));
  await expect(page.getByText("Alan Turing's scorecard was added")).toBeVisible();
}

interface WayIn {
  path: string;
  label: string;
  /** Text the screen shows when it refuses the file, naming it. */
  refusal: (name: string) => string;
  /** What the screen shows when the way's valid file is chosen. */
  accepted: (page: Page, file: CorpusFile) => Promise<void>;
}

const previewOf = async (page: Page, file: CorpusFile) => expect(page.getByRole('heading', { name: `What “${file.name}” holds` })).toBeVisible();
const toImport: WayIn = { path: '/import', label: IMPORT_LABEL, refusal: (name) => `“${name}” was not imported`, accepted: previewOf };

const WAYS_IN: Record<Way, WayIn> = {
  'assessment import': toImport,
  'restore everything': toImport,
  'review import': toImport,
  'round file': {
    path: '/panel',
    label: 'Open a round file from the chair',
    refusal: (name) => `“${name}” was not opened.`,
    accepted: (page) => expect(page.getByRole('heading', { name: corpusRound().positionTitle, level: 1 })).toBeVisible(),
  },
  'scorecard import': {
    path: `/panel/${corpusRound().id}`,
    label: 'Import panelists’ scorecard files',
    refusal: (name) => `“${name}”:`,
    accepted: (page) => expect(page.getByText("Alan Turing's scorecard is already here; nothing changed.")).toBeVisible(),
  },
  'feedback request': {
    path: '/give-feedback',
    label: 'Open the feedback request',
    refusal: (name) => `“${name}” was not opened.`,
    accepted: (page) => expect(page.getByRole('heading', { name: /Dana Ruiz/ }).first()).toBeVisible(),
  },
  'feedback response': {
    path: '/assessments/corpus-own/feedback',
    label: 'Import colleagues’ response files',
    refusal: (name) => `“${name}”:`,
    accepted: (page) => expect(page.getByText(/Responses so far: 1\./)).toBeVisible(),
  },
};

/**
 * Chooses a file on the way's screen and waits for what the screen says of it (its refusal, or any of `others`):
 * the time from choosing to the message is taken in the page (a MutationObserver), so Playwright's polling does
 * not count.
 */
async function chooseAndAwait(page: Page, way: WayIn, file: CorpusFile, others: string[] = []): Promise<{ tookMs: number; longestTaskMs: number }> {
  const needles = [way.refusal(file.name), ...others];
  await page.evaluate((texts) => {
    const seen = window as unknown as { shown: Promise<number>; chosenAt: number };
    seen.shown = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const shown = document.body.textContent ?? '';
        if (!texts.some((text) => shown.includes(text))) return;
        observer.disconnect();
        resolve(performance.now() - seen.chosenAt);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, needles);
  await page.getByLabel(way.label).setInputFiles(payload(file));
  await expect(page.getByText(new RegExp(needles.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))).first()).toBeVisible();
  return page.evaluate(async () => {
    const seen = window as unknown as { shown: Promise<number>; longestSinceChosen: number };
    return { tookMs: await seen.shown, longestTaskMs: seen.longestSinceChosen };
  });
}

/**
 * Every kind of fault once, spread over the ways in: the whole corpus (about 480 files) takes 12 minutes in a
 * browser on a busy 2-core machine, so each fault shared by several ways (a broken file, a bad revision) goes
 * through one of them in turn, and every fault of one way only goes through it. The Vitest corpus test
 * (tests/corpus/hostile-files.test.ts) reads every file through the same readers; this proves the screens.
 */
const faultOf = (file: CorpusFile) => file.name.split('--')[1] ?? file.name;

function oneOfEachFault(files: CorpusFile[]): CorpusFile[] {
  const byFault = new Map<string, CorpusFile[]>();
  for (const file of files) {
    const fault = faultOf(file);
    byFault.set(fault, [...(byFault.get(fault) ?? []), file]);
  }
  return [...byFault.values()].flatMap((same, i) => same[i % same.length] ?? []);
}

const corpus = hostileCorpus().then(oneOfEachFault);

test('the browser corpus holds at least 150 files, every way in and every fault', async () => {
  const [all, chosen] = await Promise.all([hostileCorpus(), corpus]);
  console.log(`browser corpus: ${chosen.length} of the ${all.length} files, ${new Set(all.map(faultOf)).size} faults`);
  expect(chosen.length).toBeGreaterThanOrEqual(150);
  expect(new Set(chosen.map((file) => file.way))).toEqual(new Set(WAYS));
  expect(new Set(chosen.map(faultOf))).toEqual(new Set(all.map(faultOf)));
});

for (const way of WAYS) {
  test(`every hostile ${way} file is refused with a message and changes nothing`, async ({ page }) => {
    test.slow();
    await page.addInitScript(watchMainThread);
    await seed(page);
    const files = (await corpus).filter((file) => file.way === way);
    const wayIn = WAYS_IN[way];
    await page.goto(wayIn.path);
    await expect(page.getByLabel(wayIn.label)).toBeVisible();
    const before = await digest(page);
    let refused = 0;
    let written = 0;
    let slowest = { ms: 0, name: '' };
    for (const file of files) {
      const { tookMs } = await chooseAndAwait(page, wayIn, file);
      refused += 1;
      if ((await digest(page)) !== before) written += 1;
      if (tookMs > slowest.ms) slowest = { ms: tookMs, name: file.name };
    }
    const freeze = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
    const line = `${way}: ${files.length} tried, ${refused} refused, ${written} written on refusal, longest main-thread task ${Math.round(freeze)} ms, slowest refusal ${Math.round(slowest.ms)} ms (${slowest.name})`;
    console.log(line);
    test.info().annotations.push({ type: 'counts', description: line });
    expect(files.length).toBeGreaterThan(0);
    expect(written, 'refused files that changed stored data').toBe(0);
    expect(freeze).toBeLessThan(2000);

    // The valid file of the same way still goes in after all that.
    const valid = await validFile(way);
    await page.getByLabel(wayIn.label).setInputFiles(payload(valid));
    await wayIn.accepted(page, valid);
  });
}

/**
 * The 2 s at 4× CPU budget, held honestly on a busy shared machine. The page's own work is measured as CPU time
 * from a Chromium trace (page-work.ts) and taken four times over, as a CPU four times slower would need it: other
 * processes on the same cores cannot inflate CPU time, as they inflate the wall clock. (Chromium's own 4×
 * throttling is no use here: it spins the thread for three times as long as it last ran by the wall clock, so
 * under load it slows the page by far more than 4×, and it leaves workers at full speed.)
 * What must stay under 2 s is the main thread's longest task: the longest the tab can freeze. The work from
 * choosing to the message (main thread and file reader together, as if none of it overlapped) is printed beside
 * it and held under a ceiling only: a real backup at the 20 MB cap (eleven assessments, every note at its
 * 20,000-character limit) takes 6–8 s of it at 4× (README, "Files the app reads and writes"), and refusing it would
 * lose a CTO's own data, so the ceiling stops it growing rather than the cap shrinking. The wall clock only guards against a hang.
 */
const SLOWDOWN = 4;
const BUDGET_MS = 2000;
const TO_MESSAGE_CEILING_MS = 15_000;
const WALL_GUARD_MS = 30_000;

test('the heaviest file each way in accepts before parsing never holds the tab for 2 s at 4× CPU, and is refused or opened', async ({ page }) => {
  test.slow();
  await page.addInitScript(watchMainThread);
  await seed(page);
  const cdp = await page.context().newCDPSession(page);
  const lines: string[] = [];
  for (const file of await worstCaseFiles()) {
    const wayIn = WAYS_IN[file.way];
    await page.goto(wayIn.path);
    await expect(page.getByLabel(wayIn.label)).toBeVisible();
    let took = { tookMs: 0, longestTaskMs: 0 };
    // The heaviest valid file of an assessment or backup opens on its preview; every other is refused.
    const work = await pageWork(cdp, page.url(), async () => void (took = await chooseAndAwait(page, wayIn, file, [`What “${file.name}” holds`])));
    const freezeMs = work.main.longestMs * SLOWDOWN;
    const toMessageMs = (work.main.totalMs + work.workers.totalMs) * SLOWDOWN;
    lines.push(
      `${file.name} (${(file.content.length / 1024 / 1024).toFixed(1)} MB): at 4× CPU, longest task ${Math.round(freezeMs)} ms, work to the message ${Math.round(toMessageMs)} ms ` +
        `(main thread ${Math.round(work.main.totalMs * SLOWDOWN)}, file reader ${Math.round(work.workers.totalMs * SLOWDOWN)}); wall clock here ${Math.round(took.tookMs)} ms`,
    );
    console.log(lines.at(-1));
    expect.soft(freezeMs, `${file.name}: longest main-thread task at 4× CPU`).toBeLessThan(BUDGET_MS);
    expect.soft(toMessageMs, `${file.name}: work from choosing to the message at 4× CPU`).toBeLessThan(TO_MESSAGE_CEILING_MS);
    expect.soft(took.tookMs, `${file.name}: wall clock to the message`).toBeLessThan(WALL_GUARD_MS);
  }
  const report = `${lines.length} worst-case files, load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} cores:\n${lines.join('\n')}`;
  console.log(report);
  test.info().annotations.push({ type: 'worst case at 4× CPU', description: report });
});
