// The deployment's HTTPS path: the endpoint behind Caddy with deploy/Caddyfile, on a name
// that is not localhost (mapped to 127.0.0.1 inside the browser), with a certificate from
// Caddy's own CA that the test browser trusts (an NSS database made with certutil). The
// app installs its service worker over that connection and works offline from there,
// with the network cut and both the endpoint and Caddy stopped.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtAppDir,
  chromePath,
  chromiumArgs,
  createCase,
  freePort,
  newPhoneContext,
  repoRoot,
  startServer,
  waitForScreen,
  waitForServiceWorkerActivated,
  type RunningServer,
  unregisterServiceWorkers,
} from './support.ts';

const exec = promisify(execFile);
const DOMAIN = 'zvezek.test';

let home: string;
let server: RunningServer;
let caddy: ChildProcess;
let caddyOutput = '';
let httpsPort: number;
let browser: Browser;

/** deploy/Caddyfile as shipped, with test-only global options: its own CA, free ports, no admin API. */
function testCaddyfile(httpPort: number, port: number): string {
  const shipped = readFileSync(path.join(repoRoot, 'deploy/Caddyfile'), 'utf8');
  const options = `{\n\tlocal_certs\n\tskip_install_trust\n\tadmin off\n\thttp_port ${httpPort}\n\thttps_port ${port}\n\tstorage file_system ${path.join(home, 'caddy')}\n`;
  expect(shipped).toMatch(/^\{\n/m);
  return shipped.replace(/^\{\n/m, options);
}

/** Answers once Caddy serves the endpoint over TLS (certificate not checked here; the browser checks it). */
function caddyAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const request = https.get(
      { host: '127.0.0.1', port: httpsPort, servername: DOMAIN, path: '/readyz', headers: { host: DOMAIN }, rejectUnauthorized: false },
      (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      },
    );
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => request.destroy());
  });
}

function stopCaddy(): Promise<void> {
  if (!caddy || caddy.exitCode !== null || caddy.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    caddy.once('exit', () => resolve());
    caddy.kill('SIGTERM');
  });
}

beforeAll(async () => {
  if (!existsSync('/usr/bin/caddy') || !existsSync('/usr/bin/certutil')) {
    throw new Error('This test needs Caddy and certutil: apt-get install caddy libnss3-tools');
  }
  home = mkdtempSync(path.join(os.tmpdir(), 'tz-https-'));
  server = await startServer({ staticDir: await builtAppDir() });

  httpsPort = await freePort();
  const caddyfile = path.join(home, 'Caddyfile');
  writeFileSync(caddyfile, testCaddyfile(await freePort(), httpsPort));
  caddy = spawn('/usr/bin/caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
    env: { PATH: process.env.PATH ?? '', HOME: home, ZVEZEK_DOMAIN: DOMAIN, ZVEZEK_UPSTREAM: `127.0.0.1:${server.port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  caddy.stdout?.on('data', (chunk: Buffer) => (caddyOutput += chunk.toString()));
  caddy.stderr?.on('data', (chunk: Buffer) => (caddyOutput += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (!(await caddyAnswers())) {
    if (caddy.exitCode !== null || Date.now() > deadline) throw new Error(`Caddy did not serve ${DOMAIN}:\n${caddyOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // Trust Caddy's root certificate in an NSS database of the browser's own HOME (where
  // Chromium on Linux looks), so the certificate is valid to it, as a phone trusts a
  // public CA; with certificate errors merely ignored, a service worker is refused.
  const root = path.join(home, 'caddy/pki/authorities/local/root.crt');
  const nssdb = path.join(home, '.pki/nssdb');
  mkdirSync(nssdb, { recursive: true });
  await exec('certutil', ['-d', `sql:${nssdb}`, '-N', '--empty-password']);
  await exec('certutil', ['-d', `sql:${nssdb}`, '-A', '-t', 'C,,', '-n', 'Caddy test CA', '-i', root]);

  browser = await chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${DOMAIN} 127.0.0.1`],
    env: { ...process.env, HOME: home },
  });
});

afterAll(async () => {
  await browser?.close();
  await stopCaddy();
  await server?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('through Caddy over HTTPS', () => {
  it('installs the service worker and works offline once the endpoint and Caddy are gone', async () => {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    const url = `https://${DOMAIN}:${httpsPort}/`;
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    const headers = await response!.allHeaders();
    // Caddy's header from deploy/Caddyfile, and the endpoint's brotli passed through.
    expect(headers['strict-transport-security']).toBe('max-age=31536000');
    expect(headers['content-encoding']).toBe('br');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    expect((await response!.securityDetails())?.issuer).toMatch(/Caddy Local Authority/);
    await waitForScreen(page);
    await waitForServiceWorkerActivated(page);
    await page.getByTestId('offline-ready').waitFor();
    const caseId = await createCase(page, 'Fictional Person Over Https');

    await context.setOffline(true);
    await stopCaddy();
    await server.stop();

    await page.goto(url);
    await waitForScreen(page);
    await page.goto(`https://${DOMAIN}:${httpsPort}/cases/${caseId}`);
    await waitForScreen(page);
    // The case page heads itself 'Case' until the record is read from IndexedDB.
    await page.locator('[data-screen] h1').filter({ hasText: 'Fictional Person Over Https' }).waitFor();
    expect((await page.locator('[data-screen] h1').textContent())?.trim()).toBe('Fictional Person Over Https');

    // Negative control: without the service worker the same offline page fails to load.
    expect(await unregisterServiceWorkers(page)).toBe(true);
    const reload = await page.reload().then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    expect(reload).toMatch(/ERR_INTERNET_DISCONNECTED/);
    await context.close();
  });
});
