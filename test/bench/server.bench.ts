// Sync endpoint benchmark (issue 6), on loopback against a fresh SQLite file:
// - mutations applied per second, pushes of 500 (aim: >= 10,000/s);
// - records served per second for a device's first pull of 50,000 records (aim: >= 20,000/s).
// The endpoint runs in this process (buildServer), so client and server share the CPU.
// Run alone: `npx node --experimental-strip-types test/bench/server.bench.ts`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatHlc } from '../../src/domain/hlc.ts';
import { uuidv7 } from '../../src/domain/ids.ts';
import { buildServer } from '../../src/server/app.ts';
import { createTeamSetupCode } from '../../src/server/operator.ts';
import { testConfig } from '../server/helpers/harness.ts';

const PUSH_SIZE = 500;
const PUSHES = 40;
const PULL_RECORDS = 50_000;
const PULL_LIMIT = 5_000;

export interface ServerBenchResult {
  push: { mutations: number; pushes: number; ms: number; mutationsPerSecond: number };
  pull: { records: number; requests: number; limit: number; ms: number; recordsPerSecond: number };
  pullDefaultLimit: { records: number; requests: number; ms: number; recordsPerSecond: number };
}

/** A device's outbox for benches (also test/bench/postgres.bench.ts). */
export class BenchDevice {
  n = 0;
  #wallMs = Date.now() - 60_000;
  #counter = 0;
  readonly node = randomBytes(8).toString('hex');

  clock(): string {
    this.#counter += 1;
    if (this.#counter > 0xfff0) {
      this.#counter = 0;
      this.#wallMs += 1;
    }
    return formatHlc({ wallMs: this.#wallMs, counter: this.#counter, node: this.node });
  }

  /** A realistic mix: a case, then notes and a checklist-like edit in it. */
  batch(size: number): unknown[] {
    const mutations: unknown[] = [];
    let caseId = '';
    for (let i = 0; i < size; i += 1) {
      this.n += 1;
      if (i % 10 === 0) {
        caseId = uuidv7(Date.now(), randomBytes(10));
        mutations.push({ n: this.n, record: caseId, type: 'case', set: { displayName: `Fictional ${this.n}`, status: 'open', householdSize: 2 }, clock: this.clock(), base: {} });
      } else if (i % 10 === 9) {
        mutations.push({ n: this.n, record: caseId, type: 'case', set: { summary: `Summary after ${this.n}` }, clock: this.clock(), base: {} });
      } else {
        const body = `Met at the office, talked about the appeal and housing; next visit planned. (${this.n})`;
        mutations.push({ n: this.n, record: uuidv7(Date.now(), randomBytes(10)), type: 'note', caseId, set: { body, kind: 'counseling' }, clock: this.clock(), base: {} });
      }
    }
    return mutations;
  }
}

export async function benchRequest(url: string, init: { method: string; token?: string; body?: unknown }): Promise<any> {
  const headers: Record<string, string> = { 'x-protocol-version': '1' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method: init.method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method} ${url}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

export async function firstPull(url: string, token: string, limit: number) {
  let cursor: string | undefined;
  let records = 0;
  let requests = 0;
  const started = performance.now();
  for (;;) {
    const query = `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const page = await benchRequest(`${url}/v1/sync/pull${query}`, { method: 'GET', token });
    records += page.records.length;
    requests += 1;
    cursor = page.cursor;
    if (!page.more) break;
  }
  return { records, requests, ms: performance.now() - started };
}

export async function run(): Promise<ServerBenchResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zvezek-bench-'));
  const server = await buildServer(testConfig(dataDir));
  try {
    const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const setupToken = await createTeamSetupCode(server.storage, Date.now());
    const setup = await benchRequest(`${url}/v1/setup`, {
      method: 'POST',
      body: { setupToken, teamName: 'Bench Team', username: 'bench_coordinator', password: 'a long enough passphrase', deviceName: 'Bench' },
    });

    // Pushes of 500: every mutation is validated, merged and stored with its audit line.
    const device = new BenchDevice();
    const batches = Array.from({ length: PUSHES }, () => device.batch(PUSH_SIZE));
    await benchRequest(`${url}/v1/sync/push`, { method: 'POST', token: setup.token, body: { mutations: device.batch(0) } });
    const pushStarted = performance.now();
    for (const mutations of batches) {
      const answer = await benchRequest(`${url}/v1/sync/push`, { method: 'POST', token: setup.token, body: { mutations } });
      if (answer.results.some((r: { status: string }) => r.status !== 'applied')) throw new Error('a bench mutation was not applied');
    }
    const pushMs = performance.now() - pushStarted;
    const pushed = PUSHES * PUSH_SIZE;

    // Fill up to 50,000 records (cases and notes; the 1-in-10 case edits add no record).
    let stored = Math.round(pushed * 0.9);
    while (stored < PULL_RECORDS) {
      const size = Math.min(1000, Math.ceil(((PULL_RECORDS - stored) / 0.9) / 10) * 10);
      await benchRequest(`${url}/v1/sync/push`, { method: 'POST', token: setup.token, body: { mutations: device.batch(size) } });
      stored += size * 0.9;
    }

    const login = await benchRequest(`${url}/v1/auth/login`, {
      method: 'POST',
      body: { username: 'bench_coordinator', password: 'a long enough passphrase', deviceName: 'New phone' },
    });
    const pull = await firstPull(url, login.token, PULL_LIMIT);
    const pullDefault = await firstPull(url, login.token, 500);

    const result: ServerBenchResult = {
      push: { mutations: pushed, pushes: PUSHES, ms: Math.round(pushMs), mutationsPerSecond: Math.round((pushed / pushMs) * 1000) },
      pull: { ...pull, limit: PULL_LIMIT, ms: Math.round(pull.ms), recordsPerSecond: Math.round((pull.records / pull.ms) * 1000) },
      pullDefaultLimit: { ...pullDefault, ms: Math.round(pullDefault.ms), recordsPerSecond: Math.round((pullDefault.records / pullDefault.ms) * 1000) },
    };
    console.log('Sync endpoint (SQLite, loopback, in-process)');
    console.log(`  push:  ${result.push.mutations} mutations in ${result.push.pushes} pushes of ${PUSH_SIZE}: ${result.push.ms} ms, ${result.push.mutationsPerSecond} mutations/s (aim >= 10000)`);
    console.log(`  pull:  first pull of ${result.pull.records} records, limit ${PULL_LIMIT}, ${result.pull.requests} requests: ${result.pull.ms} ms, ${result.pull.recordsPerSecond} records/s (aim >= 20000)`);
    console.log(`  pull:  same with the default limit 500, ${result.pullDefaultLimit.requests} requests: ${result.pullDefaultLimit.ms} ms, ${result.pullDefaultLimit.recordsPerSecond} records/s`);
    return result;
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
