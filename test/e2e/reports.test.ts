// Reports end to end in Chromium: a coordinator sets up a team, the team's records arrive by
// sync, then with the server stopped and the network cut the coordinator opens Reports,
// switches the period, downloads the CSV (parsed back here), and prints (a PDF and a
// screenshot in print media). axe-core finds nothing in English and Arabic; screenshots of
// phone (360x740) and desktop go to test-results/screens/reports-*.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { housingFixture, procedureFixture, Records } from '../unit/domain/report-fixtures.ts';
import { TestDevice, type Member } from '../server/helpers/harness.ts';
import {
  builtAppDir,
  cspViolations,
  go,
  goOffline,
  launchBrowser,
  openDevice,
  runAxe,
  screenshot,
  screenshotDir,
  startServer,
  waitForScreen,
  waitForServiceWorkerActivated,
} from './support.ts';

const SETUP_TOKEN = 'fictional-setup-code-reports';
const PASSWORD = 'fictional passphrase for tests';
const USERNAME = 'coord.report';

let browser: Browser;
let appDir: string;

beforeAll(async () => {
  appDir = await builtAppDir();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function setUpTeam(page: Page, url: string): Promise<void> {
  await page.goto(url + '/');
  await waitForScreen(page);
  await page.getByTestId('choose-team').click();
  await page.getByRole('radio', { name: /Set up a new team/ }).check();
  await page.getByLabel('Setup code', { exact: true }).fill(SETUP_TOKEN);
  await page.getByLabel('Team name', { exact: true }).fill('Fictional Aid Ljubljana');
  await page.getByLabel('Username', { exact: true }).fill(USERNAME);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Name of this device', { exact: true }).fill('Coordinator phone');
  await page.getByTestId('join-submit').click();
  await page.waitForURL('**/sync');
  await page.getByTestId('account-user').filter({ hasText: USERNAME }).waitFor();
}

/** The team's records, written by another device of the coordinator through the API. */
async function pushTeamRecords(url: string, records: Records): Promise<void> {
  const headers = { 'content-type': 'application/json', 'x-protocol-version': '1' };
  const login = await fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: USERNAME, password: PASSWORD, deviceName: 'Office laptop' }),
  });
  const auth = (await login.json()) as { token: string; deviceId: string; user: { id: string; role: Member['role'] }; team: { id: string } };
  const device = new TestDevice({ token: auth.token, deviceId: auth.deviceId, userId: auth.user.id, teamId: auth.team.id, role: auth.user.role, username: USERNAME });
  const mutations = records.list.map((record) => device.set(record.type, record.id, record.fields, record.type === 'case' ? {} : { caseId: record.caseId }));
  const reply = await fetch(`${url}/v1/sync/push`, { method: 'POST', headers: { ...headers, authorization: `Bearer ${auth.token}` }, body: JSON.stringify({ mutations }) });
  expect(reply.status).toBe(200);
}

async function syncNow(page: Page): Promise<void> {
  await go(page, '/sync');
  const before = await page.getByTestId('last-sync').getAttribute('data-at');
  await page.getByTestId('sync-now').click();
  await page.waitForFunction((previous) => {
    const at = document.querySelector('[data-testid="last-sync"]')?.getAttribute('data-at');
    return at !== previous && at !== '';
  }, before);
}

