// Runs a command while busy worker processes keep the CPU loaded, as on a shared 2-core CI machine, then stops them:
//   node scripts/with-load.mjs -- npm test          (one busy process per core, at most 2)
//   LOAD_WORKERS=4 node scripts/with-load.mjs -- npx playwright test tests/e2e/panel.spec.ts
// The load is plain arithmetic in a loop: no disk, no network. It stops with the command, or on Ctrl-C.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const separator = process.argv.indexOf('--');
const command = separator === -1 ? [] : process.argv.slice(separator + 1);
if (command.length === 0) {
  console.error('Usage: node scripts/with-load.mjs -- <command> [args…]');
  process.exit(2);
}

const count = Number(process.env.LOAD_WORKERS ?? Math.min(2, availableParallelism()));
const spin = 'for (let x = 0; ; x = (x + Math.sqrt(x + 1)) % 1e9);';
const workers = Array.from({ length: count }, () => spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }));
console.log(`with-load: ${count} busy processes (${workers.map((w) => w.pid).join(', ')}) running beside: ${command.join(' ')}`);

const stopLoad = () => {
  for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
};
process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopLoad();
    process.exit(130);
  });
}

const started = Date.now();
const child = spawn(command[0], command.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' });
child.on('close', (code, signal) => {
  stopLoad();
  console.log(`with-load: "${command.join(' ')}" took ${((Date.now() - started) / 1000).toFixed(0)} s under load and exited ${code ?? signal}`);
  process.exit(code ?? 1);
});
