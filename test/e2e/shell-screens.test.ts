// Every main screen of the shell, in English and Arabic, on a phone and a desktop:
// axe-core finds no violations, the strict CSP blocks nothing, Arabic turns the document right-to-left, the language
// choice survives a reload, and Chromium sees nothing that stops installation.
// Screenshots go to test-results/screens/ (look at them after a change to the layout).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  builtAppDir,
  cspViolations,
  launchBrowser,
  launchPersistentPhoneContext,
  newDesktopContext,
  newPhoneContext,
  runAxe,
  screenshot,
  startServer,
  waitForScreen,
  waitForServiceWorkerActivated,
  watchCspViolations,
  type RunningServer,
} from './support.ts';

/** The screens reachable from the navigation, plus a deep link and an unknown path. */
const screens = [
  { name: 'cases', path: '/cases' },
  { name: 'case-deep-link', path: '/cases/00000000-fictional-case' },
  { name: 'viewings', path: '/viewings' },
  { name: 'deadlines', path: '/deadlines' },
  { name: 'settings', path: '/settings' },
  { name: 'not-found', path: '/no-such-page' },
];

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const appDir = await builtAppDir();
  [browser, server] = await Promise.all([launchBrowser(), startServer({ staticDir: appDir })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(page: Page, path: string): Promise<void> {
  await page.goto(server.url + path);
  await waitForScreen(page);
  // Let lazy banners and live queries settle before checking or photographing.
  await page.waitForLoadState('networkidle');
}

async function chooseLanguage(page: Page, label: string, language: string): Promise<void> {
  await open(page, '/settings');
  await page.getByLabel(label).selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

async function checkEveryScreen(context: BrowserContext, language: string, device: string): Promise<void> {
  await watchCspViolations(context);
  const page = await context.newPage();
  if (language === 'ar') await chooseLanguage(page, 'App language', 'ar');
  for (const { name, path } of screens) {
    await open(page, path);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect({ screen: name, violations: await runAxe(page) }).toEqual({ screen: name, violations: [] });
    expect({ screen: name, csp: await cspViolations(page) }).toEqual({ screen: name, csp: [] });
    await screenshot(page, `${name}-${language}-${device}`);
  }
  await page.close();
}

describe('shell screens', () => {
  it('have no axe violations in English and Arabic on a phone', async () => {
    for (const language of ['en', 'ar']) {
      const context = await newPhoneContext(browser);
      await checkEveryScreen(context, language, 'phone');
      await context.close();
    }
  });

  it('lay out on a desktop too (screenshots, axe)', async () => {
    for (const language of ['en', 'ar']) {
      const context = await newDesktopContext(browser);
      await checkEveryScreen(context, language, 'desktop');
      await context.close();
    }
  });

  it('switches to Arabic right-to-left from Settings and remembers it over the phone language', async () => {
    const context = await newPhoneContext(browser, { locale: 'sl-SI' });
    const page = await context.newPage();
    await open(page, '/settings');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['sl', 'ltr']);
    await chooseLanguage(page, 'Jezik aplikacije', 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('الإعدادات');
    await page.reload();
    await waitForScreen(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await context.close();
  });

  it('is installable: no installability errors, and Settings offers the install button', async () => {
    const { context, close } = await launchPersistentPhoneContext();
    const page = context.pages()[0] ?? (await context.newPage());
    await open(page, '/');
    await waitForServiceWorkerActivated(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: Array<{ errorId: string }>;
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(manifest.url).toBe(`${server.url}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    // Chromium now offers installation (beforeinstallprompt): Settings shows the button.
    await open(page, '/settings');
    await page.getByTestId('install-button').waitFor();
    await close();
  });
});
