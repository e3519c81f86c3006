// The device sync engine against the real endpoint on loopback (issue 7, Tests).
// fake-indexeddb before anything loads Dexie (Dexie takes indexedDB when it loads).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCase, deleteCase, updateCase } from '../../src/store/repo/cases.ts';
import { addNote, updateNote } from '../../src/store/repo/notes.ts';
import { listRejected, syncCursor } from '../../src/store/sync-state.ts';
import { signOut } from '../../src/sync/account.ts';
import { createApiClient } from '../../src/sync/api-client.ts';
import {
  deviceRecords,
  endpointRecords,
  expectOk,
  fieldsOf,
  joinTeam,
  setUpTeam,
  signInAgain,
  synced,
  useSyncFixture,
} from './sync-support.ts';

const fixture = useSyncFixture();
const { device } = fixture;

describe('push and pull', () => {
  it('brings changes made on one phone to another, in order', async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    await joinTeam(fixture.endpoint, ana, bor, 'counselor');

    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Family Novak', status: 'open' }));
    const note = expectOk(await addNote(ana.store, kase.id, { body: 'First call with the landlord (fictional).' }));
    expectOk(await updateNote(ana.store, note.id, { body: 'First call with the landlord; second call planned.' }));
    expectOk(await updateCase(ana.store, kase.id, { status: 'closed' }));
    expect(await ana.store.db.outbox.count()).toBe(4);

    expect(await ana.sync()).toEqual({ ok: true, clockAhead: false });
    expect(await ana.store.db.outbox.count()).toBe(0);
    const push = ana.requests.filter((r) => r.path === '/v1/sync/push');
    expect(push).toHaveLength(1);

    expect((await bor.sync()).ok).toBe(true);
    expect(await fieldsOf(bor, kase.id)).toEqual({ displayName: 'Demo: Family Novak', status: 'closed' });
    expect(await fieldsOf(bor, note.id)).toEqual({ body: 'First call with the landlord; second call planned.' });
    const status = bor.engine.status.get();
    expect(status.phase).toEqual({ kind: 'idle' });
    expect(status.lastSyncedAt).not.toBeNull();
    expect(status.pendingCount).toBe(0);
  });

  it('pushes a long outbox in batches of at most 1000 changes and 4 MiB', async () => {
    const ana = await device('Ana phone');
    await setUpTeam(fixture.endpoint, ana);
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Batch case' }));
    // 2,300 small changes, then 300 long notes (about 20,000 characters each, 2 bytes per
    // character in UTF-8): more than 4 MiB together.
    for (let i = 0; i < 2300; i += 1) expectOk(await updateCase(ana.store, kase.id, { householdSize: (i % 40) + 1 }));
    const longText = 'č'.repeat(19_990);
    for (let i = 0; i < 300; i += 1) expectOk(await addNote(ana.store, kase.id, { body: `${i} ${longText}` }));

    expect((await ana.sync()).ok).toBe(true);
    const pushes = ana.requests.filter((r) => r.path === '/v1/sync/push');
    expect(pushes.every((r) => r.status === 200 && r.bytes <= 4 * 1024 * 1024)).toBe(true);
    expect(pushes.length).toBeGreaterThanOrEqual(5);
    expect(await ana.store.db.outbox.count()).toBe(0);
    const onEndpoint = await endpointRecords(fixture.endpoint, ana);
    expect(onEndpoint.get(kase.id)?.fields.householdSize).toBe((2299 % 40) + 1);
    expect([...onEndpoint.values()].filter((r) => r.type === 'note')).toHaveLength(300);
  });
});

