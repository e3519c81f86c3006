// The shell's two budgets (issue 2):
//  - gzip size of the JavaScript and CSS a first visit loads: at most 60 KB of JS;
//  - time from navigation to the first screen, offline, in Chromium at 4x CPU
//    throttling: at most 1 s (median of several runs).
//  - install transfer: the service worker and every file it precaches, as sent to a
//    browser that accepts brotli (the build's .br copies), at most 450 KB.
// Serves the build in BENCH_APP_DIR, or dist/ (which `npm run bench` has just built).
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import {
  goOffline,
  launchBrowser,
  newPhoneContext,
  repoRoot,
  startServer,
  waitForScreen,
  waitForServiceWorkerActivated,
} from '../e2e/support.ts';
import { splitLanguageFiles } from '../../sw/language-files.ts';

const aims = { shellJsGzipKb: 60, firstScreenOfflineMs: 1000, installKb: 450 };
const throttleRate = 4;
const runs = 7;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function gzipSize(appDir: string, url: string): number {
  const file = path.join(appDir, new URL(url, 'http://app.invalid').pathname);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Bytes a browser that accepts brotli receives for a file: its .br copy when the build made one. */
function sentSize(appDir: string, url: string): number {
  const file = path.join(appDir, url);
  return statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;
}

/**
 * The service worker plus the files it precaches at install, as sent compressed. A UI
 * language's texts other than English and the handout's are in its manifest but fetched
 * only once a device uses that language (sw/language-files.ts): `languages` has their size.
 */
export function installTransfer(appDir: string): { bytes: number; files: number; uncompressed: number; languages: Map<string, number> } {
  const sw = readFileSync(path.join(appDir, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? ''))];
  const { precached, byLanguage } = splitLanguageFiles(urls);
  const all = ['sw.js', ...precached];
  const languages = new Map([...byLanguage].map(([language, paths]) => [language, paths.reduce((sum, url) => sum + sentSize(appDir, url), 0)]));
  return {
    bytes: all.reduce((sum, url) => sum + sentSize(appDir, url), 0),
    files: all.length,
    uncompressed: all.reduce((sum, url) => sum + statSync(path.join(appDir, url)).size, 0),
    languages,
  };
}

/** The files index.html itself asks for: the entry script, its modulepreloads and CSS. */
function attribute(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];
}

export function entryAssets(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    if (tag.startsWith('<script') && /type="module"/.test(tag)) {
      const src = attribute(tag, 'src');
      if (src) js.push(src);
    } else if (/rel="modulepreload"/.test(tag)) {
      const href = attribute(tag, 'href');
      if (href) js.push(href);
    } else if (/rel="stylesheet"/.test(tag)) {
      const href = attribute(tag, 'href');
      if (href) css.push(href);
    }
  }
  return { js, css };
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function verdict(value: number, aim: number): string {
  return value <= aim ? 'within aim' : 'OVER AIM';
}

/** Opens `url` in fresh tabs (offline, throttled) and reads the page's own marks. */
async function firstScreenOffline(context: BrowserContext, url: string) {
  const times: number[] = [];
  const phases = new Map<string, number[]>();
  for (let i = 0; i < runs; i += 1) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttleRate });
    await page.goto(url);
    await waitForScreen(page);
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime])),
    );
    times.push(marks['tz:first-screen'] ?? Number.NaN);
    for (const [name, value] of Object.entries(marks)) phases.set(name, [...(phases.get(name) ?? []), value]);
    await cdp.detach();
    await page.close();
  }
  return { times, median: median(times), phase: (name: string) => median(phases.get(name) ?? []).toFixed(0) };
}

