// Times the production build in Debian's Chromium: cold and warm loads of the home screen on a slow phone,
// the results and comparison screens, a rating's trip to IndexedDB, a note keystroke's render, and counts the
// records written while moving between skill areas. Run after `vite build` (npm run bench does both). Prints
// medians, each beside its target.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { measureHomeLoads } from './bench-load.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4174);
const BASE = `http://127.0.0.1:${PORT}`;
const edition = JSON.parse(readFileSync('framework-data/editions/cosn-cto-2009.json', 'utf8'));
const levels = edition.rubric.levels.map((level) => level.id);
const indicatorIds = edition.categories.flatMap((c) => c.skillAreas.flatMap((a) => a.indicators.map((i) => i.id)));
const areaTitles = edition.categories.flatMap((c) => c.skillAreas.map((a) => a.title));
/** The rating, keystroke and navigation figures run with the CPU slowed as much as the phone loads. */
const CPU_SLOWDOWN = 4;
const AREA_MOVES = 6;
/** Between level keys: the next key comes after the J move has drawn and a moment of reading, as a person's does. */
const READING_PAUSE_MS = 150;

/**
 * Counts every IndexedDB write the page makes (put, add, delete, clear on any store), by store. Installed
 * before the app's scripts run, under the idb wrapper, so no write can go around it.
 */
function countIndexedDbWrites() {
  const writes = [];
  for (const method of ['put', 'add', 'delete', 'clear']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function countedWrite(...args) {
      writes.push(`${this.name}.${method}`);
      return original.apply(this, args);
    };
  }
  Object.defineProperty(window, '__benchWrites', { value: writes });
}

/** A write to a store of records (not the `meta` store of small settings such as where the walk left off). */
const isRecordWrite = (write) => /^(assessments|rounds|scorecards)\./.test(write);

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

