// Shared helpers for end-to-end tests in real headless Chromium (playwright-core).
// Free of vitest imports, so test/bench and scripts can use it too.
//
//   const session = await openApp(browser, { path: '/cases' }); // own server, phone, page, screen
//   await session.close();                           // context closed, server stopped
//
// or piece by piece:
//   const dir = await builtAppDir();                 // the built app (built once per run)
//   const server = await startServer({ staticDir: dir });
//   const browser = await launchBrowser();
//   const context = await newPhoneContext(browser);  // 360x740, touch
//   const page = await context.newPage();
//   await page.goto(server.url);
//   await waitForScreen(page);                       // a screen (<Page>) is on the page
//   await waitForServiceWorkerActivated(page);
//   await goOffline(context, server);                // network cut AND server stopped
//   expect(await runAxe(page)).toEqual([]);
//   await screenshot(page, 'cases-en-phone');        // test-results/screens/cases-en-phone.png
//   await browser.close();                           // (in afterAll; also server.stop())
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { asciiDigits } from '../../src/domain/digits.ts';
import { trackContext } from './page-log.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Node 22 from the `node` devDependency (system node may be older; TOOLCHAIN.md). */
export function nodeBinary(): string {
  const local = path.join(repoRoot, 'node_modules/node/bin/node');
  return existsSync(local) ? local : process.execPath;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * Builds the app with `vite build` into `outDir` (a new temp folder by default) and
 * returns the folder. `env` adds build-time variables, e.g. { VITE_BUILD_ID: 'next' }
 * to make a build that differs from the first (update-flow tests).
 */
export async function buildApp(options: { outDir?: string; env?: Record<string, string> } = {}): Promise<string> {
  const outDir = options.outDir ?? mkdtempSync(path.join(os.tmpdir(), 'tz-build-'));
  await run(nodeBinary(), [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    ...process.env,
    // Inside vitest NODE_ENV is "test", which would make a development build (no
    // service worker registration, workbox debug logs).
    NODE_ENV: 'production',
    ...options.env,
    BUILD_OUT_DIR: outDir,
  });
  return outDir;
}

let ownBuild: Promise<string> | undefined;

/**
 * The built app to serve. Inside `vitest run` the e2e global setup has built it once
 * into a temp folder (E2E_BUILD_DIR); elsewhere (a script) this builds once per process.
 * Never the shared `dist/`: other people build into it at the same time.
 */
export function builtAppDir(): Promise<string> {
  const given = process.env.E2E_BUILD_DIR;
  if (given && existsSync(path.join(given, 'index.html'))) return Promise.resolve(given);
  ownBuild ??= buildApp().then((dir) => {
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return dir;
  });
  return ownBuild;
}

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** Everything the server printed (for failure messages). */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). Safe to call twice. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

// Servers still running when this process exits (a test that timed out never reached
// its stop()) are killed, so no orphan keeps a port.
const liveServers = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of liveServers) child.kill('SIGKILL');
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `src/server/main.ts` (the real `npm start` server) on 127.0.0.1. `port` lets a
 * test restart "the same site" (same origin, same service worker) with another build.
 * `dataDir` defaults to a fresh temp folder that is removed on stop().
 */
