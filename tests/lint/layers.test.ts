import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Every layer rule the README states, proved against the real eslint.config.js: for each zone, a small
 * file that breaks it must be refused with the named rule, and an import the zone allows must pass clean.
 * Snippets are linted as if they lived at the given path; type-aware parsing is switched off, since no rule
 * here needs types and a snippet is not on disk for the TypeScript project to find.
 */

const root = resolve(import.meta.dirname, '../..');
// ESLint on a busy 2-core machine: no tight budget.
const TIMEOUT = 180_000;

type Case = { name: string; file: string; code: string; rule?: string };

const paths = 'import-x/no-restricted-paths';
const globalsRule = 'no-restricted-globals';

/** Existing files the snippets import: an import that no longer resolves would pass silently, so check them. */
const targets = [
  'src/config/paths.ts',
  'src/config/app.ts',
  'src/domain/plural.ts',
  'src/lib/download.ts',
  'src/storage/db.ts',
  'src/state/app-update-store.ts',
  'src/components/ui/notice.tsx',
  'src/components/charts/chart-colors.ts',
  'src/features/home/home-ids.ts',
  'src/features/about/about-screen.tsx',
  'src/app/router.tsx',
];

const importing = (specifier: string, name = 'imported') => `import * as ${name} from '${specifier}';\nexport const ${name}Used = ${name};\n`;
const load = (specifier: string, name = 'load') => `export const ${name} = () => import('${specifier}');\n`;
const read = (expression: string) => `export const read = () => ${expression};\n`;

const refused: Case[] = [
  // config/ imports nothing.
  { name: 'config/ importing domain/', file: 'src/config/x.ts', code: importing('../domain/plural.ts'), rule: paths },
  { name: 'config/ importing a package', file: 'src/config/x.ts', code: importing('zod/mini'), rule: paths },
  // domain/ is pure: domain/, config/ and zod only.
  ...['react', 'react-dom', 'react-router', 'zustand', 'idb'].map((name) => ({
    name: `domain/ importing ${name}`, file: 'src/domain/x.ts', code: importing(name), rule: paths,
  })),
  ...['../lib/download.ts', '../storage/db.ts', '../state/app-update-store.ts', '../features/home/home-ids.ts', '../components/ui/notice.tsx', '../app/router.tsx'].map((target) => ({
    name: `domain/ importing ${target}`, file: 'src/domain/x.ts', code: importing(target), rule: paths,
  })),
  { name: 'domain/ loading storage/ lazily', file: 'src/domain/x.ts', code: load('../storage/db.ts'), rule: paths },
  ...['window.innerWidth', 'document.title', "localStorage.getItem('k')", "sessionStorage.getItem('k')", 'indexedDB', 'navigator.onLine', 'location.href', "new BroadcastChannel('c')", "fetch('/x')", 'globalThis.localStorage', 'self', 'history.length', 'caches'].map((expression) => ({
    name: `domain/ using ${expression}`, file: 'src/domain/x.ts', code: read(expression), rule: globalsRule,
  })),
  // lib/: domain/ and config/ only; no UI, storage or state.
  ...['../state/app-update-store.ts', '../storage/db.ts', '../features/home/home-ids.ts', '../components/ui/notice.tsx', '../app/router.tsx'].map((target) => ({
    name: `lib/ importing ${target}`, file: 'src/lib/x.ts', code: importing(target), rule: paths,
  })),
  ...['idb', 'react', 'zustand'].map((name) => ({ name: `lib/ importing ${name}`, file: 'src/lib/x.ts', code: importing(name), rule: paths })),
  { name: 'lib/ loading state/ lazily', file: 'src/lib/x.ts', code: load('../state/app-update-store.ts'), rule: paths },
  // storage/: below state and UI.
  ...['../state/app-update-store.ts', '../components/ui/notice.tsx', '../features/home/home-ids.ts', '../app/router.tsx'].map((target) => ({
    name: `storage/ importing ${target}`, file: 'src/storage/x.ts', code: importing(target), rule: paths,
  })),
  ...['react', 'zustand'].map((name) => ({ name: `storage/ importing ${name}`, file: 'src/storage/x.ts', code: importing(name), rule: paths })),
  // state/: below components, features and app.
  ...['../components/ui/notice.tsx', '../features/home/home-ids.ts', '../app/router.tsx'].map((target) => ({
    name: `state/ importing ${target}`, file: 'src/state/x.ts', code: importing(target), rule: paths,
  })),
  ...['idb', 'react-router', 'react-dom'].map((name) => ({ name: `state/ importing ${name}`, file: 'src/state/x.ts', code: importing(name), rule: paths })),
  // components/: never features/, app/ or storage/.
  ...['../../features/home/home-ids.ts', '../../app/router.tsx', '../../storage/db.ts'].map((target) => ({
    name: `components/ importing ${target}`, file: 'src/components/ui/x.ts', code: importing(target), rule: paths,
  })),
  { name: 'components/ loading a feature lazily', file: 'src/components/backup/x.ts', code: load('../../features/about/about-screen.tsx'), rule: paths },
  { name: 'components/ importing idb', file: 'src/components/ui/x.ts', code: importing('idb'), rule: paths },
  // features/: each folder only itself, components/, state/, lib/, domain/, config/.
  { name: 'a feature importing another feature', file: 'src/features/about/x.ts', code: importing('../home/home-ids.ts'), rule: paths },
  { name: 'a feature loading another feature lazily', file: 'src/features/home/x.ts', code: load('../about/about-screen.tsx'), rule: paths },
  { name: 'a feature importing storage/', file: 'src/features/home/x.ts', code: importing('../../storage/db.ts'), rule: paths },
  { name: 'a feature importing app/', file: 'src/features/home/x.ts', code: importing('../../app/router.tsx'), rule: paths },
  { name: 'a feature importing idb', file: 'src/features/home/x.ts', code: importing('idb'), rule: paths },
  // app/: anything in src/, but idb stays behind its door.
  { name: 'app/ importing idb', file: 'src/app/x.ts', code: importing('idb'), rule: paths },
  // Anywhere in src/.
  { name: 'src/ importing a Node built-in', file: 'src/lib/x.ts', code: importing('node:fs'), rule: 'no-restricted-imports' },
];

