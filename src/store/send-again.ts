// Fixing a refused change (SYNC-PROTOCOL.md, Push: the device keeps rejected mutations in a
// list people see). The record on the device still holds what the person typed (a pull
// keeps refused fields: apply-pulled.ts), so sending again queues the WHOLE record as it
// is now, with a fresh clock, and takes its entries off the refused list, in one
// transaction. A case refused because it was outside a volunteer's scope goes again with
// the volunteer among its assignees (and that in its assignment history), followed by its refused records (its notes), so
// everything the person wrote reaches the team.
import { assignmentChangeFields } from '../domain/assignment-history.ts';
import { tick, type Hlc } from '../domain/hlc.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { validateSet } from '../domain/records.ts';
import type { CaseIndexRow } from './db.ts';
import { attempt, failure, type Result } from './errors.ts';
import { caseFilterProps } from './index-props.ts';
import { forgetRows } from './seen-rows.ts';
import { deviceMeta, saveDevice } from './device-row.ts';
import type { Store } from './store.ts';
import { ChangedMeanwhile, retryWhenChanged } from './retry-when-changed.ts';

export interface SendAgainReceipt {
  /** Records queued again, in the order they go. */
  sent: string[];
}

/** Queue one record again, whole, and take its refused entries off the list. */
export async function sendRecordAgain(store: Store, recordId: string, options: { addAssignee?: string } = {}): Promise<Result<SendAgainReceipt>> {
  const sent = await retryWhenChanged(() => sendOnce(store, recordId, options.addAssignee));
  return sent.ok ? { ok: true, value: { sent: [recordId] } } : sent;
}

/**
 * "Assign to me and send again": the case goes again with `userId` among its assignees,
 * then every other refused record of the case, each whole.
 */
export async function assignToMeAndSendAgain(store: Store, caseId: string, userId: string): Promise<Result<SendAgainReceipt>> {
  const first = await sendRecordAgain(store, caseId, { addAssignee: userId });
  if (!first.ok) return first;
  const others = await attempt(async () => {
    const rows = await store.db.rejected.where('caseId').equals(caseId).toArray();
    return [...new Set(rows.map((row) => row.record))].filter((id) => id !== caseId);
  });
  if (!others.ok) return others;
  const sent = [caseId];
  for (const id of others.value) {
    const again = await sendRecordAgain(store, id);
    if (!again.ok && again.error.code !== 'gone' && again.error.code !== 'not_found') return again;
    if (again.ok) sent.push(id);
  }
  return { ok: true, value: { sent } };
}

async function sendOnce(store: Store, recordId: string, addAssignee: string | undefined): Promise<Result<void>> {
  const { db, codec, env } = store;
  const snapshot = await db.records.get(recordId);
  if (!snapshot) return failure('not_found');
  if (snapshot.isDeleted) return failure('gone');
  if (snapshot.type === 'conflict') return failure('forbidden');
  const current = (await codec.decode(snapshot.fields)) as Record<string, unknown>;
  const fields = { ...current };
  if (addAssignee !== undefined && snapshot.type === 'case') {
    const assignees = Array.isArray(fields.assignees) ? (fields.assignees as string[]) : [];
    if (!assignees.includes(addAssignee)) {
      fields.assignees = [...assignees, addAssignee];
      Object.assign(fields, assignmentChangeFields(assignees, [...assignees, addAssignee], addAssignee, uuidv7(env.now(), env.randomBytes(10))));
    }
  }
  // Every field the record holds (an empty one is simply not sent).
  const set = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined));
  const valid = validateSet(snapshot.type, set);
  if (!valid.ok) return failure('invalid', valid.issues);
  const encodedFields = await codec.encode(fields);
  const encodedSet = await codec.encode(set);
  const caseProps = snapshot.type === 'case' ? await caseFilterProps(fields, codec) : null;
  const now = env.now();

  return db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.rejected, db.meta], async (): Promise<Result<void>> => {
    const [row, device, indexRow] = await Promise.all([
      db.records.get(recordId),
      deviceMeta(store),
      caseProps ? db.caseIndex.get(recordId) : undefined,
    ]);
    if (!row || row.changeNo !== snapshot.changeNo) throw new ChangedMeanwhile();
    const { state, clock } = tick(device.hlc, now);
    // `base`: the clock of each field as this device saw it; the endpoint makes a conflict
    // of any value it holds that this device never saw, so nothing is overwritten unseen.
    const base: Record<string, Hlc | null> = {};
    const clocks = { ...row.clocks };
    for (const field of Object.keys(set)) {
      base[field] = row.clocks[field] ?? null;
      clocks[field] = clock;
    }
    const writes: Promise<unknown>[] = [
      db.records.put({ ...row, fields: encodedFields, clocks, updatedAt: now, changeNo: device.nextChange }),
      db.outbox.add({
        n: device.nextMutation,
        record: recordId,
        type: row.type,
        ...(row.caseId !== undefined ? { caseId: row.caseId } : {}),
        set: encodedSet,
        clock,
        base,
        createdAt: now,
      }),
      db.rejected.filter((refused) => refused.record === recordId).delete(),
      saveDevice(store, device, state, { mutations: 1, changes: 1 }),
    ];
    if (caseProps && indexRow) {
      const next: CaseIndexRow = { ...indexRow, ...caseProps, activityAt: Math.max(indexRow.activityAt, now) };
      writes.push(db.caseIndex.put(next));
    }
    await Promise.all(writes);
    forgetRows(store);
    return { ok: true, value: undefined };
  });
}
