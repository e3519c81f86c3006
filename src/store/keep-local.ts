// Which records stay on this device when it joins a team. Demo data always stays (its
// people are fictional: three devices would give a team three copies); what a person made
// before joining goes to the team, or stays here if they choose so. Kept records are marked
// `localOnly` (db.ts) and their queued mutations leave the outbox; the mutations that stay
// get fresh consecutive numbers, so the first push after joining has no gap
// (mutation-numbers.ts: a new device id's first waiting mutation becomes wire number 1).
import type { DemoMeta, RecordRow } from './db.ts';
import { attempt, type Result } from './errors.ts';
import { forgetRows } from './seen-rows.ts';
import { deviceMeta, saveDevice } from './device-row.ts';
import type { Store } from './store.ts';


/** What a device brings to a team it joins: live cases, not counting demo cases. */
export async function casesToShare(store: Store): Promise<Result<number>> {
  return attempt(async () => {
    const demo = await demoCaseIds(store);
    const rows = await store.db.caseIndex.toArray();
    return rows.filter((row) => !row.localOnly && !demo.has(row.id)).length;
  });
}

/**
 * Mark demo records (and, with `everything`, every record on the device) as staying here.
 * Runs inside the caller's transaction when there is one (it needs records, caseIndex,
 * outbox and meta).
 */
export async function keepOnThisDevice(store: Store, options: { everything: boolean }): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.meta], async () => {
    const demoCases = await demoCaseIds(store);
    const demoIds = await demoRecordIds(store);
    const stays = (row: Pick<RecordRow, 'id' | 'caseId'>) =>
      options.everything || demoIds.has(row.id) || (row.caseId !== undefined && demoCases.has(row.caseId));
    const records = await db.records.toArray();
    const kept = records.filter((row) => !row.localOnly && stays(row));
    await db.records.bulkPut(kept.map((row) => ({ ...row, localOnly: 1 as const })));
    const caseRows = await db.caseIndex.toArray();
    await db.caseIndex.bulkPut(caseRows.filter((row) => !row.localOnly && stays({ id: row.id, caseId: row.id })).map((row) => ({ ...row, localOnly: 1 as const })));

    const keptIds = new Set(records.filter((row) => row.localOnly || stays(row)).map((row) => row.id));
    const queued = await db.outbox.orderBy('n').toArray();
    const going = queued.filter((row) => !keptIds.has(row.record));
    if (going.length === queued.length) return;
    // Fresh numbers past every number used: the refused list is keyed by them too.
    const device = await deviceMeta(store);
    await db.outbox.clear();
    await db.outbox.bulkAdd(going.map((row, i) => ({ ...row, n: device.nextMutation + i })));
    await saveDevice(store, device, device.hlc, { mutations: going.length, changes: 0 });
  });
  forgetRows(store);
}

async function demoRecordIds(store: Store): Promise<Set<string>> {
  const meta = await store.db.meta.get('demo');
  return new Set(meta?.key === 'demo' ? (meta satisfies DemoMeta).ids : []);
}

async function demoCaseIds(store: Store): Promise<Set<string>> {
  const ids = await demoRecordIds(store);
  const rows = await store.db.records.bulkGet([...ids]);
  return new Set(rows.filter((row) => row?.type === 'case').map((row) => (row as RecordRow).id));
}
