// The page's sync service (what the screens use) against the real endpoint: "sync now",
// a local change synced a few seconds later without a click, status for the shell, and
// sign-in / sign-out through the service.
// fake-indexeddb before anything loads Dexie (Dexie takes indexedDB when it loads).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../src/store/repo/cases.ts';
import { createSyncService, type SyncService } from '../../src/sync/sync-service.ts';
import type { SyncStatus } from '../../src/sync/status.ts';
import { fakeEnv } from '../unit/sync/fake-timers.ts';
import { expectOk, fieldsOf, joinTeam, PASSWORD, setUpTeam, synced, useSyncFixture, type TestDevice } from './sync-support.ts';

const fixture = useSyncFixture();
const { device: phone } = fixture;
const services: SyncService[] = [];

// Registered after the fixture's, so it runs first (vitest runs after-hooks in reverse):
// the services stop before their devices close.
afterEach(() => {
  for (const service of services.splice(0)) service.stop();
});

function serviceFor(device: TestDevice) {
  const env = fakeEnv(0.5);
  const backgroundRequests: number[] = [];
  const service = createSyncService({
    store: device.store,
    fetch: device.fetch,
    locks: undefined,
    env,
    requestBackgroundSync: async () => {
      backgroundRequests.push(Date.now());
      return true;
    },
  });
  services.push(service);
  return { service, env, backgroundRequests };
}

/** Wait (without asserting any duration) until the status satisfies `check`. */
async function until(service: SyncService, check: (status: SyncStatus) => boolean): Promise<SyncStatus> {
  for (let i = 0; i < 500; i += 1) {
    if (check(service.status.get())) return service.status.get();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`status never matched: ${JSON.stringify(service.status.get())}`);
}

describe('sync service', () => {
  it('syncs on "sync now" and shows what it did', async () => {
    const ana = await phone('Ana phone');
    await setUpTeam(fixture.endpoint, ana);
    const { service } = serviceFor(ana);
    expectOk(await createCase(ana.store, { displayName: 'Demo: Sync now' }));
    service.start();
    const result = await service.syncNow();
    expect(result).toEqual({ ok: true, clockAhead: false });
    const status = await until(service, (s) => s.pendingCount === 0 && s.lastSyncedAt !== null);
    expect(status.phase).toEqual({ kind: 'idle' });
  });

  it('sends a local change a few seconds after it is made, without a click', async () => {
    const ana = await phone('Ana phone');
    const bor = await phone('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    await joinTeam(fixture.endpoint, ana, bor, 'counselor');
    const { service, env } = serviceFor(ana);
    service.start();
    await service.syncNow();
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Quiet sync' }));
    await until(service, (s) => s.pendingCount === 1);
    await env.advance(3_000);
    await until(service, (s) => s.pendingCount === 0 && s.phase.kind === 'idle');
    await synced(bor);
    expect(await fieldsOf(bor, kase.id)).toEqual({ displayName: 'Demo: Quiet sync' });
  });

  it('shows offline with the next retry, and asks for Background Sync for the waiting change', async () => {
    const ana = await phone('Ana phone');
    await setUpTeam(fixture.endpoint, ana);
    const { service, backgroundRequests } = serviceFor(ana);
    service.start();
    await service.syncNow();
    ana.offline = true;
    expectOk(await createCase(ana.store, { displayName: 'Demo: Offline' }));
    await until(service, (s) => s.pendingCount === 1);
    expect(await service.syncNow()).toMatchObject({ ok: false, failure: { code: 'network' } });
    const status = await until(service, (s) => s.phase.kind === 'offline' && s.phase.nextRetryAt !== null);
    expect(status.pendingCount).toBe(1);
    expect(backgroundRequests.length).toBeGreaterThan(0);
    ana.offline = false;
    expect(await service.syncNow()).toEqual({ ok: true, clockAhead: false });
  });

  it('signs in through the service, and refuses to sign out while changes wait', async () => {
    const ana = await phone('Ana phone');
    const bor = await phone('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    const { service } = serviceFor(bor);
    service.start();
    await until(service, (s) => s.phase.kind === 'local_only');
    expectOk(await createCase(bor.store, { displayName: 'Demo: Mine before joining' }));

    const teamApi = (await serviceFor(ana).service.teamApi())!;
    const invite = expectOk(await teamApi.createInvite('counselor'));
    const joined = await service.joinWithInvite({ endpoint: fixture.endpoint.url(), code: invite.code, username: 'bor_fictional', password: PASSWORD, deviceName: 'Bor phone' });
    expect(joined.ok).toBe(true);
    // Joining syncs at once: what was made before joining goes to the team.
    await until(service, (s) => s.phase.kind === 'idle' && s.pendingCount === 0 && s.lastSyncedAt !== null);

    bor.offline = true;
    expectOk(await createCase(bor.store, { displayName: 'Demo: Not sent yet' }));
    expect(await service.signOut()).toMatchObject({ ok: false, error: { code: 'changes_waiting', pendingCount: 1 } });
    expect(await service.session()).not.toBeNull();
    expect((await service.signOut({ force: true })).ok).toBe(true);
    await until(service, (s) => s.phase.kind === 'local_only');
    expect(await service.session()).toBeNull();
  });
});
