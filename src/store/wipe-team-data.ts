// Signing out removes the team's data from the device: every
// record, queued and rejected change, draft, the pull cursor and the session. The device
// row stays (its node id and clock: a clock never goes back). Search indexes rebuild, as
// the purge marker says everything before now is gone. One transaction: all or nothing.
import { deviceMeta } from './device-row.ts';
import type { Store } from './store.ts';

export async function wipeTeamData(store: Store): Promise<void> {
  const { db } = store;
  await db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.rejected, db.drafts, db.meta], async () => {
    const device = await deviceMeta(store);
    await db.records.clear();
    await db.caseIndex.clear();
    await db.outbox.clear();
    await db.rejected.clear();
    await db.drafts.clear();
    // (`members` and `session` rows are typed in members.ts and session.ts)
    await db.table('meta').bulkDelete(['sync', 'demo', 'members', 'session']);
    await db.meta.put({ key: 'purges', entries: [], droppedUpTo: device.nextChange });
    await db.meta.put({ ...device, nextChange: device.nextChange + 1 });
  });
}

/**
 * The endpoint refused this device's token (the member was deactivated, the device revoked,
 * or the password reset): the team's data leaves the device, except what holds a change
 * not yet accepted (queued or refused: a person's words are kept until someone signs in
 * again and sends them) and what stays on this device anyway (`localOnly`). The pull
 * cursor goes too, so a new sign-in brings everything back. One transaction.
 */
export async function removeTeamCopies(store: Store): Promise<{ removed: number }> {
  const { db } = store;
  return db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.rejected, db.meta], async () => {
    const device = await deviceMeta(store);
    const unsent = [...(await db.outbox.toArray()), ...(await db.rejected.toArray())];
    const keepCases = new Set(unsent.map((row) => row.caseId).filter((id) => id !== undefined));
    const keepRecords = new Set(unsent.map((row) => row.record));
    const stays = (row: { id: string; caseId?: string; localOnly?: 1 }) =>
      row.localOnly === 1 || keepRecords.has(row.id) || (row.caseId !== undefined && keepCases.has(row.caseId));
    const records = await db.records.toArray();
    const leaving = records.filter((row) => !stays(row)).map((row) => row.id);
    await db.records.bulkDelete(leaving);
    const caseRows = await db.caseIndex.toArray();
    await db.caseIndex.bulkDelete(caseRows.filter((row) => !stays({ ...row, caseId: row.id })).map((row) => row.id));
    await db.meta.delete('sync');
    await db.meta.put({ key: 'purges', entries: [], droppedUpTo: device.nextChange });
    await db.meta.put({ ...device, nextChange: device.nextChange + 1 });
    return { removed: leaving.length };
  });
}
