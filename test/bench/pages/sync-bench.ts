// Runs inside real Chromium, served by the real endpoint (same origin): the sync engine's
// first pull into IndexedDB, a raw IndexedDB baseline with the same records, and a push of
// queued changes. test/bench/sync.bench.ts drives it.
import { pullResponseSchema, type AuthResponse } from '../../../src/domain/protocol.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { updateCase } from '../../../src/store/repo/cases.ts';
import { openStore, type Store } from '../../../src/store/store.ts';
import { createApiClient } from '../../../src/sync/api-client.ts';
import { PROTOCOL_LIMITS } from '../../../src/sync/batch.ts';
import { createSyncEngine } from '../../../src/sync/engine.ts';
import { browserLocks, createLeader } from '../../../src/sync/leader.ts';
import { pushOutbox } from '../../../src/sync/push.ts';
import { adoptSession, readSession } from '../../../src/store/session.ts';

const stores = new Map<string, Store>();
const endpoint = `${location.origin}/`;
const fetchInPage = (input: string, init: RequestInit) => fetch(input, init);

async function open(name: string): Promise<Store> {
  const opened = await openStore({ name });
  if (!opened.ok) throw new Error(opened.error.code);
  stores.set(name, opened.value);
  return opened.value;
}

/** A new phone signs in and syncs: the whole first pull, as the app does it. */
async function enginePull(name: string, auth: AuthResponse, pageSize: number): Promise<{ ms: number; records: number }> {
  const store = await open(name);
  const adopted = await adoptSession(store, endpoint, auth, Date.now());
  if (!adopted.ok) throw new Error(adopted.error.code);
  const engine = createSyncEngine({ store, fetch: fetchInPage, leader: createLeader(browserLocks()), pullPageSize: pageSize });
  const t0 = performance.now();
  const result = await engine.run();
  const ms = performance.now() - t0;
  if (!result.ok) throw new Error(`sync failed: ${result.failure.code}`);
  return { ms, records: await store.db.records.count() };
}

// The store's record indexes (src/store/db.ts schemaV2), for the baseline with the same
// index upkeep as the app's database: 'id, type, caseId, [type+caseId], *due, isDeleted, updatedAt, changeNo'.
function openRaw(name: string, withStoreIndexes = false): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.addEventListener('upgradeneeded', () => {
      const table = request.result.createObjectStore('records', { keyPath: 'id' });
      if (!withStoreIndexes) return;
      table.createIndex('type', 'type');
      table.createIndex('caseId', 'caseId');
      table.createIndex('[type+caseId]', ['type', 'caseId']);
      table.createIndex('due', 'due', { multiEntry: true });
      table.createIndex('isDeleted', 'isDeleted');
      table.createIndex('updatedAt', 'updatedAt');
      table.createIndex('changeNo', 'changeNo');
    });
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
  });
}

// The same rows the store keeps: fields encoded as JSON text, and its bookkeeping props.
let rawChangeNo = 0;
function rawRow(record: SyncRecord): unknown {
  rawChangeNo += 1;
  return { ...record, fields: JSON.stringify(record.fields), isDeleted: record.deleted ? 1 : 0, updatedAt: Date.now(), changeNo: rawChangeNo };
}

function writeRaw(db: IDBDatabase, records: readonly SyncRecord[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite');
    const table = tx.objectStore('records');
    for (const record of records) table.put(rawRow(record));
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('error', () => reject(tx.error));
  });
}

async function pages(token: string, pageSize: number): Promise<SyncRecord[][]> {
  const api = createApiClient({ baseUrl: endpoint, token, fetch: fetchInPage, now: Date.now });
  const all: SyncRecord[][] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await api.pull(cursor, pageSize);
    if (!page.ok) throw new Error(page.error.code);
    all.push(page.value.records);
    if (!page.value.more) return all;
    cursor = page.value.cursor;
  }
}

