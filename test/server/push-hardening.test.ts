// SYNC-PROTOCOL.md, Records (size), Merge rule (equal clocks), Scope and roles (scope
// first), Deletion and erasure (conflict records go with their record), Errors (answers
// never tell which ids exist): what a buggy phone or an attacker could do to a push.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushResponseSchema, type PushResponse } from '../../src/domain/protocol.ts';
import type { PushTransaction, Storage } from '../../src/server/storage/adapter.ts';
import { openStorage } from '../../src/server/storage/open-storage.ts';
import {
  addMember,
  createTeam,
  login,
  newId,
  pullAll,
  push,
  removeTempDirs,
  send,
  startServer,
  storedState,
  tempDir,
  testConfig,
  TestDevice,
  type Member,
  type TestServer,
} from './helpers/harness.ts';

// A storage that says when a push's transaction has begun, so a test can ask something
// else of the endpoint while that push is being worked on. Everything else is the real
// one (SQLite, or PostgreSQL when DATABASE_URL names it).
type WatchedStorage = Storage & { onPushStart: (() => void) | null };

function watched(real: Storage): WatchedStorage {
  const watch = { onPushStart: null as (() => void) | null };
  const applyPush = <T>(target: { teamId: string; deviceId: string }, work: (tx: PushTransaction) => Promise<T>): Promise<T> =>
    real.applyPush(target, (tx) => {
      watch.onPushStart?.();
      watch.onPushStart = null;
      return work(tx);
    });
  return new Proxy(real, {
    get: (target, key) => {
      if (key === 'applyPush') return applyPush;
      if (key === 'onPushStart') return watch.onPushStart;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set: (_target, key, value) => {
      if (key !== 'onPushStart') return false;
      watch.onPushStart = value as (() => void) | null;
      return true;
    },
  }) as WatchedStorage;
}

let t: TestServer;
let storage: WatchedStorage;
let coordinator: Member;
let counselor: Member;
let volunteer: Member;

beforeAll(async () => {
  const dataDir = tempDir();
  storage = watched(await openStorage(testConfig(dataDir)));
  t = await startServer({ dataDir, storage });
  coordinator = await createTeam(t);
  counselor = await addMember(t, coordinator, 'counselor');
  volunteer = await addMember(t, coordinator, 'volunteer');
});
afterAll(removeTempDirs);
afterAll(() => t.close());

async function pushOk(who: Member, mutations: unknown[]) {
  const reply = await push(t, who, mutations);
  expect(reply.status, JSON.stringify(reply.body).slice(0, 500)).toBe(200);
  pushResponseSchema.parse(reply.body);
  return reply.body as PushResponse;
}

const outcome = (answer: PushResponse) => answer.results.map((r) => (r.status === 'rejected' ? r.code : r.status));

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

async function storedRow(id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await t.rows<Record<string, unknown>>('SELECT * FROM records WHERE id = ?', id);
  return row;
}

describe('deep values', () => {
  it('rejects a value nested 5000 deep as invalid_request, never a 5xx, and the queue moves on', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    await pushOk(device.who, [device.set('case', caseId, { displayName: 'D. E.' })]);
    const before = await storedState(t);
    // Written as text: JSON.stringify itself runs out of stack on a value this deep.
    const deep = '[{"a":'.repeat(2500) + '"deep"' + '}]'.repeat(2500);
    const mutations = [
      device.set('note', newId(), { body: '<deep>' }, { caseId }),
      device.set('conflict', newId(), { value: '<deep>' }, { caseId }),
      device.set('checklist', newId(), { title: '<deep>' }, { caseId }),
    ];
    const raw = JSON.stringify({ mutations }).replaceAll('"<deep>"', deep);
    const reply = await t.request('POST', '/v1/sync/push', { token: device.who.token, raw, headers: { 'content-type': 'application/json' } });
    expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(200);
    const answer = reply.body as PushResponse;
    expect(outcome(answer)).toEqual(['invalid_request', 'invalid_request', 'invalid_request']);
    expect(answer.lastMutation).toBe(device.n);
    expect(await storedState(t)).toEqual(before);
    const next = await pushOk(device.who, [device.set('note', newId(), { body: 'after the deep one' }, { caseId })]);
    expect(outcome(next)).toEqual(['applied']);
  });

  it('takes values up to 16 levels deep and rejects 17', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const answer = await pushOk(device.who, [
      device.set('case', caseId, { displayName: 'F. G.' }),
      // A case's displayName is text: 16 levels is fine for the depth rule, not for the type.
      device.set('case', caseId, { displayName: nested(16) }),
      device.set('case', caseId, { displayName: nested(17) }),
    ]);
    const [created, sixteen, seventeen] = answer.results;
    expect(created).toMatchObject({ status: 'applied' });
    expect(sixteen).toMatchObject({ status: 'rejected', code: 'invalid_request' });
    expect(seventeen).toMatchObject({ status: 'rejected', code: 'invalid_request' });
    expect(JSON.stringify(seventeen)).toMatch(/16 levels/);
    expect(JSON.stringify(sixteen)).not.toMatch(/16 levels/);
  });
});

