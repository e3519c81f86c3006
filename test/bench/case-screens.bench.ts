// Case screens benchmark in real Chromium, phone-sized (360x740), on the real built app
// with 5,000 cases and 50,000 notes generated into its own database (pages/case-seed.ts):
// - app start (reload) to the first case rows on screen;
// - sort and filter changes, "Show more", opening a case from the list;
// - search: the first query (builds the in-memory index) and later ones;
// - scrolling 250 rows: frame times.
// Each at 1x and 4x CPU throttling. Figures only: no pass/fail here (TOOLCHAIN.md, tests
// assert behaviour; speed is measured and reported).
// Run alone: `npx node --experimental-strip-types test/bench/case-screens.bench.ts`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { slovenianDateAt } from '../../src/domain/ljubljana-time.ts';
import {
  builtAppDir,
  launchBrowser,
  newPhoneContext,
  startServer,
  waitForScreen,
  waitForServiceWorkerActivated,
} from '../e2e/support.ts';
import { buildBenchPage, ms, stats, type Stats } from './bench-support.ts';
import type { CaseSeedApi } from './pages/case-seed.ts';

const CASES = 5_000;
const NOTES_PER_CASE = 10;
const ROUNDS = 5;

export type CaseScreensResult = Record<'1x' | '4x', Record<string, Stats>> & { seed: { records: number; ms: number } };

