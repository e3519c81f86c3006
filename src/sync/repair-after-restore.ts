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
//
// This file runs the pull and decides which record types this user may send again; what
// is lost is found and queued by the store (store/requeue-lost.ts).
import type { RecordType } from '../domain/records.ts';
import type { Role } from '../domain/protocol.ts';
import type { Store } from '../store/store.ts';
import { applyPulled } from '../store/apply-pulled.ts';
import { lostNewerWrites, lostRecords, requeueLost } from '../store/requeue-lost.ts';
import type { ApiClient } from './api-client.ts';
import { fromApiError, fromStoreError, type SyncFailure } from './sync-failure.ts';
import type { Result } from '../domain/result.ts';

export type RepairResult = Result<{ requeued: number }, SyncFailure>;

export async function repairPull(store: Store, api: ApiClient, pageSize: number, role: Role): Promise<RepairResult> {
  const seen = new Set<string>();
  const mayWrite = (type: RecordType) => writable(type, role);
  let requeued = 0;
  let cursor: string | null = null;
  try {
    for (;;) {
      const answer = await api.pull(cursor, pageSize);
      if (!answer.ok) return { ok: false, error: fromApiError(answer.error) };
      const page = answer.value;
      for (const record of page.records) seen.add(record.id);
      requeued += await requeueLost(store, await lostNewerWrites(store, page.records, mayWrite));
      const applied = await applyPulled(store, { records: page.records, removed: page.removed, cursor: page.cursor });
      if (!applied.ok) return { ok: false, error: fromStoreError(applied.error) };
      if (!page.more) break;
      if (page.cursor === cursor) return { ok: false, error: { code: 'bad_response', message: 'the pull cursor did not move' } };
      cursor = page.cursor;
    }
    requeued += await requeueLost(store, await lostRecords(store, seen, mayWrite));
    return { ok: true, value: { requeued } };
  } catch (thrown) {
    return { ok: false, error: { code: 'storage_failed', message: thrown instanceof Error ? thrown.name : 'repair failed' } };
  }
}

/** Conflict records come only from the endpoint; templates only from coordinators. */
function writable(type: RecordType, role: Role): boolean {
  return type !== 'conflict' && (type !== 'template' || role === 'coordinator');
}
