// Lists every npm package whose code ships to the browser, with version, licence and approximate gzip size,
// and fails on a missing, unrecognised or copyleft licence. Builds in memory with the project's own Vite config
// and reads which node_modules files ended up in the output chunks. Never asks the registry (no `npm audit`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, minifySync } from 'vite';
import { classifyLicence } from './licences.mjs';
import { listedInNotices, noticeHeading, NOTICES_FILE, packageFacts, shippedPackages } from './shipped-packages.mjs';

/** Every output chunk of a production build, and the notices file it writes, kept in memory. */
async function buildChunks() {
  const chunks = [];
  let notices;
  const outDir = mkdtempSync(join(tmpdir(), 'deps-build-'));
  try {
    // The service worker is generated from written files, so here it finds none to precache (Workbox warns);
    // its runtime comes from WORKER_PACKAGES. The registration code (workbox-window) is in the module graph as usual.
    await build({
      logLevel: 'warn',
      build: { write: false, outDir, emptyOutDir: true },
      plugins: [
        {
          name: 'collect-shipped-modules',
          enforce: 'post',
          generateBundle(_, bundle) {
            for (const output of Object.values(bundle)) {
              if (output.type === 'chunk') chunks.push(output);
              else if (output.fileName === NOTICES_FILE) notices = String(output.source);
            }
          },
        },
      ],
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return { chunks, notices };
}

const { chunks, notices } = await buildChunks();
const direct = new Set(Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {}));
const rows = shippedPackages(chunks).map(({ name, root, code, isFirstScreen, isWorker, isTool }) => {
  const { version, licence } = packageFacts(root);
  // The modules minified and gzipped together: near what the package adds to the download.
  const source = code.join('\n');
  const minified = minifySync(`${name}.js`, source, { compress: true, mangle: true });
  const kb = isWorker ? 0 : gzipSync(minified.errors.length ? source : minified.code, { level: 9 }).length / 1024;
  return { name, version, licence, verdict: classifyLicence(licence), kb, isFirstScreen, isWorker, isTool, isDirect: direct.has(name) };
});
rows.sort((a, b) => Number(a.isWorker) - Number(b.isWorker) || b.kb - a.kb);

const loaded = (r) => (r.isWorker ? 'service worker' : r.isFirstScreen ? 'first screen' : 'lazy');
const why = (r) => (r.isDirect ? 'dependency' : r.isWorker ? 'via vite-plugin-pwa' : r.isTool ? 'build tool runtime' : 'transitive');
const table = rows.map((r) => [r.name, r.version, r.licence ?? '(none)', r.isWorker ? '—' : `${r.kb.toFixed(1)} KB`, loaded(r), why(r)]);
const header = ['package', 'version', 'licence', 'gzip ≈', 'loaded', 'why'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
console.log(`Packages shipped to the browser (${rows.length}):\n`);
console.log(line(header));
for (const row of table) console.log(line(row));
console.log(`\nTotal ≈ ${rows.reduce((sum, r) => sum + r.kb, 0).toFixed(1)} KB gzip (each package gzipped on its own, so a little over the real download).`);

const unshipped = [...direct].filter((name) => !rows.some((r) => r.name === name));
if (unshipped.length) console.log(`In "dependencies" but not in the browser build: ${unshipped.join(', ')}.`);

// dist/THIRD-PARTY-NOTICES.txt must name every shipped package, each with the text of its licence.
const listed = notices === undefined ? new Map() : listedInNotices(notices);
const unlisted = rows.filter((r) => !listed.has(noticeHeading(r.name, r.version)));
const textless = rows.filter((r) => listed.get(noticeHeading(r.name, r.version)) === false);
if (notices === undefined) console.error(`\nThe build wrote no ${NOTICES_FILE} (scripts/build/third-party-notices.ts in vite.config.ts).`);
else if (unlisted.length) console.error(`\n${NOTICES_FILE} leaves out: ${unlisted.map((r) => `${r.name}@${r.version}`).join(', ')}.`);
if (textless.length) console.error(`\n${NOTICES_FILE} has no licence text for: ${textless.map((r) => `${r.name}@${r.version}`).join(', ')} (no LICENSE file in the package: add its notice by hand).`);
const hasNoticeProblem = notices === undefined || unlisted.length > 0 || textless.length > 0;
if (!hasNoticeProblem) console.log(`${NOTICES_FILE} lists all ${rows.length} with their licence text.`);

const refused = rows.filter((r) => r.verdict !== 'permissive');
if (refused.length) {
  console.error('\nLicences that need a person to look at them before these can ship:');
  const reason = { missing: 'declares no licence', copyleft: 'copyleft licence', unknown: 'licence not on the allowed list in scripts/licences.mjs' };
  for (const r of refused) console.error(`  ${r.name}@${r.version}: ${reason[r.verdict]} (${r.licence ?? 'none'})`);
} else console.log('Every shipped package has a permissive licence.');
if (refused.length || hasNoticeProblem) process.exit(1);
