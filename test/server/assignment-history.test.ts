// A case's assignment history through the device engine and the real endpoint (SQLite):
// two devices that change the assignees at once both keep their entry on every device, and
// nobody records a change in another member's name.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { assignmentChangeFields, assignmentHistory } from '../../src/domain/assignment-history.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { createCase, updateCase } from '../../src/store/repo/cases.ts';
import { listRejected } from '../../src/store/sync-state.ts';
import { endpointRecords, expectOk, fieldsOf, joinTeam, setUpTeam, synced, useSyncFixture } from './sync-support.ts';

const fixture = useSyncFixture();
const { device } = fixture;

let seed = 0;
const changeId = () => uuidv7(Date.now(), new Uint8Array(10).fill((seed += 1)));

const summary = (fields: Record<string, unknown> | undefined) => assignmentHistory(fields ?? {}).map(({ by, added, removed }) => ({ by, added, removed }));

describe('assignment history', () => {
  it('keeps both entries on every device when two members change the assignees offline at once', async () => {
    const coordinator = await device('Coordinator phone');
    const counselor = await device('Counselor phone');
    const volunteer = await device('Volunteer phone');
    const ana = (await setUpTeam(fixture.endpoint, coordinator)).user.id;
    const boris = (await joinTeam(fixture.endpoint, coordinator, counselor, 'counselor')).user.id;
    const mila = (await joinTeam(fixture.endpoint, coordinator, volunteer, 'volunteer')).user.id;

    const kase = expectOk(await createCase(coordinator.store, { displayName: 'Demo: Nadia Vzorec', assignees: [ana], ...assignmentChangeFields([], [ana], ana, changeId()) }));
    await synced(coordinator);
    await synced(counselor);

    // Both offline: Ana gives the case to Mila, Boris adds himself.
    coordinator.offline = true;
    counselor.offline = true;
    expectOk(await updateCase(coordinator.store, kase.id, { assignees: [ana, mila], ...assignmentChangeFields([ana], [ana, mila], ana, changeId()) }));
    expectOk(await updateCase(counselor.store, kase.id, { assignees: [ana, boris], ...assignmentChangeFields([ana], [ana, boris], boris, changeId()) }));
    coordinator.offline = false;
    counselor.offline = false;
    await synced(coordinator);
    await synced(counselor);
    await synced(coordinator);
    await synced(volunteer);

    const expected = [
      { by: ana, added: [ana], removed: [] },
      { by: ana, added: [mila], removed: [] },
      { by: boris, added: [boris], removed: [] },
    ];
    expect(summary(await fieldsOf(coordinator, kase.id))).toEqual(expected);
    expect(summary(await fieldsOf(counselor, kase.id))).toEqual(expected);
    expect(summary((await endpointRecords(fixture.endpoint, coordinator)).get(kase.id)?.fields)).toEqual(expected);
    // The volunteer was on Ana's list, which Boris's later one replaced: the case is not
    // theirs (the lost list waits as a conflict for a person), and never half of it.
    expect(await fieldsOf(volunteer, kase.id)).toBeUndefined();
  });

  it('refuses an entry in another member\'s name, and takes an entry sent again unchanged', async () => {
    const coordinator = await device('Coordinator phone');
    const counselor = await device('Counselor phone');
    const ana = (await setUpTeam(fixture.endpoint, coordinator)).user.id;
    const boris = (await joinTeam(fixture.endpoint, coordinator, counselor, 'counselor')).user.id;

    const entry = assignmentChangeFields([], [boris], ana, changeId());
    const kase = expectOk(await createCase(coordinator.store, { displayName: 'Demo: Omid Vzorec', assignees: [boris], ...entry }));
    await synced(coordinator);
    await synced(counselor);

    // The counselor sends the coordinator's entry again as it is (as "send again" does): fine.
    expectOk(await updateCase(counselor.store, kase.id, { displayName: 'Demo: Omid V.', ...entry }));
    // A new entry claiming the coordinator made it: refused.
    expectOk(await updateCase(counselor.store, kase.id, { assignees: [], ...assignmentChangeFields([boris], [], ana, changeId()) }));
    await synced(counselor);
    expect(expectOk(await listRejected(counselor.store)).map((rejected) => rejected.code)).toEqual(['forbidden']);

    await synced(coordinator);
    const onCoordinator = await fieldsOf(coordinator, kase.id);
    expect(onCoordinator?.displayName).toBe('Demo: Omid V.');
    expect(onCoordinator?.assignees).toEqual([boris]);
    expect(summary(onCoordinator)).toEqual([{ by: ana, added: [boris], removed: [] }]);
  });
});
