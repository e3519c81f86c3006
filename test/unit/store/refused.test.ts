// A refused change never loses what a person typed: the record keeps its values on the
// device (a pull does not overwrite them), and sending it again queues the whole record.
import { describe, expect, it } from 'vitest';
import { createCase, updateCase } from '../../../src/store/repo/cases.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { assignToMeAndSendAgain, sendRecordAgain } from '../../../src/store/send-again.ts';
import type { Store } from '../../../src/store/store.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { acknowledge, listRejected, pendingMutations } from '../../../src/store/sync-state.ts';
import { freshStore, ok } from './helpers.ts';

const ME = 'u_volunteer';

async function fieldsOf(store: Store, id: string): Promise<Record<string, unknown>> {
  const row = await store.db.records.get(id);
  if (!row) throw new Error('no such record');
  return (await store.codec.decode(row.fields)) as Record<string, unknown>;
}

/** The volunteer's new case and its note, both refused as outside their scope. */
async function refusedCaseWithNote(store: Store) {
  const kase = ok(await createCase(store, { displayName: 'Demo: Mina Vzorec', legalStatus: 'ip_applicant', assignees: [] }));
  const note = ok(await addNote(store, kase.id, { body: 'Demo: called the landlord about the room.', kind: 'phone_call' }));
  ok(
    await acknowledge(store, 2, [
      { n: 1, code: 'forbidden', message: 'Outside your cases.' },
      { n: 2, code: 'forbidden', message: 'Outside your cases.' },
    ]),
  );
  return { kase, note };
}

describe('a refused create', () => {
  it('keeps every value on the device, and a pull of the record made from a later field changes none of them', async () => {
    const store = await freshStore();
    const { kase } = await refusedCaseWithNote(store);
    expect(await fieldsOf(store, kase.id)).toEqual({ displayName: 'Demo: Mina Vzorec', legalStatus: 'ip_applicant', assignees: [] });

    // The volunteer ticks "assigned to me": the endpoint creates the case from that field alone.
    const assigned = ok(await updateCase(store, kase.id, { assignees: [ME] }));
    ok(await acknowledge(store, assigned.n as number));
    const local = await store.db.records.get(kase.id);
    const serverCase = {
      id: kase.id,
      type: 'case' as const,
      caseId: kase.id,
      fields: { assignees: [ME] },
      clocks: { assignees: local?.clocks.assignees as string },
      deleted: null,
      seq: '7',
    };
    ok(await applyPulled(store, { records: [serverCase], removed: [], cursor: 'c1' }));
    expect(await fieldsOf(store, kase.id)).toEqual({ displayName: 'Demo: Mina Vzorec', legalStatus: 'ip_applicant', assignees: [ME] });
    expect((await listRejected(store)).ok && ok(await listRejected(store)).map((entry) => entry.set)).toEqual([
      { body: 'Demo: called the landlord about the room.', kind: 'phone_call' },
      { displayName: 'Demo: Mina Vzorec', legalStatus: 'ip_applicant', assignees: [] },
    ]);
  });

  it('"assign to me and send again" queues the whole case with me assigned, then its refused note, and empties the list', async () => {
    const store = await freshStore();
    const { kase, note } = await refusedCaseWithNote(store);
    const receipt = ok(await assignToMeAndSendAgain(store, kase.id, ME));
    expect(receipt.sent).toEqual([kase.id, note.id]);
    const queued = ok(await pendingMutations(store));
    expect(queued).toHaveLength(2);
    expect(queued[0]).toMatchObject({
      record: kase.id,
      type: 'case',
      set: { displayName: 'Demo: Mina Vzorec', legalStatus: 'ip_applicant', assignees: [ME] },
    });
    expect(queued[1]).toMatchObject({ record: note.id, type: 'note', caseId: kase.id, set: { body: 'Demo: called the landlord about the room.', kind: 'phone_call' } });
    expect(queued[0]!.n).toBeLessThan(queued[1]!.n);
    expect(ok(await listRejected(store))).toEqual([]);
    expect((await store.db.caseIndex.get(kase.id))?.assignees).toEqual([ME]);
    expect(await fieldsOf(store, kase.id)).toMatchObject({ displayName: 'Demo: Mina Vzorec', assignees: [ME] });
  });

  it('"send again" queues one record whole and takes only its entry off the list', async () => {
    const store = await freshStore();
    const { kase, note } = await refusedCaseWithNote(store);
    ok(await sendRecordAgain(store, note.id));
    expect(ok(await pendingMutations(store)).map((mutation) => mutation.record)).toEqual([note.id]);
    expect(ok(await listRejected(store)).map((entry) => entry.record)).toEqual([kase.id]);
  });
});
