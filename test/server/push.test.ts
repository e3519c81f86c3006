// SYNC-PROTOCOL.md, Push; Merge rule; Deletion and erasure; Scope and roles (writes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushResponseSchema, type PushResponse } from '../../src/domain/protocol.ts';
import type { PushTransaction } from '../../src/server/storage/adapter.ts';
import { SqliteStorage } from '../../src/server/storage/sqlite/sqlite-storage.ts';
import {
  removeTempDirs,
  addMember,
  createTeam,
  login,
  newId,
  pullAll,
  push,
  startServer,
  storedState,
  tempDir,
  TestDevice,
  type Member,
  type TestServer,
} from './helpers/harness.ts';

let t: TestServer;
let coordinator: Member;
let counselor: Member;
let volunteer: Member;

beforeAll(async () => {
  t = await startServer();
  coordinator = await createTeam(t);
  counselor = await addMember(t, coordinator, 'counselor');
  volunteer = await addMember(t, coordinator, 'volunteer');
});
// vitest runs after-hooks in reverse: folders go once every server has closed.
afterAll(removeTempDirs);
afterAll(() => t.close());

async function pushOk(who: Member, mutations: unknown[]) {
  const reply = await push(t, who, mutations);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  pushResponseSchema.parse(reply.body);
  // The body as sent (parsing would fill in a tombstone's empty fields).
  return reply.body as PushResponse;
}

async function stored(who: Member, id: string) {
  const { records } = await pullAll(t, who);
  return records.filter((r) => r.id === id).at(-1);
}

describe('mutation numbers', () => {
  it('applies new mutations, answers lastMutation, results and the touched records', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const noteId = newId();
    const answer = await pushOk(device.who, [
      device.set('case', caseId, { displayName: 'A. K.', legalStatus: 'ip_applicant' }),
      device.set('note', noteId, { body: 'Called the landlord.' }, { caseId, base: { body: null } }),
    ]);
    expect(answer.lastMutation).toBe(2);
    expect(answer.results).toEqual([
      { n: 1, status: 'applied', conflicts: 0 },
      { n: 2, status: 'applied', conflicts: 0 },
    ]);
    expect(answer.records.map((r) => r.id)).toEqual([caseId, noteId]);
    expect(answer.records[0]).toMatchObject({ type: 'case', caseId, teamId: coordinator.teamId, deleted: null, fields: { displayName: 'A. K.' } });
    expect(Number(answer.records[1]!.seq)).toBeGreaterThan(Number(answer.records[0]!.seq));
  });

  it('skips mutations already processed as duplicate: the same push twice changes nothing', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const mutations = [device.set('case', caseId, { displayName: 'B. L.' }), device.set('case', caseId, { status: 'open' })];
    await pushOk(device.who, mutations);
    const before = await storedState(t);
    const again = await pushOk(device.who, mutations);
    expect(again.lastMutation).toBe(2);
    expect(again.results).toEqual([
      { n: 1, status: 'duplicate' },
      { n: 2, status: 'duplicate' },
    ]);
    expect(await storedState(t)).toEqual(before);
  });

  it('applies only the new part of a push retried after a lost response', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const first = [device.set('case', caseId, { displayName: 'C. M.' }), device.set('case', caseId, { householdSize: 2 })];
    await pushOk(device.who, first); // the answer "got lost"
    const retry = [...first, device.set('case', caseId, { householdSize: 3 })];
    const answer = await pushOk(device.who, retry);
    expect(answer.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'applied']);
    expect(answer.lastMutation).toBe(3);
    expect((await stored(counselor, caseId)).fields.householdSize).toBe(3);
  });

  it('counts a rejected mutation as processed, so it never blocks the queue behind it', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const answer = await pushOk(device.who, [
      device.set('case', caseId, { displayName: 42 }),
      device.set('case', caseId, { displayName: 'D. N.' }),
    ]);
    expect(answer.results[0]).toMatchObject({ n: 1, status: 'rejected', code: 'invalid_request' });
    expect(answer.results[1]).toMatchObject({ n: 2, status: 'applied' });
    expect(answer.lastMutation).toBe(2);
    const next = await pushOk(device.who, [device.set('case', caseId, { status: 'closed' })]);
    expect(next.results[0]).toMatchObject({ n: 3, status: 'applied' });
  });

  it('answers an empty push with the current lastMutation', async () => {
    const device = new TestDevice(await login(t, counselor));
    expect(await pushOk(device.who, [])).toEqual({ lastMutation: 0, results: [], records: [] });
  });
});

