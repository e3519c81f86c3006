// After one visit the app works with no network and no server at all: the shell, deep
// links, and nothing from /v1/ is ever answered from a cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { goOffline, launchBrowser, openApp, waitForScreen, unregisterServiceWorkers, waitForServiceWorkerActivated } from './support.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** One visit on a phone, until the service worker has precached the app. */
async function visitOnce(path = '/') {
  const session = await openApp(browser, { path });
  await waitForServiceWorkerActivated(session.page);
  return session;
}

describe('offline', () => {
  it('renders the shell after a reload with the network cut and the server stopped', async () => {
    const session = await visitOnce();
    const { server, context, page } = session;
    try {
      await page.getByTestId('offline-ready').waitFor();
      await goOffline(context, server);
      await page.reload();
      await waitForScreen(page);
      expect(await page.locator('[aria-current="page"]').textContent()).toContain('Cases');
      expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').count()).toBe(4);
    } finally {
      await session.close();
    }
  });

  it('opens a deep link it never visited, offline', async () => {
    const session = await visitOnce('/settings');
    const { server, context, page } = session;
    try {
      await goOffline(context, server);
      await page.goto(`${server.url}/cases/8c5e2f7a-fictional`);
      await waitForScreen(page);
      expect(page.url()).toBe(`${server.url}/cases/8c5e2f7a-fictional`);
      expect(await page.locator('[aria-current="page"]').textContent()).toContain('Cases');
    } finally {
      await session.close();
    }
  });

  it('leaves /v1/ to the network: offline, an API call fails instead of getting the app page', async () => {
    const session = await visitOnce();
    const { server, context, page } = session;
    try {
      await goOffline(context, server);
      const outcome = await page.evaluate(async () => {
        try {
          const response = await fetch('/v1/changes', { headers: { accept: 'application/json' } });
          return `answered ${response.status}`;
        } catch {
          return 'network error';
        }
      });
      expect(outcome).toBe('network error');
      const navigation = await page.goto(`${server.url}/v1/changes`).then(
        () => 'loaded',
        () => 'failed',
      );
      expect(navigation).toBe('failed');
    } finally {
      await session.close();
    }
  });

  it('negative control: without the service worker the same offline reload fails', async () => {
    const session = await visitOnce();
    const { server, context, page } = session;
    try {
      const unregistered = await unregisterServiceWorkers(page);
      expect(unregistered).toBe(true);
      await goOffline(context, server);
      const reload = await page.reload().then(
        () => 'loaded',
        (error: Error) => error.message,
      );
      expect(reload).toMatch(/ERR_INTERNET_DISCONNECTED/);
    } finally {
      await session.close();
    }
  });
});
