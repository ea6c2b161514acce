// Prints the gzip size of the JavaScript the first screen loads, lists every other chunk,
// and fails when the first screen is over budget. Reads Vite's build manifest: run after `vite build`.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = Number(process.env.SIZE_BUDGET_KB ?? 110);
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

const allJs = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((f) => f.endsWith('.js'));
const rows = allJs.map((file) => ({ file, kb: gzipKb(file), isInitial: initial.has(file) })).sort((a, b) => b.kb - a.kb);
const initialKb = rows.filter((r) => r.isInitial).reduce((sum, r) => sum + r.kb, 0);

console.log('JavaScript chunks (gzip):');
for (const row of rows) console.log(`  ${row.isInitial ? 'first screen' : 'lazy        '}  ${row.kb.toFixed(1).padStart(7)} KB  ${row.file}`);
console.log(`\nFirst screen JavaScript: ${initialKb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (initialKb > BUDGET_KB) {
  console.error(`Over budget by ${(initialKb - BUDGET_KB).toFixed(1)} KB.`);
  process.exit(1);
}
