// Sync between devices, end to end in Chromium: browser contexts are separate devices (each
// its own IndexedDB, service worker and network switch), the endpoint is the real server
// started with a SETUP_TOKEN. Everything a person does goes through the screens: setting
// up a team, inviting, joining from the shared link, editing offline, resolving a conflict.
// axe-core checks the sync screens in English and Arabic, and screenshots of each go to
// test-results/screens/ (sync-*, conflicts-*, team-*, welcome-*, join-*).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultSchedulerOptions } from '../../src/sync/scheduler.ts';
import {
  addNote,
  builtAppDir,
  createCase,
  cspViolations,
  type Device,
  go,
  heading,
  launchBrowser,
  openDevice,
  runAxe,
  type RunningServer,
  screenshot,
  startServer,
  waitForScreen,
} from './support.ts';

const SETUP_TOKEN = 'fictional-setup-code-e2e';
const PASSWORD = 'fictional passphrase for tests';

let browser: Browser;
let appDir: string;

beforeAll(async () => {
  appDir = await builtAppDir();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function teamServer(options: { dataDir?: string; port?: number } = {}): Promise<RunningServer> {
  return startServer({ staticDir: appDir, env: { SETUP_TOKEN }, ...options });
}

/** A fresh device: it has not made the first-run choice yet. */
function newDevice(kind: 'phone' | 'desktop', locale = 'en-US'): Promise<Device> {
  return openDevice(browser, { desktop: kind === 'desktop', locale, firstRun: true, watchCsp: true });
}

/** Sets up a new team from the setup code on a fresh device, through the welcome screen. */
async function setUpTeam(device: Device, server: RunningServer, username: string): Promise<void> {
  const { page } = device;
  await page.goto(server.url + '/');
  await waitForScreen(page);
  expect(new URL(page.url()).pathname).toBe('/welcome');
  await page.getByTestId('choose-team').click();
  await page.getByLabel('Server address', { exact: true }).waitFor();
  expect(await page.getByLabel('Server address', { exact: true }).inputValue()).toBe(`${server.url}/`);
  await page.getByRole('radio', { name: /Set up a new team/ }).check();
  await page.getByLabel('Setup code', { exact: true }).fill(SETUP_TOKEN);
  await page.getByLabel('Team name', { exact: true }).fill('Fictional Aid Ljubljana');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Name of this device', { exact: true }).fill('Coordinator phone');
  await page.getByTestId('join-submit').click();
  await page.waitForURL('**/sync');
  await page.getByTestId('account-user').filter({ hasText: username }).waitFor();
}

/** Creates an invite on the coordinator's device and returns its code and link. */
async function createInvite(page: Page, role: 'Counselor' | 'Volunteer' = 'Counselor'): Promise<{ code: string; link: string }> {
  await go(page, '/team');
  await page.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await page.getByTestId('create-invite').click();
  await page.getByTestId('invite').waitFor();
  return { code: (await page.getByTestId('invite-code').textContent()) ?? '', link: (await page.getByTestId('invite-link').textContent()) ?? '' };
}

/** Opens the shared link on a fresh device and joins with a new username. */
async function joinFromLink(device: Device, link: string, username: string): Promise<void> {
  const { page } = device;
  await page.goto(link);
  await waitForScreen(page);
  await page.getByLabel('Invite code', { exact: true }).waitFor();
  // The code was read, then removed from the address bar (and so from history).
  expect(page.url()).not.toContain('invite');
  expect(new URL(page.url()).pathname).toBe('/join');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByTestId('join-submit').click();
  await page.waitForURL('**/sync');
  await page.getByTestId('account-user').filter({ hasText: username }).waitFor();
}

async function teamOfTwo(server: RunningServer, a: Device, b: Device): Promise<void> {
  await setUpTeam(a, server, 'coord.ana');
  const { link } = await createInvite(a.page);
  await joinFromLink(b, link, 'counselor.bor');
}

/** "Sync now" on the sync screen, then waits until that run is over and nothing waits. */
async function syncNow(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== '/sync') await go(page, '/sync');
  const before = await page.getByTestId('last-sync').getAttribute('data-at');
  await page.getByTestId('sync-now').click();
  // A run that went through moves "last successful sync"; then nothing may wait.
  await page.waitForFunction((previous) => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="sync-now"]');
    const at = document.querySelector('[data-testid="last-sync"]')?.getAttribute('data-at');
    const count = document.querySelector('[data-testid="outbox-count"]')?.textContent ?? '';
    return button !== null && !button.disabled && at !== previous && /^0\b/.test(count);
  }, before);
}