describe('each mutation judged on its own', () => {
  it('rejects a mutation of an unknown type, an unknown field, a wrong value type, and a broken envelope', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const before = await storedState(t);
    const answer = await pushOk(device.who, [
      device.set('invoice', newId(), { total: 3 }),
      device.set('case', caseId, { shoeSize: 42 }),
      device.set('case', caseId, { householdSize: 'three' }),
      device.set('note', newId(), { body: 'no case' }),
      { n: (device.n += 1), record: 'not-a-uuid', type: 'case', set: {}, clock: device.clock() },
      { n: (device.n += 1), record: newId(), type: 'case', set: {}, clock: 'yesterday' },
      { n: (device.n += 1), record: newId(), type: 'case', set: {}, delete: true, clock: device.clock() },
    ]);
    expect(answer.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual(Array(7).fill('invalid_request'));
    expect(answer.lastMutation).toBe(7);
    expect(await storedState(t)).toEqual(before);
  });

  it('rejects a clock more than 10 minutes ahead of the endpoint (clock_ahead), and takes one 9 minutes ahead', async () => {
    const device = new TestDevice(await login(t, counselor));
    const ahead = { ...device.set('case', newId(), { displayName: 'E. O.' }), clock: device.clockAt(Date.now() + 11 * 60_000) };
    const nearly = { ...device.set('case', newId(), { displayName: 'F. P.' }), clock: device.clockAt(Date.now() + 9 * 60_000) };
    const answer = await pushOk(device.who, [ahead, nearly]);
    expect(answer.results[0]).toMatchObject({ status: 'rejected', code: 'clock_ahead' });
    expect(answer.results[1]).toMatchObject({ status: 'applied' });
  });

  it('rejects a record that changes type or case', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseA = newId();
    const caseB = newId();
    const noteId = newId();
    await pushOk(device.who, [
      device.set('case', caseA, { displayName: 'A' }),
      device.set('case', caseB, { displayName: 'B' }),
      device.set('note', noteId, { body: 'x' }, { caseId: caseA }),
    ]);
    const answer = await pushOk(device.who, [
      device.set('viewing', noteId, { notes: 'x' }, { caseId: caseA }),
      device.set('note', noteId, { body: 'moved' }, { caseId: caseB }),
      device.set('note', newId(), { body: 'in a note' }, { caseId: noteId }),
    ]);
    expect(answer.results.map((r) => r.status === 'rejected' && r.code)).toEqual(['invalid_request', 'invalid_request', 'invalid_request']);
  });
});

