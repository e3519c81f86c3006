// The sync engine recovering from what goes wrong in the field, against the real endpoint:
// a phone with a wrong date, an endpoint restored from a backup, a device that worked
// alone before joining, an endpoint that is down for a while, a proxy with a small body
// limit, and an endpoint that needs a newer app.
// fake-indexeddb before anything loads Dexie (Dexie takes indexedDB when it loads).
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOCK_AHEAD_LIMIT_MS } from '../../src/domain/protocol.ts';
import { hlcWallMs } from '../../src/domain/hlc.ts';
import { createCase, updateCase } from '../../src/store/repo/cases.ts';
import { addNote } from '../../src/store/repo/notes.ts';
import { listRejected } from '../../src/store/sync-state.ts';
import { signOut } from '../../src/sync/account.ts';
import { createScheduler, type Trigger } from '../../src/sync/scheduler.ts';
import type { RetryPlan } from '../../src/sync/retry-policy.ts';
import type { Fetch } from '../../src/sync/api-client.ts';
import { createSyncEngine } from '../../src/sync/engine.ts';
import { DATABASE_FILE } from '../../src/server/storage/sqlite/connection.ts';
import { createLeader } from '../../src/sync/leader.ts';
import { dumpSchema, onPostgres, restoreSchema } from './helpers/postgres.ts';
import {
  deviceRecords,
  endpointRecords,
  expectOk,
  fieldsOf,
  joinTeam,
  setUpTeam,
  synced,
  useSyncFixture,
} from './sync-support.ts';

const fixture = useSyncFixture();
const { device } = fixture;

describe('a phone with a wrong date', () => {
  it('keeps its changes queued, asks to fix the date, and sends them once the date is right', async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    await joinTeam(fixture.endpoint, ana, bor, 'counselor');
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Dated' }));
    await synced(ana);

    ana.skewMs = 2 * 60 * 60 * 1000; // the phone thinks it is two hours later
    expectOk(await updateCase(ana.store, kase.id, { summary: 'Written while the date was wrong.' }));
    const note = expectOk(await addNote(ana.store, kase.id, { body: 'Also written then.' }));
    expect(await ana.sync()).toEqual({ ok: true, clockAhead: true });
    expect(ana.engine.status.get().phase).toEqual({ kind: 'clock_ahead' });
    expect(await ana.store.db.outbox.count()).toBe(2);
    expect(expectOk(await listRejected(ana.store))).toEqual([]);
    // Still wrong: refused again, still queued, nothing lost.
    expect(await ana.sync()).toEqual({ ok: true, clockAhead: true });
    expect(await ana.store.db.outbox.count()).toBe(2);

    ana.skewMs = 0; // the person corrected the date
    expect(await ana.sync()).toEqual({ ok: true, clockAhead: false });
    expect(ana.engine.status.get().phase).toEqual({ kind: 'idle' });
    expect(await ana.store.db.outbox.count()).toBe(0);
    await synced(bor);
    expect(await fieldsOf(bor, kase.id)).toMatchObject({ summary: 'Written while the date was wrong.' });
    expect(await fieldsOf(bor, note.id)).toEqual({ body: 'Also written then.' });
    // The local copies carry the new clocks, and the phone's clock is back to normal.
    const onEndpoint = await endpointRecords(fixture.endpoint, ana);
    expect((await deviceRecords(ana)).get(kase.id)?.clocks).toEqual(onEndpoint.get(kase.id)?.clocks);
    const next = expectOk(await updateCase(ana.store, kase.id, { summary: 'Later.' }));
    expect(hlcWallMs(next.clock as string)).toBeLessThan(Date.now() + CLOCK_AHEAD_LIMIT_MS);
    await synced(ana);
    expect((await endpointRecords(fixture.endpoint, ana)).get(kase.id)?.fields.summary).toBe('Later.');
    expect([...onEndpoint.values()].some((r) => r.type === 'conflict')).toBe(false);
  });
});

