import type { Page } from '@playwright/test';
import { createAssessment } from '../../src/domain/assessment/assessment.ts';
import { exportFileText } from '../../src/lib/exchange-files.ts';
import { checkScreen, expect, startAssessment, test } from './fixtures.ts';

test('a damaged record is named and explained, and the other assessments still open', async ({ page }) => {
  await startAssessment(page, { title: 'Healthy one' });
  await page.getByRole('group', { name: 'Current level for 1A' }).getByRole('radio', { name: /Leading/ }).check();

  // Write a record the app's checks reject straight into the app's database, as disk damage or a buggy old build might.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('edtech-leader-self-assessment');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('assessments', 'readwrite');
          tx.objectStore('assessments').put({ recordVersion: 1, id: 'damaged-1', title: 'Board retreat prep', answers: 'not answers' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('put failed'));
        };
      }),
  );

  await page.getByRole('link', { name: 'My assessments' }).click();
  await expect(page.getByText('“Board retreat prep” could not be opened.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Healthy one' })).toBeVisible();
  await checkScreen(page, 'home-damaged-record');

  await page.goto('/assessments/damaged-1');
  await expect(page.getByRole('heading', { level: 1, name: 'This assessment could not be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('“Board retreat prep” could not be opened.');
  await checkScreen(page, 'assessment-damaged');

  await page.getByRole('link', { name: 'Go to my assessments' }).click();
  await page.getByRole('link', { name: 'Resume Healthy one' }).click();
  await expect(page.getByRole('group', { name: 'Current level for 1A' }).getByRole('radio', { name: /Leading/ })).toBeChecked();

  await page.getByRole('link', { name: 'My assessments' }).click();
  await page.getByRole('button', { name: 'Delete damaged record Board retreat prep' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByText('could not be opened')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Healthy one' })).toBeVisible();
});

/** What some private-browsing modes do: IndexedDB exists but every open fails. */
async function refuseStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      value: {
        open() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      },
    });
  });
}

test('when the browser refuses storage, the app says so instead of showing a blank page', async ({ page }) => {
  await refuseStorage(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This browser is not letting the app save anything');
  await checkScreen(page, 'home-storage-unavailable');
});

test('Import with IndexedDB refused says the browser is not letting the app store data, and the file picker stays usable', async ({ page }) => {
  await refuseStorage(page);
  const now = '2026-11-20T09:00:00.000Z';
  const assessment = createAssessment({
    id: 'sent',
    title: 'Sent for review',
    respondent: { name: 'Dana Ruiz', role: 'CTO', district: 'Lakeside USD' },
    framework: { editionId: 'cosn-cto-2019', dataVersion: 1 },
    now,
  });
  const buffer = Buffer.from(await exportFileText([assessment], { kind: 'assessment', includeNotes: false, now, appVersion: 'test' }));
  await page.goto('/import');
  const input = page.getByLabel('Choose a file (.json), or drop it here');
  await input.setInputFiles({ name: 'sent.json', mimeType: 'application/json', buffer });
  const alert = page.getByRole('alert').filter({ hasText: '“sent.json” was not imported' });
  await expect(alert).toContainText('This browser is not letting the app save anything (private browsing, or site data turned off).');
  await expect(alert).toContainText('open the app in a normal window, or allow site data for it.');
  await expect(alert).not.toContainText('other tabs');
  await expect(page.getByText(/^Reading/)).toHaveCount(0);
  await checkScreen(page, 'import-storage-unavailable');
  // The picker is still there and still reads a file: the same answer again, no page error.
  await expect(input).toBeEnabled();
  await input.setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer });
  await expect(page.getByRole('alert').filter({ hasText: '“again.json” was not imported' })).toContainText('This browser is not letting the app save anything');
});

test('when IndexedDB is missing altogether, the message is the same', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('This browser is not letting the app save anything');
});

test('an empty title is refused with a message next to the field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByText('Give the assessment a title')).toBeVisible();
  await expect(page.getByLabel('Title (required)')).toBeFocused();
  await expect(page.getByLabel('Title (required)')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'home-title-error');
});

