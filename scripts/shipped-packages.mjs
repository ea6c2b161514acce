// Which npm packages end up in the browser build, read from the output chunks of a Vite build: the one answer
// shared by `npm run deps` (licence check and sizes) and the build's THIRD-PARTY-NOTICES.txt (the notices that
// must travel with the code). Plain Node (no TypeScript) so both a script and the Vite config can import it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { declaredLicence } from './licences.mjs';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/**
 * The service worker's runtime is bundled by workbox-build into workbox-*.js, outside Vite's module graph:
 * precaching, its strategy, and the navigation route that serves the app offline; sw.js itself is
 * workbox-build's template.
 */
export const WORKER_PACKAGES = ['workbox-build', 'workbox-core', 'workbox-precaching', 'workbox-routing', 'workbox-strategies'];

/** Code the build tools add to the output (module preload helper, chunk runtime, service worker registration). */
const TOOL_MODULES = [
  [/^\0vite\//, 'vite'],
  [/^\0rolldown\//, 'rolldown'],
  [/^\/@vite-plugin-pwa\//, 'vite-plugin-pwa'],
];

/** The folder of an installed package, as Node would find it from `from` (a folder). */
export function packageRoot(name, from) {
  return dirname(createRequire(join(from, 'noop.js')).resolve(`${name}/package.json`));
}

/**
 * `/x/node_modules/@scope/name/dist/a.js` → { name: '@scope/name', root: '/x/node_modules/@scope/name' };
 * a build tool's own virtual module → that tool's package; the app's own code → undefined.
 */
export function packageOf(moduleId, projectRoot = process.cwd()) {
  for (const [pattern, name] of TOOL_MODULES) {
    if (pattern.test(moduleId)) {
      const from = name === 'rolldown' ? packageRoot('vite', projectRoot) : projectRoot;
      return { name, root: packageRoot(name, from), isTool: true };
    }
  }
  const path = moduleId.replace(/^\0/, '').split('?')[0];
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const parts = path.slice(at + '/node_modules/'.length).split('/');
  const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return name ? { name, root: `${path.slice(0, at)}/node_modules/${name}`, isTool: false } : undefined;
}

/**
 * Every package with code in the output chunks (Rollup/Rolldown `OutputChunk`s), plus the service worker's
 * runtime: { name, root, code: module sources, isFirstScreen, isWorker, isTool }. Keyed by folder, so two versions of one
 * package are two entries.
 */
export function shippedPackages(chunks, projectRoot = process.cwd()) {
  const entry = chunks.find((chunk) => chunk.isEntry);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const firstScreen = new Set();
  const visit = (file) => {
    if (firstScreen.has(file) || !byFile.has(file)) return;
    firstScreen.add(file);
    for (const imported of byFile.get(file).imports) visit(imported);
  };
  if (entry) visit(entry.fileName);

  const packages = new Map();
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const found = packageOf(id, projectRoot);
      if (!found || !module.code) continue;
      const entryFor = packages.get(found.root) ?? { ...found, code: [], isFirstScreen: false, isWorker: false };
      entryFor.code.push(module.code);
      entryFor.isFirstScreen ||= firstScreen.has(chunk.fileName);
      packages.set(found.root, entryFor);
    }
  }
  const workbox = packageRoot('vite-plugin-pwa', projectRoot);
  for (const name of WORKER_PACKAGES) {
    const root = name === 'workbox-build' ? packageRoot(name, workbox) : packageRoot(name, packageRoot('workbox-build', workbox));
    if (!packages.has(root)) packages.set(root, { name, root, code: [], isFirstScreen: false, isWorker: true, isTool: true });
  }
  return [...packages.values()];
}

/**
 * Vite's LICENSE.md goes on to list the licences of the Node.js dependencies bundled into Vite itself (2,000
 * lines); none of that code reaches the browser, only Vite's own helpers do, so the notice stops there.
 */
const TOOL_BUNDLED_SECTION = /\n#+ Licenses of bundled dependencies\b[\s\S]*$/;

/** The licence and notice files a package is distributed with (LICENSE, LICENCE.md, NOTICE, COPYING…). */
export function licenceFiles(root) {
  return readdirSync(root)
    .filter((file) => /^(licen[cs]e|notice|copying)([.-]|$)/i.test(file) && statSync(join(root, file)).isFile())
    .sort()
    .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8').replace(TOOL_BUNDLED_SECTION, '').trim() }));
}

/** What a package's package.json says about itself. */
export function packageFacts(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  return { version: manifest.version ?? '?', licence: declaredLicence(manifest), source: manifest.homepage ?? repository };
}

const RULE = '='.repeat(80);

/** The heading line each package's section starts with; `listedInNotices` reads it back. */
const heading = (name, version) => `${name}@${version}`;

/** THIRD-PARTY-NOTICES.txt: each shipped package's name, version, licence and the text of its licence files. */
export function noticesText(packages, appName) {
  const sections = packages
    .map(({ name, root }) => ({ name, ...packageFacts(root), files: licenceFiles(root) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
    .map(({ name, version, licence, source, files }) =>
      [
        RULE,
        heading(name, version),
        `Licence: ${licence ?? 'not declared'}`,
        ...(source ? [`Source: ${source}`] : []),
        '',
        ...(files.length ? files.flatMap(({ file, text }) => [`--- ${file} ---`, text, '']) : ['(The package is published without a licence file.)', '']),
      ].join('\n'),
    );
  return [
    'Third-party software notices',
    '',
    `${appName} is built with the open-source packages below; their code is part of what your browser`,
    'downloads (the app and its offline service worker). Each is listed with its version, its licence and the',
    'licence and notice files it is published with.',
    '',
    ...sections,
  ].join('\n');
}

/** Every `name@version` the notices list, each with whether its section holds licence text. */
export function listedInNotices(text) {
  const listed = new Map();
  for (const section of text.split(`${RULE}\n`).slice(1)) {
    const [first, second] = section.split('\n');
    if (first && second?.startsWith('Licence: ')) listed.set(first, section.includes('\n--- '));
  }
  return listed;
}

export { heading as noticeHeading };