describe('mutation numbers', () => {
  it('sends again what an endpoint restored from a backup has lost (409 mutation_gap, cursor ahead)', async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    await joinTeam(fixture.endpoint, ana, bor, 'counselor');
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Backup' }));
    await synced(ana);

    const { dataDir } = fixture.endpoint;
    const backup = path.join(dataDir, 'backup');
    const databaseFiles = () => fs.readdirSync(dataDir).filter((name) => name.startsWith(DATABASE_FILE));
    await fixture.endpoint.stop();
    fs.mkdirSync(backup);
    const files = databaseFiles();
    if (onPostgres) dumpSchema(dataDir, path.join(backup, 'dump.sql'));
    else for (const name of files) fs.copyFileSync(path.join(dataDir, name), path.join(backup, name));
    await fixture.endpoint.start();

    // Acknowledged by the endpoint, then lost with the restore below.
    expectOk(await updateCase(ana.store, kase.id, { householdSize: 3 }));
    expectOk(await updateCase(ana.store, kase.id, { householdSize: 4 }));
    const lostNote = expectOk(await addNote(ana.store, kase.id, { body: 'Acknowledged, then lost by the endpoint.' }));
    await synced(ana);
    await synced(bor);

    await fixture.endpoint.stop();
    if (onPostgres) restoreSchema(dataDir, path.join(backup, 'dump.sql'));
    else {
      for (const name of databaseFiles()) fs.rmSync(path.join(dataDir, name));
      for (const name of files) fs.copyFileSync(path.join(backup, name), path.join(dataDir, name));
    }
    await fixture.endpoint.start();
    expect((await endpointRecords(fixture.endpoint, ana)).get(kase.id)?.fields.householdSize).toBeUndefined();

    // Bor has nothing to push: the endpoint refuses its cursor, and Bor sends back what it holds.
    const borBefore = bor.requests.length;
    await synced(bor);
    expect(bor.requests.slice(borBefore).map((r) => `${r.path} ${r.status}`)).toContain('/v1/sync/pull 400');
    let onEndpoint = await endpointRecords(fixture.endpoint, ana);
    expect(onEndpoint.get(kase.id)?.fields.householdSize).toBe(4);
    expect(onEndpoint.get(lostNote.id)?.fields).toEqual({ body: 'Acknowledged, then lost by the endpoint.' });

    // Ana has a new change: the endpoint counts fewer of Ana's mutations (409), Ana goes on.
    const note = expectOk(await addNote(ana.store, kase.id, { body: 'Written after the restore.' }));
    const before = ana.requests.length;
    await synced(ana);
    const pushes = ana.requests.slice(before).filter((r) => r.path === '/v1/sync/push');
    expect(pushes[0]?.status).toBe(409);
    expect(pushes.slice(1).every((r) => r.status === 200)).toBe(true);
    expect(await ana.store.db.outbox.count()).toBe(0);
    onEndpoint = await endpointRecords(fixture.endpoint, ana);
    expect(onEndpoint.get(note.id)?.fields).toEqual({ body: 'Written after the restore.' });
    // Resending kept the original clocks: no false conflicts, same state everywhere.
    expect([...onEndpoint.values()].filter((r) => r.type === 'conflict')).toEqual([]);
    await synced(bor);
    for (const who of [ana, bor]) {
      const local = await deviceRecords(who);
      for (const [id, remote] of onEndpoint) expect(local.get(id)).toMatchObject({ fields: remote.fields, clocks: remote.clocks });
    }
  });

  it('sends what was written before joining a team, also after an earlier sign-out', async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    // Used on this device only: no session, no requests, nothing lost.
    const alone = expectOk(await createCase(ana.store, { displayName: 'Demo: Before joining' }));
    expect(await ana.sync()).toEqual({ ok: true, clockAhead: false });
    expect(ana.requests).toHaveLength(0);
    expect(ana.engine.status.get().phase).toEqual({ kind: 'local_only' });

    await setUpTeam(fixture.endpoint, bor);
    await joinTeam(fixture.endpoint, bor, ana, 'counselor');
    await synced(ana);
    await synced(bor);
    expect(await fieldsOf(bor, alone.id)).toEqual({ displayName: 'Demo: Before joining' });

    // Leave, work alone again (mutation numbers go on from 3), join again: new numbering.
    expectOk(await signOut({ store: ana.store, fetch: ana.fetch }));
    const again = expectOk(await createCase(ana.store, { displayName: 'Demo: Second time' }));
    expect((await ana.store.db.outbox.toArray()).map((row) => row.n)).toEqual([2]);
    await joinTeam(fixture.endpoint, bor, ana, 'counselor');
    await synced(ana);
    await synced(bor);
    expect(await fieldsOf(bor, again.id)).toEqual({ displayName: 'Demo: Second time' });
  });

  it("refuses to mix another account's data into a team, and keeps the device as it was", async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    expectOk(await createCase(ana.store, { displayName: 'Demo: Team one' }));
    await synced(ana);
    await setUpTeam(fixture.endpoint, bor, 'Another fictional team');
    const { joinWithInvite } = await import('../../src/sync/account.ts');
    const { createApiClient } = await import('../../src/sync/api-client.ts');
    const borSession = (await bor.session())!;
    const invite = await createApiClient({ baseUrl: `${fixture.endpoint.url()}/`, token: borSession.token, fetch, now: Date.now }).createInvite('counselor');
    const joined = await joinWithInvite(
      { store: ana.store, fetch: ana.fetch },
      { endpoint: fixture.endpoint.url(), code: expectOk(invite).code, username: 'ana_second', password: 'fictional passphrase for tests', deviceName: 'Ana phone' },
    );
    expect(joined).toMatchObject({ ok: false, error: { code: 'other_account' } });
    expect((await ana.session())?.team.name).toBe('Fictional Aid');
    await synced(ana);
  });
});