describe('failures', () => {
  it('retries a push whose answer was lost without applying anything twice', async () => {
    const ana = await device('Ana phone');
    await setUpTeam(fixture.endpoint, ana);
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Lost answer' }));
    expectOk(await addNote(ana.store, kase.id, { body: 'A note that must exist once.' }));

    ana.faults.push('lose_answer');
    const first = await ana.sync();
    expect(first).toMatchObject({ ok: false, failure: { code: 'network' } });
    expect(ana.engine.status.get().phase.kind).toBe('offline');
    expect(await ana.store.db.outbox.count()).toBe(2); // the device does not know it arrived

    expect((await ana.sync()).ok).toBe(true);
    expect(await ana.store.db.outbox.count()).toBe(0);
    expect(await listRejected(ana.store)).toEqual({ ok: true, value: [] });
    const onEndpoint = await endpointRecords(fixture.endpoint, ana);
    expect([...onEndpoint.values()].map((r) => r.type).toSorted()).toEqual(['case', 'note']);
  });

  it('shows a change refused in a push whose answer was lost, instead of dropping it silently', async () => {
    const ana = await device('Ana phone');
    const vid = await device('Vid phone');
    await setUpTeam(fixture.endpoint, ana);
    const volunteer = await joinTeam(fixture.endpoint, ana, vid, 'volunteer');
    // A volunteer may create a case only with themselves among its assignees: `forbidden`.
    const notTheirs = expectOk(await createCase(vid.store, { displayName: 'Demo: Nobody assigned' }));
    const own = expectOk(await createCase(vid.store, { displayName: 'Demo: Theirs', assignees: [volunteer.user.id] }));

    vid.faults.push('lose_answer');
    expect((await vid.sync()).ok).toBe(false);
    await synced(vid);
    expect(await vid.store.db.outbox.count()).toBe(0);
    const rejected = expectOk(await listRejected(vid.store));
    expect(rejected).toMatchObject([{ code: 'not_kept', record: notTheirs.id, set: { displayName: 'Demo: Nobody assigned' } }]);
    const onEndpoint = await endpointRecords(fixture.endpoint, ana);
    expect(onEndpoint.has(own.id)).toBe(true);
    expect(onEndpoint.has(notTheirs.id)).toBe(false);
  });

  it('moves refused changes to the rejected list and carries on with the rest', async () => {
    const ana = await device('Ana phone');
    const vid = await device('Vid phone');
    await setUpTeam(fixture.endpoint, ana);
    const volunteer = await joinTeam(fixture.endpoint, ana, vid, 'volunteer');
    const shared = expectOk(await createCase(ana.store, { displayName: 'Demo: Was theirs', assignees: [volunteer.user.id] }));
    await synced(ana);
    await synced(vid);
    // The coordinator takes the volunteer off the case while the volunteer is offline.
    expectOk(await updateCase(ana.store, shared.id, { assignees: [] }));
    await synced(ana);

    expectOk(await addNote(vid.store, shared.id, { body: 'Written after being taken off the case.' }));
    const own = expectOk(await createCase(vid.store, { displayName: 'Demo: Theirs', assignees: [volunteer.user.id] }));
    const after = expectOk(await addNote(vid.store, own.id, { body: 'Allowed here.' }));

    await synced(vid);
    expect(await vid.store.db.outbox.count()).toBe(0);
    const rejected = expectOk(await listRejected(vid.store));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ code: 'forbidden', set: { body: 'Written after being taken off the case.' } });
    expect(rejected[0]?.message.length).toBeGreaterThan(0);
    expect(vid.engine.status.get().rejectedCount).toBe(1);
    expect((await deviceRecords(vid)).has(shared.id)).toBe(false);
    const onEndpoint = await endpointRecords(fixture.endpoint, ana);
    expect(onEndpoint.get(after.id)?.fields).toEqual({ body: 'Allowed here.' });
  });

  it('keeps local data and asks to sign in again when the endpoint refuses the token', async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    const borSession = await joinTeam(fixture.endpoint, ana, bor, 'counselor');
    const kase = expectOk(await createCase(bor.store, { displayName: 'Demo: Before revoke' }));
    await synced(bor);

    // The coordinator revokes Bor's device; Bor keeps working offline meanwhile.
    const coordinator = (await ana.session())!;
    const api = createApiClient({ baseUrl: `${fixture.endpoint.url()}/`, token: coordinator.token, fetch, now: Date.now });
    expect((await api.revokeDevice(borSession.deviceId)).ok).toBe(true);
    expectOk(await updateCase(bor.store, kase.id, { summary: 'Written after the revoke.' }));

    expect(await bor.sync()).toMatchObject({ ok: false, failure: { code: 'unauthorized' } });
    expect(bor.engine.status.get().phase).toEqual({ kind: 'needs_sign_in' });
    expect(await bor.store.db.outbox.count()).toBe(1);
    expect(await fieldsOf(bor, kase.id)).toMatchObject({ summary: 'Written after the revoke.' });
    // No further request while the token is known to be dead.
    const before = bor.requests.length;
    expect((await bor.sync()).ok).toBe(false);
    expect(bor.requests.length).toBe(before);

    // Signing in again makes a new device id; the waiting change goes out as its number 1.
    const again = await signInAgain(fixture.endpoint, bor);
    expect(again.deviceId).not.toBe(borSession.deviceId);
    expect(bor.engine.status.get().phase).toEqual({ kind: 'needs_sign_in' });
    await bor.engine.refresh();
    expect(bor.engine.status.get().phase).toEqual({ kind: 'idle' });
    expect((await bor.sync()).ok).toBe(true);
    expect(await bor.store.db.outbox.count()).toBe(0);
    expect((await endpointRecords(fixture.endpoint, ana)).get(kase.id)?.fields.summary).toBe('Written after the revoke.');
  });
});

