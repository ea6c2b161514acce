// Prints the gzip size of every JavaScript file in dist/ and checks two budgets: the JavaScript the first screen
// loads, and all JavaScript the app ships (every .js file in dist/, the service worker and its runtime included).
// Reads Vite's build manifest to tell the first screen's chunks from the rest: run after `vite build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const FIRST_SCREEN_BUDGET_KB = Number(process.env.SIZE_BUDGET_KB ?? 100);
// 340 KB of code, plus about 4 KB for the report's executive summary, the per-indicator comparison and the review
// flows, and about 3 KB for checking every file's meaning against the edition and the app's limits (all lazily
// loaded), plus 50 KB of framework content: two editions with four anchored level descriptors on every indicator
// (2009 about 25 KB, 2019 about 18 KB gzip), the crosswalks and the larger catalogue. None of it is in the first screen,
// and a screen parses only the edition it needs (the service worker precaches both for offline use).
// Then 410, not 398: the hiring panel made fair by construction (issue 15) — roles per device, PINs on a shared
// device, per-candidate submission, consensus and recommendation, round setup, calibration and the decision packet with its
// archive — adds about 12 KB, all loaded only on the panel's screens.
const TOTAL_BUDGET_KB = Number(process.env.SIZE_TOTAL_BUDGET_KB ?? 410);
const dist = 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

// The first screen loads the entry and everything it imports statically.
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const dep of chunk.imports ?? []) visit(dep);
};
visit(entryKey);

/** Every .js file under dist/, as paths relative to it (the manifest leaves out the service worker's files). */
function jsFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : jsFiles(path);
    return entry.name.endsWith('.js') ? [relative(dist, path)] : [];
  });
}

const inManifest = new Set(Object.values(manifest).map((chunk) => chunk.file));
const kind = (file) => (initial.has(file) ? 'first screen' : inManifest.has(file) ? 'lazy' : 'service worker');
const rows = jsFiles(dist)
  .map((file) => ({ file, kb: gzipKb(file), kind: kind(file) }))
  .sort((a, b) => b.kb - a.kb);
const sum = (list) => list.reduce((total, row) => total + row.kb, 0);
const initialKb = sum(rows.filter((row) => row.kind === 'first screen'));
const totalKb = sum(rows);

console.log('JavaScript files in dist/ (gzip):');
for (const row of rows) console.log(`  ${row.kind.padEnd(14)}  ${row.kb.toFixed(1).padStart(7)} KB  ${row.file}`);
console.log('');
const checks = [
  ['First screen JavaScript', initialKb, FIRST_SCREEN_BUDGET_KB],
  [`All JavaScript (${rows.length} files)`, totalKb, TOTAL_BUDGET_KB],
];
let isOver = false;
for (const [label, kb, budget] of checks) {
  const over = kb - budget;
  console.log(`${label}: ${kb.toFixed(1)} KB gzip (budget ${budget} KB)${over > 0 ? `: over by ${over.toFixed(1)} KB` : ''}`);
  isOver ||= over > 0;
}
if (isOver) {
  console.error('Over budget: see which files grew above.');
  process.exit(1);
}
