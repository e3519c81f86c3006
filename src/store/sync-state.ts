// What the sync engine (src/sync) needs from the store: the outbox to push, acknowledging
// and rejecting pushed mutations, and applying pulled records (SYNC-PROTOCOL.md, Push and
// Pull). The engine decides when; the store keeps the local rules. Applying a pull is
// apply-pulled.ts, kept apart so the service worker (which only pushes) never loads it.
import { MAX_MUTATIONS_PER_PUSH, type Mutation, type MutationRejectCode } from '../domain/protocol.ts';
import type { OutboxRow, RejectedRow } from './db.ts';
import { attempt, type Result } from './errors.ts';
import { pendingFields } from './pending-fields.ts';
import type { Store } from './store.ts';

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

/** How many refused changes wait for a person to look at them. */
export async function rejectedCount(store: Store): Promise<number> {
  return store.db.rejected.count();
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

/** The pull cursor this device last committed (null: never pulled). */
export async function syncCursor(store: Store): Promise<Result<string | null>> {
  return attempt(async () => {
    const sync = await store.db.meta.get('sync');
    return sync?.key === 'sync' ? sync.cursor : null;
  });
}
