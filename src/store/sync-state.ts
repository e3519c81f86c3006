// What the sync engine (src/sync) needs from the store: the outbox to push, acknowledging
// and rejecting pushed mutations, and applying pulled records (SYNC-PROTOCOL.md, Push and
// Pull). The engine decides when; these functions keep the local rules:
// - the pulled records and the new cursor commit in ONE transaction, so the cursor never
//   moves past a change that was not stored;
// - a pulled record goes through the shared merge rule (mergeRemote): a field with a
//   pending local mutation keeps its local value until that mutation is acknowledged;
// - `removed` cases are erased from the device before the records of the same pull apply.
import { receive, type Hlc } from '../domain/hlc.ts';
import { jsonEqual } from '../domain/json-equal.ts';
import { mergeRemote, type MergeState } from '../domain/merge.ts';
import { MAX_MUTATIONS_PER_PUSH, type Mutation, type MutationRejectCode } from '../domain/protocol.ts';
import type { SyncRecord } from '../domain/records.ts';
import { caseSummary, latestWallMs, type OutboxRow, type PurgeMeta, type RecordRow, type RejectedRow } from './db.ts';
import { attempt, type Result } from './errors.ts';
import { deriveIndexProps } from './index-props.ts';
import { deviceMeta, type Store } from './store.ts';
import { ChangedMeanwhile, retryWhenChanged, tombstone, withIndexProps } from './write.ts';

/** How many purge entries (cases removed outright) readers can catch up from. */
const PURGES_KEPT = 50;

/** The oldest queued mutations, in order, ready for a push (decoded). */
export async function pendingMutations(store: Store, limit = MAX_MUTATIONS_PER_PUSH): Promise<Result<Mutation[]>> {
  return attempt(async () => {
    const rows = await store.db.outbox.orderBy('n').limit(limit).toArray();
    return Promise.all(rows.map((row) => toMutation(store, row)));
  });
}

async function toMutation(store: Store, row: OutboxRow): Promise<Mutation> {
  const mutation: Mutation = { n: row.n, record: row.record, type: row.type, clock: row.clock };
  if (row.caseId !== undefined) mutation.caseId = row.caseId;
  if (row.set !== undefined) mutation.set = (await store.codec.decode(row.set)) as Record<string, unknown>;
  if (row.delete) mutation.delete = true;
  if (row.base !== undefined) mutation.base = row.base;
  return mutation;
}

export interface RejectedMutation {
  n: number;
  code: MutationRejectCode | string;
  message: string;
}

/**
 * After a push: move the rejected mutations to the list people see (nothing is dropped
 * without a person seeing it), then drop every outbox entry up to the endpoint's
 * `lastMutation`. One transaction.
 */
export async function acknowledge(
  store: Store,
  lastMutation: number,
  rejected: readonly RejectedMutation[] = [],
): Promise<Result<{ acknowledged: number }>> {
  const { db, env } = store;
  return attempt(() =>
    db.transaction('rw', db.outbox, db.rejected, async () => {
      await moveToRejected(store, rejected, env.now());
      const acknowledged = await db.outbox.where('n').belowOrEqual(lastMutation).delete();
      return { acknowledged };
    }),
  );
}

/** Move rejected mutations from the outbox to the rejected list (without acknowledging others). */
export async function recordRejected(store: Store, rejected: readonly RejectedMutation[]): Promise<Result<void>> {
  const { db, env } = store;
  return attempt(() => db.transaction('rw', db.outbox, db.rejected, () => moveToRejected(store, rejected, env.now())));
}

async function moveToRejected(store: Store, rejected: readonly RejectedMutation[], now: number): Promise<void> {
  const { db } = store;
  for (const { n, code, message } of rejected) {
    const row = await db.outbox.get(n);
    if (!row) continue; // already moved by an earlier, interrupted attempt
    await db.rejected.put({ ...row, code, message, rejectedAt: now });
    await db.outbox.delete(n);
  }
}

/** Rejected mutations, newest first, decoded, for the sync screen. */
export async function listRejected(store: Store): Promise<Result<(Mutation & Omit<RejectedRow, keyof OutboxRow>)[]>> {
  return attempt(async () => {
    const rows = (await store.db.rejected.orderBy('n').toArray()).toReversed();
    return Promise.all(
      rows.map(async (row) => ({ ...(await toMutation(store, row)), code: row.code, message: row.message, rejectedAt: row.rejectedAt })),
    );
  });
}

/** A person has seen a rejected change and lets it go. */
export async function dismissRejected(store: Store, n: number): Promise<Result<void>> {
  return attempt(() => store.db.rejected.delete(n));
}