export async function run(): Promise<CaseScreensResult> {
  const appDir = await builtAppDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tz-case-bench-'));
  cpSync(appDir, dir, { recursive: true });
  await buildBenchPage('case-seed', path.join(dir, 'bench-seed'));
  const server = await startServer({ staticDir: dir });
  const browser = await launchBrowser();
  try {
    const context = await newPhoneContext(browser);
    await context.addInitScript(markFirstRow);
    const page = await context.newPage();
    await page.goto(`${server.url}/bench-seed/case-seed.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const today = slovenianDateAt(Date.now());
    const seed = await page.evaluate(
      ([cases, notes, day]) => (window as unknown as { caseSeed: CaseSeedApi }).caseSeed.seed(cases, notes, day),
      [CASES, NOTES_PER_CASE, today] as const,
    );
    console.log(`\nCase screens benchmark: Chromium ${browser.version()}, 360x740, ${CASES} cases + ${CASES * NOTES_PER_CASE} notes (seeded in ${ms(seed.ms)})`);
    await page.goto(`${server.url}/`);
    await waitForScreen(page);
    await waitForServiceWorkerActivated(page);
    const cdp = await context.newCDPSession(page);
    const result = { seed } as CaseScreensResult;
    for (const [label, rate] of [
      ['1x', 1],
      ['4x', 4],
    ] as const) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      result[label] = await measure(page, server.url);
      console.log(
        `${label} CPU: ` +
          Object.entries(result[label])
            .map(([name, s]) => `${name} p50 ${ms(s.p50)} p95 ${ms(s.p95)}${s.n > 1 ? '' : ' (once)'}`)
            .join('; '),
      );
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return result;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Runs in the page before the app: notes when the first case row is in the DOM.
function markFirstRow(): void {
  const marks: Record<string, number> = {};
  (window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
  new MutationObserver((_, observer) => {
    if (document.querySelector('.case-row')) {
      marks.firstRow = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
}

async function measure(page: Page, url: string): Promise<Record<string, Stats>> {
  const samples: Record<string, number[]> = {};
  const add = (name: string, value: number) => (samples[name] ??= []).push(value);

  for (let round = 0; round < ROUNDS; round += 1) {
    // App start, as reopening the installed app: navigation to the first rows in the DOM.
    await page.goto(`${url}/cases`);
    await page.locator('.case-row').first().waitFor();
    const marks = await page.evaluate(() => ({
      firstRow: (window as unknown as { benchMarks: { firstRow: number } }).benchMarks.firstRow,
      firstScreen: performance.getEntriesByName('tz:first-screen')[0]?.startTime ?? Number.NaN,
    }));
    add('start to first screen (heading)', marks.firstScreen);
    add('start to first rows', marks.firstRow);
  }
  // The first search of a session builds the in-memory index (it yields to the UI meanwhile).
  await page.goto(`${url}/cases`);
  await page.locator('.case-row').first().waitFor();
  add('first search (builds the index)', await timed(page, 'search', 'odloc'));
  await timed(page, 'search', '');
  for (let round = 0; round < ROUNDS; round += 1) {
    add('sort by activity', await timed(page, 'sort', 'activity'));
    add('sort by deadline', await timed(page, 'sort', 'deadline'));
    add('filter legal status', await timed(page, 'legal', 'dublin'));
    add('clear filter', await timed(page, 'legal', ''));
    add('show more (+50 rows)', await timed(page, 'more', ''));
    add('search', await timed(page, 'search', round % 2 ? 'tozb pritoz' : 'stanovanje'));
    add('clear search', await timed(page, 'search', ''));
    add('open a case', await timed(page, 'open', ''));
  }
  // Scrolling 250 rows.
  await page.goto(`${url}/cases`);
  await page.locator('.case-row').first().waitFor();
  for (let i = 0; i < 4; i += 1) await timed(page, 'more', '');
  samples['scroll frame'] = await page.evaluate(async () => {
    const frames: number[] = [];
    let last = performance.now();
    const end = document.documentElement.scrollHeight;
    for (let y = 0; y < end; y += 120) {
      window.scrollTo(0, y);
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return frames;
  });
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, stats(values)]));
}

/**
 * Does one thing on the case list and returns ms until the screen shows its result (the
 * DOM changed as expected and the next frame ran).
 */
function timed(page: Page, action: 'sort' | 'legal' | 'more' | 'search' | 'open', value: string): Promise<number> {
  return page.evaluate(
    ([what, arg]) =>
      new Promise<number>((resolve, reject) => {
        // (Self-contained: this function runs inside the page.)
        // oxlint-disable-next-line unicorn/consistent-function-scoping
        const rows = () => document.querySelectorAll('.case-row');
        // oxlint-disable-next-line unicorn/consistent-function-scoping
        const count = () => document.querySelector('[data-testid="case-count"], [data-testid="search-count"]')?.textContent ?? '';
        const firstHref = () => rows()[0]?.getAttribute('href') ?? '';
        const before = { rows: rows().length, count: count(), first: firstHref() };
        let done: () => boolean;
        const t0 = performance.now();
        if (what === 'sort' || what === 'legal') {
          const select = [...document.querySelectorAll('select')].find((element) =>
            what === 'sort'
              ? [...element.options].some((option) => option.value === 'activity')
              : [...element.options].some((option) => option.value === 'dublin'),
          );
          if (!select) return reject(new Error(`no ${what} select`));
          select.value = arg;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          done = () => (what === 'sort' ? firstHref() !== before.first : count() !== before.count);
        } else if (what === 'more') {
          const more = [...document.querySelectorAll('.case-list__more button')][0] as HTMLButtonElement | undefined;
          if (!more) return reject(new Error('no Show more'));
          more.click();
          done = () => rows().length > before.rows;
        } else if (what === 'search') {
          const input = document.querySelector('#case-search') as HTMLInputElement;
          input.value = arg;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          done = () =>
            arg === ''
              ? document.querySelector('[data-testid="case-count"]') !== null && rows().length > 0
              : /\d/.test(document.querySelector('[data-testid="search-count"]')?.textContent ?? '');
        } else {
          (rows()[0] as HTMLAnchorElement).click();
          done = () => document.querySelector('[data-testid="note"]') !== null;
        }
        const check = () => {
          if (!done()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        check();
      }),
    [action, value] as const,
  ).then(async (elapsed) => {
    if (action === 'open') {
      await page.goBack();
      await page.locator('.case-row').first().waitFor();
    }
    return elapsed;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