describe('merge rule', () => {
  it('lets the later clock win field by field', async () => {
    const a = new TestDevice(await login(t, counselor, 'A'), Date.now() - 50_000);
    const b = new TestDevice(await login(t, counselor, 'B'), Date.now() - 40_000);
    const caseId = newId();
    await pushOk(a.who, [a.set('case', caseId, { displayName: 'G. Q.', status: 'open' })]);
    const created = await stored(counselor, caseId);
    await pushOk(b.who, [b.set('case', caseId, { status: 'closed' }, { base: { status: created.clocks.status } })]);
    const later = await stored(counselor, caseId);
    expect(later.fields).toEqual({ displayName: 'G. Q.', status: 'closed' });
  });

  it('keeps both texts when two devices edit one note offline: the lost value becomes a conflict record', async () => {
    const a = new TestDevice(await login(t, counselor, 'A'), Date.now() - 50_000);
    const b = new TestDevice(await login(t, coordinator, 'B'), Date.now() - 40_000);
    const caseId = newId();
    const noteId = newId();
    const created = await pushOk(a.who, [
      a.set('case', caseId, { displayName: 'H. R.' }),
      a.set('note', noteId, { body: 'original' }, { caseId }),
    ]);
    const base = { body: created.records[1]!.clocks.body };
    // Both edit from the same base; B's clock is later, A pushes second.
    const fromB = b.set('note', noteId, { body: 'text from B' }, { caseId, base });
    const fromA = { ...a.set('note', noteId, { body: 'text from A' }, { caseId, base }), clock: a.clockAt(Date.now() - 45_000) };
    const first = await pushOk(b.who, [fromB]);
    expect(first.results[0]).toEqual({ n: 1, status: 'applied', conflicts: 0 });
    const second = await pushOk(a.who, [fromA]);
    expect(second.results[0]).toEqual({ n: 3, status: 'applied', conflicts: 1 });
    const conflict = second.records.find((r) => r.type === 'conflict')!;
    expect(conflict).toMatchObject({
      caseId,
      fields: {
        recordId: noteId,
        recordType: 'note',
        field: 'body',
        value: 'text from A',
        clock: fromA.clock,
        authorId: counselor.userId,
        deviceId: a.who.deviceId,
        // and who wrote the value that won, so both sides are named
        wonClock: fromB.clock,
        wonAuthorId: coordinator.userId,
        wonDeviceId: b.who.deviceId,
      },
    });
    expect((await stored(counselor, noteId)).fields.body).toBe('text from B');
  });

  it("keeps the overwritten value, with its author's ids, when a write wins over a value its author never saw", async () => {
    const a = new TestDevice(await login(t, counselor, 'A'), Date.now() - 50_000);
    const b = new TestDevice(await login(t, coordinator, 'B'), Date.now() - 40_000);
    const caseId = newId();
    const first = await pushOk(a.who, [a.set('case', caseId, { displayName: 'I. S.', summary: 'first summary' })]);
    const seen = first.records[0]!.clocks.summary;
    await pushOk(a.who, [a.set('case', caseId, { summary: 'second summary by A' }, { base: { summary: seen } })]);
    // B only saw the first summary but writes later.
    const byB = b.set('case', caseId, { summary: 'summary by B' }, { base: { summary: seen } });
    const answer = await pushOk(b.who, [byB]);
    expect(answer.results[0]).toMatchObject({ status: 'applied', conflicts: 1 });
    const conflict = answer.records.find((r) => r.type === 'conflict')!;
    expect(conflict.fields).toMatchObject({ field: 'summary', value: 'second summary by A', authorId: counselor.userId, deviceId: a.who.deviceId });
    expect(conflict.fields).toMatchObject({ wonClock: byB.clock, wonAuthorId: coordinator.userId, wonDeviceId: b.who.deviceId });
    expect((await stored(coordinator, caseId)).fields.summary).toBe('summary by B');
  });

  it('makes no conflict when the values are equal or the author saw the current value', async () => {
    const a = new TestDevice(await login(t, counselor, 'A'), Date.now() - 50_000);
    const b = new TestDevice(await login(t, coordinator, 'B'), Date.now() - 40_000);
    const caseId = newId();
    const first = await pushOk(a.who, [a.set('case', caseId, { displayName: 'J. T.', status: 'open' })]);
    const answer = await pushOk(b.who, [
      b.set('case', caseId, { status: 'open' }),
      b.set('case', caseId, { displayName: 'J. T. (renamed)' }, { base: { displayName: first.records[0]!.clocks.displayName } }),
    ]);
    expect(answer.results).toEqual([
      { n: 1, status: 'applied', conflicts: 0 },
      { n: 2, status: 'applied', conflicts: 0 },
    ]);
  });

  it('refuses conflict records made by a device, and resolves one when a device deletes it', async () => {
    const a = new TestDevice(await login(t, counselor, 'A'), Date.now() - 50_000);
    const b = new TestDevice(await login(t, counselor, 'B'), Date.now() - 40_000);
    const caseId = newId();
    await pushOk(a.who, [a.set('case', caseId, { displayName: 'K. U.' })]);
    await pushOk(b.who, [b.set('case', caseId, { displayName: 'K. U. by B' })]);
    const made = await pushOk(a.who, [{ ...a.set('case', caseId, { displayName: 'late A' }), clock: a.clockAt(Date.now() - 45_000) }]);
    const conflict = made.records.find((r) => r.type === 'conflict')!;

    const forged = await pushOk(a.who, [
      a.set('conflict', newId(), { recordId: caseId, recordType: 'case', field: 'displayName', value: 'x', clock: a.clock(), authorId: 'u_x', deviceId: 'd_x' }, { caseId }),
      a.set('conflict', conflict.id, { value: 'edited' }, { caseId }),
    ]);
    expect(forged.results.map((r) => r.status === 'rejected' && r.code)).toEqual(['forbidden', 'forbidden']);

    const resolved = await pushOk(b.who, [b.delete('conflict', conflict.id, { caseId })]);
    expect(resolved.results[0]).toMatchObject({ status: 'applied' });
    expect(resolved.records[0]).toEqual({ id: conflict.id, type: 'conflict', caseId, deleted: expect.any(String), seq: expect.any(String) });
  });
});

