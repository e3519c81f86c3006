// Starts the real endpoint in-process on 127.0.0.1, port 0, over a fresh SQLite file in a
// temporary folder (or, when DATABASE_URL names PostgreSQL, a fresh schema there: see
// helpers/postgres.ts), and talks to it over real HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { buildServer, type BuiltServer } from '../../../src/server/app.ts';
import type { ServerConfig } from '../../../src/server/config.ts';
import type { Storage } from '../../../src/server/storage/adapter.ts';
import { createTeamSetupCode } from '../../../src/server/operator.ts';
import { DATABASE_FILE } from '../../../src/server/storage/sqlite/connection.ts';
import { formatHlc } from '../../../src/domain/hlc.ts';
import { uuidv7 } from '../../../src/domain/ids.ts';
import { onPostgres, postgresRows, postgresUrlFor } from './postgres.ts';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
  /** a raw body string (sent as is); `body` is JSON-encoded */
  raw?: string | Uint8Array;
  body?: unknown;
}

export interface TestServer {
  url: string;
  dataDir: string;
  server: BuiltServer;
  clock: { now: number };
  logs: string[];
  request<T = any>(method: string, urlPath: string, options?: RequestOptions): Promise<Reply<T>>;
  /** Rows of one query on the endpoint's database (`?` placeholders), for checking what is stored. */
  rows<R = any>(sql: string, ...params: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

const madeDirs: string[] = [];

export function tempDir(prefix = 'zvezek-server-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/** Deletes every folder tempDir made (call from afterAll, once the servers are closed). */
export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function testConfig(dataDir: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: onPostgres ? postgresUrlFor(dataDir) : undefined,
    setupToken: undefined,
    staticDir: path.join(dataDir, 'no-app'),
    logLevel: 'silent',
    trustProxy: 0,
    shutdownGraceMs: 8000,
    requestTimeoutMs: 30_000,
    ...overrides,
  };
}

/** `clock.now` is the endpoint's time: null follows the real clock, a number freezes it. */
export async function startServer(
  options: { config?: Partial<ServerConfig>; dataDir?: string; fixedNow?: number; storage?: Storage } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const clock = { now: options.fixedNow ?? Number.NaN };
  const logs: string[] = [];
  const server = await buildServer(testConfig(dataDir, options.config), {
    ...(options.storage ? { storage: options.storage } : {}),
    now: () => (Number.isNaN(clock.now) ? Date.now() : clock.now),
    logStream: { write: (line: string) => void logs.push(line) },
  });
  const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    dataDir,
    server,
    clock,
    logs,
    request: (method, urlPath, requestOptions) => send(address, method, urlPath, requestOptions),
    rows: (sql, ...params) => storedRows(testConfig(dataDir, options.config).databaseUrl, dataDir, sql, params),
    close: () => server.close(),
  };
}

async function storedRows(databaseUrl: string | undefined, dataDir: string, sql: string, params: unknown[]): Promise<any[]> {
  if (databaseUrl) return postgresRows(databaseUrl, sql, params);
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare(sql).all(...params);
  } finally {
    db.close();
  }
}

