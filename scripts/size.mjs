// Prints the gzip size of every JavaScript file in dist/ and checks three budgets: the JavaScript the first screen
// loads, all JavaScript the app ships (every .js file in dist/, the service worker and its runtime included), and the
// framework content, which ships as JSON data files beside the code (src/state/content-loader.ts).
// Reads Vite's build manifest to tell the first screen's chunks from the rest: run after `vite build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const FIRST_SCREEN_BUDGET_KB = Number(process.env.SIZE_BUDGET_KB ?? 100);
// 340 KB of code, plus about 12 KB for colleagues' feedback and the CETL companion, which came after that budget was
// set: three lazily loaded screens (the leader's feedback, a colleague's answers, the CETL log), their records and file
// checks, and the report's optional "self against others" section; and about 12 KB for the hiring panel made fair by
// construction: roles per device, PINs on a shared device, per-candidate submission, consensus and recommendation,
// round setup and the decision packet; and about 4 KB for the reviewer's side (importance proposals, plan-action
// comments, sign-off, sending the reviewed copy back); and about 4 KB for finishing those and the storage faults
// (feedback shown on home and summary and counted on Your data, the promise carried in the request file, the Import
// screen handing panel files on, damaged records deleted by their real key, the copy kept when a tab closes); and about
// 2 KB for the last storage faults (damaged scorecards and feedback shown and deleted, a scorecard's edits kept at
// close, a full disk on a round file, the reviewer's comments left out past the limit named). None of it is on the
// first screen.
const TOTAL_BUDGET_KB = Number(process.env.SIZE_TOTAL_BUDGET_KB ?? 374);
// Two editions with four anchored level descriptors and evidence examples on every indicator (2009 about 27 KB,
// 2019 about 22 KB gzip), the crosswalks, the development catalogue and the interview questions. None of it is on
// the first screen; a screen fetches only what it needs, and the service worker precaches it all for offline use.
const CONTENT_BUDGET_KB = Number(process.env.SIZE_CONTENT_BUDGET_KB ?? 80);
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

/** Every file under dist/ with this ending, as paths relative to it (the manifest leaves out the service worker's). */
function filesEndingIn(ending, folder = dist) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : filesEndingIn(ending, path);
    return entry.name.endsWith(ending) ? [relative(dist, path)] : [];
  });
}

const inManifest = new Set(Object.values(manifest).map((chunk) => chunk.file));
const kind = (file) => (initial.has(file) ? 'first screen' : inManifest.has(file) ? 'lazy' : 'service worker');
const rows = filesEndingIn('.js')
  .map((file) => ({ file, kb: gzipKb(file), kind: kind(file) }))
  .sort((a, b) => b.kb - a.kb);
const sum = (list) => list.reduce((total, row) => total + row.kb, 0);
const initialKb = sum(rows.filter((row) => row.kind === 'first screen'));
const totalKb = sum(rows);
const content = filesEndingIn('.json').map((file) => ({ file, kb: gzipKb(file) }));

console.log('JavaScript files in dist/ (gzip):');
for (const row of rows) console.log(`  ${row.kind.padEnd(14)}  ${row.kb.toFixed(1).padStart(7)} KB  ${row.file}`);
console.log('Framework content in dist/ (gzip):');
for (const row of content) console.log(`  ${row.kb.toFixed(1).padStart(7)} KB  ${row.file}`);
console.log('');
const checks = [
  ['First screen JavaScript', initialKb, FIRST_SCREEN_BUDGET_KB],
  [`All JavaScript (${rows.length} files)`, totalKb, TOTAL_BUDGET_KB],
  [`Framework content (${content.length} JSON files)`, sum(content), CONTENT_BUDGET_KB],
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
