import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// ── Layers ────────────────────────────────────────────────────────────────────────────────────────
// config → domain → lib → storage → state → components → features → app. Each folder in src/ may import
// only the folders listed for it (README, "Where things live"); each feature folder only itself.
const layers = {
  config: { may: ['config'], why: 'config/ is constants and the route table: it imports nothing.' },
  domain: { may: ['domain', 'config'], why: 'domain/ is pure TypeScript: it imports only domain/ and config/.' },
  lib: { may: ['lib', 'domain', 'config'], why: 'lib/ is browser helpers over domain/: it imports only domain/ and config/.' },
  storage: { may: ['storage', 'lib', 'domain', 'config'], why: 'storage/ sits below state and UI.' },
  state: { may: ['state', 'storage', 'lib', 'domain', 'config'], why: 'state/ sits below the UI: it never imports components/, features/ or app/.' },
  components: { may: ['components', 'state', 'lib', 'domain', 'config'], why: 'components/ are shared by features: they never import features/, app/ or storage/.' },
};
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureMay = ['components', 'state', 'lib', 'domain', 'config'];

// Packages: who may import what. Resolved paths, so dynamic import() is held to the same rules.
const pkg = (name) => `./node_modules/${name}`;
const below = (name, folders, why) => ({ target: folders.map((folder) => `./src/${folder}`), from: pkg(name), message: why });

const zones = [
  ...Object.entries(layers).map(([folder, { may, why }]) => ({
    target: `./src/${folder}`,
    from: './src',
    except: may.map((allowed) => `./${allowed}`),
    message: why,
  })),
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src',
    except: [`./features/${feature}`, ...featureMay.map((allowed) => `./${allowed}`)],
    message: 'A feature imports only itself, components/, state/, lib/, domain/ and config/; never another feature, storage/ or app/.',
  })),
  { target: './src/config', from: './node_modules', message: 'config/ imports no package.' },
  { target: './src/domain', from: './node_modules', except: ['./zod'], message: 'domain/ is pure TypeScript: zod is its only package.' },
  ...['react', 'react-dom', 'react-router', 'zustand'].map((name) => below(name, ['lib', 'storage'], `lib/ and storage/ know nothing of the UI (${name}).`)),
  below('react-dom', ['state'], 'state/ knows nothing of rendering (react-dom).'),
  below('react-router', ['state'], 'state/ knows nothing of routing (react-router).'),
  below('idb', ['lib', 'state', 'components', 'features', 'app'], 'Only src/storage/ imports idb.'),
];

// domain/ runs anywhere (tests, a worker, the build): no DOM, storage, network or host globals.
const hostOnly = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.es2025) && !(name in globals['shared-node-browser'])),
  ...['fetch', 'Request', 'Response', 'Headers', 'WebSocket', 'BroadcastChannel', 'navigator', 'crypto', 'localStorage', 'sessionStorage'],
  ...['Blob', 'File', 'performance', 'globalThis', 'process', 'Buffer'],
];
const domainGlobals = {
  ...globals.es2025,
  ...Object.fromEntries(Object.entries(globals['shared-node-browser']).filter(([name]) => !hostOnly.includes(name))),
};

// Imported files are untrusted: text is always rendered as text, never parsed as HTML.
const textNotHtml = [
  { selector: "JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcDoc)$/]", message: 'Render text, never HTML.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text, never HTML.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/]", message: 'Render text, never HTML.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Render text, never HTML.' },
];

export default tseslint.config(
  // tests/lint/fixtures/ holds files that break the rules on purpose; tests/lint/layers.test.ts lints them.
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', 'tests/lint/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Imports name their file with its extension (./x.ts); dynamic import() is checked like a static one.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // Without these the cycle rule never reads a TypeScript file, so never sees a cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'src/ runs in the browser: no Node built-ins.' }] }],
      'no-restricted-syntax': ['error', ...textNotHtml],
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    languageOptions: { globals: domainGlobals },
    rules: {
      'no-restricted-globals': ['error', ...hostOnly.map((name) => ({ name, message: 'domain/ is pure TypeScript: pass what it needs in as arguments.' }))],
    },
  },
  {
    files: ['eslint.config.js', 'scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
