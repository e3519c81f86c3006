// Store benchmark in real Chromium (issue 3, Tests and benchmark):
// - note save time (record + outbox in one transaction), p50 and p95, at 1x and 4x CPU
//   throttling, beside a raw IndexedDB transaction writing the same two rows in the same run
//   (aims: p95 <= 16 ms at 4x, and within 2x of raw IndexedDB), and beside a Dexie
//   transaction writing those same two rows (what Dexie alone costs);
// - with 5,000 cases and 50,000 notes generated locally: first case list page at app
//   start, case list queries, search index build and search time (aims: 100 ms, 50 ms).
//
// A small page (test/bench/pages) bundles the store's own code with Vite; this file serves
// it on 127.0.0.1, drives it with playwright-core and prints the figures.
// Run alone: `npx node --experimental-strip-types test/bench/store.bench.ts`.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support.ts';
import { buildBenchPage, callIn, ms, ratio, serveDir, stats, type Stats } from './bench-support.ts';
import type { StoreBenchApi } from './pages/store-bench.ts';

const TODAY = '2026-11-21';
const CASES = 5_000;
const NOTES_PER_CASE = 10;
const SAVE_ROUNDS = 6;
const SAVES_PER_ROUND = 50;

export interface StoreBenchResult {
  saves: Record<'1x' | '4x', { store: Stats; raw: Stats; dexie: Stats }>;
  seed: { records: number; ms: number };
  caseListFirst: Record<'1x' | '4x', { openMs: number; firstQueryMs: number; total: number }>;
  caseListQueries: Record<'1x' | '4x', Record<string, Stats>>;
  search: Record<'1x' | '4x', { buildMs: number; documents: number; queries: Record<string, Stats & { cases: number }> }>;
}

export async function run(): Promise<StoreBenchResult> {
  const dir = await buildBenchPage('store-bench');
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/store-bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const cdp = await page.context().newCDPSession(page);
    const result = await measure(page, cdp, browser.version());
    return result;
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(page: Page, cdp: CDPSession, version: string): Promise<StoreBenchResult> {
  const call = callIn<StoreBenchApi>(page, 'storeBench');
  const throttle = (rate: number) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
  console.log(`\nStore benchmark: Chromium ${version}, headless`);

  // Note saves, store and raw alternating in rounds so both see the same conditions.
  const saves = {} as StoreBenchResult['saves'];
  for (const [label, rate] of [
    ['1x', 1],
    ['4x', 4],
  ] as const) {
    await throttle(rate);
    await call('prepareSaves', `saves-${label}`);
    await call('storeSaves', 20); // warm-up
    await call('rawSaves', 20);
    await call('dexieSaves', 20);
    const store: number[] = [];
    const raw: number[] = [];
    const dexie: number[] = [];
    for (let round = 0; round < SAVE_ROUNDS; round += 1) {
      store.push(...(await call('storeSaves', SAVES_PER_ROUND)));
      raw.push(...(await call('rawSaves', SAVES_PER_ROUND)));
      dexie.push(...(await call('dexieSaves', SAVES_PER_ROUND)));
    }
    saves[label] = { store: stats(store), raw: stats(raw), dexie: stats(dexie) };
    const s = saves[label];
    console.log(
      `note save (record + outbox), ${label} CPU, ${s.store.n} saves: store p50 ${ms(s.store.p50)}, p95 ${ms(s.store.p95)}` +
        ` | raw IndexedDB (same two rows) p50 ${ms(s.raw.p50)}, p95 ${ms(s.raw.p95)}` +
        ` | ratio p50 ${ratio(s.store.p50, s.raw.p50)}, p95 ${ratio(s.store.p95, s.raw.p95)}` +
        ` | Dexie, same two rows: p50 ${ms(s.dexie.p50)} (${ratio(s.dexie.p50, s.raw.p50)} raw), p95 ${ms(s.dexie.p95)}`,
    );
  }

  await throttle(1);
  const seed = await call('generate', 'big', CASES, NOTES_PER_CASE, TODAY);
  console.log(
    `generated ${CASES} cases + ${CASES * NOTES_PER_CASE} notes, stored as pulled batches of ~1,000 (applyPulled):` +
      ` ${ms(seed.ms)} (${Math.round(seed.records / (seed.ms / 1000))} records/s)`,
  );

  const caseListFirst = {} as StoreBenchResult['caseListFirst'];
  const caseListQueries = {} as StoreBenchResult['caseListQueries'];
  const search = {} as StoreBenchResult['search'];
  for (const [label, rate] of [
    ['1x', 1],
    ['4x', 4],
  ] as const) {
    await throttle(rate);
    const first = await call('caseListFirst', 'big', TODAY);
    caseListFirst[label] = first;
    console.log(
      `${label} CPU, app start: open database ${ms(first.openMs)}, first case list page (50 of ${first.total} open cases, by deadline) ${ms(first.firstQueryMs)}`,
    );
    const queries = await call('caseListQueries', 'big', TODAY, 5);
    queries['(raw IndexedDB getAll of the caseIndex rows alone)'] = await call('rawCaseIndexReads', 'big', 5);
    caseListQueries[label] = Object.fromEntries(Object.entries(queries).map(([name, samples]) => [name, stats(samples)]));
    console.log(
      `${label} CPU, case list queries p50/p95: ` +
        Object.entries(caseListQueries[label])
          .map(([name, s]) => `${name} ${ms(s.p50)}/${ms(s.p95)}`)
          .join('; '),
    );
    const found = await call('search', 'big', 5);
    search[label] = {
      buildMs: found.buildMs,
      documents: found.documents,
      queries: Object.fromEntries(Object.entries(found.samples).map(([q, samples]) => [q, { ...stats(samples), cases: found.hits[q] ?? 0 }])),
    };
    console.log(`${label} CPU, search index build (in memory, ${found.documents} records): ${ms(found.buildMs)}`);
    console.log(
      `${label} CPU, search, first 50 cases, p50/p95 (cases matching in all): ` +
        Object.entries(search[label].queries)
          .map(([q, s]) => `"${q}" ${ms(s.p50)}/${ms(s.p95)} (${s.cases})`)
          .join('; '),
    );
  }
  await throttle(1);
  return { saves, seed, caseListFirst, caseListQueries, search };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
