// Sync endpoint under load (SYNC-PROTOCOL.md, Records: work on one record never stalls
// the endpoint for others). The endpoint runs as its own process, as in production, so
// the figures are what a client sees:
// (a) one device pushes small changes to a record at the largest allowed size (256 KiB of
//     field JSON), 1,000 mutations a push, while a device of another team keeps pulling:
//     the pull's p50/p99 beside the same pulls on an idle endpoint (aim: p99 within 2x);
// (b) 10 devices push 10 MiB in total at once while /healthz is asked again and again:
//     its p50/p99 beside an idle run (aim: p99 <= 100 ms).
// Run alone: `node --experimental-strip-types test/bench/endpoint-load.bench.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_RECORD_FIELD_BYTES } from '../../src/domain/record-limits.ts';
import { newId, send, TestDevice, type Member } from '../server/helpers/harness.ts';
import { runToEnd, serverEnv, startServerProcess } from '../server/helpers/process.ts';
import { ms, ratio, stats, type Stats } from './bench-support.ts';

const PASSWORD = 'a long enough bench passphrase';
const NOTE = 4000;
const STORM_DEVICES = 10;
const STORM_BYTES = 10 * 1024 * 1024;
const STORM_PUSH_BYTES = 256 * 1024;

async function ok<T = any>(reply: Promise<{ status: number; body: T }>, expected = 200): Promise<T> {
  const answer = await reply;
  if (answer.status !== expected) throw new Error(`expected ${expected}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  return answer.body;
}

async function newTeam(url: string, setupToken: string, name: string): Promise<Member> {
  const username = `bench_${name}_${Date.now()}`;
  const body = await ok<any>(
    send(url, 'POST', '/v1/setup', { body: { setupToken, teamName: `Bench ${name}`, username, password: PASSWORD, deviceName: 'Bench' } }),
    201,
  );
  return { token: body.token, deviceId: body.deviceId, userId: body.user.id, teamId: body.team.id, role: 'coordinator', username };
}

async function anotherDevice(url: string, who: Member, deviceName: string): Promise<Member> {
  const body = await ok<any>(send(url, 'POST', '/v1/auth/login', { body: { username: who.username, password: PASSWORD, deviceName } }));
  return { ...who, token: body.token, deviceId: body.deviceId };
}

/** Times `call` back to back until `until` resolves (or `count` calls when no `until`). */
async function timeRepeatedly(call: () => Promise<unknown>, options: { until?: Promise<unknown>; count?: number }): Promise<Stats> {
  const samples: number[] = [];
  let done = false;
  void options.until?.finally(() => (done = true));
  while (options.until ? !done : samples.length < (options.count ?? 0)) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

function notes(count: number, from = 0): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`item.n${from + i}.note`, 'x'.repeat(NOTE)]));
}

async function largestRecordLoad(url: string, pusher: Member, puller: Member) {
  // The puller's team: 300 notes, pulled whole each time.
  const other = new TestDevice(puller);
  const otherCase = newId();
  await ok(send(url, 'POST', '/v1/sync/push', {
    token: puller.token,
    body: { mutations: [other.set('case', otherCase, { displayName: 'Bench' }), ...Array.from({ length: 300 }, (_, i) => other.set('note', newId(), { body: `note ${i}` }, { caseId: otherCase }))] },
  }));
  const pullOnce = () => ok(send(url, 'GET', '/v1/sync/pull', { token: puller.token }));

  // A checklist at the largest allowed size: 4,000-character notes up to 256 KiB.
  const device = new TestDevice(pusher);
  const caseId = newId();
  const checklistId = newId();
  const fit = Math.floor(MAX_RECORD_FIELD_BYTES / (NOTE + 24));
  const created = await ok<any>(send(url, 'POST', '/v1/sync/push', {
    token: pusher.token,
    body: { mutations: [device.set('case', caseId, { displayName: 'Bench' }), device.set('checklist', checklistId, notes(fit), { caseId })] },
  }));
  if (created.results.some((r: { status: string }) => r.status !== 'applied')) throw new Error('the largest record was not stored');

  const idle = await timeRepeatedly(pullOnce, { count: 200 });
  let pushes = 0;
  const pushing = (async () => {
    for (; pushes < 8; pushes += 1) {
      const mutations = Array.from({ length: 1000 }, (_, i) => device.set('checklist', checklistId, { [`item.n${i % fit}.done`]: i % 2 === 0 }, { caseId }));
      await ok(send(url, 'POST', '/v1/sync/push', { token: pusher.token, body: { mutations } }));
    }
  })();
  const started = performance.now();
  const loaded = await timeRepeatedly(pullOnce, { until: pushing });
  const pushMs = performance.now() - started;
  return { idle, loaded, pushes, pushMs, fields: fit };
}

async function pushStorm(url: string, devices: Member[]) {
  const healthz = () => ok(send(url, 'GET', '/healthz'));
  const idle = await timeRepeatedly(healthz, { count: 300 });
  const share = STORM_BYTES / devices.length;
  let bytes = 0;
  const storm = Promise.all(
    devices.map(async (who) => {
      const device = new TestDevice(who);
      const caseId = newId();
      await ok(send(url, 'POST', '/v1/sync/push', { token: who.token, body: { mutations: [device.set('case', caseId, { displayName: 'Storm' })] } }));
      // Pushes of about 256 KiB of 2,000-character notes until this device's share is sent.
      for (let sent = 0; sent < share; ) {
        const mutations: unknown[] = [];
        let size = 0;
        while (size < Math.min(STORM_PUSH_BYTES, share - sent)) {
          const mutation = device.set('note', newId(), { body: 'y'.repeat(2000) }, { caseId });
          mutations.push(mutation);
          size += JSON.stringify(mutation).length + 1;
        }
        const body = { mutations };
        sent += size;
        bytes += JSON.stringify(body).length;
        await ok(send(url, 'POST', '/v1/sync/push', { token: who.token, body }));
      }
    }),
  );
  const started = performance.now();
  const loaded = await timeRepeatedly(healthz, { until: storm });
  return { idle, loaded, bytes, stormMs: performance.now() - started };
}

export async function run(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zvezek-load-'));
  const server = await startServerProcess(dataDir, { SETUP_TOKEN: 'bench-setup-code-0001' });
  try {
    const url = server.url;
    const pusher = await newTeam(url, 'bench-setup-code-0001', 'pusher');
    const created = await runToEnd('src/server/admin.ts', ['create-team'], serverEnv(dataDir));
    const puller = await newTeam(url, JSON.parse(created.stdout.trim()).setupToken, 'puller');

    const a = await largestRecordLoad(url, pusher, puller);
    console.log('Endpoint under load (SQLite, its own process, loopback)');
    console.log(
      `  (a) pull of 301 records by another team, while one device pushes ${a.pushes} x 1,000 changes to a ${a.fields}-field, 256 KiB record (${ms(a.pushMs)}):` +
        ` p50 ${ms(a.loaded.p50)}, p99 ${ms(a.loaded.p99)}, max ${ms(a.loaded.max)} (${a.loaded.n} pulls)` +
        ` | idle: p50 ${ms(a.idle.p50)}, p99 ${ms(a.idle.p99)} (${a.idle.n} pulls) | p99 ${ratio(a.loaded.p99, a.idle.p99)} idle (aim <= 2x)`,
    );

    const devices = [pusher];
    for (let i = 1; i < STORM_DEVICES; i += 1) devices.push(await anotherDevice(url, pusher, `Storm ${i}`));
    const b = await pushStorm(url, devices);
    console.log(
      `  (b) /healthz while ${STORM_DEVICES} devices push ${(b.bytes / 1024 / 1024).toFixed(1)} MiB at once (${ms(b.stormMs)}):` +
        ` p50 ${ms(b.loaded.p50)}, p99 ${ms(b.loaded.p99)}, max ${ms(b.loaded.max)} (${b.loaded.n} requests)` +
        ` | idle: p50 ${ms(b.idle.p50)}, p99 ${ms(b.idle.p99)} | aim p99 <= 100 ms`,
    );
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
