import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedInNotices, noticesText, packageFacts, packageOf, shippedPackages } from '../../scripts/shipped-packages.mjs';

const root = process.cwd();
const modules = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, { code: `/* ${id} */` }]));
/** The few fields of an output chunk that the list reads. */
function chunk(fileName: string, ids: string[], imports: string[] = [], isEntry = false) {
  return { fileName, isEntry, imports, modules: modules(...ids) } as unknown as Parameters<typeof shippedPackages>[0][number];
}

describe('packageOf', () => {
  it.each([
    [`${root}/node_modules/react-dom/cjs/react-dom-client.production.js`, 'react-dom'],
    [`${root}/node_modules/@testing-library/react/dist/index.js`, '@testing-library/react'],
    [`${root}/node_modules/react-router/node_modules/some-dep/index.js?commonjs-es-import`, 'some-dep'],
    ['\0vite/preload-helper.js', 'vite'],
    ['\0rolldown/runtime.js', 'rolldown'],
    ['/@vite-plugin-pwa/virtual:pwa-register', 'vite-plugin-pwa'],
  ])('%s belongs to %s', (id, name) => {
    expect(packageOf(id, root)?.name).toBe(name);
  });

  it('leaves the app’s own code out', () => {
    expect(packageOf(`${root}/src/app/main.tsx`, root)).toBeUndefined();
    expect(packageOf(`${root}/framework-data/pd-catalogue.json`, root)).toBeUndefined();
  });
});

describe('shippedPackages', () => {
  const chunks = [
    chunk('assets/index.js', [`${root}/src/app/main.tsx`, `${root}/node_modules/react/index.js`, '\0vite/preload-helper.js'], ['assets/shared.js'], true),
    chunk('assets/shared.js', [`${root}/node_modules/zustand/esm/vanilla.mjs`]),
    chunk('assets/storage.js', [`${root}/node_modules/idb/build/index.js`, `${root}/node_modules/react/index.js`]),
  ];
  const found = shippedPackages(chunks, root);
  const byName = new Map(found.map((p) => [p.name, p]));

  it('lists each package once, marks what the first screen loads, and adds the service worker runtime', () => {
    expect([...byName.keys()].sort()).toEqual(
      ['idb', 'react', 'vite', 'workbox-build', 'workbox-core', 'workbox-precaching', 'workbox-routing', 'workbox-strategies', 'zustand'].sort(),
    );
    expect(byName.get('react')).toMatchObject({ isFirstScreen: true, isWorker: false, isTool: false, code: [expect.any(String), expect.any(String)] });
    expect(byName.get('zustand')?.isFirstScreen).toBe(true);
    expect(byName.get('idb')?.isFirstScreen).toBe(false);
    expect(byName.get('vite')).toMatchObject({ isTool: true, isWorker: false });
    expect(byName.get('workbox-core')).toMatchObject({ isWorker: true, code: [] });
  });

  it('writes notices naming every one of them with its licence text, which the deps check reads back', () => {
    const text = noticesText(found, 'The App');
    const listed = listedInNotices(text);
    for (const { name, root: folder } of found) {
      expect(listed.get(`${name}@${packageFacts(folder).version}`), name).toBe(true);
    }
    expect(text).toContain('Licence: MIT');
    expect(text).toContain('Permission is hereby granted');
    // Vite's notice for its own Node.js dependencies is not about the browser code.
    expect(text).not.toContain('Licenses of bundled dependencies');
  });
});

describe('listedInNotices', () => {
  it('finds a package published without a licence file and says it has no text', () => {
    const folder = mkdtempSync(join(tmpdir(), 'notices-'));
    const bare = join(folder, 'node_modules', 'bare-package');
    mkdirSync(bare, { recursive: true });
    writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'bare-package', version: '1.2.3', license: 'MIT' }));
    const listed = listedInNotices(noticesText([{ name: 'bare-package', root: bare }], 'The App'));
    expect([...listed]).toEqual([['bare-package@1.2.3', false]]);
  });

  it('finds nothing in text that is not a notices file', () => {
    expect(listedInNotices('react@19.3.1\nLicence: MIT\n').size).toBe(0);
  });
});
