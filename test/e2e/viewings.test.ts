// Housing viewings end to end in Chromium (issue 5): plan a viewing with no network and
// no server, log its outcome, reload offline and find it in the agenda and in the case;
// axe finds nothing on the agenda, the form, the packet and the outcome screen, in English
// and Arabic; phone and desktop screenshots of each screen go to test-results/screens.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  builtAppDir,
  createCase,
  dateField,
  fillDate,
  goOffline,
  launchBrowser,
  newDesktopContext,
  newPhoneContext,
  openApp,
  runAxe,
  screenshot,
  startServer,
  waitForScreen,
  waitForServiceWorkerActivated,
  type RunningServer,
} from './support.ts';

let browser: Browser;
let appDir: string;

beforeAll(async () => {
  appDir = await builtAppDir();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Today and the time `minutes` from now, as clocks in Ljubljana show them. */
function ljubljanaIn(minutes: number): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Ljubljana',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(Date.now() + minutes * 60_000)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * Polls an async check in the page until it answers true (page.waitForFunction would take
 * the promise an async function returns as a truthy answer at once).
 */
async function until<A>(page: Page, check: (arg: A) => Promise<boolean>, arg: A, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await page.evaluate(check as (arg: unknown) => Promise<boolean>, arg as unknown))) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the form's draft is in IndexedDB (it is saved a moment after typing stops). */
async function waitForDraft(page: Page, key: string, contains: string): Promise<void> {
  await until(
    page,
    async ({ key: draftKey, contains: text }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('terenski-zvezek');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const row = await new Promise<{ body?: string } | undefined>((resolve, reject) => {
          const request = db.transaction('drafts').objectStore('drafts').get(draftKey);
          request.onsuccess = () => resolve(request.result as { body?: string } | undefined);
          request.onerror = () => reject(request.error);
        });
        return typeof row?.body === 'string' && row.body.includes(text);
      } finally {
        db.close();
      }
    },
    { key, contains },
    `draft ${key}`,
  );
}

async function networkIsCut(page: Page): Promise<boolean> {
  return page.evaluate(() => fetch('/v1/changes').then(
    () => false,
    () => true,
  ));
}

