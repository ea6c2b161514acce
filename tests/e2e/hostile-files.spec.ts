import type { CDPSession, Page } from '@playwright/test';
import type { CorpusFile, Way } from '../corpus/hostile-files.ts';
import { corpusRound, hostileCorpus, validFile } from '../corpus/hostile-files.ts';
import { expect, test } from './fixtures.ts';

/**
 * Every hostile file of the corpus through its own way in, in the real app: each is refused with a message
 * naming the file, no IndexedDB record changes (a digest of every store before and after), no page error,
 * and the main thread is never held for 2 s. The valid files of each way import first, so there is data to
 * protect. Counts are printed for the closing note.
 */

/** Records the longest main-thread task and when a file was last chosen, from the first script on. */
function watchMainThread(): void {
  const seen = window as unknown as { longestTask: number; chosenAt: number };
  seen.longestTask = 0;
  seen.chosenAt = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longestTask = Math.max(seen.longestTask, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => (seen.chosenAt = performance.now()), true);
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

const longest = (page: Page) => page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
const sinceChosen = (page: Page) => page.evaluate(() => performance.now() - (window as unknown as { chosenAt: number }).chosenAt);

function payload(file: CorpusFile) {
  return { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.content) };
}

/** Restores a backup with the CTO's own assessment, opens the corpus round and imports one panelist's card. */
async function seed(page: Page): Promise<void> {
  await page.goto('/import');
  await page.getByLabel('Choose a file (.json), or drop it here').setInputFiles(payload(await validFile('restore everything')));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Import complete')).toBeVisible();
  await page.goto('/panel');
  await page.getByLabel('Open a round file from the chair').setInputFiles(payload(await validFile('round file')));
  await expect(page.getByRole('heading', { name: corpusRound().positionTitle, level: 1 })).toBeVisible();
  await page.getByLabel('Import panelists’ scorecard files').setInputFiles(payload(await validFile('scorecard import')));
  await expect(page.getByText("Alan Turing's scorecard was added")).toBeVisible();
}

/** Where each way's file chooser is, and what the screen says when it refuses a file. */
const WAYS: Record<Way, { path: string; label: string; refusal: (name: string) => string }> = {
  'assessment import': { path: '/import', label: 'Choose a file (.json), or drop it here', refusal: (name) => `“${name}” was not imported` },
  'restore everything': { path: '/import', label: 'Choose a file (.json), or drop it here', refusal: (name) => `“${name}” was not imported` },
  'review import': { path: '/import', label: 'Choose a file (.json), or drop it here', refusal: (name) => `“${name}” was not imported` },
  'round file': { path: '/panel', label: 'Open a round file from the chair', refusal: (name) => `“${name}” was not opened.` },
  'scorecard import': { path: `/panel/${corpusRound().id}`, label: 'Import panelists’ scorecard files', refusal: (name) => `“${name}”:` },
};

const corpus = hostileCorpus();

for (const way of Object.keys(WAYS) as Way[]) {
  test(`every hostile ${way} file is refused with a message and changes nothing`, async ({ page }) => {
    test.slow();
    await page.addInitScript(watchMainThread);
    await seed(page);
    const files = (await corpus).filter((file) => file.way === way);
    const { path, label, refusal } = WAYS[way];
    await page.goto(path);
    const before = await digest(page);
    let slowest = 0;
    for (const file of files) {
      await page.getByLabel(label).setInputFiles(payload(file));
      await expect(page.getByText(refusal(file.name)).first()).toBeVisible();
      slowest = Math.max(slowest, await sinceChosen(page));
      expect(await digest(page), `${file.name} changed stored data`).toBe(before);
    }
    const freeze = await longest(page);
    console.log(`${way}: ${files.length} tried, ${files.length} refused, 0 written on refusal, longest main-thread task ${Math.round(freeze)} ms, slowest refusal ${Math.round(slowest)} ms`);
    expect(freeze).toBeLessThan(2000);

    // The valid file of the same way still imports after all that.
    const valid = await validFile(way);
    await page.getByLabel(label).setInputFiles(payload(valid));
    if (way === 'round file') await expect(page.getByRole('heading', { name: corpusRound().positionTitle, level: 1 })).toBeVisible();
    else if (way === 'scorecard import') await expect(page.getByText("Alan Turing's scorecard is already here; nothing changed.")).toBeVisible();
    else await expect(page.getByRole('heading', { name: `What “${valid.name}” holds` })).toBeVisible();
  });
}

test('the worst files within the size caps are refused within 2 s with the CPU slowed 4×', async ({ page }) => {
  test.slow();
  await page.addInitScript(watchMainThread);
  await seed(page);
  const worst = (await corpus).filter((file) =>
    /--(answers-million|comments-100k|comment-10mb|round-100k-candidates|card-120k-candidates|nesting-10000-deep|array-million-elements|payload-600-assessments)\.json$/.test(file.name),
  );
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const timings: string[] = [];
  for (const file of worst) {
    const { path, label, refusal } = WAYS[file.way];
    await page.goto(path);
    await page.getByLabel(label).setInputFiles(payload(file));
    await expect(page.getByText(refusal(file.name)).first()).toBeVisible();
    const took = await sinceChosen(page);
    timings.push(`${file.name}: ${Math.round(took)} ms`);
    expect(took, file.name).toBeLessThan(2000);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`4× CPU, ${worst.length} worst-case files:\n${timings.join('\n')}\nlongest main-thread task ${Math.round(await longest(page))} ms`);
  expect(await longest(page)).toBeLessThan(2000);
});