/** For the sync status: how many changes wait and since when (ms), e.g. for the 24 h warning. */
export async function outboxSummary(store: Store): Promise<Result<{ count: number; oldestCreatedAt: number | null }>> {
  return attempt(() =>
    store.db.transaction('r', store.db.outbox, async () => ({
      count: await store.db.outbox.count(),
      oldestCreatedAt: (await store.db.outbox.orderBy('n').first())?.createdAt ?? null,
    })),
  );
}

/** Field names with a queued (unacknowledged) local write, by record id. */
export async function pendingFieldsByRecord(store: Store): Promise<Result<Map<string, Set<string>>>> {
  return attempt(async () => pendingFields(await store.db.outbox.toArray()));
}

function pendingFields(rows: readonly OutboxRow[]): Map<string, Set<string>> {
  const byRecord = new Map<string, Set<string>>();
  for (const row of rows) {
    // `base` names exactly the fields of a `set` (write.ts).
    if (!row.base) continue;
    let fields = byRecord.get(row.record);
    if (!fields) byRecord.set(row.record, (fields = new Set()));
    for (const field of Object.keys(row.base)) fields.add(field);
  }
  return byRecord;
}

/** The pull cursor this device last committed (null: never pulled). */
export async function syncCursor(store: Store): Promise<Result<string | null>> {
  return attempt(async () => {
    const sync = await store.db.meta.get('sync');
    return sync?.key === 'sync' ? sync.cursor : null;
  });
}

export interface PulledChanges {
  records: readonly SyncRecord[];
  /** Cases that left this user's scope: every local record of them is erased. */
  removed: readonly string[];
  /** The new cursor; leave out when applying a push response's records. */
  cursor?: string;
}

/**
 * Apply one pull response (or a push response's `records`): `removed` first, then each
 * record through mergeRemote, then the cursor, all in one transaction.
 */
export async function applyPulled(store: Store, changes: PulledChanges): Promise<Result<{ changed: number }>> {
  return retryWhenChanged(() => applyPulledOnce(store, changes));
}

interface Prepared {
  remote: SyncRecord;
  /** changeNo of the local row this was merged with (undefined: none, or erased first). */
  basedOn: number | undefined;
  pendingKey: string;
  merged: MergeState;
  encodedFields: string;
  props: Awaited<ReturnType<typeof deriveIndexProps>>;
}

