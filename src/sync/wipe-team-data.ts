// Signing out removes the team's data from the device (issue 7, Screens: sign out): every
// record, queued and rejected change, draft, the pull cursor and the session. The device
// row stays (its node id and clock: a clock never goes back). Search indexes rebuild, as
// the purge marker says everything before now is gone. One transaction: all or nothing.
import { deviceMeta, type Store } from '../store/store.ts';

export async function wipeTeamData(store: Store): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.rejected, db.drafts, db.meta], async () => {
    const device = await deviceMeta(store);
    await db.records.clear();
    await db.caseIndex.clear();
    await db.outbox.clear();
    await db.rejected.clear();
    await db.drafts.clear();
    await db.meta.bulkDelete(['sync', 'demo']);
    await db.table('meta').delete('session');
    await db.meta.put({ key: 'purges', entries: [], droppedUpTo: device.nextChange });
    await db.meta.put({ ...device, nextChange: device.nextChange + 1 });
  });
}