describe('an endpoint that is down, or in the way', () => {
  it('backs off while the endpoint is down and delivers the change when it is back, without a click', async () => {
    const ana = await device('Ana phone');
    const bor = await device('Bor phone');
    await setUpTeam(fixture.endpoint, ana);
    await joinTeam(fixture.endpoint, ana, bor, 'counselor');
    await fixture.endpoint.stop();
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Written offline' }));

    // Real timers, 100 times faster than the phone's: 2 s of backoff is 20 ms here.
    const plans: { plan: RetryPlan; code: string }[] = [];
    const runs: Trigger[] = [];
    let restarted: Promise<void> | null = null;
    const { promise: done, resolve: resolveDone } = Promise.withResolvers<void>();
    const scheduler = createScheduler(
      {
        async run(trigger) {
          runs.push(trigger);
          const result = await ana.engine.run();
          if (result.ok) resolveDone();
          return result.ok ? null : result.failure;
        },
        onRetryPlanned(failure, plan) {
          plans.push({ plan, code: failure.code });
          if (plans.length === 3) restarted = fixture.endpoint.start();
        },
      },
      {
        setTimeout: (callback, ms) => setTimeout(callback, ms / 100),
        clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        now: Date.now,
        random: () => 0.5,
        isVisible: () => true,
        onVisibilityChange: () => () => undefined,
        onOnline: () => () => undefined,
        onLocalChange: () => () => undefined,
      },
      { changeDelayMs: 3_000, changeMaxWaitMs: 30_000, periodicMs: 10 * 60_000 },
    );
    scheduler.start();
    await done;
    scheduler.stop();
    await restarted;
    expect(runs.slice(0, 4)).toEqual(['start', 'retry', 'retry', 'retry']);
    expect(plans.map((p) => p.code)).toEqual(['network', 'network', 'network']);
    const delays = plans.map((p) => (p.plan.kind === 'retry' ? p.plan.delayMs : 0));
    expect(delays).toEqual([1500, 3000, 6000]);
    await synced(bor);
    expect(await fieldsOf(bor, kase.id)).toEqual({ displayName: 'Demo: Written offline' });
  });

  it('sends smaller batches when a proxy in front of the endpoint answers 413', async () => {
    const ana = await device('Ana phone');
    await setUpTeam(fixture.endpoint, ana);
    const kase = expectOk(await createCase(ana.store, { displayName: 'Demo: Behind a proxy' }));
    for (let i = 0; i < 60; i += 1) expectOk(await addNote(ana.store, kase.id, { body: `${i} ${'x'.repeat(5000)}` }));
    // A reverse proxy with a 64 KiB body limit (nginx-style HTML answer, not the protocol's).
    const proxy: Fetch = (input, init) =>
      typeof init.body === 'string' && init.body.length > 64 * 1024
        ? Promise.resolve(new Response('<html>413 Request Entity Too Large</html>', { status: 413 }))
        : ana.fetch(input, init);
    const engine = createSyncEngine({ store: ana.store, fetch: proxy, leader: createLeader(undefined) });
    expect((await engine.run()).ok).toBe(true);
    expect(await ana.store.db.outbox.count()).toBe(0);
    const notes = [...(await endpointRecords(fixture.endpoint, ana)).values()].filter((r) => r.type === 'note');
    expect(notes).toHaveLength(60);
  });

  it('asks for an app update on 426 and stops trying', async () => {
    const ana = await device('Ana phone');
    await setUpTeam(fixture.endpoint, ana);
    expectOk(await createCase(ana.store, { displayName: 'Demo: Old app' }));
    // An app speaking a protocol version this endpoint does not serve.
    const future: Fetch = (input, init) => ana.fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), 'x-protocol-version': '99' } });
    const engine = createSyncEngine({ store: ana.store, fetch: future, leader: createLeader(undefined) });
    expect(await engine.run()).toMatchObject({ ok: false, failure: { code: 'upgrade_required' } });
    expect(engine.status.get().phase).toEqual({ kind: 'update_required' });
    expect(await ana.store.db.outbox.count()).toBe(1);
  });
});
