// Teamwork in Chromium, beyond the English happy path (teamwork.test.ts):
// - a volunteer, given a case by the coordinator by name (the case page shows who assigned
//   it), works on it with the server STOPPED and the phone offline (no request of theirs
//   is answered meanwhile), adds a note and a viewing's outcome, and once back online the
//   coordinator's device shows both;
// - the team flow in Slovenian, Persian and Arabic: names on the Team screen, the
//   "needs you" badge and the refused list in that language (right to left for fa and ar),
//   axe clean. Screenshots: test-results/screens/team-offline-*.png.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  addNote,
  builtAppDir,
  cspViolations,
  type Device,
  go,
  launchBrowser,
  openDevice,
  repoRoot,
  runAxe,
  type RunningServer,
  screenshot,
  startServer,
  waitForScreen,
  waitForServiceWorkerActivated,
} from './support.ts';

const SETUP_TOKEN = 'fictional-setup-code-team-offline';
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

type Language = 'sl' | 'fa' | 'ar';
type Texts = Record<string, unknown>;

function locale(language: string, namespace: string): Texts {
  return JSON.parse(readFileSync(path.join(repoRoot, 'locales', language, `${namespace}.json`), 'utf8')) as Texts;
}

function text(texts: Texts, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts);
  if (typeof value !== 'string') throw new Error(`no text at ${key}`);
  return value;
}

function newDevice(): Promise<Device> {
  return openDevice(browser, { locale: 'en-US', firstRun: true, watchCsp: true });
}

async function fillAccount(page: Page, username: string, displayName: string): Promise<void> {
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Your name in the team (optional)', { exact: true }).fill(displayName);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Name of this device', { exact: true }).fill(`${displayName}'s phone`);
  await page.getByTestId('join-submit').click();
  await page.waitForURL('**/sync');
  await page.getByTestId('account-user').filter({ hasText: username }).waitFor();
}

async function setUpTeam(device: Device, server: RunningServer): Promise<void> {
  const { page } = device;
  await page.goto(server.url + '/');
  await waitForScreen(page);
  await page.getByTestId('choose-team').click();
  await page.getByRole('radio', { name: /Set up a new team/ }).check();
  await page.getByLabel('Setup code', { exact: true }).fill(SETUP_TOKEN);
  await page.getByLabel('Team name', { exact: true }).fill('Fictional Aid Maribor');
  await fillAccount(page, 'coord.ana', 'Ana');
}

async function join(coordinator: Page, device: Device, role: 'Counselor' | 'Volunteer', username: string, displayName: string): Promise<void> {
  await go(coordinator, '/team');
  await coordinator.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await coordinator.getByTestId('create-invite').click();
  await coordinator.getByTestId('invite').waitFor();
  const link = (await coordinator.getByTestId('invite-link').textContent()) ?? '';
  await device.page.goto(link);
  await waitForScreen(device.page);
  await fillAccount(device.page, username, displayName);
}

/** "Sync now" on the sync screen, then waits until the run is over. */
async function syncNow(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== '/sync') await go(page, '/sync');
  const before = await page.getByTestId('last-sync').getAttribute('data-at');
  await page.getByTestId('sync-now').click();
  await page.waitForFunction((previous) => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="sync-now"]');
    const at = document.querySelector('[data-testid="last-sync"]')?.getAttribute('data-at');
    return button !== null && !button.disabled && at !== previous;
  }, before);
}

