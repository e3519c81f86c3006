// SYNC-PROTOCOL.md, Pull; Scope and roles (reads).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema } from '../../src/domain/protocol.ts';
import {
  removeTempDirs,
  addMember,
  applyPulled,
  createTeam,
  newId,
  pull,
  pullAll,
  push,
  startServer,
  TestDevice,
  type Member,
  type TestServer,
} from './helpers/harness.ts';

let t: TestServer;

beforeAll(async () => {
  t = await startServer();
});
// vitest runs after-hooks in reverse: folders go once every server has closed.
afterAll(removeTempDirs);
afterAll(() => t.close());

async function pushOk(device: TestDevice, mutations: unknown[]) {
  const reply = await push(t, device.who, mutations);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  expect(reply.body.results.every((r: any) => r.status === 'applied'), JSON.stringify(reply.body.results)).toBe(true);
  return reply.body;
}

async function pullOk(who: Member, query: { cursor?: string; limit?: number } = {}) {
  const reply = await pull(t, who, query);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  pullResponseSchema.parse(reply.body);
  return reply.body as { records: any[]; removed: string[]; cursor: string; more: boolean };
}

describe('cursor, limit and more', () => {
  it('pages through every change in seq order, each page at most `limit`, and the cursor only moves forward', async () => {
    const coordinator = await createTeam(t);
    const device = new TestDevice(coordinator);
    const ids = Array.from({ length: 23 }, () => newId());
    await pushOk(device, ids.map((id, i) => device.set('case', id, { displayName: `Person ${i}` })));

    const seen: any[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await pullOk(coordinator, { limit: 5, ...(cursor ? { cursor } : {}) });
      expect(page.records.length).toBeLessThanOrEqual(5);
      seen.push(...page.records);
      pages += 1;
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(pages).toBe(5);
    expect(seen.map((r) => r.id)).toEqual(ids);
    const seqs = seen.map((r) => Number(r.seq));
    expect(seqs).toEqual(seqs.toSorted((a, b) => a - b));

    const empty = await pullOk(coordinator, { cursor });
    expect(empty).toEqual({ records: [], removed: [], cursor, more: false });

    await pushOk(device, [device.set('case', ids[3]!, { status: 'closed' })]);
    const next = await pullOk(coordinator, { cursor });
    expect(next.records.map((r) => r.id)).toEqual([ids[3]]);
    expect(Number(next.records[0].seq)).toBeGreaterThan(seqs.at(-1)!);
  });

  it('defaults to 500 records per page', async () => {
    const coordinator = await createTeam(t);
    const device = new TestDevice(coordinator);
    await pushOk(device, Array.from({ length: 501 }, () => device.set('case', newId(), { displayName: 'Many' })));
    const first = await pullOk(coordinator);
    expect(first.records).toHaveLength(500);
    expect(first.more).toBe(true);
    const second = await pullOk(coordinator, { cursor: first.cursor });
    expect(second.records).toHaveLength(1);
    expect(second.more).toBe(false);
  });

  it('sends records exactly as stored, and tombstones with only id, type, caseId, deleted and seq', async () => {
    const coordinator = await createTeam(t);
    const device = new TestDevice(coordinator);
    const caseId = newId();
    const noteId = newId();
    const pushed = await pushOk(device, [
      device.set('case', caseId, { displayName: 'T. D.', languages: ['ar', 'en'], householdSize: 4, interpreterNeeded: true }),
      device.set('note', noteId, { body: 'Line one\nLine two' }, { caseId }),
      device.delete('note', noteId, { caseId }),
    ]);
    const page = await pullOk(coordinator);
    expect(page.records[0]).toEqual(pushed.records.find((r: any) => r.id === caseId));
    expect(page.records[0]).toEqual({
      id: caseId,
      type: 'case',
      teamId: coordinator.teamId,
      caseId,
      fields: { displayName: 'T. D.', languages: ['ar', 'en'], householdSize: 4, interpreterNeeded: true },
      clocks: expect.any(Object),
      deleted: null,
      seq: expect.stringMatching(/^\d+$/),
    });
    expect(page.records[1]).toEqual({ id: noteId, type: 'note', caseId, deleted: expect.any(String), seq: expect.any(String) });
  });

  it("never shows another team's records", async () => {
    const mine = await createTeam(t);
    const theirs = await createTeam(t);
    const theirDevice = new TestDevice(theirs);
    await pushOk(theirDevice, [theirDevice.set('case', newId(), { displayName: 'Not yours' })]);
    const myDevice = new TestDevice(mine);
    const myCase = newId();
    await pushOk(myDevice, [myDevice.set('case', myCase, { displayName: 'Yours' })]);
    const all = await pullAll(t, mine);
    expect(all.records.map((r) => r.id)).toEqual([myCase]);
    // A cursor is bound to its team.
    const foreign = await pull(t, theirs, { cursor: all.cursor });
    expect(foreign.status).toBe(400);
  });

  it('lists a deleted case in `removed` for coordinators and counselors too, with its tombstones', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const device = new TestDevice(coordinator);
    const caseId = newId();
    await pushOk(device, [device.set('case', caseId, { displayName: 'U. E.' }), device.set('note', newId(), { body: 'x' }, { caseId })]);
    const before = await pullOk(counselor);
    await pushOk(device, [device.delete('case', caseId)]);
    const after = await pullOk(counselor, { cursor: before.cursor });
    expect(after.removed).toEqual([caseId]);
    expect(after.records).toHaveLength(2);
    expect(after.records.every((r) => r.deleted !== null && !('fields' in r))).toBe(true);
  });
});

