// Teamwork through the device engine and the real endpoint: a volunteer's refused case
// keeps what they typed and reaches the team once they fix it; demo data never leaves the
// device; a device that joins with records of its own can keep them out of the team.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../src/store/demo.ts';
import { createCase, updateCase } from '../../src/store/repo/cases.ts';
import { addNote } from '../../src/store/repo/notes.ts';
import { assignToMeAndSendAgain } from '../../src/store/send-again.ts';
import { listRejected } from '../../src/store/sync-state.ts';
import { joinWithInvite } from '../../src/sync/account.ts';
import { createApiClient } from '../../src/sync/api-client.ts';
import { endpointRecords, expectOk, fieldsOf, joinTeam, PASSWORD, setUpTeam, uniqueUsername, useSyncFixture } from './sync-support.ts';

const fixture = useSyncFixture();
const { device } = fixture;

describe('a volunteer\'s refused case', () => {
  it('keeps every value through later syncs, and "assign to me and send again" delivers the case and its note', async () => {
    const coordinator = await device('Coordinator phone');
    const volunteer = await device('Volunteer phone');
    await setUpTeam(fixture.endpoint, coordinator);
    const session = await joinTeam(fixture.endpoint, coordinator, volunteer, 'volunteer');

    const kase = expectOk(await createCase(volunteer.store, { displayName: 'Demo: Mina Vzorec', legalStatus: 'ip_applicant' }));
    const note = expectOk(await addNote(volunteer.store, kase.id, { body: 'Demo: visited the room with Mina.' }));
    expect((await volunteer.sync()).ok).toBe(true);
    expect(expectOk(await listRejected(volunteer.store)).map((entry) => entry.code)).toEqual(['forbidden', 'forbidden']);

    // Ticking "assigned to me" alone makes the endpoint create the case from that field;
    // the next pull must not wipe the name the volunteer typed.
    expectOk(await updateCase(volunteer.store, kase.id, { assignees: [session.user.id] }));
    expect((await volunteer.sync()).ok).toBe(true);
    expect((await volunteer.sync()).ok).toBe(true);
    expect(await fieldsOf(volunteer, kase.id)).toEqual({ displayName: 'Demo: Mina Vzorec', legalStatus: 'ip_applicant', assignees: [session.user.id] });

    expect(expectOk(await assignToMeAndSendAgain(volunteer.store, kase.id, session.user.id)).sent).toEqual([kase.id, note.id]);
    expect((await volunteer.sync()).ok).toBe(true);
    expect(expectOk(await listRejected(volunteer.store))).toEqual([]);

    expect((await coordinator.sync()).ok).toBe(true);
    expect(await fieldsOf(coordinator, kase.id)).toEqual({ displayName: 'Demo: Mina Vzorec', legalStatus: 'ip_applicant', assignees: [session.user.id] });
    expect(await fieldsOf(coordinator, note.id)).toEqual({ body: 'Demo: visited the room with Mina.' });
  });
});

describe('records on a device that joins a team', () => {
  it('never sends demo data; sends the person\'s own cases, or keeps them here when asked', async () => {
    const coordinator = await device('Coordinator phone');
    await setUpTeam(fixture.endpoint, coordinator);
    expectOk(await loadDemoData(coordinator.store, { today: '2026-11-21' }));
    const own = expectOk(await createCase(coordinator.store, { displayName: 'M. K.' }));
    expect((await coordinator.sync()).ok).toBe(true);
    const onEndpoint = await endpointRecords(fixture.endpoint, coordinator);
    expect([...onEndpoint.keys()]).toEqual([own.id]);

    // A counselor who used the app alone joins and keeps their cases on the phone.
    const counselor = await device('Counselor phone');
    const theirs = expectOk(await createCase(counselor.store, { displayName: 'Only mine' }));
    const coordinatorSession = await coordinator.session();
    const api = createApiClient({ baseUrl: fixture.endpoint.url() + '/', token: coordinatorSession!.token, fetch: coordinator.fetch, now: Date.now });
    const invite = expectOk(await api.createInvite('counselor'));
    const joined = await joinWithInvite(
      { store: counselor.store, fetch: counselor.fetch },
      { endpoint: fixture.endpoint.url(), code: invite.code, username: uniqueUsername('c'), password: PASSWORD, deviceName: 'Counselor phone', existing: 'keep' },
    );
    expect(joined.ok).toBe(true);
    expect((await counselor.sync()).ok).toBe(true);
    expect(await fieldsOf(counselor, own.id)).toEqual({ displayName: 'M. K.' });
    expect(await fieldsOf(counselor, theirs.id)).toEqual({ displayName: 'Only mine' });
    expect([...(await endpointRecords(fixture.endpoint, coordinator)).keys()]).toEqual([own.id]);
  });
});

describe('a deactivated member', () => {
  it('loses the team\'s data at the next sync, keeps what they have not sent yet, and cannot sign in', async () => {
    const coordinator = await device('Coordinator phone');
    const volunteer = await device('Volunteer phone');
    await setUpTeam(fixture.endpoint, coordinator);
    const session = await joinTeam(fixture.endpoint, coordinator, volunteer, 'volunteer');
    const shared = expectOk(await createCase(coordinator.store, { displayName: 'Demo: Assigned A', assignees: [session.user.id] }));
    const other = expectOk(await createCase(coordinator.store, { displayName: 'Demo: Assigned B', assignees: [session.user.id] }));
    expect((await coordinator.sync()).ok).toBe(true);
    expect((await volunteer.sync()).ok).toBe(true);
    expect(await fieldsOf(volunteer, shared.id)).toMatchObject({ displayName: 'Demo: Assigned A' });
    // Written offline, not yet sent when the coordinator deactivates the volunteer.
    const unsent = expectOk(await addNote(volunteer.store, other.id, { body: 'Demo: written offline.' }));

    const coordinatorSession = await coordinator.session();
    const api = createApiClient({ baseUrl: fixture.endpoint.url() + '/', token: coordinatorSession!.token, fetch: coordinator.fetch, now: Date.now });
    expectOk(await api.changeMember(session.user.id, { active: false }));

    expect(await volunteer.sync()).toMatchObject({ ok: false, failure: { code: 'unauthorized' } });
    expect(await fieldsOf(volunteer, shared.id)).toBeUndefined();
    expect(await fieldsOf(volunteer, unsent.id)).toEqual({ body: 'Demo: written offline.' });
    expect(await volunteer.store.db.outbox.count()).toBe(1);
    const signIn = await fetch(`${fixture.endpoint.url()}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-protocol-version': '1' },
      body: JSON.stringify({ username: volunteer.username, password: PASSWORD, deviceName: 'Volunteer phone' }),
    });
    expect(signIn.status).toBe(401);
  });
});