/** Whether anything answers at `url` (from the test, not from a device). */
function reachable(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
    async (response) => {
      await response.arrayBuffer();
      return true;
    },
    () => false,
  );
}

/** The top bar's sync status tone (ok, waiting, offline, problem, quiet). */
async function waitForTone(page: Page, tone: string, timeout = 30_000): Promise<void> {
  await page.locator(`[data-testid="sync-status"][data-tone="${tone}"]`).waitFor({ timeout });
}

async function editFirstNote(page: Page, text: string): Promise<void> {
  const note = page.getByTestId('note').first();
  await note.getByRole('button', { name: 'Edit' }).click();
  await note.getByLabel('Note', { exact: true }).fill(text);
  await note.getByRole('button', { name: 'Save note' }).click();
  await page.waitForFunction((expected) => document.querySelector('[data-testid="note"] .note__body')?.textContent === expected, text);
}

/** Switches the app language in Settings (works whatever language shows now). */
async function setLanguage(page: Page, language: 'en' | 'ar'): Promise<void> {
  await go(page, '/settings');
  await page.locator('select').filter({ has: page.locator('option[value="ar"]') }).selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** axe finds nothing, the CSP blocked nothing, and a screenshot for a person to look at. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.getByTestId('sync-status').waitFor();
  expect({ screen: name, violations: await runAxe(page) }).toEqual({ screen: name, violations: [] });
  expect({ screen: name, csp: await cspViolations(page) }).toEqual({ screen: name, csp: [] });
  await screenshot(page, name, { fullPage: true });
}

