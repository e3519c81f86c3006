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
import {
  caseSummary,
  latestWallMs,
  type CaseFilterProps,
  type CaseIndexRow,
  type IndexProps,
  type MetaRow,
  type OutboxRow,
  type PurgeMeta,
  type RecordRow,
  type RejectedRow,
} from './db.ts';
import { attempt, type Result } from './errors.ts';
import { caseFilterProps, deriveIndexProps } from './index-props.ts';
import { deviceMeta, type Store } from './store.ts';
import { ChangedMeanwhile, retryWhenChanged, tombstone } from './write.ts';

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
  props: IndexProps;
  /** For a live case: what the case list filters it by. */
  caseProps: CaseFilterProps | null;
}

async function applyPulledOnce(store: Store, changes: PulledChanges): Promise<Result<{ changed: number }>> {
  const { db, env, codec } = store;
  const removed = [...new Set(changes.removed)];
  const removedSet = new Set(removed);
  // The endpoint sends each record's whole current state; a later copy in one response is newer.
  const latest = new Map<string, SyncRecord>();
  for (const record of changes.records) latest.set(record.id, record);
  const ids = [...latest.keys()];

  // Outside the transaction: read, decode, merge, encode (codec.ts explains why).
  const [localRows, pendingRows] = await db.transaction('r', db.records, db.outbox, () =>
    Promise.all([db.records.bulkGet(ids), db.outbox.where('record').anyOf(ids).toArray()]),
  );
  const pendingBefore = pendingFields(pendingRows);
  const noFields = await codec.encode({});
  const prepared: Prepared[] = [];
  for (const [i, id] of ids.entries()) {
    const remote = latest.get(id) as SyncRecord;
    const found = localRows[i];
    const local = found && !(found.caseId !== undefined && removedSet.has(found.caseId)) ? found : undefined;
    const pending = pendingBefore.get(id) ?? new Set<string>();
    const localState: MergeState | null = local
      ? { fields: (await codec.decode(local.fields)) as Record<string, unknown>, clocks: local.clocks, deleted: local.deleted }
      : null;
    const merged = mergeRemote(localState, { fields: remote.fields, clocks: remote.clocks, deleted: remote.deleted }, pending);
    const unchanged = local !== undefined && localState !== null && jsonEqual(merged, localState);
    const live = merged.deleted === null;
    prepared.push({
      remote,
      basedOn: local?.changeNo,
      pendingKey: keyOf(pending),
      merged,
      encodedFields: !live ? noFields : unchanged ? local.fields : await codec.encode(merged.fields),
      props: live ? deriveIndexProps(remote.type, merged.fields) : {},
      caseProps: live && remote.type === 'case' ? await caseFilterProps(merged.fields, codec) : null,
    });
  }
  const now = env.now();

  return db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.meta, db.drafts], async () => {
    const [device, purges] = await Promise.all([deviceMeta(store), db.meta.get('purges')]);
    let changeNo = device.nextChange;

    // 1. Cases that left this user's scope: erase every local record of them.
    if (removed.length > 0) {
      await Promise.all([
        db.records.where('caseId').anyOf(removed).delete(),
        db.caseIndex.bulkDelete(removed),
        db.drafts.where('caseId').anyOf(removed).delete(),
        db.meta.put(withPurge(purges, changeNo++, removed)),
      ]);
    }

    // 2. The records, each checked against what was merged outside the transaction.
    const [currentRows, pendingNow] = await Promise.all([
      db.records.bulkGet(ids),
      db.outbox.where('record').anyOf(ids).toArray().then(pendingFields),
    ]);
    const puts: RecordRow[] = [];
    const touchedCases = new Set<string>();
    const deletedCases = new Map<string, Hlc>();
    const caseProps = new Map<string, CaseFilterProps>();
    for (const [i, item] of prepared.entries()) {
      const { remote, merged } = item;
      const current = currentRows[i];
      if (current?.changeNo !== item.basedOn || keyOf(pendingNow.get(remote.id)) !== item.pendingKey) {
        throw new ChangedMeanwhile();
      }
      const caseId = remote.type === 'case' ? remote.id : remote.caseId;
      const sameState =
        current !== undefined &&
        current.deleted === merged.deleted &&
        current.fields === item.encodedFields &&
        jsonEqual(current.clocks, merged.clocks);
      if (sameState) {
        // Our own write coming back, or nothing new: only the server's bookkeeping changes.
        puts.push(withServerInfo(current, remote));
        continue;
      }
      const row: RecordRow = {
        id: remote.id,
        type: remote.type,
        ...(caseId !== undefined ? { caseId } : {}),
        fields: item.encodedFields,
        clocks: merged.clocks,
        deleted: merged.deleted,
        isDeleted: merged.deleted !== null ? 1 : 0,
        updatedAt: latestWallMs(merged) || (current?.updatedAt ?? now),
        changeNo: changeNo++,
        ...item.props,
      };
      puts.push(withServerInfo(row, remote));
      if (caseId !== undefined) touchedCases.add(caseId);
      if (item.caseProps) caseProps.set(remote.id, item.caseProps);
      if (remote.type === 'case' && merged.deleted !== null && !current?.isDeleted) deletedCases.set(remote.id, merged.deleted);
    }
    await db.records.bulkPut(puts);

    // 3. A case deleted elsewhere: its records go with it here too (the endpoint sends their
    //    tombstones as well; this also covers records this device made and never pushed).
    if (deletedCases.size > 0) {
      const rowsOfDeleted = await db.records.where('caseId').anyOf([...deletedCases.keys()]).toArray();
      const dead = rowsOfDeleted
        .filter((row) => !row.isDeleted)
        .map((row) => tombstone(row, deletedCases.get(row.caseId as string) as Hlc, now, changeNo++, noFields));
      await Promise.all([
        db.records.bulkPut(dead),
        db.caseIndex.bulkDelete([...deletedCases.keys()]),
        db.drafts.where('caseId').anyOf([...deletedCases.keys()]).delete(),
      ]);
    }

    // 4. The case list's rows of the cases touched: filter props, due dates, last activity.
    const live = [...touchedCases].filter((caseId) => !deletedCases.has(caseId));
    if (live.length > 0) {
      const [indexRows, rowsOfCases] = await Promise.all([
        db.caseIndex.bulkGet(live),
        db.records.where('caseId').anyOf(live).toArray(),
      ]);
      const byCase = new Map<string, RecordRow[]>();
      for (const row of rowsOfCases) {
        const list = byCase.get(row.caseId as string);
        if (list) list.push(row);
        else byCase.set(row.caseId as string, [row]);
      }
      const updates: CaseIndexRow[] = [];
      for (const [i, caseId] of live.entries()) {
        const rows = byCase.get(caseId) ?? [];
        const caseRow = rows.find((row) => row.id === caseId && row.type === 'case' && !row.isDeleted);
        const props = caseProps.get(caseId) ?? indexRows[i];
        // A record can arrive before its case; the case's own arrival fills this in.
        if (!caseRow || !props) continue;
        const { status, legalKey, tagKeys, assignees } = props;
        updates.push({
          id: caseId,
          status,
          ...(legalKey !== undefined ? { legalKey } : {}),
          tagKeys,
          assignees,
          ...caseSummary(caseRow, rows, indexRows[i]?.activityAt),
        });
      }
      await db.caseIndex.bulkPut(updates);
    }

    // 5. The clock, the change counter and the cursor: with the records or not at all.
    //    Folding the newest pulled clock into ours makes every later local write sort after
    //    it (write.ts relies on that: a local write always wins locally).
    const newest = newestClock(prepared.map((item) => item.remote));
    const hlc = newest !== null ? receive(device.hlc, newest, now) : device.hlc;
    await Promise.all([
      db.meta.put({ ...device, hlc, nextChange: changeNo }),
      changes.cursor !== undefined ? db.meta.put({ key: 'sync', cursor: changes.cursor, lastPullAt: now }) : undefined,
    ]);
    return { ok: true as const, value: { changed: puts.length } };
  });
}

function keyOf(fields: ReadonlySet<string> | undefined): string {
  return [...(fields ?? [])].toSorted().join('\n');
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

/** The purge list with one more entry: which cases were erased outright, so readers of changeNo catch up (search.ts). */
function withPurge(existing: MetaRow | undefined, changeNo: number, caseIds: string[]): PurgeMeta {
  const purges: PurgeMeta = existing?.key === 'purges' ? existing : { key: 'purges', entries: [], droppedUpTo: 0 };
  const entries = [...purges.entries, { changeNo, caseIds }];
  const dropped = entries.splice(0, Math.max(0, entries.length - PURGES_KEPT));
  return { key: 'purges', entries, droppedUpTo: dropped.at(-1)?.changeNo ?? purges.droppedUpTo };
}