export async function send<T = any>(baseUrl: string, method: string, urlPath: string, options: RequestOptions = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { 'x-protocol-version': '1', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | Uint8Array | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(baseUrl + urlPath, { method, headers, body: body as BodyInit | undefined });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

// ---- accounts ------------------------------------------------------------------------

export const PASSWORD = 'a long enough passphrase';

export interface Member {
  token: string;
  deviceId: string;
  userId: string;
  teamId: string;
  role: 'coordinator' | 'counselor' | 'volunteer';
  username: string;
}

let nameCounter = 0;
export function uniqueName(prefix = 'user'): string {
  nameCounter += 1;
  return `${prefix}${nameCounter}_${randomBytes(3).toString('hex')}`;
}

/** A new team (through a setup code and POST /v1/setup) and its coordinator. */
export async function createTeam(t: TestServer, teamName = 'Fictional Helpers'): Promise<Member> {
  const setupToken = await createTeamSetupCode(t.server.storage, Date.now());
  const username = uniqueName('coord');
  const reply = await t.request('POST', '/v1/setup', {
    body: { setupToken, teamName, username, password: PASSWORD, deviceName: 'Test phone' },
  });
  if (reply.status !== 201) throw new Error(`setup failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return member(reply.body, username);
}

/** A new member of the coordinator's team with the given role (invite + accept). */
export async function addMember(t: TestServer, coordinator: Member, role: Member['role']): Promise<Member> {
  const invite = await t.request('POST', '/v1/invites', { token: coordinator.token, body: { role } });
  if (invite.status !== 201) throw new Error(`invite failed: ${invite.status}`);
  const username = uniqueName(role);
  const reply = await t.request('POST', '/v1/invites/accept', {
    body: { code: invite.body.code, username, password: PASSWORD, deviceName: 'Test phone' },
  });
  if (reply.status !== 201) throw new Error(`accept failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return member(reply.body, username);
}

/** Another device of an existing user (a login). */
export async function login(t: TestServer, who: Member, deviceName = 'Second phone'): Promise<Member> {
  const reply = await t.request('POST', '/v1/auth/login', { body: { username: who.username, password: PASSWORD, deviceName } });
  if (reply.status !== 200) throw new Error(`login failed: ${reply.status}`);
  return member(reply.body, who.username);
}

function member(body: any, username: string): Member {
  return { token: body.token, deviceId: body.deviceId, userId: body.user.id, teamId: body.team.id, role: body.user.role, username };
}

// ---- records and mutations -------------------------------------------------------------

export function newId(): string {
  return uuidv7(Date.now(), randomBytes(10));
}

export function newNode(): string {
  return randomBytes(8).toString('hex');
}

/** A device's outbox: numbered mutations with increasing clocks, like the app makes them. */
export class TestDevice {
  readonly who: Member;
  readonly node: string;
  n = 0;
  #wallMs: number;
  #counter = 0;

  constructor(who: Member, startMs = Date.now() - 60_000) {
    this.who = who;
    this.node = newNode();
    this.#wallMs = startMs;
  }

  clock(): string {
    this.#counter += 1;
    if (this.#counter > 0xfff0) {
      this.#counter = 0;
      this.#wallMs += 1;
    }
    return formatHlc({ wallMs: this.#wallMs, counter: this.#counter, node: this.node });
  }

  /** Skips the clock forward (e.g. the phone's date is wrong). */
  clockAt(wallMs: number): string {
    return formatHlc({ wallMs, counter: 0, node: this.node });
  }

  /** The clock of each field this device last wrote or saw, sent as `base` like the app does. */
  readonly seen = new Map<string, Record<string, string>>();

  set(type: string, record: string, set: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    this.n += 1;
    const seen = this.seen.get(record) ?? {};
    const base = Object.fromEntries(Object.keys(set).map((field) => [field, seen[field] ?? null]));
    const clock = this.clock();
    this.seen.set(record, { ...seen, ...Object.fromEntries(Object.keys(set).map((field) => [field, clock])) });
    return { n: this.n, record, type, set, clock, base, ...extra };
  }

  /** Takes in pulled or pushed records, as the app's merge does. */
  learn(records: { id: string; clocks?: Record<string, string> }[]): void {
    for (const record of records) this.seen.set(record.id, { ...this.seen.get(record.id), ...record.clocks });
  }

  delete(type: string, record: string, extra: Record<string, unknown> = {}) {
    this.n += 1;
    return { n: this.n, record, type, delete: true, clock: this.clock(), ...extra };
  }
}

export function push(t: TestServer, who: Member, mutations: unknown[]) {
  return t.request('POST', '/v1/sync/push', { token: who.token, body: { mutations } });
}

export function pull(t: TestServer, who: Member, query: { cursor?: string; limit?: number } = {}) {
  const params = new URLSearchParams();
  if (query.cursor !== undefined) params.set('cursor', query.cursor);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  const qs = params.toString();
  return t.request('GET', `/v1/sync/pull${qs ? `?${qs}` : ''}`, { token: who.token });
}

/** Pulls every page from `cursor`; returns all pages' records, removed lists and the last cursor. */
export async function pullAll(t: TestServer, who: Member, cursor?: string, limit?: number) {
  const records: any[] = [];
  const removed: string[] = [];
  let next = cursor;
  for (;;) {
    const reply = await pull(t, who, { ...(next === undefined ? {} : { cursor: next }), ...(limit === undefined ? {} : { limit }) });
    if (reply.status !== 200) throw new Error(`pull failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    records.push(...reply.body.records);
    removed.push(...reply.body.removed);
    next = reply.body.cursor;
    if (!reply.body.more) return { records, removed, cursor: next as string };
  }
}

/** What a device holds after applying pulls in order: removed cases first, then records. */
export function applyPulled(store: Map<string, any>, page: { records: any[]; removed: string[] }): void {
  for (const caseId of page.removed) {
    for (const [id, record] of store) if (record.caseId === caseId) store.delete(id);
  }
  for (const record of page.records) store.set(record.id, record);
}

/** Rows of the records table, for "nothing changed" checks. */
export async function storedState(t: TestServer): Promise<{ records: unknown[]; teams: unknown[] }> {
  return {
    records: await t.rows('SELECT * FROM records ORDER BY id'),
    teams: await t.rows('SELECT id, version FROM teams ORDER BY id'),
  };
}