const allowed: Case[] = [
  { name: 'config/ importing config/', file: 'src/config/x.ts', code: importing('./paths.ts') },
  { name: 'domain/ importing domain/, config/ and zod', file: 'src/domain/x.ts', code: importing('./plural.ts') + importing('../config/app.ts', 'config') + importing('zod/mini', 'zod') },
  { name: 'domain/ using language globals', file: 'src/domain/x.ts', code: read('[structuredClone({}), Math.max(1, 2), JSON.stringify({}), new Intl.Collator(), new Map(), Number.NaN]') },
  { name: 'lib/ importing domain/ and config/', file: 'src/lib/x.ts', code: importing('../domain/plural.ts') + load('../config/paths.ts') },
  { name: 'storage/ importing idb, lib/ and domain/', file: 'src/storage/x.ts', code: importing('idb') + load('../lib/download.ts') + load('../domain/plural.ts', 'loadDomain') },
  { name: 'state/ importing storage/, lib/ and zustand', file: 'src/state/x.ts', code: importing('../storage/db.ts') + load('../lib/download.ts') + importing('zustand', 'zustand') },
  { name: 'components/ importing state/, lib/ and other components', file: 'src/components/backup/x.ts', code: importing('../../state/app-update-store.ts') + load('../ui/notice.tsx') + load('../../lib/download.ts', 'loadLib') },
  { name: 'a feature importing itself, components/, state/, lib/, domain/, config/', file: 'src/features/home/x.ts', code: [
    importing('./home-ids.ts'),
    load('../../components/charts/chart-colors.ts'),
    load('../../state/app-update-store.ts', 'loadState'),
    load('../../lib/download.ts', 'loadLib'),
    load('../../domain/plural.ts', 'loadDomain'),
    load('../../config/paths.ts', 'loadConfig'),
  ].join('') },
  { name: 'app/ importing features/ and storage/', file: 'src/app/x.ts', code: load('../features/about/about-screen.tsx') + load('../storage/db.ts', 'loadStorage') },
];

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    // The fixtures are left out of the normal run (they break the rules on purpose); lint them here.
    ignore: false,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
  });
});

async function lint({ file, code }: Case) {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  const messages = result?.messages ?? [];
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => ({ rule: message.ruleId, text: message.message }));
}

describe('layer rules (eslint.config.js)', () => {
  it('imports files that exist, so no case passes by not resolving', () => {
    expect(targets.filter((target) => !existsSync(resolve(root, target)))).toEqual([]);
  });

  it.each(refused)('refuses $name', async (testCase) => {
    const messages = await lint(testCase);
    expect(messages.map((message) => message.rule)).toContain(testCase.rule);
  }, TIMEOUT);

  it.each(allowed)('allows $name', async (testCase) => {
    expect(await lint(testCase)).toEqual([]);
  }, TIMEOUT);
});