export async function run(): Promise<void> {
  // The machine may be shared: say how busy it was, since timings depend on it.
  console.log(`load average ${os.loadavg().map((load) => load.toFixed(1)).join(' / ')} on ${os.cpus().length} cores`);
  const appDir = path.resolve(process.env.BENCH_APP_DIR ?? path.join(repoRoot, 'dist'));
  const html = readFileSync(path.join(appDir, 'index.html'), 'utf8');

  // 1. What index.html loads before anything runs.
  const fromHtml = entryAssets(html);
  const entryJs = fromHtml.js.reduce((sum, url) => sum + gzipSize(appDir, url), 0);
  const entryCss = fromHtml.css.reduce((sum, url) => sum + gzipSize(appDir, url), 0);
  console.log(`entry (index.html + modulepreload): JS ${kb(entryJs)} gzip in ${fromHtml.js.length} files, CSS ${kb(entryCss)} gzip`);

  const install = installTransfer(appDir);
  console.log(
    `install transfer (sw.js + ${install.files - 1} precached files, brotli): ${kb(install.bytes)} (uncompressed ${kb(install.uncompressed)}); aim <= ${aims.installKb} KB -> ${verdict(install.bytes / 1024, aims.installKb)}`,
  );
  const languages = [...install.languages].toSorted(([a], [b]) => a.localeCompare(b));
  const largest = Math.max(0, ...install.languages.values());
  console.log(
    `  + the UI language in use, fetched once a device uses it (brotli): ${languages.map(([language, bytes]) => `${language} ${kb(bytes)}`).join(', ')}; with the largest: ${kb(install.bytes + largest)}`,
  );

  const server = await startServer({ staticDir: appDir });
  const browser = await launchBrowser();
  try {
    const context = await newPhoneContext(browser);

    // 2. What a first visit to / really fetches until the first screen is up (the entry
    // plus the first screen's lazy chunk and translations).
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await waitForScreen(page);
    // The case list shows its cases when its count has text, or "no cases yet" (a fresh device).
    await page.waitForFunction(
      () => {
        const count = (document.querySelector('[data-testid="case-count"]')?.textContent ?? '').trim();
        const shown = count !== '' || document.querySelector('.empty-state') !== null;
        if (shown && !performance.getEntriesByName('bench:case-count').length) performance.mark('bench:case-count');
        return shown;
      },
      undefined,
      { polling: 'raf' },
    );
    const requested = (markName: string) =>
      page.evaluate((name) => {
        const mark = performance.getEntriesByName(name)[0]?.startTime ?? performance.now();
        return performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= mark)
          .map((entry) => new URL(entry.name).pathname)
          .filter((pathname) => /\.(js|css)$/.test(pathname));
      }, markName);
    const firstScreen = await requested('tz:first-screen');
    const untilData = (await requested('bench:case-count')).filter((url) => url.endsWith('.js'));
    const visitJs = firstScreen.filter((url) => url.endsWith('.js'));
    const visitCss = firstScreen.filter((url) => url.endsWith('.css'));
    const allJs = [...new Set([...fromHtml.js, ...visitJs])];
    const allCss = [...new Set([...fromHtml.css, ...visitCss])];
    const firstVisitJs = allJs.reduce((sum, url) => sum + gzipSize(appDir, url), 0);
    const firstVisitCss = allCss.reduce((sum, url) => sum + gzipSize(appDir, url), 0);
    console.log(
      `first visit to / until the first screen: JS ${kb(firstVisitJs)} gzip in ${allJs.length} files, CSS ${kb(firstVisitCss)} gzip`,
    );
    const biggest = allJs
      .map((url) => ({ url, size: gzipSize(appDir, url) }))
      .toSorted((a, b) => b.size - a.size)
      .slice(0, 6);
    for (const { url, size } of biggest) console.log(`    ${kb(size).padStart(9)}  ${url}`);
    const dataJs = [...new Set([...fromHtml.js, ...untilData])].reduce((sum, url) => sum + gzipSize(appDir, url), 0);
    const marks = await page.evaluate(() =>
      ['tz:first-screen', 'bench:case-count'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
    );
    const dataAfterMs = (marks[1] ?? Number.NaN) - (marks[0] ?? Number.NaN);
    console.log(
      `  ... until the case list shows its cases (its count or "no cases yet", ${dataAfterMs.toFixed(0)} ms after the first screen): JS ${kb(dataJs)} gzip requested by then, work started after the first screen (sync, banners, badges) included`,
    );
    console.log(
      `  aim: <= ${aims.shellJsGzipKb} KB gzip JS -> entry (the shell alone) ${kb(entryJs)} ${verdict(entryJs / 1024, aims.shellJsGzipKb)}, whole first visit ${kb(firstVisitJs)} ${verdict(firstVisitJs / 1024, aims.shellJsGzipKb)}, until the cases show ${kb(dataJs)} ${verdict(dataJs / 1024, aims.shellJsGzipKb)}`,
    );

    // 3. Offline: the service worker serves everything; the server is gone.
    await waitForServiceWorkerActivated(page);
    await page.close();
    await goOffline(context, server);
    const home = await firstScreenOffline(context, `${server.url}/`);
    console.log(
      `navigation to first screen (/ , the case list), offline, ${throttleRate}x CPU throttling: median ${home.median.toFixed(0)} ms over ${runs} runs (${home.times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    console.log(
      `  phases (median): entry script running ${home.phase('tz:main-start')} ms, stored language read ${home.phase('tz:language-known')} ms, translations ready ${home.phase('tz:i18n-ready')} ms, first screen ${home.median.toFixed(0)} ms`,
    );
    console.log(`  aim: <= ${aims.firstScreenOfflineMs} ms -> ${verdict(home.median, aims.firstScreenOfflineMs)}`);
    // The shell alone: a screen that loads no feature code and reads no data.
    const shellOnly = await firstScreenOffline(context, `${server.url}/bench-shell-only`);
    console.log(
      `  the shell alone (a screen with no data), same conditions: median ${shellOnly.median.toFixed(0)} ms (${shellOnly.times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}