describe('viewings offline', () => {
  it('plans a viewing offline, logs its outcome, finds it after an offline reload in the agenda and the case, edits and deletes it', async () => {
    const session = await openApp(browser);
    const { server, context, page } = session;
    try {
      await waitForServiceWorkerActivated(page);
      await goOffline(context, server);
      expect(await networkIsCut(page)).toBe(true);

      // A case to plan for, made offline through the case form.
      await page.goto(`${server.url}/cases/new`);
      await waitForScreen(page);
      await page.getByLabel('Name', { exact: true }).fill('Demo: Viewing Primer');
      await page.getByRole('button', { name: 'Create case' }).click();
      await page.locator('h1', { hasText: 'Demo: Viewing Primer' }).waitFor();
      const caseId = new URL(page.url()).pathname.split('/')[2]!;
      const section = page.getByTestId('case-viewings');
      await section.getByText('No viewings for this case yet.').waitFor();

      // Plan: a few taps, one invalid amount first.
      await section.getByRole('link', { name: 'Plan a viewing' }).click();
      await page.locator('h1', { hasText: 'Plan a viewing' }).waitFor();
      await page.getByRole('button', { name: 'Tomorrow' }).click();
      await page.getByLabel('Start', { exact: true }).fill('10:00');
      await page.getByRole('button', { name: '+45 min' }).click();
      expect(await page.getByLabel('End', { exact: true }).inputValue()).toBe('10:45');
      await page.getByLabel('Address').fill('Demo: Testna ulica 7, Ljubljana');
      await page.getByLabel("Landlord's phone").fill('041 123 456');
      await page.getByLabel('Monthly rent (€)').fill('-450');
      await page.getByTestId('save-viewing').click();
      await page.getByTestId('form-errors').getByText('1 field needs attention.').waitFor();
      const rent = page.getByLabel('Monthly rent (€)');
      expect(await rent.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('.field__error').allTextContents()).toEqual(['An amount cannot be negative.']);
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-field') === 'rentMonthly');

      // Typed input survives a reload, offline.
      await rent.fill('450,50');
      await waitForDraft(page, `viewing:new:${caseId}`, '450,50');
      await page.reload();
      await page.locator('h1', { hasText: 'Plan a viewing' }).waitFor();
      await page.getByText('Your unsaved input from earlier is back.').waitFor();
      expect(await page.getByLabel('Address').inputValue()).toBe('Demo: Testna ulica 7, Ljubljana');
      expect(await page.getByLabel('Monthly rent (€)').inputValue()).toBe('450,50');
      await page.getByTestId('save-viewing').click();

      // The packet.
      await page.getByTestId('flash').getByText('Viewing saved').waitFor();
      const viewingPath = new URL(page.url()).pathname;
      expect(viewingPath).toMatch(/^\/viewings\/[0-9a-f-]{36}$/);
      expect(await page.getByTestId('packet-address').textContent()).toBe('Demo: Testna ulica 7, Ljubljana');
      expect(await page.getByTestId('tel-link').getAttribute('href')).toBe('tel:041123456');
      expect(await page.getByTestId('geo-link').getAttribute('href')).toBe('geo:0,0?q=Demo%3A%20Testna%20ulica%207%2C%20Ljubljana');
      expect(await page.getByTestId('osm-link').getAttribute('href')).toBe(
        'https://www.openstreetmap.org/search?query=Demo%3A%20Testna%20ulica%207%2C%20Ljubljana',
      );
      const exportLink = page.getByTestId('export-one');
      expect(await exportLink.getAttribute('download')).toBe(`viewing-${ljubljanaIn(24 * 60).date}.ics`);
      const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
      expect(download.suggestedFilename()).toBe(`viewing-${ljubljanaIn(24 * 60).date}.ics`);
      const ics = readFileSync((await download.path())!, 'utf8');
      expect(ics).toContain('BEGIN:VEVENT');
      expect(ics).toContain('DTSTART;TZID=Europe/Ljubljana:');
      expect(ics).toContain('T100000');

      // Log the outcome: defaults chosen, change two answers, one save.
      await page.getByRole('link', { name: 'Log the outcome' }).click();
      await page.locator('h1', { hasText: 'How did the viewing go?' }).waitFor();
      expect(await page.getByTestId('choice-status').getByLabel('Done').isChecked()).toBe(true);
      expect(await page.getByTestId('choice-outcome').getByLabel('Waiting for an answer').isChecked()).toBe(true);
      expect(await page.getByTestId('choice-discrimination').getByLabel('None').isChecked()).toBe(true);
      await page.getByTestId('choice-outcome').getByLabel('Landlord said no').click();
      await page.getByTestId('choice-discrimination').getByLabel('Asked for an extra deposit or more money').click();
      expect(await page.getByTestId('choice-discrimination').getByLabel('None').isChecked()).toBe(false);
      await page.getByLabel('What happened').fill('Demo: asked for three months of deposit.');
      await page.getByTestId('save-outcome').click();
      await page.getByTestId('flash').getByText('Outcome saved').waitFor();
      expect(await page.getByTestId('packet-outcome').textContent()).toContain('Landlord said no');

      // Reload offline: still there, in the packet, the agenda and the case.
      await page.reload();
      await waitForScreen(page);
      expect(await page.getByTestId('packet-outcome').textContent()).toContain('Asked for an extra deposit or more money');
      await page.getByRole('navigation').getByRole('link', { name: 'Viewings' }).click();
      await page.getByTestId('agenda-upcoming').waitFor();
      const entry = page.getByTestId('agenda-upcoming').locator('li', { hasText: 'Demo: Testna ulica 7, Ljubljana' });
      expect(await entry.textContent()).toContain('Demo: Viewing Primer');
      expect(await entry.textContent()).toContain('10:00–10:45');
      expect(await entry.textContent()).toContain('Landlord said no');
      await page.goto(`${server.url}/cases/${caseId}`);
      await page.getByTestId('case-viewings').locator('li', { hasText: 'Demo: Testna ulica 7, Ljubljana' }).waitFor();

      // Edit, then delete (with a confirmation), still offline.
      await page.goto(`${server.url}${viewingPath}/edit`);
      await page.locator('h1', { hasText: 'Edit viewing' }).waitFor();
      expect(await page.getByLabel('Monthly rent (€)').inputValue()).toBe('450.50');
      await page.getByLabel('Address').fill('Demo: Testna ulica 9, Ljubljana');
      await page.getByTestId('save-viewing').click();
      await page.getByTestId('flash').getByText('Viewing saved').waitFor();
      expect(await page.getByTestId('packet-address').textContent()).toBe('Demo: Testna ulica 9, Ljubljana');
      await page.getByTestId('delete-viewing').click();
      await page.getByText('Delete this viewing? This cannot be undone.').waitFor();
      await page.getByTestId('confirm-delete').click();
      await page.locator('h1', { hasText: 'Demo: Viewing Primer' }).waitFor();
      await page.getByTestId('case-viewings').getByText('No viewings for this case yet.').waitFor();
      expect(await networkIsCut(page)).toBe(true);
    } finally {
      await session.close();
    }
  });
});

