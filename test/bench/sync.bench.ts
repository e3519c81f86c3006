// Device sync benchmark in real Chromium (issue 7, Benchmark):
// - a new phone's first pull of 50,000 records into IndexedDB through the sync engine
//   (fetch, parse, merge, store with cursor per page), beside raw IndexedDB baselines with
//   the same records in the same run: the same pages fetched and written one transaction
//   per page; the writes alone; and the writes alone into an object store with the app
//   store's indexes (aim: the engine within 1.3x: the browser's write speed is the limit);
// - pushing 1,000 queued changes.
// The real endpoint (SQLite, loopback, in this process) serves the bench page itself, so
// the page talks to it on its own origin, as the app does.
// Run alone: `npx node --experimental-strip-types test/bench/sync.bench.ts`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatHlc } from '../../src/domain/hlc.ts';
import { uuidv7 } from '../../src/domain/ids.ts';
import type { AuthResponse } from '../../src/domain/protocol.ts';
import { buildServer } from '../../src/server/app.ts';
import { readConfig } from '../../src/server/config.ts';
import { createTeamSetupCode } from '../../src/server/operator.ts';
import { launchBrowser } from '../e2e/support.ts';
import { buildBenchPage, callIn, ms, ratio } from './bench-support.ts';
import type { SyncBenchApi } from './pages/sync-bench.ts';

const RECORDS = Number(process.env.SYNC_BENCH_RECORDS ?? 50_000);
const NOTES_PER_CASE = 9;
const PUSH_CHANGES = 1_000;
const PAGE_SIZES = [1000, 5000];
const PASSWORD = 'a long enough bench passphrase';

export interface SyncBenchResult {
  pulls: { pageSize: number; engineMs: number; rawPullMs: number; rawWriteMs: number; rawIndexedWriteMs: number; records: number }[];
  push: { changes: number; ms: number };
}

export async function run(): Promise<SyncBenchResult> {
  const pageDir = await buildSyncBenchPage();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tz-sync-bench-'));
  const server = await buildServer(readConfig({ ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', STATIC_DIR: pageDir }));
  const browser = await launchBrowser();
  try {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const setupToken = await createTeamSetupCode(server.storage, Date.now());
    const coordinator = (await post(url, '/v1/setup', { setupToken, teamName: 'Bench Team', username: 'bench_coord', password: PASSWORD, deviceName: 'Seeder' })) as AuthResponse;
    const seedStarted = performance.now();
    await seed(url, coordinator.token);
    console.log(`\nSync benchmark: Chromium ${browser.version()}, headless; endpoint on loopback in this process`);
    console.log(`seeded ${RECORDS} records (cases and notes) in ${ms(performance.now() - seedStarted)}`);

    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('bench page error:', error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') console.error('bench page:', message.text());
    });
    await page.goto(`${url}/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const call = callIn<SyncBenchApi>(page, 'syncBench');
    const login = () => post(url, '/v1/auth/login', { username: 'bench_coord', password: PASSWORD, deviceName: 'Bench phone' }) as Promise<AuthResponse>;

    const pulls: SyncBenchResult['pulls'] = [];
    for (const pageSize of PAGE_SIZES) {
      // Raw first, then the engine, then raw writes alone: all on the same fresh profile.
      const rawPull = await call('rawPull', `raw-pull-${pageSize}`, (await login()).token, pageSize);
      const engine = await call('enginePull', `engine-${pageSize}`, await login(), pageSize);
      const rawWrite = await call('rawWrite', `raw-write-${pageSize}`, (await login()).token, pageSize, false);
      const rawIndexed = await call('rawWrite', `raw-indexed-${pageSize}`, (await login()).token, pageSize, true);
      if (engine.records !== RECORDS || rawPull.records !== RECORDS) throw new Error(`expected ${RECORDS} records, got ${engine.records}/${rawPull.records}`);
      pulls.push({ pageSize, engineMs: engine.ms, rawPullMs: rawPull.ms, rawWriteMs: rawWrite.ms, rawIndexedWriteMs: rawIndexed.ms, records: engine.records });
      console.log(
        `first pull of ${RECORDS} records, pages of ${pageSize}: engine ${ms(engine.ms)} (${perSecond(RECORDS, engine.ms)} records/s)` +
          ` | raw fetch + IndexedDB write ${ms(rawPull.ms)} (engine ${ratio(engine.ms, rawPull.ms)})` +
          ` | raw IndexedDB writes alone ${ms(rawWrite.ms)} (engine ${ratio(engine.ms, rawWrite.ms)})` +
          ` | raw writes with the store's 7 indexes ${ms(rawIndexed.ms)} (engine ${ratio(engine.ms, rawIndexed.ms)})`,
      );
    }

    if (process.env.SYNC_BENCH_PROFILE) {
      const times = await call('profilePull', 'profile', await login(), 1000);
      console.log('profile (pages of 1000):', Object.entries(times).map(([k, v]) => `${k} ${ms(v)}`).join(', '));
    }
    const pushed = await call('pushQueued', `engine-${PAGE_SIZES[0]}`, PUSH_CHANGES);
    console.log(`push of ${pushed.pushed} queued changes: ${ms(pushed.ms)} (${perSecond(pushed.pushed, pushed.ms)} changes/s; queuing them locally took ${ms(pushed.queueMs)})`);
    return { pulls, push: { changes: pushed.pushed, ms: pushed.ms } };
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(pageDir, { recursive: true, force: true });
  }
}

async function post(url: string, route: string, body: unknown): Promise<unknown> {
  const response = await fetch(url + route, { method: 'POST', headers: { 'content-type': 'application/json', 'x-protocol-version': '1' }, body: JSON.stringify(body) });
  const answer = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`${route}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** 50,000 records: cases with 9 notes each, pushed in batches of 1,000. */
async function seed(url: string, token: string): Promise<void> {
  const node = randomBytes(8).toString('hex');
  const wallMs = Date.now() - 60 * 60_000;
  let counter = 0;
  const clock = () => formatHlc({ wallMs: wallMs + Math.floor(counter / 0xfff0), counter: (counter++ % 0xfff0) + 1, node });
  let n = 0;
  let caseId = '';
  let batch: unknown[] = [];
  for (let i = 0; i < RECORDS; i += 1) {
    n += 1;
    if (i % (NOTES_PER_CASE + 1) === 0) {
      caseId = uuidv7(Date.now(), randomBytes(10));
      batch.push({ n, record: caseId, type: 'case', set: { displayName: `Demo: Fictional person ${i}`, status: 'open', householdSize: 2, tags: ['bench'] }, clock: clock(), base: {} });
    } else {
      const body = `Demo: met at the office, talked about the appeal and housing; next visit planned (${i}).`;
      batch.push({ n, record: uuidv7(Date.now(), randomBytes(10)), type: 'note', caseId, set: { body, kind: 'counseling' }, clock: clock(), base: {} });
    }
    if (batch.length === 1000) {
      const response = await fetch(`${url}/v1/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-protocol-version': '1', authorization: `Bearer ${token}` },
        body: JSON.stringify({ mutations: batch }),
      });
      if (!response.ok) throw new Error(`seed push: ${response.status}`);
      batch = [];
    }
  }
}

async function buildSyncBenchPage(): Promise<string> {
  const outDir = await buildBenchPage('sync-bench');
  // The endpoint serves a folder with an index.html as the app.
  fs.copyFileSync(path.join(outDir, 'sync-bench.html'), path.join(outDir, 'index.html'));
  return outDir;
}

function perSecond(count: number, milliseconds: number): number {
  return Math.round((count / milliseconds) * 1000);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