describe('scope and cursor', () => {
  it("erases a case from a volunteer's phone when they are taken off it", async () => {
    const ana = await device('Ana phone');
    const vid = await device('Vid phone');
    await setUpTeam(fixture.endpoint, ana);
    const volunteer = await joinTeam(fixture.endpoint, ana, vid, 'volunteer');
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Assigned', assignees: [volunteer.user.id] }));
    const note = expectOk(await addNote(ana.store, kase.id, { body: 'Visible to the volunteer.' }));
    await synced(ana);
    await synced(vid);
    expect((await deviceRecords(vid)).has(note.id)).toBe(true);

    expectOk(await updateCase(ana.store, kase.id, { assignees: [] }));
    await synced(ana);
    await synced(vid);
    const left = await deviceRecords(vid);
    expect(left.has(kase.id)).toBe(false);
    expect(left.has(note.id)).toBe(false);
  });

  it('keeps the old cursor and stores nothing when applying a page fails', async () => {
    const ana = await device('Ana phone');
    let failEncode = false;
    const failing = {
      encode: (value: unknown) => (failEncode ? Promise.reject(new Error('disk trouble')) : Promise.resolve(JSON.stringify(value))),
      decode: (text: string) => Promise.resolve(JSON.parse(text) as unknown),
      indexToken: (value: string) => Promise.resolve(value),
    };
    const bor = await device('Bor phone', { codec: failing });
    await setUpTeam(fixture.endpoint, ana);
    await joinTeam(fixture.endpoint, ana, bor, 'counselor');
    await synced(bor);
    const cursorBefore = expectOk(await syncCursor(bor.store));

    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Atomic' }));
    expectOk(await addNote(ana.store, kase.id, { body: 'Arrives whole or not at all.' }));
    await synced(ana);

    failEncode = true;
    expect((await bor.sync()).ok).toBe(false);
    expect(expectOk(await syncCursor(bor.store))).toBe(cursorBefore);
    expect(await bor.store.db.records.count()).toBe(0);

    failEncode = false;
    await synced(bor);
    expect(expectOk(await syncCursor(bor.store))).not.toBe(cursorBefore);
    expect(await bor.store.db.records.count()).toBe(2);
  });
});

describe('signing out', () => {
  it('refuses while changes wait, and with force removes the team data and the session', async () => {
    const ana = await device('Ana phone');
    await setUpTeam(fixture.endpoint, ana);
    expectOk(await createCase(ana.store, { displayName: 'Demo: Unsynced' }));
    const refused = await signOut({ store: ana.store, fetch: ana.fetch });
    expect(refused).toMatchObject({ ok: false, error: { code: 'changes_waiting', pendingCount: 1 } });
    expect(await ana.session()).not.toBeNull();

    expectOk(await signOut({ store: ana.store, fetch: ana.fetch }, { force: true }));
    expect(await ana.session()).toBeNull();
    expect(await ana.store.db.records.count()).toBe(0);
    expect(await ana.store.db.outbox.count()).toBe(0);
    expect(await ana.store.db.meta.get('device')).toBeDefined();
    await ana.engine.refresh();
    expect(ana.engine.status.get().phase).toEqual({ kind: 'local_only' });
  });

  it("erases a case everywhere when a coordinator deletes it", async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    await joinTeam(fixture.endpoint, ana, bor, 'counselor');
    const kase = expectOk(await createCase(bor.store, { displayName: 'Demo: To erase' }));
    const note = expectOk(await addNote(bor.store, kase.id, { body: 'Goes with the case.' }));
    await synced(bor);
    await synced(ana);
    expectOk(await deleteCase(ana.store, kase.id));
    await synced(ana);
    await synced(bor);
    const left = await deviceRecords(bor);
    expect(left.get(kase.id)?.deleted).not.toBeNull();
    expect(left.get(note.id)).toMatchObject({ deleted: expect.any(String), fields: {} });
  });

  it('brings a case back when the endpoint refuses its deletion, and says why', async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    await joinTeam(fixture.endpoint, ana, bor, 'counselor');
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Kept' }));
    const note = expectOk(await addNote(ana.store, kase.id, { body: 'Still needed.' }));
    await synced(ana);
    await synced(bor);
    // Only coordinators may erase a case (SYNC-PROTOCOL.md, Scope and roles).
    expectOk(await deleteCase(bor.store, kase.id));
    expect((await deviceRecords(bor)).get(note.id)?.deleted).not.toBeNull();
    await synced(bor);
    const rejected = expectOk(await listRejected(bor.store));
    expect(rejected).toMatchObject([{ code: 'forbidden', delete: true, record: kase.id }]);
    const back = await deviceRecords(bor);
    expect(back.get(kase.id)).toMatchObject({ deleted: null, fields: { displayName: 'Demo: Kept' } });
    expect(back.get(note.id)).toMatchObject({ deleted: null, fields: { body: 'Still needed.' } });
  });
});
