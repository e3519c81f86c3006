// What each browser page did, kept so that a failed end-to-end test can say why: an
// element that never appeared is explained by the page error, the failed request or the
// screen that was showing instead. support.ts tracks every context it makes; the e2e
// setup file (setup.ts) prints the log of the failed test's contexts.
//
// Free of vitest imports, like support.ts. Everything logged is from fictional test data.
import type { BrowserContext, Page } from 'playwright-core';

const MAX_LINES = 200;
const SCREEN_TEXT_CHARS = 400;

interface ContextLog {
  lines: { seq: number; text: string }[];
  closed: boolean;
}

/** Contexts still open, and those closed since the last takeContextLogs(). */
let logs: ContextLog[] = [];
let seq = 0;
let takenUpTo = 0;
const started = Date.now();

function stamp(): string {
  return `${((Date.now() - started) / 1000).toFixed(1)}s`;
}

function push(log: ContextLog, line: string): void {
  log.lines.push({ seq: ++seq, text: `${stamp()} ${line}` });
  if (log.lines.length > MAX_LINES) log.lines.splice(0, log.lines.length - MAX_LINES);
}

function trackPage(log: ContextLog, page: Page, name: string): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') push(log, `${name} console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => push(log, `${name} page error: ${error.message}`));
  page.on('crash', () => push(log, `${name} CRASHED`));
  page.on('requestfailed', (request) => push(log, `${name} request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? '?'})`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) push(log, `${name} at ${frame.url()}`);
  });
}

/** What the page shows: its URL and the start of the current screen's text. */
async function describePage(page: Page): Promise<string> {
  const text = await page
    .evaluate((chars) => {
      const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
      const screen = squash(document.querySelector('[data-screen]')?.textContent);
      // Banners, the top bar and the navigation sit outside the screen.
      const around = squash(document.body?.textContent).replace(screen, ' [screen] ');
      return `${screen.slice(0, chars)} || around the screen: ${around.slice(0, chars)}`;
    }, SCREEN_TEXT_CHARS)
    .catch((error: Error) => `(could not read the page: ${error.message.split('\n')[0]})`);
  return `${page.url()} shows: ${text || '(nothing)'}`;
}

/**
 * Logs the context's pages from now on. Its close() first notes what each open page
 * shows, because a failure is only reported after the test has closed its browser.
 */
export function trackContext(context: BrowserContext): BrowserContext {
  const log: ContextLog = { lines: [], closed: false };
  logs.push(log);
  let pages = 0;
  const track = (page: Page) => trackPage(log, page, `page ${++pages}`);
  context.pages().forEach(track);
  context.on('page', track);
  const close = context.close.bind(context);
  context.close = async (...args: Parameters<BrowserContext['close']>) => {
    for (const [i, page] of context.pages().entries()) {
      if (!page.isClosed()) push(log, `open page ${i + 1} at close: ${await describePage(page)}`);
    }
    log.closed = true;
    return close(...args);
  };
  return context;
}

/**
 * What each context logged since the last call (contexts with nothing new are left out).
 * Closed contexts are forgotten after this.
 */
export function takeContextLogs(): string[][] {
  const since = takenUpTo;
  takenUpTo = seq;
  const taken = logs.map((log) => log.lines.filter((line) => line.seq > since).map((line) => line.text)).filter((lines) => lines.length > 0);
  logs = logs.filter((log) => !log.closed);
  return taken;
}
