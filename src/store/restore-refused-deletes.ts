// A delete the endpoint refused (e.g. a counselor deleting a case: only coordinators may
// erase) already made tombstones on this device, and a tombstone wins every later merge,
// so the device would never show the record again while everyone else still has it.
// Here the tombstones that delete wrote are taken away and the pull starts over from the
// beginning, so the endpoint's copies come back. A delete whose answer was lost (`duplicate`,
// outcome unknown) is treated the same way: the full pull brings the tombstone back if it
// was applied. Rare, and correct either way; one transaction.
import type { Mutation } from '../domain/protocol.ts';
import type { Store } from './store.ts';

export async function restoreRefusedDeletes(store: Store, deletes: readonly Mutation[]): Promise<number> {
  if (deletes.length === 0) return 0;
  const { db } = store;
  return db.transaction('rw', db.records, db.meta, async () => {
    let restored = 0;
    for (const mutation of deletes) {
      const ids = [mutation.record];
      if (mutation.type === 'case') ids.push(...(await db.records.where('caseId').equals(mutation.record).primaryKeys()));
      for (const id of new Set(ids)) {
        const row = await db.records.get(id);
        // Only tombstones this very delete wrote (a case deletion stamps its records with its clock).
        if (row?.deleted !== mutation.clock) continue;
        await db.records.delete(id);
        restored += 1;
      }
    }
    const sync = await db.meta.get('sync');
    await db.meta.put({ ...(sync?.key === 'sync' ? sync : {}), key: 'sync', cursor: null });
    return restored;
  });
}
