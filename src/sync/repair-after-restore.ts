// When the endpoint has lost changes it had acknowledged (its database was restored from
// a backup), the device is told in one of two ways: a push answers `409 mutation_gap`
// (the endpoint knows fewer of this device's mutations than it acknowledged), or a pull
// refuses the device's cursor as being ahead of the endpoint's history. The device still
// holds those changes in its records, and "never drop data" means sending them again:
//
// - pull everything from the beginning; before each page is stored, every field whose
//   local clock is newer than the endpoint's (and has no queued change) is queued again
//   with its original value and clock, and with `base` set to the endpoint's clock, so it
//   wins exactly where it won before and makes no false conflict. Being queued, the field
//   keeps its local value while the page is stored (the merge rule's pending fields);
// - records the endpoint no longer has at all are queued again whole (cases first, since a
//   note needs its case), as are deletions it lost.
// Conflict records cannot be sent by a device (only the endpoint makes them), and only
// coordinators write templates; those are left out. Original clocks are kept, so the
// merge outcome is the one everybody saw before the loss.
import type { Hlc } from '../domain/hlc.ts';
import type { Mutation, Role } from '../domain/protocol.ts';
import type { SyncRecord } from '../domain/records.ts';
import type { OutboxRow, RecordRow } from '../store/db.ts';
import { deviceMeta, type Store } from '../store/store.ts';
import { applyPulled } from '../store/sync-state.ts';
import type { ApiClient } from './api-client.ts';
import { fromApiError, fromStoreError, type SyncFailure } from './sync-failure.ts';

type Repair = Omit<Mutation, 'n'>;

export type RepairResult = { ok: true; value: { requeued: number } } | { ok: false; failure: SyncFailure };

export async function repairPull(store: Store, api: ApiClient, pageSize: number, role: Role): Promise<RepairResult> {
  const seen = new Set<string>();
  let requeued = 0;
  let cursor: string | null = null;
  try {
    for (;;) {
      const answer = await api.pull(cursor, pageSize);
      if (!answer.ok) return { ok: false, failure: fromApiError(answer.error) };
      const page = answer.value;
      for (const record of page.records) seen.add(record.id);
      requeued += await enqueue(store, await lostNewerWrites(store, page.records, role));
      const applied = await applyPulled(store, { records: page.records, removed: page.removed, cursor: page.cursor });
      if (!applied.ok) return { ok: false, failure: fromStoreError(applied.error) };
      if (!page.more) break;
      if (page.cursor === cursor) return { ok: false, failure: { code: 'bad_response', message: 'the pull cursor did not move' } };
      cursor = page.cursor;
    }
    requeued += await enqueue(store, await lostRecords(store, seen, role));
    return { ok: true, value: { requeued } };
  } catch (thrown) {
    return { ok: false, failure: { code: 'storage_failed', message: thrown instanceof Error ? thrown.name : 'repair failed' } };
  }
}

function writable(type: RecordRow['type'], role: Role): boolean {
  return type !== 'conflict' && (type !== 'template' || role === 'coordinator');
}

interface Pending {
  fields: Set<string>;
  deletes: boolean;
}

async function pendingOf(store: Store, ids: readonly string[] | null): Promise<Map<string, Pending>> {
  const rows: OutboxRow[] = ids === null ? await store.db.outbox.toArray() : await store.db.outbox.where('record').anyOf(ids).toArray();
  const byRecord = new Map<string, Pending>();
  for (const row of rows) {
    let pending = byRecord.get(row.record);
    if (!pending) byRecord.set(row.record, (pending = { fields: new Set(), deletes: false }));
    for (const field of Object.keys(row.base ?? {})) pending.fields.add(field);
    if (row.delete) pending.deletes = true;
  }
  return byRecord;
}

