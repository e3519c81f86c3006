// A push whose answer was lost is sent again, and the endpoint answers `duplicate` for
// what it had already processed, without saying how: applied, or rejected. A rejected
// change would then leave the outbox unseen. So after the pull (when the device holds the
// endpoint's current records), each such change is checked: if the endpoint's copy does
// not carry it (or something newer), it goes to the rejected list people see, with a
// message saying the endpoint did not keep it. Nothing is dropped without a person seeing it.
import type { Mutation } from '../domain/protocol.ts';
import type { RejectedRow } from './db.ts';
import type { Store } from './store.ts';

export const NOT_KEPT_CODE = 'not_kept';

export async function verifyDuplicates(store: Store, duplicates: readonly Mutation[]): Promise<number> {
  const { db, codec, env } = store;
  const missing: RejectedRow[] = [];
  for (const mutation of duplicates) {
    const row = await db.records.get(mutation.record);
    // Gone from the device (its case left this user's scope) or deleted, which is final.
    if (!row || row.isDeleted) continue;
    const kept =
      mutation.delete !== true &&
      row.seq !== undefined &&
      Object.keys(mutation.set ?? {}).every((field) => (row.clocks[field] ?? '') >= mutation.clock);
    if (kept) continue;
    const { n, record, type, clock } = mutation;
    missing.push({
      n,
      record,
      type,
      ...(mutation.caseId !== undefined ? { caseId: mutation.caseId } : {}),
      ...(mutation.set !== undefined ? { set: await codec.encode(mutation.set) } : {}),
      ...(mutation.delete ? { delete: true as const } : {}),
      ...(mutation.base !== undefined ? { base: mutation.base } : {}),
      clock,
      createdAt: env.now(),
      code: NOT_KEPT_CODE,
      message: 'The endpoint did not keep this change, and its answer saying why was lost.',
      rejectedAt: env.now(),
    });
  }
  if (missing.length > 0) await db.rejected.bulkPut(missing);
  return missing.length;
}