/** A figure's table as rows of cell texts. */
function tableRows(page: Page, figure: string): Promise<string[][]> {
  return page
    .getByTestId(figure)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

/** One figure alone, to look at its chart closely. */
async function figureShot(page: Page, figure: string, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.getByTestId(figure).screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

describe('Reports', () => {
  it('works offline for a coordinator: period, CSV, print; axe clean in English and Arabic', async () => {
    const server = await startServer({ staticDir: appDir, env: { SETUP_TOKEN } });
    const device = await openDevice(browser, { firstRun: true, watchCsp: true });
    const { page, context } = device;
    try {
      await setUpTeam(page, server.url);
      const records = procedureFixture(housingFixture(new Records()));
      records.cases(6, '2026-03-15T10:00:00Z', { legalStatus: 'refugee' });
      records.cases(7, '2026-04-15T10:00:00Z', { legalStatus: 'subsidiary_protection' });
      records.cases(2, '2026-05-15T10:00:00Z');
      await pushTeamRecords(server.url, records);
      await syncNow(page);

      // Reached from Settings.
      await go(page, '/settings');
      await page.getByTestId('reports-settings').getByRole('link').click();
      await page.waitForURL('**/reports');
      await waitForServiceWorkerActivated(page);

      // This coordinator has used the app in Arabic before: a UI language other than
      // English is kept on the phone once used online (sw/sw.ts, KEEP_LANGUAGE).
      await go(page, '/settings');
      await page.getByLabel('App language').selectOption('ar');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const cache = await caches.open('tz-languages');
            return (await cache.keys()).filter((request) => /\/locale-ar-(reports|viewings|shell|common)-/.test(request.url)).length;
          }),
        )
        .toBe(4);
      await page.getByLabel('لغة التطبيق').selectOption('en');
      await page.waitForFunction(() => document.documentElement.dir === 'ltr');
      await go(page, '/reports');

      await goOffline(context, server);
      await page.reload();
      await waitForScreen(page);
      await page.getByTestId('report-housing').waitFor();
      expect(await page.getByTestId('report-source').textContent()).toMatch(/^Computed on this phone from data synced at /);

      // The last 12 months (the default) hold the fixture's 2026 viewings.
      await page.getByTestId('preset-this-year').click();
      const outcome = await tableRows(page, 'housing-outcome');
      expect(outcome).toContainEqual(['Landlord said no', '8', '6']);
      expect(outcome).toContainEqual(['Accepted', 'fewer than 5', 'fewer than 5']);
      expect(outcome).toContainEqual(['Waiting for an answer', 'fewer than 5', 'fewer than 5']);
      expect(await page.getByTestId('housing-outcome').locator('svg[role="img"]').getAttribute('aria-label')).toContain('Outcome of viewings');
      const months = await tableRows(page, 'caseload-new');
      expect(months.slice(2, 5)).toEqual([
        ['Mar 2026', 'fewer than 5'],
        ['Apr 2026', '7'],
        ['May 2026', 'fewer than 5'],
      ]);

      expect({ violations: await runAxe(page) }).toEqual({ violations: [] });
      await screenshot(page, 'reports-en-phone');
      await figureShot(page, 'procedures-kind', 'reports-en-figure-kind');
      await screenshot(page, 'reports-en-phone-full', { fullPage: true });

      // Another period: in 2025 only the five offers of 31 December took place.
      await page.getByLabel('From month').fill('2025-01');
      await page.getByLabel('To month').fill('2025-12');
      await page.getByTestId('report-period').filter({ hasText: '2025' }).waitFor();
      expect(await tableRows(page, 'housing-outcome')).toContainEqual(['Landlord said no', '0', '0']);

      // A period the rules refuse says why, and shows no figures.
      await page.getByLabel('From month').fill('2026-05');
      await page.getByLabel('To month').fill('2026-01');
      expect(await page.getByTestId('period-problem').textContent()).toBe('The start month must not be after the end month.');
      expect(await page.getByTestId('report-housing').count()).toBe(0);

      await page.getByTestId('preset-this-year').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
      expect(download.suggestedFilename()).toMatch(/^report-\d{4}-01-\d{4}-\d{2}\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n').map((line) => line.split(','));
      expect(csv[0]).toEqual(['section', 'table', 'key', 'measure', 'value']);
      expect(csv).toContainEqual(['housing', 'outcome', 'declined_by_landlord', 'cases', '6']);
      expect(csv).toContainEqual(['housing', 'outcome', 'accepted', 'suppressed', 'true']);
      expect(csv.some((row) => row[2] === 'accepted' && row[3] === 'cases')).toBe(false);

      // Print: only the report, no app chrome, no controls.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.bottom-nav').evaluate((nav) => getComputedStyle(nav).display)).toBe('none');
      expect(await page.locator('.reports__controls').evaluate((controls) => getComputedStyle(controls).display)).toBe('none');
      await screenshot(page, 'reports-en-print', { fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshot(page, 'reports-en-desktop', { fullPage: true });
      await page.setViewportSize({ width: 360, height: 740 });

      // Arabic: right to left, still clean.
      await go(page, '/settings');
      await page.getByLabel('App language').selectOption('ar');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await go(page, '/reports');
      await page.getByTestId('report-housing').waitFor();
      expect(await page.getByTestId('housing-outcome').locator('tbody tr').first().locator('th').textContent()).toBe('عُرضت الشقة');
      expect({ violations: await runAxe(page) }).toEqual({ violations: [] });
      await screenshot(page, 'reports-ar-phone');
      await figureShot(page, 'procedures-kind', 'reports-ar-figure-kind');
      await figureShot(page, 'caseload-new', 'reports-ar-figure-months');
      await screenshot(page, 'reports-ar-phone-full', { fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshot(page, 'reports-ar-desktop', { fullPage: true });
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await context.close();
      await server.stop();
    }
  });

  it('tells a member who is not a coordinator that reports are for coordinators', async () => {
    const device = await openDevice(browser);
    const server = await startServer({ staticDir: appDir });
    try {
      await device.page.goto(server.url + '/reports');
      await waitForScreen(device.page);
      await device.page.getByText('Reports are for coordinators').waitFor();
      expect({ violations: await runAxe(device.page) }).toEqual({ violations: [] });
    } finally {
      await device.context.close();
      await server.stop();
    }
  });
});