async function applyPulledOnce(store: Store, changes: PulledChanges): Promise<Result<{ changed: number }>> {
  const { db, env, codec } = store;
  const removed = new Set(changes.removed);
  // The endpoint sends each record's whole current state; a later copy in one response is newer.
  const latest = new Map<string, SyncRecord>();
  for (const record of changes.records) latest.set(record.id, record);
  const ids = [...latest.keys()];

  // Outside the transaction: read, decode, merge, encode (codec.ts explains why).
  const localRows = await db.records.bulkGet(ids);
  const pendingBefore = pendingFields(await db.outbox.where('record').anyOf(ids).toArray());
  const noFields = await codec.encode({});
  const prepared: Prepared[] = [];
  for (const [i, id] of ids.entries()) {
    const remote = latest.get(id) as SyncRecord;
    const found = localRows[i];
    const local = found && !(found.caseId !== undefined && removed.has(found.caseId)) ? found : undefined;
    const pending = pendingBefore.get(id) ?? new Set<string>();
    const localState: MergeState | null = local
      ? { fields: (await codec.decode(local.fields)) as Record<string, unknown>, clocks: local.clocks, deleted: local.deleted }
      : null;
    const merged = mergeRemote(localState, { fields: remote.fields, clocks: remote.clocks, deleted: remote.deleted }, pending);
    const unchanged = localState !== null && jsonEqual(merged, localState);
    prepared.push({
      remote,
      basedOn: local?.changeNo,
      pendingKey: [...pending].toSorted().join('\n'),
      merged,
      encodedFields: merged.deleted !== null ? noFields : unchanged && local ? local.fields : await codec.encode(merged.fields),
      props: merged.deleted !== null ? {} : await deriveIndexProps(remote.type, merged.fields, codec),
    });
  }
  const now = env.now();

  return db.transaction('rw', [db.records, db.outbox, db.meta, db.drafts], async () => {
    const device = await deviceMeta(store);
    let changeNo = device.nextChange;
    let hlc = device.hlc;
    const touchedCases = new Set<string>();
    const deletedCases = new Map<string, Hlc>();

    // 1. Cases that left this user's scope: erase every local record of them.
    if (removed.size > 0) {
      const caseIds = [...removed];
      await db.records.where('caseId').anyOf(caseIds).delete();
      await db.drafts.where('caseId').anyOf(caseIds).delete();
      await notePurge(store, changeNo++, caseIds);
    }

    // Fold the newest clock seen into ours, so every later local write sorts after it
    // (write.ts relies on that: a local write always wins locally).
    const newest = newestClock(prepared.map((item) => item.remote));
    if (newest !== null) hlc = receive(hlc, newest, now);

    // 2. The records, each checked against what was merged outside the transaction.
    const pendingNow = pendingFields(await db.outbox.where('record').anyOf(ids).toArray());
    let changed = 0;
    for (const item of prepared) {
      const { remote, merged } = item;
      const current = await db.records.get(remote.id);
      const pendingKey = [...(pendingNow.get(remote.id) ?? [])].toSorted().join('\n');
      if (current?.changeNo !== item.basedOn || pendingKey !== item.pendingKey) throw new ChangedMeanwhile();

      const caseId = remote.type === 'case' ? remote.id : remote.caseId;
      const sameState =
        current !== undefined &&
        current.deleted === merged.deleted &&
        jsonEqual(current.clocks, merged.clocks) &&
        current.fields === item.encodedFields;
      if (sameState) {
        // Our own write coming back, or nothing new: only the server's bookkeeping changes.
        await db.records.put(withServerInfo(current, remote));
        continue;
      }
      const base: RecordRow = {
        id: remote.id,
        type: remote.type,
        ...(caseId !== undefined ? { caseId } : {}),
        fields: item.encodedFields,
        clocks: merged.clocks,
        deleted: merged.deleted,
        isDeleted: merged.deleted !== null ? 1 : 0,
        updatedAt: latestWallMs(merged) || (current?.updatedAt ?? now),
        changeNo: changeNo++,
        ...(current?.dues !== undefined ? { dues: current.dues } : {}),
        ...(current?.activityAt !== undefined ? { activityAt: current.activityAt } : {}),
      };
      await db.records.put(withServerInfo(withIndexProps(base, item.props), remote));
      changed += 1;
      if (caseId !== undefined) touchedCases.add(caseId);
      if (remote.type === 'case' && merged.deleted !== null && !current?.isDeleted) deletedCases.set(remote.id, merged.deleted);
    }

    // 3. A case deleted elsewhere: its records go with it here too (the endpoint sends their
    //    tombstones as well; this also covers records this device made and never pushed).
    for (const [caseId, clock] of deletedCases) {
      const live = (await db.records.where('caseId').equals(caseId).toArray()).filter((row) => !row.isDeleted);
      await db.records.bulkPut(live.map((row) => tombstone(row, clock, now, changeNo++, noFields)));
      await db.drafts.where('caseId').equals(caseId).delete();
    }

    // 4. Case summaries (next due date, last activity) over the case's records.
    for (const caseId of touchedCases) {
      const caseRow = await db.records.get(caseId);
      if (!caseRow || caseRow.type !== 'case' || caseRow.isDeleted) continue;
      const rowsOfCase = await db.records.where('caseId').equals(caseId).toArray();
      await db.records.put({ ...caseRow, ...caseSummary(caseRow, rowsOfCase) });
    }

    // 5. The clock, the change counter and the cursor: with the records or not at all.
    await db.meta.put({ ...device, hlc, nextChange: changeNo });
    if (changes.cursor !== undefined) await db.meta.put({ key: 'sync', cursor: changes.cursor, lastPullAt: now });
    return { ok: true as const, value: { changed } };
  });
}

function withServerInfo(row: RecordRow, remote: SyncRecord): RecordRow {
  const next = { ...row };
  if (remote.seq !== undefined) next.seq = remote.seq;
  if (remote.teamId !== undefined) next.teamId = remote.teamId;
  return next;
}

function newestClock(records: readonly SyncRecord[]): Hlc | null {
  let newest: Hlc | null = null;
  for (const record of records) {
    for (const clock of [...Object.values(record.clocks), record.deleted]) {
      if (clock !== null && (newest === null || clock > newest)) newest = clock;
    }
  }
  return newest;
}

/** Remember which cases were erased outright, so readers of changeNo can catch up (search.ts). */
async function notePurge(store: Store, changeNo: number, caseIds: string[]): Promise<void> {
  const existing = await store.db.meta.get('purges');
  const purges: PurgeMeta = existing?.key === 'purges' ? existing : { key: 'purges', entries: [], droppedUpTo: 0 };
  const entries = [...purges.entries, { changeNo, caseIds }];
  const dropped = entries.splice(0, Math.max(0, entries.length - PURGES_KEPT));
  await store.db.meta.put({
    key: 'purges',
    entries,
    droppedUpTo: dropped.length > 0 ? (dropped.at(-1) as { changeNo: number }).changeNo : purges.droppedUpTo,
  });
}
