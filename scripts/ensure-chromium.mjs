// Finds the Chromium the browser tests drive; installs Debian's package when it is missing and we are root.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(path)) {
  console.log(`Chromium for browser tests: ${path}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${path}, but there is no file there. Point it at a Chromium or Chrome binary.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    'The browser tests need Chromium, and /usr/bin/chromium is missing.\n' +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log('Chromium is missing: installing Debian\'s chromium package (apt-get)…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} catch {
  console.error('Installing chromium with apt-get failed. Install it by hand (apt-get install -y chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing. Set CHROMIUM_PATH to your Chromium binary.`);
  process.exit(1);
}
console.log(`Chromium installed: ${path}`);