describe('volunteer scope', () => {
  let coordinator: Member;
  let volunteer: Member;
  let office: TestDevice;

  beforeAll(async () => {
    coordinator = await createTeam(t);
    volunteer = await addMember(t, coordinator, 'volunteer');
    office = new TestDevice(coordinator);
  });

  it('shows a volunteer only the cases assigned to them, plus team-wide templates', async () => {
    const assigned = newId();
    const other = newId();
    const templateId = newId();
    await pushOk(office, [
      office.set('case', assigned, { displayName: 'V. F.', assignees: [volunteer.userId] }),
      office.set('note', newId(), { body: 'visible' }, { caseId: assigned }),
      office.set('case', other, { displayName: 'W. G.', assignees: [coordinator.userId] }),
      office.set('note', newId(), { body: 'invisible' }, { caseId: other }),
      office.set('template', templateId, { templateId: 'ztuj-2-permit', version: 1 }),
    ]);
    const all = await pullAll(t, volunteer);
    const visible = new Set(all.records.map((r) => r.caseId ?? r.id));
    expect(visible.has(assigned)).toBe(true);
    expect(visible.has(templateId)).toBe(true);
    expect(visible.has(other)).toBe(false);
    expect(JSON.stringify(all.records)).not.toContain('invisible');
  });

  it('removes a case taken off a volunteer, and sends a case given to them whole, each record with its own seq', async () => {
    const caseId = newId();
    const notes = [newId(), newId()];
    await pushOk(office, [
      office.set('case', caseId, { displayName: 'X. H.', assignees: [] }),
      office.set('note', notes[0]!, { body: 'first' }, { caseId }),
      office.set('note', notes[1]!, { body: 'second' }, { caseId }),
    ]);
    const store = new Map<string, any>();
    const start = await pullAll(t, volunteer);
    applyPulled(store, start);
    expect(store.has(caseId)).toBe(false);

    // Given to the volunteer: every record of the case comes in the same response.
    await pushOk(office, [office.set('case', caseId, { assignees: [volunteer.userId] })]);
    const entered = await pullOk(volunteer, { cursor: start.cursor });
    applyPulled(store, entered);
    expect(entered.records.map((r) => r.id).toSorted()).toEqual([caseId, ...notes].toSorted());
    const startSeq = Number(Buffer.from(start.cursor, 'base64url').toString().match(/"p":(\d+)/)![1]);
    const noteSeqs = entered.records.filter((r) => r.type === 'note').map((r) => Number(r.seq));
    expect(noteSeqs.every((seq) => seq <= startSeq)).toBe(true);
    expect(entered.records.map((r) => Number(r.seq))).toEqual(entered.records.map((r) => Number(r.seq)).toSorted((a, b) => a - b));

    // Taken off: the case is listed in removed and its records are gone from the device.
    await pushOk(office, [office.set('case', caseId, { assignees: [coordinator.userId] })]);
    await pushOk(office, [office.set('note', notes[0]!, { body: 'changed after removal' }, { caseId })]);
    const left = await pullOk(volunteer, { cursor: entered.cursor });
    expect(left.removed).toEqual([caseId]);
    expect(left.records.some((r) => r.caseId === caseId)).toBe(false);
    applyPulled(store, left);
    expect([...store.values()].some((r) => r.caseId === caseId)).toBe(false);
  });

  it('does not list a case that left and came back between two pulls', async () => {
    const caseId = newId();
    await pushOk(office, [office.set('case', caseId, { displayName: 'Y. I.', assignees: [volunteer.userId] })]);
    const before = await pullAll(t, volunteer);
    await pushOk(office, [
      office.set('case', caseId, { assignees: [] }),
      office.set('note', newId(), { body: 'written while away' }, { caseId }),
      office.set('case', caseId, { assignees: [volunteer.userId] }),
    ]);
    const after = await pullOk(volunteer, { cursor: before.cursor });
    expect(after.removed).toEqual([]);
    expect(after.records.filter((r) => r.type === 'note').map((r) => r.fields.body)).toContain('written while away');
  });

  it('removes a case deleted while in the scope', async () => {
    const caseId = newId();
    await pushOk(office, [office.set('case', caseId, { displayName: 'Z. J.', assignees: [volunteer.userId] })]);
    const before = await pullAll(t, volunteer);
    await pushOk(office, [office.delete('case', caseId)]);
    const after = await pullOk(volunteer, { cursor: before.cursor });
    expect(after.removed).toEqual([caseId]);
  });

  it('keeps the whole of an entering case with the change that brought it in, across pages', async () => {
    const caseId = newId();
    await pushOk(office, [
      office.set('case', caseId, { displayName: 'A. K.', assignees: [] }),
      ...Array.from({ length: 6 }, () => office.set('note', newId(), { body: 'old note' }, { caseId })),
    ]);
    const before = await pullAll(t, volunteer);
    await pushOk(office, [
      office.set('case', newId(), { displayName: 'filler', assignees: [volunteer.userId] }),
      office.set('case', newId(), { displayName: 'filler', assignees: [volunteer.userId] }),
      office.set('case', caseId, { assignees: [volunteer.userId] }),
    ]);
    const store = new Map<string, any>();
    let cursor = before.cursor;
    for (;;) {
      const page = await pullOk(volunteer, { cursor, limit: 1 });
      applyPulled(store, page);
      if (page.records.some((r) => r.id === caseId)) {
        expect(page.records.filter((r) => r.caseId === caseId)).toHaveLength(7);
      }
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect([...store.values()].filter((r) => r.caseId === caseId)).toHaveLength(7);
  });

  it('converges: a volunteer pulling step by step holds exactly what a fresh pull shows', async () => {
    const store = new Map<string, any>();
    applyPulled(store, await pullAll(t, volunteer, undefined, 3));
    const fresh = new Map<string, any>();
    applyPulled(fresh, await pullAll(t, volunteer));
    expect(store).toEqual(fresh);
  });
});
