// A team of three in Chromium (coordinator, counselor, volunteer: three browser contexts,
// one real endpoint), everything through the screens: names chosen when joining, a case
// assigned to the volunteer by name, the volunteer's own case reaching the coordinator, a
// refused change that shows a "needs you" badge and is fixed with "Assign to me and send
// again", and deactivating the volunteer, which removes the team's data from their phone
// at its next sync and refuses their password. axe checks the Team and Sync screens;
// screenshots in English and Arabic (phone and desktop) go to test-results/screens/team3-*.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtAppDir, cspViolations, type Device, go, launchBrowser, openDevice, runAxe, type RunningServer, screenshot, startServer, waitForScreen } from './support.ts';

const SETUP_TOKEN = 'fictional-setup-code-teamwork';
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

function newDevice(kind: 'phone' | 'desktop' = 'phone'): Promise<Device> {
  return openDevice(browser, { desktop: kind === 'desktop', locale: 'en-US', firstRun: true, watchCsp: true });
}

async function joinForm(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForScreen(page);
}

async function fillAccount(page: Page, username: string, displayName: string, deviceName: string): Promise<void> {
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Your name in the team (optional)', { exact: true }).fill(displayName);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Name of this device', { exact: true }).fill(deviceName);
  await page.getByTestId('join-submit').click();
  await page.waitForURL('**/sync');
  await page.getByTestId('account-user').filter({ hasText: username }).waitFor();
}

async function setUpTeam(device: Device, server: RunningServer): Promise<void> {
  const { page } = device;
  await joinForm(page, server.url + '/');
  await page.getByTestId('choose-team').click();
  await page.getByRole('radio', { name: /Set up a new team/ }).check();
  await page.getByLabel('Setup code', { exact: true }).fill(SETUP_TOKEN);
  await page.getByLabel('Team name', { exact: true }).fill('Fictional Aid Ljubljana');
  await fillAccount(page, 'coord.ana', 'Ana', 'Coordinator phone');
}

async function invite(page: Page, role: 'Counselor' | 'Volunteer'): Promise<string> {
  await go(page, '/team');
  await page.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await page.getByTestId('create-invite').click();
  await page.getByTestId('invite').waitFor();
  return (await page.getByTestId('invite-link').textContent()) ?? '';
}

