// What this device holds that the endpoint has lost (it was restored from a backup:
// sync/repair-after-restore.ts), queued again with its original values and clocks:
// - lostNewerWrites: fields (and deletions) held newer than a pulled copy says, without a
//   queued change, with `base` set to the endpoint's clock so they win exactly where they
//   won before and make no false conflict;
// - lostRecords: records a full pull did not bring at all (cases first: a note needs its
//   case on the endpoint).
// The sync engine says which record types this user may send (`mayWrite`).
import type { Hlc } from '../domain/hlc.ts';
import type { Mutation } from '../domain/protocol.ts';
import type { RecordType, SyncRecord } from '../domain/records.ts';
import type { OutboxRow, RecordRow } from './db.ts';
import { forgetRows } from './seen-rows.ts';
import { deviceMeta } from './device-row.ts';
import type { Store } from './store.ts';

/** A mutation to queue again (its number is given when it is queued). */
export type LostChange = Omit<Mutation, 'n'>;

type MayWrite = (type: RecordType) => boolean;

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
export async function lostNewerWrites(store: Store, remotes: readonly SyncRecord[], mayWrite: MayWrite): Promise<LostChange[]> {
  const ids = remotes.map((record) => record.id);
  const locals = await store.db.records.bulkGet(ids);
  const pending = await pendingOf(store, ids);
  const lost: LostChange[] = [];
  for (const [i, remote] of remotes.entries()) {
    const local = locals[i];
    if (!local || remote.deleted !== null || !mayWrite(local.type)) continue;
    const queued = pending.get(local.id);
    if (local.deleted !== null) {
      if (!queued?.deletes) lost.push(envelope(local, { delete: true, clock: local.deleted }));
      continue;
    }
    const fields = (await store.codec.decode(local.fields)) as Record<string, unknown>;
    const newer = Object.entries(local.clocks).filter(([field, clock]) => !queued?.fields.has(field) && clock > (remote.clocks[field] ?? ''));
    lost.push(...byClock(local, fields, newer, remote.clocks));
  }
  return lost;
}

/** Records the endpoint no longer has at all (not in a full pull), without queued changes. */
export async function lostRecords(store: Store, seen: ReadonlySet<string>, mayWrite: MayWrite): Promise<LostChange[]> {
  const missing = (await store.db.records.toArray()).filter((row) => !seen.has(row.id) && mayWrite(row.type));
  const pending = await pendingOf(store, null);
  const lost: LostChange[] = [];
  // A record needs its case on the endpoint first.
  for (const row of missing.toSorted((a, b) => Number(b.type === 'case') - Number(a.type === 'case'))) {
    if (pending.has(row.id)) continue;
    if (row.deleted !== null) {
      lost.push(envelope(row, { delete: true, clock: row.deleted }));
      continue;
    }
    const fields = (await store.codec.decode(row.fields)) as Record<string, unknown>;
    lost.push(...byClock(row, fields, Object.entries(row.clocks), {}));
  }
  return lost;
}

// One mutation per clock: a mutation carries one clock for all the fields it sets.
function byClock(row: RecordRow, fields: Record<string, unknown>, entries: [string, Hlc][], remoteClocks: Record<string, Hlc>): LostChange[] {
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

function envelope(row: RecordRow, body: Pick<LostChange, 'set' | 'delete' | 'clock' | 'base'>): LostChange {
  return { record: row.id, type: row.type, ...(row.caseId !== undefined ? { caseId: row.caseId } : {}), ...body };
}

/** Queue the lost changes at the end of the outbox, in order; one transaction. */
export async function requeueLost(store: Store, lost: readonly LostChange[]): Promise<number> {
  if (lost.length === 0) return 0;
  const { db, codec, env } = store;
  const now = env.now();
  const encoded = await Promise.all(lost.map(async (change) => (change.set ? codec.encode(change.set) : undefined)));
  await db.transaction('rw', db.outbox, db.meta, async () => {
    const device = await deviceMeta(store);
    let n = device.nextMutation;
    for (const [i, change] of lost.entries()) {
      const set = encoded[i];
      const row: OutboxRow = { n, record: change.record, type: change.type, clock: change.clock, createdAt: now };
      if (change.caseId !== undefined) row.caseId = change.caseId;
      if (set !== undefined) row.set = set;
      if (change.delete) row.delete = true;
      if (change.base !== undefined) row.base = change.base;
      await db.outbox.add(row);
      n += 1;
    }
    await db.meta.put({ ...device, nextMutation: n });
  });
  forgetRows(store); // the device row changed (seen-rows.ts)
  return lost.length;
}
