// Puts several screenshots side by side in one PNG, to look at a whole set at once.
// Run: npx node --experimental-strip-types test/tools/contact-sheet.ts out.png a.png b.png ...
// (WIDTH=380 sets the width each screenshot is shown at.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) {
  console.error('usage: contact-sheet.ts out.png in1.png [in2.png ...]');
  process.exit(2);
}
const width = Number(process.env.WIDTH ?? 380);
const figures = files
  .map(
    (file) =>
      `<figure><img src="data:image/png;base64,${readFileSync(file).toString('base64')}"><figcaption>${path.basename(file)}</figcaption></figure>`,
  )
  .join('');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: Math.min(4 * (width + 8), 2400), height: 600 } });
  await page.setContent(
    `<style>body{margin:0;display:flex;flex-wrap:wrap;gap:8px;padding:8px;background:#777;font:12px sans-serif;color:#fff}figure{margin:0}img{display:block;inline-size:${width}px;border:1px solid #000}</style>${figures}`,
  );
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
