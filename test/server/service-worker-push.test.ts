// The service worker only pushes (src/sync/background-sync.ts): it sends what waits in the
// outbox and pulls nothing, so it never stores (or has to date) records from the team.
// A change whose earlier answer was lost stays queued for the page, which can check it.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCase } from '../../src/store/repo/cases.ts';
import { listRejected, syncCursor } from '../../src/store/sync-state.ts';
import { pushOutboxOnly } from '../../src/sync/background-sync.ts';
import { deviceRecords, endpointRecords, expectOk, joinTeam, setUpTeam, synced, useSyncFixture } from './sync-support.ts';

const fixture = useSyncFixture();
const { device } = fixture;

describe('the service worker push', () => {
  it('sends the waiting changes and pulls nothing', async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    await joinTeam(fixture.endpoint, ana, bor, 'counselor');
    await synced(ana);
    const cursor = expectOk(await syncCursor(ana.store));
    const fromBor = expectOk(await createCase(bor.store, { displayName: 'Demo: From Bor' }));
    await synced(bor);

    const fromAna = expectOk(await createCase(ana.store, { displayName: 'Demo: From Ana' }));
    const before = ana.requests.length;
    expect(await pushOutboxOnly(ana.store, ana.fetch)).toBeNull();
    const sent = ana.requests.slice(before).map((request) => `${request.method} ${request.path}`);

    expect(await ana.store.db.outbox.count()).toBe(0);
    expect((await endpointRecords(fixture.endpoint, ana)).has(fromAna.id)).toBe(true);
    expect((await deviceRecords(ana)).has(fromBor.id)).toBe(false);
    expect(expectOk(await syncCursor(ana.store))).toBe(cursor);
    expect(sent).toEqual(['POST /v1/sync/push']);
  });

  it('leaves a change whose earlier answer was lost queued, and the page checks and sends it', async () => {
    const ana = await device('Ana phone');
    await setUpTeam(fixture.endpoint, ana);
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Lost answer' }));

    ana.faults.push('lose_answer');
    expect(await pushOutboxOnly(ana.store, ana.fetch)).toMatchObject({ code: 'network' });
    expect(await ana.store.db.outbox.count()).toBe(1);
    // The endpoint has it, but answers `duplicate`: the worker cannot tell whether it was kept.
    expect(await pushOutboxOnly(ana.store, ana.fetch)).toBeNull();
    expect(await ana.store.db.outbox.count()).toBe(1);

    await synced(ana);
    expect(await ana.store.db.outbox.count()).toBe(0);
    expect(expectOk(await listRejected(ana.store))).toEqual([]);
    expect((await endpointRecords(fixture.endpoint, ana)).has(kase.id)).toBe(true);
  });
});