const doneFields = (from: number, count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`item.k${from + i}.done`, true]));
const notes = (from: number, count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`item.n${from + i}.note`, 'x'.repeat(4000)]));

describe('record size', () => {
  it('holds at most 1,000 fields: the mutation that would add the 1,001st is rejected, others still apply', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const checklistId = newId();
    const answer = await pushOk(device.who, [
      device.set('case', caseId, { displayName: 'H. I.' }),
      device.set('checklist', checklistId, doneFields(0, 600), { caseId }),
      device.set('checklist', checklistId, doneFields(600, 400), { caseId }),
      device.set('checklist', checklistId, doneFields(1000, 1), { caseId }),
      device.set('checklist', checklistId, { 'item.k5.done': false }, { caseId }),
      device.set('checklist', newId(), doneFields(0, 1001), { caseId }),
    ]);
    expect(outcome(answer)).toEqual(['applied', 'applied', 'applied', 'invalid_request', 'applied', 'invalid_request']);
    const checklist = answer.records.find((r) => r.id === checklistId)!;
    expect(Object.keys(checklist.fields!)).toHaveLength(1000);
    expect(checklist.fields!['item.k5.done']).toBe(false);
  });

  it('holds at most 256 KiB of field JSON, also after the merge', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const checklistId = newId();
    const answer = await pushOk(device.who, [
      device.set('case', caseId, { displayName: 'J. K.' }),
      device.set('checklist', newId(), notes(0, 66), { caseId }),
      device.set('checklist', checklistId, notes(0, 60), { caseId }),
      device.set('checklist', checklistId, notes(60, 6), { caseId }),
      device.set('checklist', checklistId, { 'item.n0.note': 'short now' }, { caseId }),
      device.set('checklist', checklistId, notes(60, 3), { caseId }),
    ]);
    expect(outcome(answer)).toEqual(['applied', 'invalid_request', 'applied', 'invalid_request', 'applied', 'applied']);
    expect(JSON.stringify(answer.results[1])).toMatch(/256 KiB/);
    const checklist = answer.records.find((r) => r.id === checklistId)!;
    expect(Object.keys(checklist.fields!)).toHaveLength(63);
  });

  it('keeps answering others while one push works through a large record', async () => {
    const device = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const checklistId = newId();
    await pushOk(device.who, [device.set('case', caseId, { displayName: 'L. M.' }), device.set('checklist', checklistId, notes(0, 60), { caseId })]);
    const small = Array.from({ length: 1000 }, (_, i) => device.set('checklist', checklistId, { [`item.n${i % 60}.done`]: i % 2 === 0 }, { caseId }));

    const finished: string[] = [];
    const healthz = new Promise<void>((resolve, reject) => {
      storage.onPushStart = () => {
        send(t.url, 'GET', '/healthz').then(
          (reply) => {
            expect(reply.status).toBe(200);
            finished.push('healthz');
            resolve();
          },
          reject,
        );
      };
    });
    const pushed = push(t, device.who, small).then((reply) => {
      expect(reply.status).toBe(200);
      finished.push('push');
    });
    await Promise.all([healthz, pushed]);
    expect(finished).toEqual(['healthz', 'push']);
  });
});

describe('equal clocks', () => {
  it('keeps the stored value and makes the other a conflict when a cloned profile repeats a clock', async () => {
    const original = new TestDevice(await login(t, counselor, 'Original'));
    const caseId = newId();
    const noteId = newId();
    await pushOk(original.who, [original.set('case', caseId, { displayName: 'N. O.' }), original.set('note', noteId, { body: 'first text' }, { caseId })]);
    const written = original.seen.get(noteId)!.body!;
    const clone = new TestDevice(await login(t, counselor, 'Clone'));
    clone.n = 0;
    const answer = await pushOk(clone.who, [{ n: 1, record: noteId, type: 'note', caseId, set: { body: 'other text' }, clock: written, base: { body: null } }]);
    expect(answer.results[0]).toEqual({ n: 1, status: 'applied', conflicts: 1 });
    expect(answer.records.map((r) => r.type)).toEqual(['conflict']);
    expect(JSON.parse((await storedRow(noteId))!.fields as string)).toEqual({ body: 'first text' });
    const conflict = answer.records.find((r) => r.type === 'conflict')!;
    expect(conflict.fields).toMatchObject({ recordId: noteId, field: 'body', value: 'other text', clock: written });

    const same = await pushOk(clone.who, [{ n: 2, record: noteId, type: 'note', caseId, set: { body: 'first text' }, clock: written, base: {} }]);
    expect(same.results[0]).toEqual({ n: 2, status: 'applied', conflicts: 0 });
  });
});

