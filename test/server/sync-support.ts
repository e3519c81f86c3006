// Devices and an endpoint for the sync engine tests: the REAL endpoint (buildServer on
// loopback, SQLite in a temp folder, restartable on the same folder) and devices that are
// each their own fake-indexeddb database with their own store, clock and sync engine.
// A device's fetch forwards to the endpoint for real; faults are injected around it
// (offline, or the answer lost after the endpoint processed the request).
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { buildServer, type BuiltServer } from '../../src/server/app.ts';
import { readConfig } from '../../src/server/config.ts';
import { createTeamSetupCode } from '../../src/server/operator.ts';
import type { Role } from '../../src/domain/protocol.ts';
import type { SyncRecord } from '../../src/domain/records.ts';
import { closeStore, openStore, type Store } from '../../src/store/store.ts';
import type { Codec } from '../../src/store/codec.ts';
import { plainJsonCodec } from '../../src/store/codec.ts';
import { createApiClient, type Fetch } from '../../src/sync/api-client.ts';
import { joinWithInvite, setupTeam, signIn } from '../../src/sync/account.ts';
import { createSyncEngine, type SyncEngine, type SyncRunResult } from '../../src/sync/engine.ts';
import { createLeader } from '../../src/sync/leader.ts';
import { readSession, type Session } from '../../src/store/session.ts';
import { onPostgres, postgresUrlFor } from './helpers/postgres.ts';

export const PASSWORD = 'fictional passphrase for tests';

export interface Endpoint {
  url(): string;
  server(): BuiltServer;
  dataDir: string;
  /** Close and build again on the same data folder (a new port). */
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  setupCode(): Promise<string>;
  close(): Promise<void>;
}