/** Raw baseline 1: the same pages fetched and parsed, each written in one transaction. */
async function rawPull(name: string, token: string, pageSize: number): Promise<{ ms: number; records: number }> {
  const db = await openRaw(name);
  const api = createApiClient({ baseUrl: endpoint, token, fetch: fetchInPage, now: Date.now });
  const t0 = performance.now();
  let records = 0;
  let cursor: string | null = null;
  let next = api.pull(cursor, pageSize);
  for (;;) {
    const page = await next;
    if (!page.ok) throw new Error(page.error.code);
    if (page.value.more) next = api.pull(page.value.cursor, pageSize);
    await writeRaw(db, page.value.records);
    records += page.value.records.length;
    if (!page.value.more) break;
    cursor = page.value.cursor;
  }
  const ms = performance.now() - t0;
  db.close();
  return { ms, records };
}

/**
 * Raw baseline 2: only the IndexedDB writes of the same records (fetched beforehand), one
 * transaction per page; with `withStoreIndexes`, into an object store with the store's indexes.
 */
async function rawWrite(name: string, token: string, pageSize: number, withStoreIndexes: boolean): Promise<{ ms: number; records: number }> {
  const all = await pages(token, pageSize);
  const db = await openRaw(name, withStoreIndexes);
  const t0 = performance.now();
  for (const page of all) await writeRaw(db, page);
  const ms = performance.now() - t0;
  db.close();
  return { ms, records: all.reduce((sum, page) => sum + page.length, 0) };
}

/** Queue `count` case edits on the pulled phone, then time pushing them. */
async function pushQueued(name: string, count: number): Promise<{ ms: number; pushed: number; queueMs: number }> {
  const store = stores.get(name) as Store;
  const cases = (await store.db.records.where('type').equals('case').limit(count).primaryKeys()) as string[];
  const q0 = performance.now();
  for (let i = 0; i < count; i += 1) {
    const written = await updateCase(store, cases[i % cases.length] as string, { summary: `Bench change ${i}` });
    if (!written.ok) throw new Error(written.error.code);
  }
  const queueMs = performance.now() - q0;
  const session = await readSession(store);
  if (!session) throw new Error('no session');
  const api = createApiClient({ baseUrl: session.endpoint, token: session.token, fetch: fetchInPage, now: Date.now });
  const t0 = performance.now();
  const pushed = await pushOutbox({ store, api, session, limits: { ...PROTOCOL_LIMITS } });
  const ms = performance.now() - t0;
  if (!pushed.ok) throw new Error(pushed.error.code);
  return { ms, pushed: pushed.value.processed, queueMs };
}

/** Where the engine's pull time goes: fetch + JSON, schema parsing, storing (applyPulled). */
async function profilePull(name: string, auth: AuthResponse, pageSize: number): Promise<Record<string, number>> {
  const store = await open(name);
  const times = { fetchJson: 0, parse: 0, apply: 0 };
  let cursor: string | null = null;
  for (;;) {
    let t = performance.now();
    const response = await fetch(`${endpoint}v1/sync/pull?limit=${pageSize}${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { authorization: `Bearer ${auth.token}`, 'x-protocol-version': '1' },
    });
    const json = (await response.json()) as unknown;
    times.fetchJson += performance.now() - t;
    t = performance.now();
    const page = pullResponseSchema.parse(json);
    times.parse += performance.now() - t;
    t = performance.now();
    const applied = await applyPulled(store, { records: page.records, removed: page.removed, cursor: page.cursor });
    if (!applied.ok) throw new Error(applied.error.code);
    times.apply += performance.now() - t;
    if (!page.more) return times;
    cursor = page.cursor;
  }
}

export const syncBenchApi = { enginePull, rawPull, rawWrite, pushQueued, profilePull };
export type SyncBenchApi = typeof syncBenchApi;
(window as unknown as { syncBench: SyncBenchApi }).syncBench = syncBenchApi;
document.body.dataset.ready = 'true';
