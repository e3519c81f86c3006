// PostgreSQL beside SQLite, in one run, with real endpoint processes on loopback:
// - push: mutations applied per second, pushes of 500, three teams pushing at once (a
//   host serving several teams: pushes of one team take turns on its version row);
// - first pull of 50,000 records of one team, records per second: one device through one
//   process, or three new devices at once, each through its own process.
// PostgreSQL runs with one and with three endpoint processes (aims with three: >= 10,000
// mutations/s, >= 50,000 records/s); SQLite with one (one file, one writer). The cluster
// is a throwaway one with fsync ON (test/server/pg/start-cluster.sh), unless DATABASE_URL
// names one. Client, endpoints and database share this machine's cores: the load average
// is printed with the figures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { postgresUrlFor } from '../server/helpers/postgres.ts';
import { runToEnd, serverEnv, startServerProcess, type ServerProcess } from '../server/helpers/process.ts';
import { BenchDevice, benchRequest, firstPull } from './server.bench.ts';

const PUSH_SIZE = 500;
const TEAMS = 3;
const PUSHES_PER_TEAM = 14;
const PULL_RECORDS = 50_000;
const PULL_LIMIT = 5_000;
const PASSWORD = 'a long enough passphrase';
const PG_DIR = path.resolve(import.meta.dirname, '../server/pg');

function perSecond(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

interface Setup {
  name: string;
  processes: number;
  env: (dataDir: string) => Record<string, string>;
}

async function measure(setup: Setup): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zvezek-bench-pg-'));
  const extra = { ...setup.env(dataDir), LOG_LEVEL: 'info' };
  const endpoints: ServerProcess[] = [];
  try {
    for (let i = 0; i < setup.processes; i += 1) endpoints.push(await startServerProcess(dataDir, extra));
    const at = (i: number) => endpoints[i % endpoints.length]!.url;

    // Three teams, each with its coordinator's device.
    const teams: { token: string; username: string; device: BenchDevice }[] = [];
    for (let i = 0; i < TEAMS; i += 1) {
      const made = await runToEnd('src/server/admin.ts', ['create-team'], serverEnv(dataDir, extra));
      const { setupToken } = JSON.parse(made.stdout) as { setupToken: string };
      const username = `bench_${i}_${Date.now()}`;
      const team = await benchRequest(`${at(i)}/v1/setup`, {
        method: 'POST',
        body: { setupToken, teamName: `Bench Team ${i}`, username, password: PASSWORD, deviceName: 'Bench' },
      });
      teams.push({ token: team.token, username, device: new BenchDevice() });
    }

    const batches = teams.map((team) => Array.from({ length: PUSHES_PER_TEAM }, () => team.device.batch(PUSH_SIZE)));
    const pushStarted = performance.now();
    await Promise.all(
      teams.map(async (team, i) => {
        for (const [b, mutations] of batches[i]!.entries()) {
          const answer = await benchRequest(`${at(i + b)}/v1/sync/push`, { method: 'POST', token: team.token, body: { mutations } });
          if (answer.results.some((r: { status: string }) => r.status !== 'applied')) throw new Error('a bench mutation was not applied');
        }
      }),
    );
    const pushMs = performance.now() - pushStarted;
    const pushed = TEAMS * PUSHES_PER_TEAM * PUSH_SIZE;

    // Team 0 filled up to 50,000 records (cases and notes; 1 in 10 mutations edits a case).
    const first = teams[0]!;
    let stored = Math.round(PUSHES_PER_TEAM * PUSH_SIZE * 0.9);
    while (stored < PULL_RECORDS) {
      const size = Math.min(1000, Math.ceil((PULL_RECORDS - stored) / 0.9 / 10) * 10);
      await benchRequest(`${at(0)}/v1/sync/push`, { method: 'POST', token: first.token, body: { mutations: first.device.batch(size) } });
      stored += size * 0.9;
    }
    const pullers = await Promise.all(
      endpoints.map((endpoint, i) =>
        benchRequest(`${endpoint.url}/v1/auth/login`, { method: 'POST', body: { username: first.username, password: PASSWORD, deviceName: `New phone ${i}` } }),
      ),
    );
    const pullStarted = performance.now();
    const pulls = await Promise.all(pullers.map((login, i) => firstPull(at(i), login.token, PULL_LIMIT)));
    const pullMs = performance.now() - pullStarted;
    const served = pulls.reduce((sum, pull) => sum + pull.records, 0);

    return (
      `  ${setup.name.padEnd(26)} push ${String(perSecond(pushed, pushMs)).padStart(6)} mutations/s (${pushed} in ${Math.round(pushMs)} ms)   ` +
      `first pull ${String(perSecond(served, pullMs)).padStart(7)} records/s (${pulls.length} x ${pulls[0]?.records} in ${Math.round(pullMs)} ms)`
    );
  } finally {
    for (const endpoint of endpoints) await endpoint.stop('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  let base = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL : undefined;
  let clusterDir: string | undefined;
  if (!base) {
    const started = execFileSync(path.join(PG_DIR, 'start-cluster.sh'), { encoding: 'utf8', env: { ...process.env, PG_FSYNC: 'on' } });
    clusterDir = /^PG_CLUSTER_DIR=(.*)$/m.exec(started)?.[1];
    base = /^DATABASE_URL=(.*)$/m.exec(started)?.[1];
  }
  try {
    const postgres = (dataDir: string) => ({ DATABASE_URL: postgresUrlFor(dataDir, base) });
    const setups: Setup[] = [
      { name: 'SQLite, 1 process', processes: 1, env: () => ({ DATABASE_URL: '' }) },
      { name: 'PostgreSQL, 1 process', processes: 1, env: postgres },
      { name: 'PostgreSQL, 3 processes', processes: 3, env: postgres },
    ];
    console.log(`Endpoint processes on SQLite and PostgreSQL (loopback; pushes of ${PUSH_SIZE} by ${TEAMS} teams at once; first pull of ${PULL_RECORDS} records, limit ${PULL_LIMIT}, one new device per process)`);
    console.log(`  aims, PostgreSQL with 3 processes: push >= 10000 mutations/s, first pull >= 50000 records/s`);
    for (const setup of setups) {
      const line = await measure(setup);
      console.log(`${line}   load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`);
    }
  } finally {
    if (clusterDir) execFileSync(path.join(PG_DIR, 'stop-cluster.sh'), [clusterDir], { stdio: 'inherit' });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
