// Changes dated too far ahead (SYNC-PROTOCOL.md: the endpoint refuses a mutation whose
// clock is more than 10 minutes ahead of its time, `clock_ahead`; the app tells the person
// to fix the phone's date and keeps the change queued).
//
// The sync engine decides when (push.ts); the store rewrites its rows here. Two steps,
// each one transaction:
// - requeueClockAhead: the endpoint counted the refused mutation as processed (its
//   lastMutation moved past it), so the change goes back to the end of the outbox under a
//   new mutation number, unchanged. It is tried again on every sync.
// - restampAhead: once the device's own time is back to normal (a queued change is dated
//   more than the limit after the device's "now": the date was corrected), every such
//   change gets a fresh clock, and so do the local copies of its fields and the `base` of
//   later changes that saw it. The device's clock is wound back to just after the newest
//   clock it holds that is not ahead, so it stays past everything it accepted. The case
//   list's last activity of the cases touched is counted again from the new clocks.
import { CLOCK_AHEAD_LIMIT_MS } from '../domain/protocol.ts';
import { hlcWallMs, tick, type Hlc, type HlcState } from '../domain/hlc.ts';
import { activityRecounted } from './case-index.ts';
import { latestWallMs, type OutboxRow, type RecordRow } from './db.ts';
import { forgetRows } from './seen-rows.ts';
import { deviceMeta } from './device-row.ts';
import type { Store } from './store.ts';

/** Move refused mutations (local numbers) to the end of the outbox; returns their new numbers. */
export async function requeueClockAhead(store: Store, localNumbers: readonly number[]): Promise<number[]> {
  if (localNumbers.length === 0) return [];
  const { db } = store;
  const moved = await db.transaction('rw', db.outbox, db.meta, async () => {
    const device = await deviceMeta(store);
    let next = device.nextMutation;
    const numbers: number[] = [];
    for (const n of [...localNumbers].toSorted((a, b) => a - b)) {
      const row = await db.outbox.get(n);
      if (!row) continue; // moved already by an interrupted earlier attempt
      await db.outbox.delete(n);
      await db.outbox.add({ ...row, n: next });
      numbers.push(next);
      next += 1;
    }
    await db.meta.put({ ...device, nextMutation: next });
    return numbers;
  });
  forgetRows(store); // the device row changed (seen-rows.ts)
  return moved;
}

function isAhead(clock: Hlc, limitMs: number): boolean {
  return hlcWallMs(clock) > limitMs;
}

/** Give queued changes dated ahead of the device's (corrected) time fresh clocks. */
export async function restampAhead(store: Store): Promise<number> {
  const { db, env } = store;
  const now = env.now();
  const limit = now + CLOCK_AHEAD_LIMIT_MS;
  const queued = await db.outbox.toArray();
  if (!queued.some((row) => isAhead(row.clock, limit))) return 0;

  const restamped = await db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.meta], async () => {
    const rows = await db.outbox.orderBy('n').toArray();
    const ahead = rows.filter((row) => isAhead(row.clock, limit));
    if (ahead.length === 0) return 0;
    const device = await deviceMeta(store);

    // The newest clock this device holds that is not ahead: the rewound clock starts after it.
    let floorMs = now;
    const newestRecord = await db.records.where('updatedAt').belowOrEqual(limit).last();
    if (newestRecord) floorMs = Math.max(floorMs, newestRecord.updatedAt);
    for (const row of rows) if (!isAhead(row.clock, limit)) floorMs = Math.max(floorMs, hlcWallMs(row.clock));
    let hlc: HlcState = { wallMs: floorMs + 1, counter: 0, node: device.node };

    const fresh = new Map<Hlc, Hlc>();
    for (const row of ahead) {
      const next = tick(hlc, now);
      hlc = next.state;
      fresh.set(row.clock, next.clock);
    }
    const remap = (clock: Hlc): Hlc => fresh.get(clock) ?? clock;

    for (const row of rows) {
      const next: OutboxRow = { ...row, clock: remap(row.clock) };
      if (row.base) next.base = Object.fromEntries(Object.entries(row.base).map(([field, clock]) => [field, clock && remap(clock)]));
      await db.outbox.put(next);
    }

    // Local copies: the fields (or deletion) those changes wrote, including the records a
    // case deletion tombstoned along with the case.
    let changeNo = device.nextChange;
    const recordIds = new Set(ahead.map((row) => row.record));
    for (const row of ahead) {
      if (row.delete && row.type === 'case') {
        for (const id of await db.records.where('caseId').equals(row.record).primaryKeys()) recordIds.add(id);
      }
    }
    const caseIds = new Set<string>();
    for (const id of recordIds) {
      const record = await db.records.get(id);
      if (!record) continue;
      const clocks = Object.fromEntries(Object.entries(record.clocks).map(([field, clock]) => [field, remap(clock)]));
      const deleted = record.deleted && remap(record.deleted);
      const next: RecordRow = { ...record, clocks, deleted, changeNo: changeNo++ };
      next.updatedAt = latestWallMs(next) || record.updatedAt;
      await db.records.put(next);
      if (record.caseId !== undefined) caseIds.add(record.caseId);
    }
    // The activity was the ahead time, and activity only ever moves forward elsewhere: count
    // it again over the case's records as they are now.
    for (const caseId of caseIds) {
      const recounted = await activityRecounted(store, caseId);
      if (recounted) await db.caseIndex.put(recounted);
    }
    await db.meta.put({ ...device, hlc, nextChange: changeNo });
    return ahead.length;
  });
  forgetRows(store); // the device row and case list rows changed (seen-rows.ts)
  return restamped;
}