describe('deletion and erasure', () => {
  it('erases field values at once and rejects later writes as gone', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const noteId = newId();
    await pushOk(device.who, [device.set('case', caseId, { displayName: 'L. V.' }), device.set('note', noteId, { body: 'Fictional private note' }, { caseId })]);
    const deleted = await pushOk(device.who, [device.delete('note', noteId, { caseId })]);
    expect(deleted.records[0]).toEqual({ id: noteId, type: 'note', caseId, deleted: expect.any(String), seq: expect.any(String) });
    const later = await pushOk(device.who, [device.set('note', noteId, { body: 'again' }, { caseId })]);
    expect(later.results[0]).toMatchObject({ status: 'rejected', code: 'gone' });
    expect(later.records[0]).toMatchObject({ id: noteId, deleted: expect.any(String) });
    expect(await t.rows('SELECT fields, clocks FROM records WHERE id = ?', noteId)).toEqual([{ fields: '{}', clocks: '{}' }]);
  });

  it("deleting a case deletes every record of that case in the same push, conflict records included", async () => {
    const a = new TestDevice(await login(t, counselor, 'A'), Date.now() - 50_000);
    const b = new TestDevice(await login(t, coordinator, 'B'), Date.now() - 40_000);
    const caseId = newId();
    const noteId = newId();
    const viewingId = newId();
    await pushOk(a.who, [
      a.set('case', caseId, { displayName: 'Fictional M. W.' }),
      a.set('note', noteId, { body: 'private one' }, { caseId }),
      a.set('viewing', viewingId, { notes: 'private two' }, { caseId }),
    ]);
    // B overwrites a text it never saw (no base), A's late edit loses: two conflict records.
    const overwrite = await pushOk(b.who, [b.set('note', noteId, { body: 'private three' }, { caseId })]);
    const conflicted = await pushOk(a.who, [{ ...a.set('note', noteId, { body: 'private four' }, { caseId }), clock: a.clockAt(Date.now() - 45_000) }]);
    const conflictIds = [...overwrite.records, ...conflicted.records].filter((r) => r.type === 'conflict').map((r) => r.id);
    expect(conflictIds).toHaveLength(2);
    const otherCase = newId();
    await pushOk(a.who, [a.set('case', otherCase, { displayName: 'Stays' })]);

    const answer = await pushOk(b.who, [b.delete('case', caseId)]);
    expect(answer.results[0]).toMatchObject({ status: 'applied' });
    expect(answer.records.map((r) => r.id).toSorted()).toEqual([caseId, noteId, viewingId, ...conflictIds].toSorted());
    expect(answer.records.every((r) => r.deleted !== null && !('fields' in r))).toBe(true);

    {
      const rows = await t.rows('SELECT fields, clocks, writers, deleted FROM records WHERE case_id = ?', caseId);
      expect(rows).toHaveLength(5);
      expect(rows.every((r) => r.fields === '{}' && r.clocks === '{}' && r.writers === '{}' && r.deleted !== null)).toBe(true);
      const dump = JSON.stringify(await t.rows('SELECT * FROM records'));
      for (const text of ['Fictional M. W.', 'private one', 'private two', 'private three', 'private four']) expect(dump).not.toContain(text);
      expect(await t.rows('SELECT deleted FROM records WHERE id = ?', otherCase)).toEqual([{ deleted: null }]);
    }
    const late = await pushOk(a.who, [a.set('note', newId(), { body: 'new note in a deleted case' }, { caseId })]);
    expect(late.results[0]).toMatchObject({ status: 'rejected', code: 'gone' });
  });

  it('lets only coordinators erase a case', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    await pushOk(device.who, [device.set('case', caseId, { displayName: 'O. Y.' })]);
    const answer = await pushOk(device.who, [device.delete('case', caseId)]);
    expect(answer.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect((await stored(counselor, caseId)).deleted).toBeNull();
  });

  it('keeps the earlier clock when two devices delete the same record', async () => {
    const a = new TestDevice(await login(t, counselor, 'A'), Date.now() - 50_000);
    const b = new TestDevice(await login(t, counselor, 'B'), Date.now() - 40_000);
    const caseId = newId();
    const noteId = newId();
    await pushOk(a.who, [a.set('case', caseId, { displayName: 'N. X.' }), a.set('note', noteId, { body: 'x' }, { caseId })]);
    const laterDelete = b.delete('note', noteId, { caseId });
    const earlierDelete = { ...a.delete('note', noteId, { caseId }), clock: a.clockAt(Date.now() - 45_000) };
    await pushOk(b.who, [laterDelete]);
    const answer = await pushOk(a.who, [earlierDelete]);
    expect(answer.results[0]).toMatchObject({ status: 'rejected', code: 'gone' });
    expect(answer.records[0]!.deleted).toBe(earlierDelete.clock);
  });
});