describe('deleting a record deletes its conflict records', () => {
  it("erases a deleted note's earlier text from its conflict record in the same push", async () => {
    const a = new TestDevice(await login(t, counselor, 'A'), Date.now() - 50_000);
    const b = new TestDevice(await login(t, counselor, 'B'), Date.now() - 40_000);
    const caseId = newId();
    const noteId = newId();
    await pushOk(a.who, [a.set('case', caseId, { displayName: 'P. R.' }), a.set('note', noteId, { body: 'text by A' }, { caseId })]);
    const made = await pushOk(b.who, [b.set('note', noteId, { body: 'earlier text by B' }, { caseId })]);
    const conflict = made.records.find((r) => r.type === 'conflict')!;
    expect(conflict.fields!.value).toBe('text by A');

    const deleted = await pushOk(a.who, [a.delete('note', noteId, { caseId })]);
    expect(deleted.records.map((r) => [r.id, r.deleted !== null])).toEqual([
      [noteId, true],
      [conflict.id, true],
    ]);
    const row = (await storedRow(conflict.id))!;
    expect(row.deleted).not.toBeNull();
    expect(row.fields).toBe('{}');
    const { records } = await pullAll(t, counselor);
    expect(JSON.stringify(records)).not.toContain('text by A');
  });
});

describe('scope first', () => {
  it("answers a volunteer's delete of a tombstone outside their cases forbidden, with nothing of it, changing nothing", async () => {
    const boss = new TestDevice(await login(t, counselor));
    const caseId = newId();
    const noteId = newId();
    await pushOk(boss.who, [
      boss.set('case', caseId, { displayName: 'S. T.', assignees: [counselor.userId] }),
      boss.set('note', noteId, { body: 'not for the volunteer' }, { caseId }),
      boss.delete('note', noteId, { caseId }),
    ]);
    const before = await storedRow(noteId);
    const device = new TestDevice(await login(t, volunteer));
    const answer = await pushOk(device.who, [
      { ...device.delete('note', noteId, { caseId }), clock: device.clockAt(Date.parse('1970-01-02T00:00:00Z')) },
      device.set('note', noteId, { body: 'x' }, { caseId }),
    ]);
    expect(outcome(answer)).toEqual(['forbidden', 'forbidden']);
    expect(answer.records).toEqual([]);
    expect(await storedRow(noteId)).toEqual(before);
  });

  it('rejects a note or checklist that belongs to no case (its caseId is its own id), whatever the role', async () => {
    const before = await storedState(t);
    for (const who of [volunteer, counselor, coordinator]) {
      const device = new TestDevice(await login(t, who));
      const noteId = newId();
      const checklistId = newId();
      const answer = await pushOk(device.who, [
        device.set('note', noteId, { body: 'belongs to nothing' }, { caseId: noteId }),
        device.set('checklist', checklistId, { title: 'belongs to nothing' }, { caseId: checklistId }),
      ]);
      expect(answer.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(answer.records).toEqual([]);
    }
    expect(await storedState(t)).toEqual(before);
  });

  it("gives another team's record id and a made-up id the same answer", async () => {
    const other = await createTeam(t, 'Other Fictional Team');
    const theirs = new TestDevice(other);
    const theirCase = newId();
    const theirNote = newId();
    await pushOk(other, [theirs.set('case', theirCase, { displayName: 'Theirs' }), theirs.set('note', theirNote, { body: 'their text' }, { caseId: theirCase })]);
    const mine = new TestDevice(await login(t, counselor));
    const madeUpCase = newId();
    const answer = await pushOk(mine.who, [
      mine.set('note', theirNote, { body: 'x' }, { caseId: theirCase }),
      mine.set('note', newId(), { body: 'x' }, { caseId: madeUpCase }),
      mine.delete('note', theirNote, { caseId: theirCase }),
      mine.delete('note', newId(), { caseId: madeUpCase }),
    ]);
    const answers = answer.results.map((r) => (r.status === 'rejected' ? { code: r.code, message: r.message } : r));
    expect(answers[0]).toMatchObject({ code: 'forbidden' });
    for (const each of answers) expect(each).toEqual(answers[0]);
  });
});