async function setLanguage(page: Page, language: 'en' | Language): Promise<void> {
  await go(page, '/settings');
  await page.locator('select').filter({ has: page.locator('option[value="ar"]') }).selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

async function checkScreen(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect({ screen: name, violations: await runAxe(page) }).toEqual({ screen: name, violations: [] });
  expect({ screen: name, csp: await cspViolations(page) }).toEqual({ screen: name, csp: [] });
  await screenshot(page, name, { fullPage: true });
}

async function openCase(page: Page, name: string): Promise<void> {
  await go(page, '/cases');
  await page.getByRole('link', { name }).first().click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('a volunteer working offline on an assigned case', () => {
  it('reaches the coordinator with the note and the viewing outcome once back online', async () => {
    // The test owns the data folder, so the server can stop and start again on it.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tz-team-offline-'));
    let server = await startServer({ staticDir: appDir, dataDir, env: { SETUP_TOKEN } });
    const coordinator = await newDevice();
    const volunteer = await newDevice();
    try {
      await setUpTeam(coordinator, server);
      await join(coordinator.page, volunteer, 'Volunteer', 'vol.vid', 'Vid');
      await syncNow(coordinator.page);
      await go(coordinator.page, '/team');
      await coordinator.page.getByTestId('member-name').filter({ hasText: 'Vid' }).waitFor();
      await checkScreen(coordinator.page, 'team-offline-team-en-phone');

      // Assigned by name; the case page says who assigned whom.
      await go(coordinator.page, '/cases/new');
      await coordinator.page.getByLabel('Name', { exact: true }).fill('Demo: Nadia Vzorec');
      await coordinator.page.getByTestId('assignees').getByLabel(/^Vid/).check();
      await coordinator.page.getByRole('button', { name: 'Create case' }).click();
      await coordinator.page.getByTestId('case-assignees').filter({ hasText: 'Vid' }).waitFor();
      expect(await coordinator.page.getByTestId('assignment-change').allTextContents()).toEqual([expect.stringMatching(/^\u2068Ana\u2069 assigned \u2068Vid\u2069, /)]);
      await syncNow(coordinator.page);
      await syncNow(volunteer.page);
      await openCase(volunteer.page, 'Demo: Nadia Vzorec');
      expect(await volunteer.page.getByTestId('assignment-change').allTextContents()).toEqual([expect.stringMatching(/^\u2068Ana\u2069 assigned \u2068Vid\u2069, /)]);

      // Offline for real: the phone has no network and the server is not running.
      const answered: string[] = [];
      // (the app's own files come from the service worker's cache; the API cannot)
      const countAnswers = (request: { url(): string }) => {
        if (request.url().startsWith(`${server.url}/v1/`)) answered.push(new URL(request.url()).pathname);
      };
      volunteer.context.on('requestfinished', countAnswers);
      await volunteer.context.setOffline(true);
      await server.stop();

      await addNote(volunteer.page, 'Demo: called the landlord, viewing tomorrow at ten.');
      const viewings = volunteer.page.getByTestId('case-viewings');
      await viewings.getByRole('link', { name: 'Plan a viewing' }).click();
      await volunteer.page.locator('h1', { hasText: 'Plan a viewing' }).waitFor();
      await volunteer.page.getByRole('button', { name: 'Tomorrow' }).click();
      await volunteer.page.getByLabel('Start', { exact: true }).fill('10:00');
      await volunteer.page.getByLabel('Address').fill('Demo: Testna ulica 3, Maribor');
      await volunteer.page.getByTestId('save-viewing').click();
      await volunteer.page.getByTestId('flash').getByText('Viewing saved').waitFor();
      await volunteer.page.getByRole('link', { name: 'Log the outcome' }).click();
      await volunteer.page.locator('h1', { hasText: 'How did the viewing go?' }).waitFor();
      await volunteer.page.getByTestId('choice-outcome').getByLabel('Landlord said no').click();
      await volunteer.page.getByTestId('save-outcome').click();
      await volunteer.page.getByTestId('flash').getByText('Outcome saved').waitFor();
      volunteer.context.off('requestfinished', countAnswers);
      expect(answered).toEqual([]);

      // Back online, on the same data.
      server = await startServer({ staticDir: appDir, dataDir, port: server.port, env: { SETUP_TOKEN } });
      await volunteer.context.setOffline(false);
      await syncNow(volunteer.page);
      await volunteer.page.locator('[data-testid="sync-status"][data-tone="ok"]').waitFor();
      await syncNow(coordinator.page);
      await openCase(coordinator.page, 'Demo: Nadia Vzorec');
      await coordinator.page.getByTestId('note').filter({ hasText: 'Demo: called the landlord, viewing tomorrow at ten.' }).waitFor();
      const viewing = coordinator.page.getByTestId('case-viewings').locator('li', { hasText: 'Demo: Testna ulica 3, Maribor' });
      expect(await viewing.textContent()).toContain('Landlord said no');
    } finally {
      await Promise.all([coordinator.context.close(), volunteer.context.close()]);
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.each<Language>(['sl', 'fa', 'ar'])('the team flow in %s', (language) => {
  it('names people, shows the "needs you" badge and the refused list in that language, axe clean', async () => {
    const cases = locale(language, 'cases');
    const sync = locale(language, 'sync');
    const server = await startServer({ staticDir: appDir, env: { SETUP_TOKEN } });
    const coordinator = await newDevice();
    const counselor = await newDevice();
    try {
      await setUpTeam(coordinator, server);
      await join(coordinator.page, counselor, 'Counselor', 'couns.bor', 'Bor');
      await setLanguage(counselor.page, language);

      // Offline, the counselor writes a case while the coordinator makes them a volunteer.
      // Offline works once the service worker holds the whole app.
      await go(counselor.page, '/cases/new');
      await waitForServiceWorkerActivated(counselor.page);
      await counselor.context.setOffline(true);
      await counselor.page.getByLabel(text(cases, 'field.displayName'), { exact: true }).fill('Demo: Sara Vzorec');
      await counselor.page.getByRole('button', { name: text(cases, 'form.create') }).click();
      await counselor.page.getByRole('heading', { level: 1, name: 'Demo: Sara Vzorec' }).waitFor();
      await go(coordinator.page, '/team');
      const bor = coordinator.page.getByTestId('member').filter({ has: coordinator.page.getByTestId('member-name').filter({ hasText: 'Bor' }) });
      await bor.getByLabel('Role', { exact: true }).selectOption('volunteer');
      await bor.getByRole('button', { name: 'Change role' }).click();
      await bor.getByTestId('member-role').filter({ hasText: 'Volunteer' }).waitFor();

      // The Team screen names everyone, in the language chosen.
      await setLanguage(coordinator.page, language);
      await go(coordinator.page, '/team');
      await coordinator.page.getByTestId('member-name').filter({ hasText: 'Bor' }).waitFor();
      expect(await coordinator.page.getByTestId('member-name').allTextContents()).toEqual(expect.arrayContaining(['Ana', 'Bor']));
      expect(await coordinator.page.evaluate(() => document.documentElement.dir)).toBe(language === 'sl' ? 'ltr' : 'rtl');
      await checkScreen(coordinator.page, `team-offline-team-${language}-phone`);

      // Refused: the badge says it needs the person, the list shows what they typed.
      await counselor.context.setOffline(false);
      await syncNow(counselor.page);
      const badge = counselor.page.locator('[data-testid="sync-status"][data-tone="attention"]');
      await badge.waitFor();
      const badgeText = (await badge.textContent()) ?? '';
      for (const part of text(sync, 'status.short.attention_one').split('{{count}}')) expect(badgeText).toContain(part.trim());
      const refused = counselor.page.getByTestId('rejected-change');
      expect(await refused.getByTestId('rejected-values').textContent()).toContain('Demo: Sara Vzorec');
      await refused.getByRole('button', { name: text(sync, 'rejected.assignAndSend') }).waitFor();
      expect(await counselor.page.evaluate(() => document.documentElement.lang)).toBe(language);
      await checkScreen(counselor.page, `team-offline-refused-${language}-phone`);
    } finally {
      await Promise.all([coordinator.context.close(), counselor.context.close()]);
      await server.stop();
    }
  });
});