/** A page in `context` with the demo data loaded through Settings. */
async function withDemoData(server: RunningServer, context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/settings`);
  await waitForScreen(page);
  const button = page.getByTestId('demo-data').getByRole('button');
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="demo-data"] button')?.disabled);
  await button.click();
  // Loaded when the demo viewings are in IndexedDB.
  await until(
    page,
    async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('terenski-zvezek');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const count = await new Promise<number>((resolve, reject) => {
          const request = db.transaction('records').objectStore('records').index('type').count('viewing');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        return count >= 5;
      } finally {
        db.close();
      }
    },
    undefined,
    'demo viewings',
  );
  return page;
}

async function demoIds(page: Page, server: RunningServer): Promise<{ viewingId: string; caseId: string }> {
  await page.goto(`${server.url}/viewings`);
  const link = page.getByTestId('agenda-upcoming').locator('a.vw-item__link').first();
  await link.waitFor();
  const viewingId = (await link.getAttribute('href'))!.split('/')[2]!;
  await page.goto(`${server.url}/viewings/${viewingId}`);
  const caseLink = page.locator('[data-screen] a[href^="/cases/"]').first();
  await caseLink.waitFor();
  const caseId = (await caseLink.getAttribute('href'))!.split('/')[2]!;
  return { viewingId, caseId };
}

describe('leaving the plan form', () => {
  it('asks before throwing away what was typed, in the app’s own dialog; Cancel keeps it', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      const caseId = await createCase(page, 'Demo: Goran Primer');
      await page.getByTestId('case-viewings').getByRole('link', { name: 'Plan a viewing' }).click();
      await page.locator('h1', { hasText: 'Plan a viewing' }).waitFor();
      await page.getByLabel('Address').fill('Demo: Kratka ulica 3, Ljubljana');
      await fillDate(dateField(page, 'Date'), ljubljanaIn(24 * 60).date);
      const dialog = page.getByRole('dialog', { name: 'Throw away what you typed?' });
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      expect(await runAxe(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByLabel('Address').inputValue()).toBe('Demo: Kratka ulica 3, Ljubljana');

      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await dialog.getByRole('button', { name: 'Throw it away' }).click();
      await page.waitForURL((url) => url.pathname === `/cases/${caseId}`);
      await page.getByTestId('case-viewings').getByText('No viewings for this case yet.').waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('viewings accessibility and screenshots', () => {
  for (const language of ['en', 'ar'] as const) {
    it(`has no axe violations on the agenda, form, packet and outcome screen (${language}), and saves screenshots`, async () => {
      const server = await startServer({ staticDir: appDir });
      const phone = await newPhoneContext(browser, { locale: language === 'ar' ? 'ar' : 'en-US' });
      const desktop = await newDesktopContext(browser, { locale: language === 'ar' ? 'ar' : 'en-US' });
      try {
        const page = await withDemoData(server, phone);
        const { viewingId, caseId } = await demoIds(page, server);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);

        // A viewing starting within the hour: the reminder banner shows on every screen.
        if (language === 'en') {
          await phone.grantPermissions(['notifications'], { origin: server.url });
          await waitForServiceWorkerActivated(page);
          const soon = ljubljanaIn(30);
          await page.goto(`${server.url}/cases/${caseId}/viewings/new`);
          await fillDate(dateField(page, 'Date'), soon.date);
          await page.getByLabel('Start', { exact: true }).fill(soon.time);
          await page.getByLabel('Address').fill('Demo: Soon street 1, Ljubljana');
          await page.getByTestId('save-viewing').click();
          await page.getByTestId('flash').waitFor();
          await page.getByTestId('viewing-reminder').getByText('Demo: Soon street 1, Ljubljana').waitFor();
          // Allowed, so it is notified too (once), through the service worker.
          await until(
            page,
            async () => {
              const registration = await navigator.serviceWorker.ready;
              const shown = await registration.getNotifications();
              return shown.some((notification) => notification.body === 'Demo: Soon street 1, Ljubljana');
            },
            undefined,
            'reminder notification',
          );
        }

        const screens = [
          { name: 'agenda', path: '/viewings', ready: '[data-testid="agenda-today"]' },
          { name: 'packet', path: `/viewings/${viewingId}`, ready: '[data-testid="packet-when"]' },
          { name: 'form', path: `/cases/${caseId}/viewings/new`, ready: '[data-testid="viewing-form"]' },
          { name: 'outcome', path: `/viewings/${viewingId}/outcome`, ready: '[data-testid="outcome-form"]' },
          { name: 'edit', path: `/viewings/${viewingId}/edit`, ready: '[data-testid="viewing-form"]' },
          { name: 'case', path: `/cases/${caseId}`, ready: '[data-testid="case-viewings"] li' },
        ];
        for (const screen of screens) {
          await page.goto(`${server.url}${screen.path}`);
          await page.locator(screen.ready).first().waitFor();
          if (screen.name !== 'case') expect(await runAxe(page), `${screen.name} ${language}`).toEqual([]);
          await screenshot(page, `viewings-${screen.name}-${language}-phone`, { fullPage: true });
        }

        // The form with its errors shown.
        await page.goto(`${server.url}/cases/${caseId}/viewings/new`);
        await page.getByTestId('viewing-form').waitFor();
        await page.getByTestId('save-viewing').click();
        await page.getByTestId('form-errors').waitFor();
        expect(await runAxe(page), `form errors ${language}`).toEqual([]);
        await screenshot(page, `viewings-form-errors-${language}-phone`);

        const wide = await withDemoData(server, desktop);
        const wideIds = await demoIds(wide, server);
        for (const screen of screens) {
          const path = screen.path.replace(viewingId, wideIds.viewingId).replace(caseId, wideIds.caseId);
          await wide.goto(`${server.url}${path}`);
          await wide.locator(screen.ready).first().waitFor();
          await screenshot(wide, `viewings-${screen.name}-${language}-desktop`, { fullPage: true });
        }
      } finally {
        await phone.close();
        await desktop.close();
        await server.stop();
      }
    });
  }
});
