// Draws the app's PNG icons from public/favicon.svg in Debian's Chromium. Run once after changing the SVG:
// `node scripts/make-icons.mjs`. The PNGs are committed; the build does not need a browser.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();

/** `inset` shrinks the glyph so a maskable icon keeps it inside the safe zone of any mask shape. */
async function draw(size, file, inset = 0) {
  await page.setViewportSize({ width: size, height: size });
  const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const glyph = size * (1 - 2 * inset);
  await page.setContent(
    `<body style="margin:0;background:${inset ? '#1d4e89' : 'transparent'}"><img src="${image}" style="position:absolute;left:${size * inset}px;top:${size * inset}px;width:${glyph}px;height:${glyph}px"></body>`,
  );
  await page.screenshot({ path: `public/${file}`, omitBackground: !inset });
}

await draw(192, 'icon-192.png');
await draw(512, 'icon-512.png');
await draw(512, 'icon-maskable-512.png', 0.1);
await draw(180, 'apple-touch-icon.png', 0.06);
await browser.close();
