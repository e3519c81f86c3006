// Deadlines benchmark in real Chromium (issue 4): with 1,000 cases and 2,000 checklists on
// the device, how long the Deadlines screen's query takes (it also feeds the nav badge on
// every change), and the case page's checklist section, at 1x and 4x CPU throttling.
// Run alone: `npx node --experimental-strip-types test/bench/deadlines.bench.ts`.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../e2e/support.ts';
import { buildBenchPage, callIn, ms, serveDir, stats } from './bench-support.ts';
import type { DeadlinesBenchApi } from './pages/deadlines-bench.ts';

const TODAY = '2026-11-21';
const CASES = 1_000;
const CHECKLISTS_PER_CASE = 2;
const ROUNDS = 15;

export async function run(): Promise<void> {
  const dir = await buildBenchPage('deadlines-bench');
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/deadlines-bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const cdp = await page.context().newCDPSession(page);
    const call = callIn<DeadlinesBenchApi>(page, 'deadlinesBench');
    console.log(`\nDeadlines benchmark: Chromium ${browser.version()}, headless`);
    const seed = await call('generate', 'deadlines', CASES, CHECKLISTS_PER_CASE, TODAY);
    console.log(`generated ${CASES} cases, ${CASES * CHECKLISTS_PER_CASE} checklists, some viewings: ${seed.records} records in ${ms(seed.ms)}`);
    for (const rate of [1, 4]) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const cold = stats(await call('overviewCold', 'deadlines', TODAY, 5));
      const found = await call('overview', 'deadlines', TODAY, ROUNDS);
      const warm = stats(found.samples);
      const tick = stats(await call('overviewAfterTick', 'deadlines', TODAY, ROUNDS));
      const section = stats(await call('caseSection', 'deadlines', ROUNDS * 4));
      const reads = stats(await call('readsOnly', 'deadlines', ROUNDS));
      console.log(
        `${rate}x CPU, Deadlines overview (${found.overdue} overdue, ${found.upcoming} upcoming): first run on a fresh store p50 ${ms(cold.p50)}, p95 ${ms(cold.p95)}` +
          ` | again, nothing changed p50 ${ms(warm.p50)}, p95 ${ms(warm.p95)} | after one tick p50 ${ms(tick.p50)}, p95 ${ms(tick.p95)}` +
          ` | its IndexedDB reads alone p50 ${ms(reads.p50)}, p95 ${ms(reads.p95)}` +
          ` | one case's checklists (case page) p50 ${ms(section.p50)}, p95 ${ms(section.p95)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