export async function startServer(options: {
  staticDir: string;
  dataDir?: string;
  env?: Record<string, string>;
  port?: number;
}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'tz-data-'));
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(nodeBinary(), ['--experimental-strip-types', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      ...options.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      STATIC_DIR: options.staticDir,
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveServers.add(child);
  child.once('exit', () => liveServers.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited(child);
      clearTimeout(timer);
    }
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`server did not answer on ${url} within 30 s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url, port, pid: child.pid ?? -1, dataDir, output: () => output, stop };
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser tests drive: CHROME_PATH when set (Chrome on a developer's Mac), else Debian's Chromium. */
export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** One line saying how to get a browser, or null when chromePath() is there. Tests never download one. */
export function missingBrowser(): string | null {
  const file = chromePath();
  if (existsSync(file)) return null;
  return process.env.CHROME_PATH
    ? `No browser at CHROME_PATH=${file}: point CHROME_PATH at a Chrome or Chromium binary.`
    : `No browser at ${file}: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.`;
}

/** The browser of chromePath(); playwright gives every launch a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: chromiumArgs });
}

/**
 * A fresh device opens on the first-run choice (/welcome, src/app/sync/first-run.ts).
 * Contexts made here have already chosen "this device only", so tests land on the screen
 * they open; pass `{ firstRun: true }` to see the choice.
 */
async function skipFirstRun(context: BrowserContext, options: { firstRun?: boolean }): Promise<BrowserContext> {
  // Every context made here is logged for the failure report (page-log.ts).
  trackContext(context);
  if (!options.firstRun) {
    await context.addInitScript(() => {
      try {
        if (!localStorage.getItem('tz-first-run')) localStorage.setItem('tz-first-run', 'local');
      } catch {
        // storage blocked: the app treats that as decided
      }
    });
  }
  return context;
}

/** A phone: 360x740 CSS pixels, touch. `locale` sets navigator.languages (default en-US). */
export async function newPhoneContext(browser: Browser, options: { locale?: string; firstRun?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? 'en-US',
  });
  return skipFirstRun(context, options);
}

/**
 * A phone context in its own browser with a persistent, fresh profile. Browser
 * contexts from newContext() are incognito-like, and Chromium refuses to install apps
 * from incognito ('in-incognito' in Page.getInstallabilityErrors); use this one for
 * installability. close() ends that browser and removes the profile.
 */
export async function launchPersistentPhoneContext(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'tz-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: chromiumArgs,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
  });
  await skipFirstRun(context, {});
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function newDesktopContext(browser: Browser, options: { locale?: string; firstRun?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: options.locale ?? 'en-US' });
  return skipFirstRun(context, options);
}

/** Waits until a screen (components/Page.tsx) has rendered its heading. */
export async function waitForScreen(page: Page): Promise<void> {
  await page.locator('[data-screen] h1').first().waitFor({ state: 'visible' });
}

/**
 * Goes to `pathname` on the page's own origin and waits for the screen (and, with
 * `networkIdle`, until the screen's lazy parts have loaded).
 */
export async function go(page: Page, pathname: string, options: { networkIdle?: boolean } = {}): Promise<void> {
  await page.goto(new URL(pathname, page.url()).href);
  await waitForScreen(page);
  if (options.networkIdle) await page.waitForLoadState('networkidle');
}

/** A date field (components/DateField.tsx) by its label: a group of day, month and year boxes. */
export function dateField(scope: Page | Locator, label: string | RegExp): Locator {
  return scope.getByRole('group', { name: label, exact: typeof label === 'string' });
}

/**
 * Puts a plain date (`YYYY-MM-DD`) into a date field at once, as a pasted date, and leaves
 * it. To type one as a person does, click the first box and use the keyboard.
 */
export async function fillDate(field: Locator, date: string): Promise<void> {
  const first = field.locator('input[data-part]').first();
  await first.fill(date);
  await first.blur();
}

/** The plain date a date field's boxes hold (ASCII digits), '' when they are empty. */
export async function dateFieldValue(field: Locator): Promise<string> {
  const read = (part: string) => field.locator(`input[data-part="${part}"]`).inputValue();
  const [day, month, year] = await Promise.all([read('day'), read('month'), read('year')]);
  if (!day && !month && !year) return '';
  return `${asciiDigits(year)}-${asciiDigits(month).padStart(2, '0')}-${asciiDigits(day).padStart(2, '0')}`;
}

/** The current screen's heading. */
export async function heading(page: Page): Promise<string> {
  return ((await page.locator('[data-screen] h1').textContent()) ?? '').trim();
}

/**
 * Creates a case through the form (English UI) and returns its id, from the URL of the
 * case page it lands on. `fill` adds more answers before saving.
 */
export async function createCase(page: Page, name: string, fill?: (page: Page) => Promise<void>): Promise<string> {
  await go(page, '/cases/new');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await fill?.(page);
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByTestId('case-summary').waitFor();
  await page.waitForFunction((expected) => document.querySelector('[data-screen] h1')?.textContent?.trim() === expected, name);
  return new URL(page.url()).pathname.split('/')[2]!;
}

/**
 * Settings: "Load demo data" or "Remove demo data" (English UI), and wait until it is done:
 * the other button shows only once the last demo record is written (DemoDataSection.tsx).
 */
export async function demoData(page: Page, action: 'load' | 'remove'): Promise<void> {
  const [label, then] = action === 'load' ? ['Load demo data', 'Remove demo data'] : ['Remove demo data', 'Load demo data'];
  await go(page, '/settings');
  const section = page.getByTestId('demo-data');
  await section.getByRole('button', { name: label }).click();
  await section.getByRole('button', { name: then }).waitFor();
}

/** On a case page: saves a quick note and waits until it is listed. */
export async function addNote(page: Page, text: string): Promise<void> {
  const before = await page.getByTestId('note').count();
  await page.getByLabel('New note').fill(text);
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="note"]').length === count, before + 1);
}

export interface DeviceOptions {
  /** A desktop (1280x800) instead of a phone (360x740, touch). */
  desktop?: boolean;
  /** navigator.languages (default en-US). */
  locale?: string;
  /** Show the first-run choice instead of having chosen "this device only". */
  firstRun?: boolean;
  /** Record CSP violations (read them with cspViolations(page)). */
  watchCsp?: boolean;
  /** Runs in every page of the device before the app's own scripts. */
  init?: () => void;
}

export interface Device {
  context: BrowserContext;
  page: Page;
}

/**
 * A new device (its own browser context: storage, service worker, network switch) with
 * one blank page. Dialogs are accepted, so that the "leave page?" question about unsaved
 * input cannot block a reload or a navigation in a test (without a listener, playwright
 * accepts that one anyway but dismisses window.confirm).
 */
export async function openDevice(browser: Browser, options: DeviceOptions = {}): Promise<Device> {
  const contextOptions = { locale: options.locale, firstRun: options.firstRun };
  const context = options.desktop ? await newDesktopContext(browser, contextOptions) : await newPhoneContext(browser, contextOptions);
  try {
    if (options.watchCsp) await watchCspViolations(context);
    if (options.init) await context.addInitScript(options.init);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export interface AppSession extends Device {
  server: RunningServer;
  /** Closes the device and stops the server. */
  close(): Promise<void>;
}

/**
 * The app on a server of its own (the built app unless `server.staticDir` says otherwise),
 * opened on a new device at `path` (default '/') and showing a screen.
 */
export async function openApp(
  browser: Browser,
  options: DeviceOptions & { path?: string; server?: Partial<Parameters<typeof startServer>[0]> } = {},
): Promise<AppSession> {
  const server = await startServer({ ...options.server, staticDir: options.server?.staticDir ?? (await builtAppDir()) });
  let device: Device | undefined;
  try {
    device = await openDevice(browser, options);
    await device.page.goto(server.url + (options.path ?? '/'));
    await waitForScreen(device.page);
  } catch (error) {
    await device?.context.close();
    await server.stop();
    throw error;
  }
  const { context, page } = device;
  return {
    server,
    context,
    page,
    async close() {
      await context.close();
      await server.stop();
    },
  };
}

/**
 * Waits until this page's service worker is *activated* (navigator.serviceWorker.ready
 * resolves while it may still be activating, TOOLCHAIN.md). Activated means the whole
 * app is precached.
 */
export async function waitForServiceWorkerActivated(page: Page, timeoutMs = 30_000): Promise<void> {
  const outcome = await page.evaluate(async (timeout) => {
    const activated = (async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (!worker || worker.state === 'activated') return 'activated';
      await new Promise<void>((resolve) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') resolve();
        });
      });
      return 'activated';
    })();
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), timeout));
    return Promise.race([activated, late]);
  }, timeoutMs);
  if (outcome !== 'activated') {
    throw new Error(`service worker not activated within ${timeoutMs} ms (is the build a production build?)`);
  }
}

/**
 * Unregisters the page's service workers, for negative controls; answers whether there were
 * any and all went. Waits first for the page's own registration (deferred until the first
 * screen is up): a register() still under way would bring the worker back.
 */
export async function unregisterServiceWorkers(page: Page): Promise<boolean> {
  await page.waitForFunction(() => performance.getEntriesByName('tz:sw-registered').length > 0);
  return page.evaluate(async () => {
    const registrations = await navigator.serviceWorker.getRegistrations();
    const results = await Promise.all(registrations.map((registration) => registration.unregister()));
    return results.length > 0 && results.every(Boolean);
  });
}

/** Really offline: the browser's network is cut AND the server is stopped (TOOLCHAIN.md). */
export async function goOffline(context: BrowserContext, server: RunningServer): Promise<void> {
  await context.setOffline(true);
  await server.stop();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * Runs axe-core on the page and returns its violations (an empty list is a pass).
 * The source is evaluated through the DevTools protocol, so a strict CSP does not block it.
 */
export async function runAxe(page: Page, options: { exclude?: string[] } = {}): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (exclude) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const context = exclude.length ? { include: [document], exclude: exclude.map((selector) => [selector]) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return (result.violations as Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>).map(
      (violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      }),
    );
  }, options.exclude ?? []);
}

/**
 * Records Content-Security-Policy violations in every page of `context` (the server
 * sends a strict CSP: no inline scripts, styles or event handlers). Read them with
 * cspViolations(page); call before opening pages.
 */
export async function watchCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { tzCspViolations: string[] }).tzCspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { tzCspViolations?: string[] }).tzCspViolations ?? []);
}

export const screenshotDir = path.join(repoRoot, 'test-results/screens');

/** Saves a screenshot of the viewport to test-results/screens/<name>.png and returns the path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}