describe('sync between two devices', () => {
  it('sets up a team on device A, invites, and device B joins from the link, all through the screens', async () => {
    const server = await teamServer();
    const a = await newDevice('phone');
    const b = await newDevice('desktop');
    try {
      await setUpTeam(a, server, 'coord.ana');
      expect(await heading(a.page)).toBe('Account and sync');
      expect(await a.page.getByText('Coordinator', { exact: false }).count()).toBeGreaterThan(0);
      await waitForTone(a.page, 'ok');
      await checkScreen(a.page, 'sync-en-phone');

      const invite = await createInvite(a.page);
      expect(invite.code.length).toBeGreaterThanOrEqual(16);
      // No personal data in the link: the app's address, and the code in the fragment.
      expect(invite.link).toBe(`${server.url}/join#invite=${encodeURIComponent(invite.code)}`);
      // The QR code is drawn on the device, as an SVG data image.
      expect(await a.page.locator('img.sync-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
      await checkScreen(a.page, 'team-en-phone');

      await joinFromLink(b, invite.link, 'counselor.bor');
      expect(await b.page.getByTestId('account-user').textContent()).toBe('counselor.bor');
      expect(await b.page.locator('dd').filter({ has: b.page.getByTestId('account-user') }).textContent()).toBe('counselor.bor (Counselor)');
      await waitForTone(b.page, 'ok');
      await checkScreen(b.page, 'sync-en-desktop');

      // The same code works only once.
      const third = await newDevice('phone');
      await third.page.goto(invite.link);
      await third.page.getByLabel('Username', { exact: true }).fill('someone.else');
      await third.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await third.page.getByTestId('join-submit').click();
      await third.page.getByText('This invite code is unknown, expired or already used.', { exact: false }).waitFor();
      // A wrong password on sign-in says so, at the password field.
      await third.page.getByRole('radio', { name: /With my username and password/ }).check();
      await third.page.getByLabel('Username', { exact: true }).fill('coord.ana');
      await third.page.getByLabel('Password', { exact: true }).fill('not the right passphrase');
      await third.page.getByTestId('join-submit').click();
      await third.page.getByText('The username or password is wrong.').waitFor();
      await third.context.close();

      // The coordinator sees both people and their devices.
      await go(a.page, '/team');
      await a.page.getByTestId('members').waitFor();
      expect(await a.page.getByTestId('member').count()).toBe(2);
      expect(await a.page.getByTestId('device').count()).toBe(2);
      await a.page.getByTestId('audit').waitFor();
      expect(await a.page.getByTestId('audit').textContent()).toContain('Invite accepted');

      // The coordinator revokes B's device (after a confirm); B is asked to sign in again,
      // keeps everything on the device, and syncs again once signed in.
      await a.page.getByRole('button', { name: 'Revoke' }).click();
      await a.page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
      await a.page.getByText('was revoked.').waitFor();
      await b.page.getByTestId('sync-now').click();
      await waitForTone(b.page, 'problem');
      expect(await b.page.getByTestId('sync-status').textContent()).toContain('Sign in again');
      const signInAgain = b.page.locator('form').filter({ hasText: 'Sign in again' });
      await signInAgain.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await signInAgain.getByRole('button', { name: 'Sign in' }).click();
      await waitForTone(b.page, 'ok');
      expect(await signInAgain.count()).toBe(0);

      // The coordinator screens in Arabic, and on a desktop (signed in with username and password).
      await setLanguage(a.page, 'ar');
      await go(a.page, '/team');
      await a.page.getByTestId('create-invite').click();
      await a.page.getByTestId('invite').waitFor();
      await checkScreen(a.page, 'team-ar-phone');
      await setLanguage(a.page, 'en');

      const desk = await newDevice('desktop');
      await desk.page.goto(server.url + '/join');
      await desk.page.getByRole('radio', { name: /With my username and password/ }).check();
      await desk.page.getByLabel('Username', { exact: true }).fill('coord.ana');
      await desk.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await desk.page.getByTestId('join-submit').click();
      await desk.page.waitForURL('**/sync');
      await go(desk.page, '/team');
      await desk.page.getByTestId('create-invite').click();
      await desk.page.getByTestId('invite').waitFor();
      await desk.page.getByTestId('members').waitFor();
      await checkScreen(desk.page, 'team-en-desktop');
      await setLanguage(desk.page, 'ar');
      await go(desk.page, '/team');
      await desk.page.getByTestId('members').waitFor();
      await checkScreen(desk.page, 'team-ar-desktop');
      await desk.context.close();
    } finally {
      await a.context.close();
      await b.context.close();
      await server.stop();
    }
  });

  it('keeps both texts when two devices edit one note offline, and resolving on one clears it on the other', async () => {
    const server = await teamServer();
    const a = await newDevice('phone');
    const b = await newDevice('desktop');
    try {
      await teamOfTwo(server, a, b);
      const caseId = await createCase(a.page, 'Demo: Amira Primer');
      await addNote(a.page, 'Called the landlord.');
      await syncNow(a.page);
      await syncNow(b.page);
      await go(b.page, `/cases/${caseId}`);
      await b.page.getByTestId('note').filter({ hasText: 'Called the landlord.' }).waitFor();
      await go(a.page, `/cases/${caseId}`);

      // Both offline, both edit the same note.
      await a.context.setOffline(true);
      await b.context.setOffline(true);
      await editFirstNote(a.page, 'Called the landlord: viewing on Monday at 10.');
      await editFirstNote(b.page, 'Called the landlord: no answer, try again on Friday.');
      await waitForTone(a.page, 'offline');
      await waitForTone(b.page, 'offline');

      // Back online: each sends its change without a click (the browser's online event).
      await a.context.setOffline(false);
      await waitForTone(a.page, 'ok');
      await b.context.setOffline(false);
      // B's push makes the conflict, and B learns of it at once: a conflict waits for a
      // person, so the top bar says so instead of "Synced".
      await waitForTone(b.page, 'attention');
      // Whoever sent first learns of the conflict on its next pull.
      await syncNow(a.page);
      await syncNow(b.page);

      for (const device of [a, b]) {
        await device.page.getByTestId('conflict-count').filter({ hasText: '1' }).waitFor();
        await go(device.page, '/sync/conflicts');
        await device.page.getByTestId('conflict').waitFor();
        expect(await device.page.getByTestId('conflict').count()).toBe(1);
        const both = [await device.page.getByTestId('current-value').textContent(), await device.page.getByTestId('kept-value').textContent()].join(' | ');
        expect(both).toContain('Called the landlord: viewing on Monday at 10.');
        expect(both).toContain('Called the landlord: no answer, try again on Friday.');
      }
      // The case page says so too.
      await go(b.page, `/cases/${caseId}`);
      await b.page.getByTestId('case-conflicts').waitFor();

      // The screens with a conflict, in English and Arabic, phone and desktop.
      await go(a.page, '/sync/conflicts');
      await checkScreen(a.page, 'conflicts-en-phone');
      await go(b.page, '/sync/conflicts');
      await checkScreen(b.page, 'conflicts-en-desktop');
      for (const [device, kind] of [
        [a, 'phone'],
        [b, 'desktop'],
      ] as const) {
        await setLanguage(device.page, 'ar');
        await go(device.page, '/sync/conflicts');
        await device.page.getByTestId('conflict').waitFor();
        await checkScreen(device.page, `conflicts-ar-${kind}`);
        await go(device.page, '/sync');
        await device.page.getByTestId('conflict-count').waitFor();
        await checkScreen(device.page, `sync-ar-${kind}`);
        await setLanguage(device.page, 'en');
      }

      // A writes a merged text; it syncs; B's conflict is gone and B has the merged text.
      await go(a.page, '/sync/conflicts');
      await a.page.getByRole('button', { name: 'Write a merged text' }).click();
      const merged = a.page.getByLabel('Merged text', { exact: true });
      expect(await merged.inputValue()).toContain('no answer, try again on Friday.');
      await merged.fill('Called the landlord: no answer at first; viewing on Monday at 10.');
      await a.page.getByRole('button', { name: 'Save merged text' }).click();
      await a.page.getByText('No conflicts', { exact: true }).waitFor();
      await syncNow(a.page);

      await syncNow(b.page);
      await b.page.getByText('No conflicts to resolve.').waitFor();
      await go(b.page, '/sync/conflicts');
      await b.page.getByText('No conflicts', { exact: true }).waitFor();
      await go(b.page, `/cases/${caseId}`);
      await b.page.getByTestId('note').filter({ hasText: 'no answer at first; viewing on Monday at 10.' }).waitFor();
      expect(await b.page.getByTestId('case-conflicts').count()).toBe(0);

      // Signing out refuses while a change waits, and discards it only when asked twice.
      await b.context.setOffline(true);
      await addNote(b.page, 'Note that never left this device.');
      await go(b.page, '/sync');
      await b.page.getByTestId('sign-out').click();
      await b.page.getByRole('dialog', { name: 'Sign out of Fictional Aid Ljubljana?' }).getByRole('button', { name: 'Sign out' }).click();
      await b.page.getByTestId('sign-out-refused').waitFor();
      expect(await b.page.getByTestId('sign-out-refused').textContent()).toContain('1 change has not been sent to the team yet.');
      await b.page.getByRole('button', { name: 'Sign out anyway, discard 1 change' }).click();
      await b.page.getByRole('dialog', { name: 'Discard 1 unsent change?' }).getByRole('button', { name: 'Sign out anyway, discard 1 change' }).click();
      await b.page.waitForURL('**/welcome');
      // The team's data is gone from the device, and the status is quiet again.
      await waitForTone(b.page, 'quiet');
      await b.page.getByTestId('use-locally').click();
      await go(b.page, '/cases');
      await b.page.getByText('No cases yet').waitFor();
      expect(await b.page.getByText('Demo: Amira Primer').count()).toBe(0);
    } finally {
      await a.context.close();
      await b.context.close();
      await server.stop();
    }
  });

  it('sends a change made offline while the server was stopped once it runs again, and the other device gets it, without any click', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tz-sync-e2e-'));
    let server = await teamServer({ dataDir });
    const port = server.port;
    const a = await newDevice('phone');
    const b = await newDevice('phone');
    // B's own timers run on a clock the test can move on (time still flows as usual until
    // then): installed before B loads the app, so its sync scheduler uses it.
    await b.page.clock.install();
    try {
      await teamOfTwo(server, a, b);
      const caseId = await createCase(a.page, 'Demo: Petra Vzorec');
      await addNote(a.page, 'First visit done.');
      await syncNow(a.page);
      await syncNow(b.page);
      await go(b.page, `/cases/${caseId}`);
      await b.page.getByTestId('note').filter({ hasText: 'First visit done.' }).waitFor();
      await go(a.page, `/cases/${caseId}`);

      // The server stops and A loses its network; A keeps working.
      await server.stop();
      expect(await reachable(server.url)).toBe(false);
      await a.context.setOffline(true);
      await addNote(a.page, 'Documents copied while offline.');
      await waitForTone(a.page, 'offline');
      expect(await a.page.getByTestId('sync-status').textContent()).toContain('1 waiting');
      expect(await b.page.getByTestId('note').filter({ hasText: 'Documents copied while offline.' }).count()).toBe(0);

      // The server comes back (same data, same port); A stays cut off until its network returns.
      server = await teamServer({ dataDir, port });
      expect(await reachable(server.url)).toBe(true);
      expect(await a.page.evaluate(() => fetch('/v1/changes').then(() => 'answered', () => 'failed'))).toBe('failed');
      await a.context.setOffline(false);
      await waitForTone(a.page, 'ok', 60_000);
      // B syncs on its own schedule (periodically while visible): no click, no reload. Its
      // clock moves on by one period at once instead of the test waiting for it.
      await b.page.clock.fastForward(defaultSchedulerOptions.periodicMs);
      await b.page.getByTestId('note').filter({ hasText: 'Documents copied while offline.' }).waitFor({ timeout: 30_000 });
    } finally {
      await a.context.close();
      await b.context.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('first-run choice and joining', () => {
  it('shows the choice once on a fresh device, remembers "this device only", and the screens pass axe in English and Arabic', async () => {
    const server = await teamServer();
    try {
      for (const language of ['en', 'ar'] as const) {
        for (const kind of ['phone', 'desktop'] as const) {
          const device = await newDevice(kind, language === 'ar' ? 'ar' : 'en-US');
          await device.page.goto(server.url + '/cases');
          await waitForScreen(device.page);
          expect(new URL(device.page.url()).pathname).toBe('/welcome');
          expect(await device.page.evaluate(() => document.documentElement.lang)).toBe(language);
          await checkScreen(device.page, `welcome-${language}-${kind}`);
          await device.page.getByTestId('choose-team').click();
          await device.page.locator('form.sync-form').waitFor();
          await checkScreen(device.page, `join-${language}-${kind}`);
          if (language === 'en' && kind === 'phone') {
            // An address the app cannot use says so at the field.
            await device.page.getByLabel('Server address', { exact: true }).fill('http://192.0.2.10');
            await device.page.getByLabel('Invite code', { exact: true }).fill('fictional-code');
            await device.page.getByLabel('Username', { exact: true }).fill('new.person');
            await device.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
            await device.page.getByTestId('join-submit').click();
            await device.page.getByText('This address is not secure (http).', { exact: false }).waitFor();
            // "This device only": remembered, the status says so, and the choice never shows again.
            await go(device.page, '/welcome');
            await device.page.getByTestId('use-locally').click();
            await device.page.waitForURL(`${server.url}/`);
            await waitForTone(device.page, 'quiet');
            expect(await device.page.getByTestId('sync-status').textContent()).toContain('This device only');
            await device.page.goto(server.url + '/cases');
            await waitForScreen(device.page);
            expect(new URL(device.page.url()).pathname).toBe('/cases');
            await go(device.page, '/sync');
            await checkScreen(device.page, 'sync-local-en-phone');
          }
          await device.context.close();
        }
      }
    } finally {
      await server.stop();
    }
  });
});
