// Lists every npm package whose code ships to the browser, with version, licence and approximate gzip size,
// and fails on a missing, unrecognised or copyleft licence. Builds in memory with the project's own Vite config
// and reads which node_modules files ended up in the output chunks. Never asks the registry (no `npm audit`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, minifySync } from 'vite';
import { classifyLicence, declaredLicence } from './licences.mjs';

/** `/x/node_modules/@scope/name/dist/a.js` → { name: '@scope/name', root: '/x/node_modules/@scope/name' }. */
function packageOf(moduleId) {
  const path = moduleId.replace(/^\0/, '').split('?')[0];
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const parts = path.slice(at + '/node_modules/'.length).split('/');
  const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return name ? { name, root: `${path.slice(0, at)}/node_modules/${name}` } : undefined;
}

/** Every output chunk of a production build, kept in memory. */
async function buildChunks() {
  const chunks = [];
  const outDir = mkdtempSync(join(tmpdir(), 'deps-build-'));
  try {
    // The service worker is generated from written files, so here it finds none to precache (Workbox warns);
    // its runtime is listed below. The registration code (workbox-window) is in the module graph as usual.
    await build({
      logLevel: 'warn',
      build: { write: false, outDir, emptyOutDir: true },
      plugins: [
        {
          name: 'collect-shipped-modules',
          enforce: 'post',
          generateBundle(_, bundle) {
            for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.push(output);
          },
        },
      ],
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return chunks;
}

const chunks = await buildChunks();
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
    const found = packageOf(id);
    if (!found || !module.code) continue;
    const entryFor = packages.get(found.root) ?? { ...found, code: [], isFirstScreen: false };
    entryFor.code.push(module.code);
    entryFor.isFirstScreen ||= firstScreen.has(chunk.fileName);
    packages.set(found.root, entryFor);
  }
}

const direct = new Set(Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {}));
const rows = [...packages.values()].map(({ name, root, code, isFirstScreen }) => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const licence = declaredLicence(manifest);
  // The modules minified and gzipped together: near what the package adds to the download.
  const source = code.join('\n');
  const minified = minifySync(`${name}.js`, source, { compress: true, mangle: true });
  const kb = gzipSync(minified.errors.length ? source : minified.code, { level: 9 }).length / 1024;
  return { name, version: manifest.version ?? '?', licence, verdict: classifyLicence(licence), kb, isFirstScreen, isDirect: direct.has(name) };
});
rows.sort((a, b) => b.kb - a.kb);

// The service worker's runtime is bundled by workbox-build into workbox-*.js, outside Vite's module graph:
// precaching, its strategy, and the navigation route that serves the app offline.
for (const name of ['workbox-core', 'workbox-precaching', 'workbox-routing', 'workbox-strategies']) {
  const manifest = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
  const licence = declaredLicence(manifest);
  rows.push({ name, version: manifest.version ?? '?', licence, verdict: classifyLicence(licence), kb: 0, isWorker: true, isDirect: false });
}

const loaded = (r) => (r.isWorker ? 'service worker' : r.isFirstScreen ? 'first screen' : 'lazy');
const table = rows.map((r) => [r.name, r.version, r.licence ?? '(none)', r.isWorker ? '—' : `${r.kb.toFixed(1)} KB`, loaded(r), r.isDirect ? 'dependency' : r.isWorker ? 'via vite-plugin-pwa' : 'transitive']);
const header = ['package', 'version', 'licence', 'gzip ≈', 'loaded', 'why'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
console.log(`Packages shipped to the browser (${rows.length}):\n`);
console.log(line(header));
for (const row of table) console.log(line(row));
console.log(`\nTotal ≈ ${rows.reduce((sum, r) => sum + r.kb, 0).toFixed(1)} KB gzip (each package gzipped on its own, so a little over the real download).`);

const unshipped = [...direct].filter((name) => !rows.some((r) => r.name === name));
if (unshipped.length) console.log(`In "dependencies" but not in the browser build: ${unshipped.join(', ')}.`);

const refused = rows.filter((r) => r.verdict !== 'permissive');
if (refused.length) {
  console.error('\nLicences that need a person to look at them before these can ship:');
  const reason = { missing: 'declares no licence', copyleft: 'copyleft licence', unknown: 'licence not on the allowed list in scripts/licences.mjs' };
  for (const r of refused) console.error(`  ${r.name}@${r.version}: ${reason[r.verdict]} (${r.licence ?? 'none'})`);
  process.exit(1);
}
console.log('Every shipped package has a permissive licence.');