describe('import cycles (eslint.config.js)', () => {
  it('refuses two files that import each other', async () => {
    const [a, b] = await eslint.lintFiles(['tests/lint/fixtures/cycle-a.ts', 'tests/lint/fixtures/cycle-b.ts']);
    expect(a?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
    expect(b?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  }, TIMEOUT);

  it('allows imports that run one way', async () => {
    const results = await eslint.lintFiles(['tests/lint/fixtures/chain-a.ts', 'tests/lint/fixtures/chain-b.ts']);
    expect(results.flatMap((result) => result.messages)).toEqual([]);
  }, TIMEOUT);

  it('applies the cycle rule to every file in src/', async () => {
    for (const file of ['src/domain/x.ts', 'src/state/x.ts', 'src/features/home/x.tsx', 'src/app/x.tsx']) {
      const config = (await eslint.calculateConfigForFile(resolve(root, file))) as { rules?: Record<string, unknown> };
      expect([config.rules?.['import-x/no-cycle']].flat()[0], file).toBe(2);
    }
  }, TIMEOUT);
});

/** One file in each folder of the README's layer table: where a snippet pretends to live, and what another imports. */
const folders = {
  'config/': { from: 'src/config/x.ts', target: 'src/config/paths.ts' },
  'domain/': { from: 'src/domain/x.ts', target: 'src/domain/plural.ts' },
  'lib/': { from: 'src/lib/x.ts', target: 'src/lib/download.ts' },
  'storage/': { from: 'src/storage/x.ts', target: 'src/storage/db.ts' },
  'state/': { from: 'src/state/x.ts', target: 'src/state/app-update-store.ts' },
  'components/': { from: 'src/components/ui/x.ts', target: 'src/components/ui/notice.tsx' },
  'features/': { from: 'src/features/home/x.ts', target: 'src/features/about/about-screen.tsx' },
  'app/': { from: 'src/app/x.ts', target: 'src/app/router.tsx' },
} as const;
type Folder = keyof typeof folders;

/** The README's table, read as data: for each folder, the folders it says may be imported. */
function readmeLayers(): Map<Folder, Set<Folder | 'itself'>> {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const rows = readme.split('\n').filter((line) => /^\| `(config|domain|lib|storage|state|components|features|app)\//.test(line));
  return new Map(rows.map((row) => {
    const [, folderCell = '', mayCell = ''] = row.split('|');
    const folder = (/`([a-z]+\/)/.exec(folderCell)?.[1] ?? '') as Folder;
    const may = mayCell.replace(/\([^)]*\)/g, '');
    const named = [...may.matchAll(/`([a-z]+\/)`/g)].map((match) => match[1] as Folder);
    const all = /\banything\b/.test(may) ? (Object.keys(folders) as Folder[]) : [];
    return [folder, new Set<Folder | 'itself'>([...named, ...all, ...(/\bitself\b/.test(may) ? ['itself' as const] : [])])];
  }));
}

const specifier = (from: string, target: string) => {
  const path = relative(dirname(from), target);
  return path.startsWith('.') ? path : `./${path}`;
};

describe('README and lint say the same thing', () => {
  const table = readmeLayers();

  it('lists every folder of src/ in its layer table', () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(folders).sort());
  });

  const pairs = (Object.keys(folders) as Folder[]).flatMap((folder) =>
    (Object.keys(folders) as Folder[]).map((other) => ({ folder, other })),
  );
  it.each(pairs)('$folder importing $other is refused exactly when the README does not allow it', async ({ folder, other }) => {
    const allowed = table.get(folder) ?? new Set();
    const { from } = folders[folder];
    // For a feature, features/ here means another feature (its own folder is "itself", checked below).
    const isAllowed = allowed.has(other);
    const code = importing(specifier(from, folders[other].target));
    const rules = (await lint({ name: '', file: from, code })).map((message) => message.rule);
    if (isAllowed) expect(rules).toEqual([]);
    else expect(rules).toContain(paths);
  }, TIMEOUT);

  it('lets a feature import itself, as the README says', async () => {
    expect(table.get('features/')?.has('itself')).toBe(true);
    expect(await lint({ name: '', file: 'src/features/home/x.ts', code: importing('./home-ids.ts') })).toEqual([]);
  }, TIMEOUT);
});
