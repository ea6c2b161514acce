// `npm test`: runs every stage in CI order and keeps going past a failure, so one run reports every problem.
// Each stage's own output (Vitest's and Playwright's summaries included) is shown as it runs; a table of
// results and times closes the run, and the exit code is non-zero when any stage failed.
import { spawn } from 'node:child_process';

/** Stages in CI order. `needs` names a stage whose failure makes this one meaningless. */
const stages = [
  { name: 'typecheck', command: 'npm run --silent typecheck' },
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'unit and component', command: 'npm run --silent test:unit' },
  { name: 'deps', command: 'npm run --silent deps' },
  { name: 'build', command: 'npm run --silent build' },
  { name: 'size', command: 'node scripts/size.mjs', needs: 'build' },
  { name: 'browser', command: 'npx playwright test', needs: 'build' },
];

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: 'inherit' });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const results = [];
const started = Date.now();
for (const stage of stages) {
  const blocker = stage.needs && results.find((r) => r.name === stage.needs && r.result !== 'passed');
  if (blocker) {
    results.push({ name: stage.name, result: `skipped: ${stage.needs} failed`, ms: 0 });
    console.log(`\n── ${stage.name}: skipped, because the ${stage.needs} stage failed ──`);
    continue;
  }
  console.log(`\n── ${stage.name}: ${stage.command} ──`);
  const at = Date.now();
  const code = await run(stage.command);
  results.push({ name: stage.name, result: code === 0 ? 'passed' : `FAILED (exit ${code})`, ms: Date.now() - at });
}

const width = Math.max(...results.map((r) => r.name.length));
console.log('\nStage results');
for (const r of results) console.log(`  ${r.name.padEnd(width)}  ${r.result.padEnd(26)}  ${r.result === 'passed' || r.result.startsWith('FAILED') ? seconds(r.ms) : ''}`);
console.log(`  ${'total'.padEnd(width)}  ${''.padEnd(26)}  ${seconds(Date.now() - started)}`);
const failed = results.filter((r) => r.result !== 'passed');
if (failed.length > 0) {
  console.error(`\nnpm test failed: ${failed.map((r) => `${r.name} ${r.result.startsWith('FAILED') ? 'failed' : 'skipped'}`).join(', ')}.`);
  process.exit(1);
}