/** Keystrokes typed at the end of `field`, each timed from its keydown to the end of the next frame's work. */
async function timeKeystrokes(field) {
  const page = field.page();
  await field.focus();
  await page.keyboard.press('Control+End');
  // Two untimed keystrokes first, so neither page is timed on its first edit.
  await page.keyboard.type('  ');
  const keystrokes = [];
  for (let i = 0; i < RUNS * 4; i += 1) {
    await page.evaluate(() => {
      window.__benchKeystroke = new Promise((resolve) => {
        let keydownAt = 0;
        let inputAt = 0;
        window.addEventListener('keydown', () => (keydownAt = performance.now()), { capture: true, once: true });
        // Reaches window first, before React's root listener: the browser has edited the textarea's text by now.
        window.addEventListener('input', () => (inputAt = performance.now()), { capture: true, once: true });
        // Bubbles to window after React's root listener; the microtask runs after the work React queued for it.
        window.addEventListener(
          'input',
          () =>
            queueMicrotask(() => {
              const handledAt = performance.now();
              requestAnimationFrame(() => {
                const frameStart = performance.now();
                const channel = new MessageChannel();
                channel.port1.onmessage = () => {
                  const frame = performance.now() - frameStart;
                  const edit = inputAt - keydownAt;
                  const react = handledAt - inputAt;
                  resolve({ total: edit + react + frame, edit, react, frame });
                };
                channel.port2.postMessage(undefined);
              });
            }),
          { once: true },
        );
      });
    });
    await page.keyboard.type(i % 2 === 0 ? 'x' : ' ');
    keystrokes.push(await page.evaluate(() => window.__benchKeystroke));
    await page.waitForTimeout(100);
  }
  return keystrokes;
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const loads = await measureHomeLoads(browser, BASE, RUNS, (page) => page.getByText(/No assessments yet/));

  const page = await browser.newPage();
  await page.goto(`${BASE}/`);
  // The list's empty state, not the heading: the heading is in the prerendered HTML, and the records can only be
  // written once the app has opened (and created) its database.
  await page.getByText(/No assessments yet/).waitFor();
  await page.evaluate(
    (all) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('edtech-leader-self-assessment');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // As the app keeps them (src/storage/assessment-notes.ts): each evidence note is a record of its own.
          const tx = open.result.transaction(['assessments', 'notes'], 'readwrite');
          for (const r of all) {
            const answers = {};
            for (const [indicatorId, { note, ...answer }] of Object.entries(r.answers)) {
              answers[indicatorId] = answer;
              tx.objectStore('notes').put({ assessmentId: r.id, indicatorId, note });
            }
            tx.objectStore('assessments').put({ ...r, answers });
          }
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
    page.getByRole('application', { name: 'Bar chart of priority scores by skill area, highest first' }),
  );
  const compare = await time('/compare?from=q0&to=q19', () => page.getByRole('application', { name: 'Bar chart of levels before and after, by skill area' }));

  // The rest runs at 4× CPU on the seeded record q0, every note 2,000 characters, with every IndexedDB write counted.
  await page.addInitScript(countIndexedDbWrites);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

  // Rating click to IndexedDB commit, measured inside the page. Right after the click, in the same task, a readonly
  // transaction on the store is opened: IndexedDB starts it only once any readwrite transaction already started has
  // finished, so its `complete` marks such a commit without the measure reading the 200 KB record itself. The app
  // starts a rating's write once the screen has drawn it, so the stored level is then usually not there yet, and
  // the read-back loop times it until it is: the figure holds the frame as well as the write.
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
              const isStored = (record) => record?.answers?.['2A']?.current === wanted;
              const started = performance.now();
              input.click();
              // The click's own task: its handlers, React's render and commit, and the write it sends.
              const handled = performance.now() - started;
              const after = db.transaction('assessments');
              after.objectStore('assessments').getKey('q0');
              after.onerror = () => reject(after.error);
              after.oncomplete = () => {
                const committed = performance.now() - started;
                const read = (onRead) => {
                  const get = db.transaction('assessments').objectStore('assessments').get('q0');
                  get.onerror = () => reject(get.error);
                  get.onsuccess = () => onRead(get.result);
                };
                const poll = () =>
                  read((record) => {
                    if (!isStored(record)) return poll();
                    db.close();
                    resolve({ commit: performance.now() - started, handled });
                  });
                read((record) => {
                  if (!isStored(record)) return poll();
                  db.close();
                  resolve({ commit: committed, handled });
                });
              };
            };
          }),
        level,
      ),
    );
  }

  // The same trip with nothing of the app's: on an empty page, a click whose handler puts the stored assessment
  // record (its notes apart, as the app keeps them) in one transaction. What IndexedDB itself takes at this speed.
  const storedRecord = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('edtech-leader-self-assessment');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('assessments').objectStore('assessments').get('q0');
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
  );
  const barePutPage = await browser.newPage();
  // A page of the app's origin (IndexedDB needs one) that is not the app: the request never reaches the server.
  await barePutPage.route(`${BASE}/bench-bare-page`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<input type="radio" name="r" aria-label="A"><input type="radio" name="r" aria-label="B">' }),
  );
  await barePutPage.goto(`${BASE}/bench-bare-page`);
  await (await barePutPage.context().newCDPSession(barePutPage)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const bareCommits = await barePutPage.evaluate(
    async ({ stored, count }) => {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open('bench-bare-put', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const times = [];
      // Two untimed trips first: a fresh page's first transactions also start IndexedDB for its context.
      for (let i = -2; i < count; i += 1) {
        const time = await new Promise((resolve) => {
          const input = document.querySelectorAll('input')[(i + 2) % 2];
          input.onchange = () => db.transaction('records', 'readwrite').objectStore('records').put({ ...stored, revision: i + 3 });
          const started = performance.now();
          input.click();
          const after = db.transaction('records');
          after.objectStore('records').getKey(stored.id);
          after.oncomplete = () => resolve(performance.now() - started);
        });
        if (i >= 0) times.push(time);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return times;
    },
    { stored: storedRecord, count: RUNS * 4 },
  );
  await barePutPage.close();

  // A level key press to its painted selection, over every indicator of the area, in a person's rhythm: from the
  // keydown to the end of the frame that first shows the new level checked (style, layout and paint included, and
  // the wait for that frame). The key picks a level the indicator does not have, so the selection really changes,
  // and is let go once the frame is drawn, as a finger is. J then moves on, off the clock, and its own frame and a
  // moment's reading pass before the next key. The area is walked RUNS times; the first key of the first walk,
  // the page's first rating by key, is also shown on its own. Focus follows to the chosen level after that frame
  // (src/features/assessment/use-walk-keys.ts); the time until it lands is shown too, and the key waits for both.
  const levelKeys = [];
  const levelFocus = [];
  const areaSize = await page.getByRole('group', { name: /^Current level for / }).count();
  for (let pass = 0; pass < RUNS; pass += 1) {
    await page.getByRole('group', { name: 'Current level for 2A' }).getByRole('radio', { checked: true }).focus();
    for (let i = 0; i < areaSize; i += 1) {
      const key = await page.evaluate(() => {
        const card = document.activeElement?.closest('[data-indicator]');
        const radios = [...card.querySelectorAll('input[type="radio"]')].slice(0, 4);
        const next = radios.findIndex((radio) => !radio.checked);
        const wanted = radios[next];
        let keydownAt = 0;
        window.addEventListener('keydown', () => (keydownAt = performance.now()), { capture: true, once: true });
        window.__benchLevelFocus = new Promise((resolve) =>
          wanted.addEventListener('focus', () => resolve(performance.now() - keydownAt), { once: true }),
        );
        window.__benchLevel = new Promise((resolve) => {
          const frame = () =>
            requestAnimationFrame(() => {
              if (!wanted.checked) return frame();
              // The frame that shows it checked: its own work ends when this task's message arrives.
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - keydownAt);
              channel.port2.postMessage(undefined);
            });
          frame();
        });
        return String(next + 1);
      });
      await page.keyboard.down(key);
      levelKeys.push(await page.evaluate(() => window.__benchLevel));
      levelFocus.push(await page.evaluate(() => window.__benchLevelFocus));
      await page.keyboard.up(key);
      await page.keyboard.press('j');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.waitForTimeout(READING_PAUSE_MS);
    }
  }

  // A note keystroke: from the keydown to the end of the input's work (event handlers, React's render and commit,
  // the save it starts), plus the next frame's own work (rAF callbacks, style, layout, paint). The wait for that
  // frame's vsync is idle time and not counted. The app's share is the input's handlers; the browser's own edit
  // and frame are set beside the same for a bare textarea, on a page of its own, holding the same note.
  const note = page.getByLabel('Evidence notes for 2A');
  const bareTextarea = await note.evaluate((textarea) => {
    const style = getComputedStyle(textarea);
    const copied = ['font', 'line-height', 'padding', 'border', 'box-sizing', 'letter-spacing'].map((name) => `${name}:${style.getPropertyValue(name)}`);
    return { style: `${copied.join(';')};width:${textarea.offsetWidth}px`, rows: textarea.rows, value: textarea.value };
  });
  const keystrokes = await timeKeystrokes(note);
  const barePage = await browser.newPage();
  await barePage.setContent(`<textarea aria-label="Bare" rows="${bareTextarea.rows}" style="${bareTextarea.style}"></textarea>`);
  await barePage.getByLabel('Bare').fill(bareTextarea.value);
  await (await barePage.context().newCDPSession(barePage)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const bareKeystrokes = await timeKeystrokes(barePage.getByLabel('Bare'));
  await barePage.close();

  // Records written while moving between skill areas: only moving, after every earlier write has settled.
  await page.waitForTimeout(1000);
  const writesBefore = await page.evaluate(() => window.__benchWrites.length);
  for (const title of areaTitles.slice(2, 2 + AREA_MOVES)) {
    await page.getByRole('navigation', { name: 'Skill areas' }).getByRole('link', { name: new RegExp(title) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
  }
  await page.waitForTimeout(1000);
  const moveWrites = await page.evaluate((from) => window.__benchWrites.slice(from), writesBefore);
  await browser.close();

  const percentile = (list, p) => (list.length ? [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(p * list.length) - 1)] : undefined);
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const ms = (value) => `${Number.isInteger(value) ? value : value.toFixed(value < 100 ? 1 : 0)} ms`;
  const row = (figure, value, format, target) => ({
    figure,
    value: value === undefined ? 'skipped' : format(value),
    target: target === undefined ? '—' : `≤ ${format(target)}`,
    met: value === undefined || target === undefined ? '—' : value <= target ? 'yes' : 'NO',
  });
  const of = (list, key) => (list.length ? median(list.map((entry) => entry[key])) : undefined);
  const rows = [
    row('Cold load, first contentful paint', of(loads.cold, 'fcp'), seconds),
    row('Cold load, largest contentful paint', of(loads.cold, 'lcp'), seconds, 600),
    row('Warm load (service worker), first contentful paint', of(loads.warm, 'fcp'), seconds),
    row('Warm load (service worker), largest contentful paint', of(loads.warm, 'lcp'), seconds, 300),
    row('JS heap used after the home screen has loaded', median(loads.heaps), (mb) => `${mb.toFixed(1)} MB`),
    row('Results screen, every indicator rated: load to charts drawn', results, ms),
    row('Comparison screen, 20 assessments: load to chart drawn', compare, ms),
    row('Rating click to IndexedDB commit at 4× CPU (92 notes of 2,000 characters)', of(commits, 'commit'), ms, 10),
    row('  of which the click’s own task (handlers, React render and commit, the write sent)', of(commits, 'handled'), ms),
    row('  the same record put by a click on an empty page (IndexedDB alone)', median(bareCommits), ms),
    row(`Level key press to painted selection at 4× CPU, p95 over a whole area (${areaSize} indicators, ${RUNS} walks)`, percentile(levelKeys, 0.95), ms, 50),
    row('  median', median(levelKeys), ms),
    row('  the page’s first level key', levelKeys[0], ms),
    row('  focus on the chosen level, p95 (it follows the painted selection)', percentile(levelFocus, 0.95), ms),
    // Issue 10's "keystroke's render": the app's own work for a keystroke. The browser's edit and frame of a
    // 2,000-character textarea cost about as much on a bare page, shown below, and are not the app's to cut.
    row('Note keystroke render at 4× CPU: the input’s handlers (React render and commit, the save it starts)', of(keystrokes, 'react'), ms, 8),
    row('  keydown to the end of the next frame, all of it', of(keystrokes, 'total'), ms),
    row('  the browser’s own textarea edit (keydown to the input event)', of(keystrokes, 'edit'), ms),
    row('  the next frame’s work (style, layout, paint)', of(keystrokes, 'frame'), ms),
    row('  the same note in a bare textarea on an empty page: edit plus frame', of(bareKeystrokes, 'total'), ms),
    // Records are the assessments, rounds and scorecards; the walk position is one small `meta` key, kept apart from
    // the answers on purpose (src/storage/walk-position.ts), and listed below the table.
    row(`Records written while moving between skill areas (${AREA_MOVES} moves)`, moveWrites.filter(isRecordWrite).length, String, 0),
  ];
  const widths = ['figure', 'value', 'target'].map((key) => Math.max(...rows.map((r) => r[key].length)));
  console.log(`\nBrowser benchmark: production build in Chromium, median of ${RUNS} runs.`);
  console.log('Home screen loads: CPU slowed 4×, slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up), cache off, fresh context each run.');
  console.log(`The screens run unthrottled; the rating click, the keystroke and the moves with the CPU slowed ${CPU_SLOWDOWN}×.\n`);
  console.log(`${'figure'.padEnd(widths[0])}  ${'median'.padStart(widths[1])}  ${'target'.padEnd(widths[2])}  met`);
  for (const r of rows) console.log(`${r.figure.padEnd(widths[0])}  ${r.value.padStart(widths[1])}  ${r.target.padEnd(widths[2])}  ${r.met}`);
  const lcpElements = [...new Set(loads.cold.map((entry) => entry.lcpElement))].join(', ');
  console.log(`\nLargest contentful paint element (cold): ${lcpElements}`);
  if (loads.warmSkipped) console.log(`Warm load skipped: ${loads.warmSkipped}.`);
  if (moveWrites.length) console.log(`Every IndexedDB write while moving between skill areas: ${moveWrites.join(', ')}.`);
} finally {
  process.kill(-server.pid);
}