test('an older version holding the database open in another tab is named, and the app opens once that tab is gone', async ({ page, context }) => {
  // The other tab: an older build at database version 3 that never steps aside for an upgrade.
  const older = await context.newPage();
  await older.goto('/about');
  await older.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('edtech-leader-self-assessment', 3);
        open.onupgradeneeded = () => {
          const db = open.result;
          const assessments = db.createObjectStore('assessments', { keyPath: 'id' });
          assessments.createIndex('byUpdatedAt', 'updatedAt');
          assessments.createIndex('byRevision', ['id', 'recordVersion', 'revision', 'updatedAt']);
          db.createObjectStore('meta');
          db.createObjectStore('rounds', { keyPath: 'id' });
          db.createObjectStore('scorecards', { keyPath: 'id' }).createIndex('byRound', 'roundId');
        };
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          (window as unknown as { heldOpen: IDBDatabase }).heldOpen = open.result;
          resolve();
        };
      }),
  );

  await page.goto('/');
  await page.getByRole('link', { name: 'My assessments' }).click();
  await expect(page.getByRole('alert')).toContainText('The app is open in another tab with an older version. Close the other tabs of this app, then reload this one.');
  await checkScreen(page, 'home-storage-blocked');

  await older.close();
  await page.reload();
  await page.getByRole('link', { name: 'My assessments' }).click();
  await expect(page.getByText(/No assessments yet/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('damaged records with a number or an array for a key, and a damaged hiring round, are deleted one by one', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'My assessments' }).click();
  await expect(page.getByText(/No assessments yet/)).toBeVisible();
  // Records the app's checks reject, under keys the app itself never uses, as disk damage or an odd build might leave.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('edtech-leader-self-assessment');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['assessments', 'rounds'], 'readwrite');
          tx.objectStore('assessments').put({ recordVersion: 1, id: 42, title: 'Numbered', answers: 'not answers' });
          tx.objectStore('assessments').put({ recordVersion: 1, id: ['a', 1], title: 'Listed', answers: 'not answers' });
          tx.objectStore('rounds').put({ recordVersion: 1, id: 9, positionTitle: 'Broken round' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('put failed'));
        };
      }),
  );
  await page.reload();
  await expect(page.getByText('“Numbered” could not be opened.')).toBeVisible();
  await expect(page.getByText('“Listed” could not be opened.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete damaged record Numbered' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByText('“Numbered” could not be opened.')).toHaveCount(0);
  await expect(page.getByText('“Listed” could not be opened.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete damaged record Listed' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByText(/No assessments yet/)).toBeVisible();

  await page.goto('/panel');
  await expect(page.getByText('A hiring round could not be read')).toBeVisible();
  await checkScreen(page, 'panel-damaged-round');
  await page.getByRole('button', { name: 'Delete damaged round' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete round' }).click();
  await expect(page.getByText('No hiring rounds yet.')).toBeVisible();
  await expect(page.getByText('A hiring round could not be read')).toHaveCount(0);
});

test('a damaged scorecard is shown on its round page, passes axe in light and dark, and is deleted on its own', async ({ page }) => {
  await page.goto('/panel');
  await page.getByLabel('Position title (required)').fill('Director of Technology');
  await page.getByLabel('Candidates, one name per line').fill('Alex Kim');
  await page.getByLabel('Panelists, one per line: name, role').fill('Pat Lee, Superintendent');
  await page.getByRole('button', { name: 'Start the round' }).click();
  await expect(page.getByRole('link', { name: 'Score as Pat Lee' })).toBeVisible();
  const roundId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('edtech-leader-self-assessment');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('scorecards', 'readwrite');
          tx.objectStore('scorecards').put({ recordVersion: 2, id: `${id}--stray`, roundId: id, scores: 'not scores' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('put failed'));
        };
      }),
    roundId,
  );
  await page.reload();
  const damaged = page.getByRole('list', { name: 'Scorecards that could not be read' });
  await expect(damaged).toContainText('A scorecard stored for this round could not be read, so it is left out of every figure');
  await checkScreen(page, 'round-damaged-scorecard');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkScreen(page, 'round-damaged-scorecard-dark');
  await page.getByRole('button', { name: 'Delete damaged scorecard' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete scorecard' }).click();
  await expect(damaged).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Score as Pat Lee' })).toBeVisible();
});
