// Advocacy report benchmark: a team of 5,000 cases, 20,000 viewings and 10,000 checklists
// (test/bench/pages/report-data.ts), the report over the last 12 months
// - on the endpoint: GET /v1/reports on loopback against a fresh SQLite file (aim 200 ms),
//   beside reading the same rows without computing anything, in the same run; and the
//   heap the report grows while it runs, beside loading every record at once;
// - on a device in Chromium at 1x and 4x CPU: the Reports screen's store query plus the
//   domain function (aim 1 s at 4x), beside a raw Dexie read of the same rows.
// Figures only, no pass/fail (TOOLCHAIN.md: speed is reported, not asserted).
// Run alone: `npx node --experimental-strip-types test/bench/reports.bench.ts`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { formatHlc } from '../../src/domain/hlc.ts';
import { reportCollector, reportReads } from '../../src/domain/report.ts';
import { lastTwelveMonths } from '../../src/domain/report-period.ts';
import { buildServer } from '../../src/server/app.ts';
import { createTeamSetupCode } from '../../src/server/operator.ts';
import { testConfig } from '../server/helpers/harness.ts';
import { launchBrowser } from '../e2e/support.ts';
import { buildBenchPage, callIn, ms, serveDir, stats, type Stats } from './bench-support.ts';
import { REPORT_TODAY, reportTeamRecords } from './pages/report-data.ts';
import type { ReportBenchApi } from './pages/report-bench.ts';

const ROUNDS = 7;
const DEVICE_ROUNDS = 5;

export interface ReportBenchResult {
  records: number;
  endpoint: { report: Stats; readOnly: Stats; heapGrowthMb: { streamed: number; loadedAtOnce: number } };
  device: Record<'1x' | '4x', { total: Stats; read: Stats; compute: Stats; rawRead: Stats }>;
}

async function request(url: string, init: { method: string; token?: string; body?: unknown }): Promise<any> {
  const headers: Record<string, string> = { 'x-protocol-version': '1' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method: init.method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method} ${url}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** A garbage collector to call between memory samples (node runs the bench without --expose-gc). */
function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export async function run(): Promise<ReportBenchResult> {
  const records = reportTeamRecords();
  console.log(
    `\nReport benchmark: ${records.filter((r) => r.type === 'case').length} cases, ${records.filter((r) => r.type === 'viewing').length} viewings, ` +
      `${records.filter((r) => r.type === 'checklist').length} checklists; last 12 months to ${REPORT_TODAY}`,
  );
  const endpoint = await onEndpoint(records);
  const device = await onDevice();
  return { records: records.length, endpoint, device };
}

async function onEndpoint(records: ReturnType<typeof reportTeamRecords>): Promise<ReportBenchResult['endpoint']> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zvezek-report-bench-'));
  const server = await buildServer(testConfig(dataDir));
  try {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const setupToken = await createTeamSetupCode(server.storage, Date.now());
    const setup = await request(`${url}/v1/setup`, {
      method: 'POST',
      body: { setupToken, teamName: 'Bench Team', username: 'report_coordinator', password: 'a long enough passphrase', deviceName: 'Bench' },
    });
    const node = randomBytes(8).toString('hex');
    const wallMs = Date.now() - 60_000;
    let n = 0;
    for (let start = 0; start < records.length; start += 1000) {
      const mutations = records.slice(start, start + 1000).map((record) => {
        n += 1;
        const clock = formatHlc({ wallMs: wallMs + Math.floor(n / 0xfff0), counter: n % 0xfff0, node });
        return { n, record: record.id, type: record.type, ...(record.type === 'case' ? {} : { caseId: record.caseId }), set: record.fields, clock, base: {} };
      });
      await request(`${url}/v1/sync/push`, { method: 'POST', token: setup.token, body: { mutations } });
    }

    const period = lastTwelveMonths(REPORT_TODAY);
    const query = `/v1/reports?from=${period.from}&to=${period.to}`;
    await request(url + query, { method: 'GET', token: setup.token }); // warm-up
    const report: number[] = [];
    const readOnly: number[] = [];
    const teamId: string = setup.team.id;
    for (let round = 0; round < ROUNDS; round += 1) {
      let started = performance.now();
      await request(url + query, { method: 'GET', token: setup.token });
      report.push(performance.now() - started);
      started = performance.now();
      await server.storage.eachLiveRecord(teamId, reportReads, () => {});
      readOnly.push(performance.now() - started);
    }

    // Heap kept while reporting: the collector's facts (what the route holds, row by row),
    // beside holding the team's records at once as a pull reads them (whole records).
    const gc = exposeGc();
    const retainedMb = async (work: () => Promise<unknown>): Promise<{ mb: number; kept: unknown }> => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept = await work();
      gc();
      return { mb: (process.memoryUsage().heapUsed - before) / 1e6, kept };
    };
    const streamed = await retainedMb(async () => {
      const collector = reportCollector({ ...period, k: 5, today: REPORT_TODAY });
      await server.storage.eachLiveRecord(teamId, reportReads, (record) => collector.add(record));
      return collector;
    });
    const loaded = await retainedMb(() =>
      server.storage.readChanges(teamId, async (snapshot) => snapshot.changes({ after: 0, upTo: await snapshot.head(), limit: 1_000_000, memberId: null })),
    );
    const loadedRecords = (loaded.kept as unknown[]).length;
    const result = {
      report: stats(report),
      readOnly: stats(readOnly),
      heapGrowthMb: { streamed: Math.round(streamed.mb), loadedAtOnce: Math.round(loaded.mb) },
    };
    console.log(
      `endpoint GET /v1/reports (aim 200 ms): p50 ${ms(result.report.p50)}, max ${ms(result.report.max)}` +
        ` | reading the same rows (only the fields a report uses) without a report: p50 ${ms(result.readOnly.p50)}`,
    );
    console.log(
      `endpoint heap kept while reporting: ${result.heapGrowthMb.streamed} MB (facts per case, rows read one by one)` +
        ` | ${result.heapGrowthMb.loadedAtOnce} MB holding the team's ${loadedRecords} records at once`,
    );
    return result;
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onDevice(): Promise<ReportBenchResult['device']> {
  const dir = await buildBenchPage('report-bench');
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.url}/report-bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const call = callIn<ReportBenchApi>(page, 'reportBench');
    const cdp = await page.context().newCDPSession(page);
    const seeded = await call('seed', 'report-bench');
    console.log(`device: seeded ${seeded.records} records through applyPulled in ${ms(seeded.ms)} (Chromium ${browser.version()})`);
    const result = {} as ReportBenchResult['device'];
    for (const [label, rate] of [
      ['1x', 1],
      ['4x', 4],
    ] as const) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await call('measure'); // warm-up
      const samples = { total: [] as number[], read: [] as number[], compute: [] as number[], rawRead: [] as number[] };
      for (let round = 0; round < DEVICE_ROUNDS; round += 1) {
        const one = await call('measure');
        samples.total.push(one.totalMs);
        samples.read.push(one.readMs);
        samples.compute.push(one.computeMs);
        samples.rawRead.push(one.rawReadMs);
      }
      result[label] = { total: stats(samples.total), read: stats(samples.read), compute: stats(samples.compute), rawRead: stats(samples.rawRead) };
      const r = result[label];
      console.log(
        `device ${label} CPU (aim at 4x: 1 s): report p50 ${ms(r.total.p50)}, max ${ms(r.total.max)}` +
          ` (store query ${ms(r.read.p50)}, computing ${ms(r.compute.p50)}) | raw Dexie read of the same rows p50 ${ms(r.rawRead.p50)}`,
      );
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await call('close');
    return result;
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
