// Renders the app icons (public/icons/*.png, public/favicon.svg) from one SVG drawing,
// using the installed Chromium, so no image tool or download is needed.
// Run: npx node --experimental-strip-types test/tools/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
const background = '#0f5c57';

/**
 * A notebook with a bookmark ribbon. `scale` shrinks the drawing inside the square:
 * maskable icons keep everything inside the central 80% circle (the "safe zone").
 */
function iconSvg({ size, scale, rounded }: { size: number; scale: number; rounded: boolean }): string {
  const radius = rounded ? 96 : 0;
  const offset = (512 - 512 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${radius}" fill="${background}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <rect x="136" y="88" width="256" height="336" rx="28" fill="#ffffff"/>
    <rect x="112" y="88" width="56" height="336" rx="20" fill="#d7ebe6"/>
    <path d="M200 168h144M200 224h144M200 280h104" stroke="${background}" stroke-width="24" stroke-linecap="round"/>
    <path d="M320 88v104l28-22 28 22V88z" fill="#f2b233"/>
  </g>
</svg>`;
}

const outputs: Array<{ file: string; size: number; scale: number; rounded: boolean }> = [
  { file: 'public/icons/icon-192.png', size: 192, scale: 1, rounded: false },
  { file: 'public/icons/icon-512.png', size: 512, scale: 1, rounded: false },
  // Safe zone: a circle of 40% radius; the drawing spans about 65% of the square.
  { file: 'public/icons/maskable-512.png', size: 512, scale: 0.72, rounded: false },
  { file: 'public/icons/apple-touch-icon.png', size: 180, scale: 0.9, rounded: false },
];

mkdirSync(path.join(root, 'public/icons'), { recursive: true });
writeFileSync(path.join(root, 'public/favicon.svg'), iconSvg({ size: 512, scale: 1, rounded: true }));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const output of outputs) {
    const page = await browser.newPage({ viewport: { width: output.size, height: output.size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${iconSvg(output)}`);
    await page.locator('svg').screenshot({ path: path.join(root, output.file), omitBackground: true });
    await page.close();
    console.log(`wrote ${output.file}`);
  }
} finally {
  await browser.close();
}