async function join(device: Device, link: string, username: string, displayName: string): Promise<void> {
  await joinForm(device.page, link);
  await fillAccount(device.page, username, displayName, `${displayName}'s phone`);
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

async function setLanguage(page: Page, language: 'en' | 'ar'): Promise<void> {
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

describe('a team of three', () => {
  it('assigns by name, fixes a refused change, and cuts off a deactivated volunteer', async () => {
    const server = await startServer({ staticDir: appDir, env: { SETUP_TOKEN } });
    const coordinator = await newDevice('desktop');
    const counselor = await newDevice();
    const volunteer = await newDevice();
    try {
      await setUpTeam(coordinator, server);
      await join(counselor, await invite(coordinator.page, 'Counselor'), 'couns.bor', 'Bor');
      await join(volunteer, await invite(coordinator.page, 'Volunteer'), 'vol.vid', 'Vid');
      await syncNow(coordinator.page);

      // The Team screen names everyone.
      await go(coordinator.page, '/team');
      await coordinator.page.getByTestId('member-name').filter({ hasText: 'Vid' }).waitFor();
      expect(await coordinator.page.getByTestId('member-name').allTextContents()).toEqual(expect.arrayContaining(['Ana', 'Bor', 'Vid']));
      await checkScreen(coordinator.page, 'team3-team-en-desktop');

      // The coordinator assigns a new case to the volunteer, by name.
      await go(coordinator.page, '/cases/new');
      await coordinator.page.getByLabel('Name', { exact: true }).fill('Demo: Mina Vzorec');
      await coordinator.page.getByTestId('assignees').getByLabel(/^Vid/).check();
      await coordinator.page.getByRole('button', { name: 'Create case' }).click();
      await coordinator.page.getByTestId('case-assignees').filter({ hasText: 'Vid' }).waitFor();
      await syncNow(coordinator.page);

      // The volunteer sees it, named, and their own new case keeps them assigned.
      await syncNow(volunteer.page);
      await openCase(volunteer.page, 'Demo: Mina Vzorec');
      expect(await volunteer.page.getByTestId('case-assignees').textContent()).toBe('Vid');
      await go(volunteer.page, '/cases/new');
      await volunteer.page.getByLabel('Name', { exact: true }).fill('Demo: Luka Primer');
      // The form ticks and locks the volunteer's own box once it knows who is signed in.
      const ownBox = volunteer.page.getByTestId('assignees').getByLabel(/^Vid/);
      await expect.poll(() => ownBox.isChecked()).toBe(true);
      await expect.poll(() => ownBox.isDisabled()).toBe(true);
      await volunteer.page.getByRole('button', { name: 'Create case' }).click();
      await volunteer.page.getByTestId('case-assignees').waitFor();
      await syncNow(volunteer.page);
      expect(await volunteer.page.getByTestId('rejected-change').count()).toBe(0);
      await syncNow(coordinator.page);
      await openCase(coordinator.page, 'Demo: Luka Primer');

      // The counselor writes a case offline while the coordinator makes them a volunteer:
      // the endpoint refuses it, the top bar says so, and the fix delivers it.
      await counselor.context.setOffline(true);
      await go(counselor.page, '/cases/new');
      await counselor.page.getByLabel('Name', { exact: true }).fill('Demo: Sara Vzorec');
      await counselor.page.getByRole('button', { name: 'Create case' }).click();
      await counselor.page.getByRole('heading', { level: 1, name: 'Demo: Sara Vzorec' }).waitFor();
      await go(coordinator.page, '/team');
      const bor = coordinator.page.getByTestId('member').filter({ has: coordinator.page.getByTestId('member-name').filter({ hasText: 'Bor' }) });
      await bor.getByLabel('Role', { exact: true }).selectOption('volunteer');
      await bor.getByRole('button', { name: 'Change role' }).click();
      await bor.getByTestId('member-role').filter({ hasText: 'Volunteer' }).waitFor();
      await counselor.context.setOffline(false);
      await syncNow(counselor.page);
      await counselor.page.locator('[data-testid="sync-status"][data-tone="attention"]').waitFor();
      expect(await counselor.page.getByTestId('sync-status').textContent()).toContain('1 needs you');
      const refused = counselor.page.getByTestId('rejected-change');
      expect(await refused.getByTestId('rejected-values').textContent()).toContain('Demo: Sara Vzorec');
      await checkScreen(counselor.page, 'team3-refused-en-phone');
      await refused.getByRole('button', { name: 'Assign to me and send again' }).click();
      await refused.waitFor({ state: 'detached' });
      await syncNow(counselor.page);
      await counselor.page.locator('[data-testid="sync-status"][data-tone="ok"]').waitFor();
      await syncNow(coordinator.page);
      await openCase(coordinator.page, 'Demo: Sara Vzorec');
      expect(await coordinator.page.getByTestId('case-assignees').textContent()).toBe('Bor');

      // Screens in Arabic, right to left.
      await setLanguage(coordinator.page, 'ar');
      await go(coordinator.page, '/team');
      await coordinator.page.getByTestId('member-name').first().waitFor();
      expect(await coordinator.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await checkScreen(coordinator.page, 'team3-team-ar-desktop');
      await setLanguage(coordinator.page, 'en');
      await setLanguage(volunteer.page, 'ar');
      await go(volunteer.page, '/sync');
      await checkScreen(volunteer.page, 'team3-sync-ar-phone');
      await setLanguage(volunteer.page, 'en');

      // Deactivating the volunteer: their next sync removes the team's data, and their
      // password no longer signs in.
      await go(coordinator.page, '/team');
      const vid = coordinator.page.getByTestId('member').filter({ has: coordinator.page.getByTestId('member-name').filter({ hasText: 'Vid' }) });
      await vid.getByRole('button', { name: 'Deactivate' }).click();
      await coordinator.page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
      await vid.getByText('Deactivated', { exact: true }).waitFor();
      // Opening the app starts a sync.
      await volunteer.page.reload();
      await waitForScreen(volunteer.page);
      await volunteer.page.locator('[data-testid="sync-status"]').filter({ hasText: 'Sign in again' }).waitFor({ timeout: 60_000 });
      await go(volunteer.page, '/cases');
      await volunteer.page.getByRole('heading', { name: 'Nothing is assigned to you yet' }).waitFor();
      const signIn = await fetch(`${server.url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-protocol-version': '1' },
        body: JSON.stringify({ username: 'vol.vid', password: PASSWORD, deviceName: 'Another phone' }),
      });
      expect(signIn.status).toBe(401);
    } finally {
      await Promise.all([coordinator.context.close(), counselor.context.close(), volunteer.context.close()]);
      await server.stop();
    }
  });
});
