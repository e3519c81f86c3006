// A team of two devices through the screens, for end-to-end tests that need sync: the
// coordinator sets the team up from the setup code and invites, the second device joins
// from the invite link; "Sync now" runs one sync and waits until nothing waits.
import type { Page } from 'playwright-core';
import { go, startServer, waitForScreen, type Device, type RunningServer } from './support.ts';

const SETUP_TOKEN = 'fictional-setup-code-team';
const PASSWORD = 'fictional passphrase for tests';

/** An endpoint serving the built app that accepts the setup code used here. */
export function teamServer(staticDir: string): Promise<RunningServer> {
  return startServer({ staticDir, env: { SETUP_TOKEN } });
}

async function fillAccount(page: Page, username: string, deviceName: string): Promise<void> {
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Name of this device', { exact: true }).fill(deviceName);
  await page.getByTestId('join-submit').click();
  await page.waitForURL('**/sync');
  await page.getByTestId('account-user').filter({ hasText: username }).waitFor();
}

/** `coordinator` sets up the team, `counselor` joins it as a counselor. */
export async function teamOfTwo(server: RunningServer, coordinator: Device, counselor: Device): Promise<void> {
  const { page } = coordinator;
  await page.goto(server.url + '/');
  await waitForScreen(page);
  await page.getByTestId('choose-team').click();
  await page.getByRole('radio', { name: /Set up a new team/ }).check();
  await page.getByLabel('Setup code', { exact: true }).fill(SETUP_TOKEN);
  await page.getByLabel('Team name', { exact: true }).fill('Fictional Aid Jesenice');
  await fillAccount(page, 'coord.mira', 'Coordinator phone');

  await go(page, '/team');
  await page.getByRole('radio', { name: /^Counselor/ }).check();
  await page.getByTestId('create-invite').click();
  await page.getByTestId('invite').waitFor();
  const link = (await page.getByTestId('invite-link').textContent()) ?? '';

  await counselor.page.goto(link);
  await waitForScreen(counselor.page);
  await fillAccount(counselor.page, 'counselor.luka', 'Counselor phone');
}

/** "Sync now" on the sync screen, then waits until that run is over and nothing waits. */
export async function syncNow(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== '/sync') await go(page, '/sync');
  const before = await page.getByTestId('last-sync').getAttribute('data-at');
  await page.getByTestId('sync-now').click();
  await page.waitForFunction((previous) => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="sync-now"]');
    const at = document.querySelector('[data-testid="last-sync"]')?.getAttribute('data-at');
    const count = document.querySelector('[data-testid="outbox-count"]')?.textContent ?? '';
    return button !== null && !button.disabled && at !== previous && /^0\b/.test(count);
  }, before);
}