describe('scope and roles', () => {
  it("refuses writes to another team's records and cases", async () => {
    const other = await createTeam(t, 'Other Fictional Team');
    const mine = new TestDevice(await login(t, counselor));
    const theirs = new TestDevice(other);
    const theirCase = newId();
    await pushOk(other, [theirs.set('case', theirCase, { displayName: 'Theirs' })]);
    const before = await storedState(t);
    const answer = await pushOk(mine.who, [
      mine.set('case', theirCase, { displayName: 'Hijacked' }),
      mine.set('note', newId(), { body: 'into their case' }, { caseId: theirCase }),
      mine.delete('case', theirCase),
    ]);
    expect(answer.results.map((r) => r.status === 'rejected' && r.code)).toEqual(['forbidden', 'forbidden', 'forbidden']);
    expect(answer.records).toEqual([]);
    expect(await storedState(t)).toEqual(before);
  });

  it('lets only coordinators write templates', async () => {
    const templateId = newId();
    const byCounselor = new TestDevice(await login(t, counselor));
    const refused = await pushOk(byCounselor.who, [byCounselor.set('template', templateId, { templateId: 'zmz-1-appeal', version: 1 })]);
    expect(refused.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    const byCoordinator = new TestDevice(await login(t, coordinator));
    const applied = await pushOk(byCoordinator.who, [byCoordinator.set('template', templateId, { templateId: 'zmz-1-appeal', version: 1 })]);
    expect(applied.results[0]).toMatchObject({ status: 'applied' });
    expect(applied.records[0]).not.toHaveProperty('caseId');
  });

  it('lets a volunteer create a case only with themselves among its assignees', async () => {
    const device = new TestDevice(await login(t, volunteer));
    const answer = await pushOk(device.who, [
      device.set('case', newId(), { displayName: 'O. Y.' }),
      device.set('case', newId(), { displayName: 'P. Z.', assignees: [counselor.userId] }),
      device.set('case', newId(), { displayName: 'Q. A.', assignees: [volunteer.userId, counselor.userId] }),
    ]);
    expect(answer.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual(['forbidden', 'forbidden', 'applied']);
  });

  it('lets a volunteer write only the cases assigned to them', async () => {
    const boss = new TestDevice(await login(t, counselor));
    const assigned = newId();
    const notAssigned = newId();
    await pushOk(boss.who, [
      boss.set('case', assigned, { displayName: 'R. B.', assignees: [volunteer.userId] }),
      boss.set('case', notAssigned, { displayName: 'S. C.', assignees: [counselor.userId] }),
    ]);
    const device = new TestDevice(await login(t, volunteer));
    const answer = await pushOk(device.who, [
      device.set('note', newId(), { body: 'visit done' }, { caseId: assigned }),
      device.set('note', newId(), { body: 'not mine' }, { caseId: notAssigned }),
      device.set('case', notAssigned, { status: 'closed' }),
      device.delete('case', notAssigned),
      device.set('case', assigned, { status: 'closed' }),
    ]);
    expect(answer.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'applied',
      'forbidden',
      'forbidden',
      'forbidden',
      'applied',
    ]);
  });
});

describe('one transaction per push', () => {
  // A storage whose disk "fails" after a number of record writes inside a push.
  class FailingStorage extends SqliteStorage {
    failAfterWrites = Number.POSITIVE_INFINITY;

    override applyPush<T>(target: { teamId: string; deviceId: string }, work: (tx: PushTransaction) => Promise<T>): Promise<T> {
      return super.applyPush(target, (tx) => {
        let writes = 0;
        return work({
          ...tx,
          putRecord: async (record) => {
            writes += 1;
            if (writes > this.failAfterWrites) throw new Error('simulated disk failure');
            return tx.putRecord(record);
          },
        });
      });
    }
  }

  it('applies all of a push or, on a server fault, none of it', async () => {
    const dataDir = tempDir();
    const storage = new FailingStorage(dataDir);
    const own = await startServer({ dataDir, storage });
    try {
      const who = await createTeam(own);
      const device = new TestDevice(who);
      const caseId = newId();
      const mutations = [
        device.set('case', caseId, { displayName: 'P. A.' }),
        device.set('note', newId(), { body: 'one' }, { caseId }),
        device.set('note', newId(), { body: 'two' }, { caseId }),
        device.set('note', newId(), { body: 'three' }, { caseId }),
      ];
      storage.failAfterWrites = 2;
      const failed = await push(own, who, mutations);
      expect(failed.status).toBe(500);
      expect(failed.body.error.code).toBe('internal_error');
      const empty = await own.request('GET', '/v1/sync/pull', { token: who.token });
      expect(empty.body.records).toEqual([]);

      storage.failAfterWrites = Number.POSITIVE_INFINITY;
      const retried = await push(own, who, mutations);
      expect(retried.status).toBe(200);
      expect(retried.body.lastMutation).toBe(4);
      expect(retried.body.results.map((r: any) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    } finally {
      await own.close();
    }
  });
});