/** Fields (and deletions) this device holds newer than the endpoint's copy says. */
async function lostNewerWrites(store: Store, remotes: readonly SyncRecord[], role: Role): Promise<Repair[]> {
  const ids = remotes.map((record) => record.id);
  const locals = await store.db.records.bulkGet(ids);
  const pending = await pendingOf(store, ids);
  const repairs: Repair[] = [];
  for (const [i, remote] of remotes.entries()) {
    const local = locals[i];
    if (!local || remote.deleted !== null || !writable(local.type, role)) continue;
    const queued = pending.get(local.id);
    if (local.deleted !== null) {
      if (!queued?.deletes) repairs.push(envelope(local, { delete: true, clock: local.deleted }));
      continue;
    }
    const fields = (await store.codec.decode(local.fields)) as Record<string, unknown>;
    const newer = Object.entries(local.clocks).filter(([field, clock]) => !queued?.fields.has(field) && clock > (remote.clocks[field] ?? ''));
    repairs.push(...byClock(local, fields, newer, remote.clocks));
  }
  return repairs;
}

/** Records the endpoint no longer has at all (not in a full pull), without queued changes. */
async function lostRecords(store: Store, seen: ReadonlySet<string>, role: Role): Promise<Repair[]> {
  const missing = (await store.db.records.toArray()).filter((row) => !seen.has(row.id) && writable(row.type, role));
  const pending = await pendingOf(store, null);
  const repairs: Repair[] = [];
  // A record needs its case on the endpoint first.
  for (const row of missing.toSorted((a, b) => Number(b.type === 'case') - Number(a.type === 'case'))) {
    if (pending.has(row.id)) continue;
    if (row.deleted !== null) {
      repairs.push(envelope(row, { delete: true, clock: row.deleted }));
      continue;
    }
    const fields = (await store.codec.decode(row.fields)) as Record<string, unknown>;
    repairs.push(...byClock(row, fields, Object.entries(row.clocks), {}));
  }
  return repairs;
}

// One mutation per clock: a mutation carries one clock for all the fields it sets.
function byClock(row: RecordRow, fields: Record<string, unknown>, entries: [string, Hlc][], remoteClocks: Record<string, Hlc>): Repair[] {
  const groups = new Map<Hlc, string[]>();
  for (const [field, clock] of entries) groups.set(clock, [...(groups.get(clock) ?? []), field]);
  return [...groups.entries()]
    .toSorted(([a], [b]) => (a < b ? -1 : 1))
    .map(([clock, names]) =>
      envelope(row, {
        set: Object.fromEntries(names.map((field) => [field, Object.hasOwn(fields, field) ? fields[field] : null])),
        clock,
        base: Object.fromEntries(names.map((field) => [field, remoteClocks[field] ?? null])),
      }),
    );
}

function envelope(row: RecordRow, body: Pick<Repair, 'set' | 'delete' | 'clock' | 'base'>): Repair {
  return { record: row.id, type: row.type, ...(row.caseId !== undefined ? { caseId: row.caseId } : {}), ...body };
}

async function enqueue(store: Store, repairs: readonly Repair[]): Promise<number> {
  if (repairs.length === 0) return 0;
  const { db, codec, env } = store;
  const now = env.now();
  const encoded = await Promise.all(repairs.map(async (repair) => (repair.set ? codec.encode(repair.set) : undefined)));
  await db.transaction('rw', db.outbox, db.meta, async () => {
    const device = await deviceMeta(store);
    let n = device.nextMutation;
    for (const [i, repair] of repairs.entries()) {
      const set = encoded[i];
      const row: OutboxRow = { n, record: repair.record, type: repair.type, clock: repair.clock, createdAt: now };
      if (repair.caseId !== undefined) row.caseId = repair.caseId;
      if (set !== undefined) row.set = set;
      if (repair.delete) row.delete = true;
      if (repair.base !== undefined) row.base = repair.base;
      await db.outbox.add(row);
      n += 1;
    }
    await db.meta.put({ ...device, nextMutation: n });
  });
  return repairs.length;
}
