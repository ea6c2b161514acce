// Finds what the browser tests need — Chromium, and poppler's pdftotext/pdftoppm to read printed PDFs —
// and installs Debian's packages when something is missing and we are root; otherwise says what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.env.CHROMIUM_PATH && !existsSync(chromium)) {
  console.error(`CHROMIUM_PATH is set to ${chromium}, but there is no file there. Point it at a Chromium or Chrome binary.`);
  process.exit(1);
}
const onPath = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

const missing = [
  ...(existsSync(chromium) ? [] : ['chromium']),
  ...(onPath('pdftotext') && onPath('pdftoppm') ? [] : ['poppler-utils']),
];
if (missing.length === 0) {
  console.log(`Browser tests use ${chromium}; PDFs are read with pdftotext.`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `The browser tests need: ${missing.join(', ')}.\n` +
      `Install with:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      '(or set CHROMIUM_PATH to an existing Chromium or Chrome binary).',
  );
  process.exit(1);
}
console.log(`Installing Debian packages for the browser tests: ${missing.join(' ')}…`);
try {
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
} catch {
  console.error(`Installing ${missing.join(' ')} with apt-get failed. Install by hand, or set CHROMIUM_PATH.`);
  process.exit(1);
}
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing. Set CHROMIUM_PATH to your Chromium binary.`);
  process.exit(1);
}
console.log('Installed.');
