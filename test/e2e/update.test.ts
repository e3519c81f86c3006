// The update flow: a changed build is served from the same address; the open page says a
// new version is ready, does not reload on its own, and switches when Reload is pressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import {
  buildApp,
  builtAppDir,
  freePort,
  launchBrowser,
  openApp,
  startServer,
  waitForScreen,
  waitForServiceWorkerActivated,
  type RunningServer,
} from './support.ts';

let browser: Browser;
let firstBuild: string;
let nextBuild: string;
const servers: RunningServer[] = [];

beforeAll(async () => {
  [firstBuild, nextBuild, browser] = await Promise.all([
    builtAppDir(),
    buildApp({ env: { VITE_BUILD_ID: 'next-e2e' } }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
  if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
});

describe('update flow', () => {
  it('offers a new version without reloading by itself, and switches to it on Reload', async () => {
    const port = await freePort();
    const { server: first, context, page } = await openApp(browser, { path: '/settings', server: { staticDir: firstBuild, port } });
    servers.push(first);
    await waitForServiceWorkerActivated(page);
    expect(await page.locator('.settings__version').textContent()).not.toContain('next-e2e');
    // A mark on this document: it disappears if the page reloads.
    await page.evaluate(() => document.documentElement.setAttribute('data-before-update', 'yes'));

    // The same address now serves the changed build.
    await first.stop();
    const next = await startServer({ staticDir: nextBuild, port });
    servers.push(next);
    // What the app does when it comes back to the foreground (sw-update.ts).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const prompt = page.getByTestId('update-ready');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('A new version is ready.');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-before-update'))).toBe('yes');

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await waitForScreen(page);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-before-update'))).toBeNull();
    await page.locator('.settings__version', { hasText: 'next-e2e' }).waitFor();
    expect(await page.getByTestId('update-ready').count()).toBe(0);
    await context.close();
  });
});