export async function startEndpoint(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zvezek-sync-'))): Promise<Endpoint> {
  let built: BuiltServer | null = null;
  let address = '';
  const start = async () => {
    const config = readConfig({
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      // The folder's own schema when the tests run on PostgreSQL (helpers/postgres.ts).
      DATABASE_URL: onPostgres ? postgresUrlFor(dataDir) : '',
      LOG_LEVEL: 'silent',
      SETUP_TOKEN: 'x',
      STATIC_DIR: path.join(dataDir, 'no-app'),
    });
    built = await buildServer(config);
    address = await built.app.listen({ port: 0, host: '127.0.0.1' });
  };
  const stop = async () => {
    const running = built;
    built = null;
    if (running) await running.close();
  };
  await start();
  return {
    url: () => address,
    server: () => {
      if (!built) throw new Error('endpoint stopped');
      return built;
    },
    dataDir,
    start,
    stop,
    async restart() {
      await stop();
      await start();
    },
    setupCode: () => createTeamSetupCode((built as BuiltServer).storage, Date.now()),
    async close() {
      await stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Fault = 'offline' | 'lose_answer';

export interface TestDevice {
  label: string;
  /** Set by setUpTeam / joinTeam. */
  username?: string;
  store: Store;
  engine: SyncEngine;
  /** Faults for the next requests, in order (null: none); then `offline` decides. */
  faults: (Fault | null)[];
  offline: boolean;
  /** Shifts this device's clock (ms) against real time. */
  skewMs: number;
  requests: { method: string; path: string; status: number | null; bytes: number }[];
  fetch: Fetch;
  sync(): Promise<SyncRunResult>;
  session(): Promise<Session | null>;
  close(): Promise<void>;
}

let deviceCounter = 0;

/** A device with an empty database, signed in nowhere yet. */
export async function newDevice(endpoint: Endpoint, label: string, options: { codec?: Codec; seed?: number } = {}): Promise<TestDevice> {
  deviceCounter += 1;
  let random = (options.seed ?? deviceCounter * 7919) >>> 0 || 1;
  const device = { skewMs: 0 } as TestDevice;
  const env = {
    now: () => Date.now() + device.skewMs,
    randomBytes(n: number) {
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i += 1) {
        random ^= random << 13;
        random ^= random >>> 17;
        random ^= random << 5;
        bytes[i] = random & 0xff;
      }
      return bytes;
    },
  };
  const opened = await openStore({ name: `sync-${label}-${deviceCounter}-${Math.random().toString(36).slice(2)}`, env, codec: options.codec ?? plainJsonCodec });
  if (!opened.ok) throw new Error(opened.error.code);
  const store = opened.value;
  const requests: TestDevice['requests'] = [];
  const faults: (Fault | null)[] = [];

  // Whatever address the session holds, requests go to where the endpoint listens now.
  const fetchThrough: Fetch = async (input, init) => {
    const url = new URL(input);
    const target = new URL(endpoint.url());
    url.protocol = target.protocol;
    url.host = target.host;
    const fault = device.faults.shift() ?? (device.offline ? 'offline' : null);
    const bytes = typeof init.body === 'string' ? Buffer.byteLength(init.body) : 0;
    const entry = { method: init.method ?? 'GET', path: url.pathname, status: null as number | null, bytes };
    requests.push(entry);
    if (fault === 'offline') throw new TypeError('fetch failed');
    const response = await fetch(url.href, init);
    entry.status = response.status;
    if (fault === 'lose_answer') {
      await response.arrayBuffer(); // the endpoint finished; the device never hears of it
      throw new TypeError('fetch failed: connection reset');
    }
    return response;
  };

  const engine = createSyncEngine({ store, fetch: fetchThrough, leader: createLeader(undefined), timeoutMs: 20_000 });
  Object.assign(device, {
    label,
    store,
    engine,
    faults,
    offline: false,
    requests,
    fetch: fetchThrough,
    sync: () => engine.run(),
    session: () => readSession(store),
    async close() {
      closeStore(store);
      await indexedDB.deleteDatabase(store.db.name);
    },
  });
  return device;
}

export interface SyncFixture {
  /** This test's endpoint (a new one, on its own data folder, for every test). */
  readonly endpoint: Endpoint;
  /** A new device on this test's endpoint, closed after the test. */
  device(label: string, options?: { codec?: Codec }): Promise<TestDevice>;
}

/**
 * For a test file: every test gets a fresh endpoint, and the devices it makes are closed
 * (their databases deleted) and the endpoint removed after it. Call once at the top level.
 */
export function useSyncFixture(): SyncFixture {
  let current: Endpoint | null = null;
  const devices: TestDevice[] = [];
  const endpoint = (): Endpoint => {
    if (!current) throw new Error('no endpoint outside a test');
    return current;
  };
  beforeEach(async () => {
    current = await startEndpoint();
  });
  afterEach(async () => {
    for (const made of devices.splice(0)) await made.close();
    await current?.close();
    current = null;
  });
  return {
    get endpoint() {
      return endpoint();
    },
    async device(label, options) {
      const made = await newDevice(endpoint(), label, options);
      devices.push(made);
      return made;
    },
  };
}

/** Set up a new team from a setup code on `device`: it becomes the coordinator. */
export async function setUpTeam(endpoint: Endpoint, device: TestDevice, teamName = 'Fictional Aid'): Promise<Session> {
  const username = uniqueUsername('coord');
  const result = await setupTeam(
    { store: device.store, fetch: device.fetch },
    { endpoint: endpoint.url(), setupToken: await endpoint.setupCode(), teamName, username, password: PASSWORD, deviceName: device.label },
  );
  if (!result.ok) throw new Error(`setup failed: ${result.error.code} ${result.error.message}`);
  device.username = username;
  return result.value;
}

/** Invite `role` from the coordinator's device and accept the invite on `device`. */
export async function joinTeam(endpoint: Endpoint, coordinator: TestDevice, device: TestDevice, role: Role): Promise<Session> {
  const coordinatorSession = await coordinator.session();
  if (!coordinatorSession) throw new Error('coordinator has no session');
  const api = createApiClient({ baseUrl: endpoint.url() + '/', token: coordinatorSession.token, fetch: coordinator.fetch, now: Date.now });
  const invite = await api.createInvite(role);
  if (!invite.ok) throw new Error(`invite failed: ${invite.error.code}`);
  const username = uniqueUsername(role);
  const result = await joinWithInvite(
    { store: device.store, fetch: device.fetch },
    { endpoint: endpoint.url(), code: invite.value.code, username, password: PASSWORD, deviceName: device.label },
  );
  if (!result.ok) throw new Error(`join failed: ${result.error.code}`);
  device.username = username;
  return result.value;
}

export async function signInAgain(endpoint: Endpoint, device: TestDevice): Promise<Session> {
  const username = device.username ?? '';
  const result = await signIn({ store: device.store, fetch: device.fetch }, { endpoint: endpoint.url(), username, password: PASSWORD, deviceName: device.label });
  if (!result.ok) throw new Error(`sign-in failed: ${result.error.code}`);
  return result.value;
}

let usernameCounter = 0;
export function uniqueUsername(prefix: string): string {
  usernameCounter += 1;
  return `${prefix}${usernameCounter}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Everything the endpoint holds that `device`'s user may see: a full pull from the start. */
export async function endpointRecords(endpoint: Endpoint, device: TestDevice): Promise<Map<string, SyncRecord>> {
  const session = await device.session();
  if (!session) throw new Error('no session');
  const api = createApiClient({ baseUrl: endpoint.url() + '/', token: session.token, fetch, now: Date.now });
  const records = new Map<string, SyncRecord>();
  let cursor: string | null = null;
  for (;;) {
    const page = await api.pull(cursor, 5000);
    if (!page.ok) throw new Error(`pull failed: ${page.error.code}`);
    for (const removed of page.value.removed) for (const [id, r] of records) if (r.caseId === removed) records.delete(id);
    for (const record of page.value.records) records.set(record.id, record);
    if (!page.value.more) return records;
    cursor = page.value.cursor;
  }
}

export interface LocalRecord {
  id: string;
  type: string;
  caseId?: string;
  fields: Record<string, unknown>;
  clocks: Record<string, string>;
  deleted: string | null;
}

/** The device's records, decoded. */
export async function deviceRecords(device: TestDevice): Promise<Map<string, LocalRecord>> {
  const rows = await device.store.db.records.toArray();
  const records = new Map<string, LocalRecord>();
  for (const row of rows) {
    records.set(row.id, {
      id: row.id,
      type: row.type,
      ...(row.caseId !== undefined ? { caseId: row.caseId } : {}),
      fields: (await device.store.codec.decode(row.fields)) as Record<string, unknown>,
      clocks: row.clocks,
      deleted: row.deleted,
    });
  }
  return records;
}

export async function fieldsOf(device: TestDevice, id: string): Promise<Record<string, unknown> | undefined> {
  const row = await device.store.db.records.get(id);
  return row ? ((await device.store.codec.decode(row.fields)) as Record<string, unknown>) : undefined;
}

/** One sync run that must succeed. */
export async function synced(device: TestDevice): Promise<void> {
  const result = await device.sync();
  if (!result.ok) throw new Error(`${device.label}: sync failed: ${result.failure.code} ${result.failure.message}`);
}

export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}
