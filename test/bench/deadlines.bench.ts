// Deadlines benchmark in real Chromium (issue 4): with 1,000 cases and 2,000 checklists on
// the device, how long the Deadlines screen's query takes (it also feeds the nav badge on
// every change), and the case page's checklist section, at 1x and 4x CPU throttling.
// Run alone: `npx node --experimental-strip-types test/bench/deadlines.bench.ts`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser, repoRoot } from '../e2e/support.ts';
import type { DeadlinesBenchApi } from './pages/deadlines-bench.ts';
import { stats } from './store.bench.ts';

const TODAY = '2026-11-21';
const CASES = 1_000;
const CHECKLISTS_PER_CASE = 2;
const ROUNDS = 15;

export async function run(): Promise<void> {
  const dir = await buildBenchPage();
  const server = await serve(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/deadlines-bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const cdp = await page.context().newCDPSession(page);
    const call = callIn(page);
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

function callIn(page: Page) {
  return <K extends keyof DeadlinesBenchApi>(name: K, ...args: Parameters<DeadlinesBenchApi[K]>) =>
    page.evaluate(
      ([fn, fnArgs]) => {
        const api = (window as unknown as { deadlinesBench: Record<string, (...a: unknown[]) => unknown> }).deadlinesBench;
        return api[fn as string]!(...(fnArgs as unknown[]));
      },
      [name, args] as const,
    ) as Promise<Awaited<ReturnType<DeadlinesBenchApi[K]>>>;
}

async function buildBenchPage(): Promise<string> {
  const root = path.join(repoRoot, 'test/bench/pages');
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'tz-deadlines-bench-'));
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: path.join(root, 'deadlines-bench.html') } },
  });
  return outDir;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = path.join(dir, path.normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
