// SYNC-PROTOCOL.md, Setup and authentication; Audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditResponseSchema, authResponseSchema, devicesResponseSchema, inviteResponseSchema } from '../../src/domain/protocol.ts';
import { createTeamSetupCode } from '../../src/server/operator.ts';
import {
  removeTempDirs,
  addMember,
  createTeam,
  login,
  newId,
  PASSWORD,
  pull,
  push,
  startServer,
  TestDevice,
  uniqueName,
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

describe('setup', () => {
  it('creates a team and its first coordinator from a single-use setup code', async () => {
    const setupToken = await createTeamSetupCode(t.server.storage, Date.now());
    const body = { setupToken, teamName: 'Fictional Aid', username: uniqueName('first'), password: PASSWORD, deviceName: 'Phone' };
    const reply = await t.request('POST', '/v1/setup', { body });
    expect(reply.status).toBe(201);
    const answer = authResponseSchema.parse(reply.body);
    expect(answer.user.role).toBe('coordinator');
    expect(answer.team.name).toBe('Fictional Aid');
    expect(Buffer.from(answer.token, 'base64url').length).toBeGreaterThanOrEqual(32);

    const reuse = await t.request('POST', '/v1/setup', { body: { ...body, username: uniqueName('second') } });
    expect(reuse.status).toBe(403);
    expect(reuse.body.error.code).toBe('forbidden');
  });

  it('keeps usernames unique across the whole endpoint, whatever the case', async () => {
    const first = await createTeam(t);
    const setupToken = await createTeamSetupCode(t.server.storage, Date.now());
    const reply = await t.request('POST', '/v1/setup', {
      body: { setupToken, teamName: 'Other team', username: first.username.toUpperCase(), password: PASSWORD, deviceName: 'x' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details[0]).toMatchObject({ path: ['username'], code: 'username_taken' });
    // The code was not used up by the refused attempt.
    const retry = await t.request('POST', '/v1/setup', {
      body: { setupToken, teamName: 'Other team', username: uniqueName('other'), password: PASSWORD, deviceName: 'x' },
    });
    expect(retry.status).toBe(201);
  });

  it('refuses a weak password by shape', async () => {
    const setupToken = await createTeamSetupCode(t.server.storage, Date.now());
    const reply = await t.request('POST', '/v1/setup', {
      body: { setupToken, teamName: 'T', username: uniqueName('weak'), password: 'short', deviceName: 'x' },
    });
    expect(reply.status).toBe(400);
  });
});

describe('login and logout', () => {
  it('logs in with the username in any case and gives a new device its own token', async () => {
    const coordinator = await createTeam(t);
    const reply = await t.request('POST', '/v1/auth/login', {
      body: { username: coordinator.username.toUpperCase(), password: PASSWORD, deviceName: 'Tablet' },
    });
    expect(reply.status).toBe(200);
    const answer = authResponseSchema.parse(reply.body);
    expect(answer.user).toEqual({ id: coordinator.userId, name: coordinator.username, role: 'coordinator' });
    expect(answer.team.id).toBe(coordinator.teamId);
    expect(answer.deviceId).not.toBe(coordinator.deviceId);
    expect(answer.token).not.toBe(coordinator.token);
  });

  it('stops a token at once on logout, and only that token', async () => {
    const coordinator = await createTeam(t);
    const second = await login(t, coordinator);
    expect((await pull(t, second)).status).toBe(200);
    const logout = await t.request('POST', '/v1/auth/logout', { token: second.token });
    expect(logout.status).toBe(204);
    expect((await pull(t, second)).status).toBe(401);
    expect((await push(t, second, [])).status).toBe(401);
    expect((await t.request('POST', '/v1/auth/logout', { token: second.token })).status).toBe(401);
    expect((await pull(t, coordinator)).status).toBe(200);
  });

  it('accepts a logout with an empty JSON body', async () => {
    const coordinator = await createTeam(t);
    const logout = await t.request('POST', '/v1/auth/logout', {
      token: coordinator.token,
      raw: '',
      headers: { 'content-type': 'application/json' },
    });
    expect(logout.status).toBe(204);
  });

  it('limits failed logins per address (30 in 15 minutes), whatever the username', async () => {
    const own = await startServer();
    try {
      for (let i = 0; i < 30; i += 1) {
        const reply = await own.request('POST', '/v1/auth/login', { body: { username: `nobody${i}`, password: 'wrong one', deviceName: 'x' } });
        expect(reply.status).toBe(401);
      }
      const limited = await own.request('POST', '/v1/auth/login', { body: { username: 'someone-else', password: 'x', deviceName: 'x' } });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await own.close();
    }
  });

  it('refuses even the right password while a username is limited, and lets it in after 15 minutes', async () => {
    const own = await startServer({ fixedNow: Date.UTC(2026, 10, 21, 9, 0) });
    try {
      const coordinator = await createTeam(own);
      const attempt = (password: string) =>
        own.request('POST', '/v1/auth/login', { body: { username: coordinator.username, password, deviceName: 'x' } });
      for (let i = 0; i < 10; i += 1) expect((await attempt('wrong password')).status).toBe(401);
      const limited = await attempt(PASSWORD);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBe(15 * 60);
      own.clock.now += 15 * 60 * 1000 + 1;
      expect((await attempt(PASSWORD)).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});

describe('invites', () => {
  it('lets a coordinator invite; the code is single use', async () => {
    const coordinator = await createTeam(t);
    const invite = await t.request('POST', '/v1/invites', { token: coordinator.token, body: { role: 'counselor' } });
    expect(invite.status).toBe(201);
    const { code, expiresAt } = inviteResponseSchema.parse(invite.body);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(71.9 * 3600 * 1000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(72 * 3600 * 1000);

    const accept = await t.request('POST', '/v1/invites/accept', {
      body: { code, username: uniqueName('invited'), password: PASSWORD, deviceName: 'Phone' },
    });
    expect(accept.status).toBe(201);
    const answer = authResponseSchema.parse(accept.body);
    expect(answer.user.role).toBe('counselor');
    expect(answer.team.id).toBe(coordinator.teamId);

    const again = await t.request('POST', '/v1/invites/accept', {
      body: { code, username: uniqueName('again'), password: PASSWORD, deviceName: 'Phone' },
    });
    expect(again.status).toBe(403);
  });

  it('refuses an expired invite (72 h) and an unknown one', async () => {
    const own = await startServer({ fixedNow: Date.UTC(2026, 10, 21, 9, 0) });
    try {
      const coordinator = await createTeam(own);
      const invite = await own.request('POST', '/v1/invites', { token: coordinator.token, body: { role: 'volunteer' } });
      own.clock.now += 72 * 3600 * 1000;
      const late = await own.request('POST', '/v1/invites/accept', {
        body: { code: invite.body.code, username: uniqueName('late'), password: PASSWORD, deviceName: 'x' },
      });
      expect(late.status).toBe(403);
      const unknown = await own.request('POST', '/v1/invites/accept', {
        body: { code: 'no-such-code', username: uniqueName('u'), password: PASSWORD, deviceName: 'x' },
      });
      expect(unknown.status).toBe(403);
    } finally {
      await own.close();
    }
  });

  it('lets only coordinators invite', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const reply = await t.request('POST', '/v1/invites', { token: counselor.token, body: { role: 'volunteer' } });
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('forbidden');
  });

  it('refuses an unknown role by shape', async () => {
    const coordinator = await createTeam(t);
    const reply = await t.request('POST', '/v1/invites', { token: coordinator.token, body: { role: 'admin' } });
    expect(reply.status).toBe(400);
  });
});

describe('devices', () => {
  let coordinator: Member;
  let counselor: Member;
  let counselorTablet: Member;

  beforeAll(async () => {
    coordinator = await createTeam(t);
    counselor = await addMember(t, coordinator, 'counselor');
    counselorTablet = await login(t, counselor, 'Tablet');
  });

  it('shows a coordinator every device of the team, and anyone else their own', async () => {
    const all = devicesResponseSchema.parse((await t.request('GET', '/v1/devices', { token: coordinator.token })).body);
    expect(all.devices.map((d) => d.id).toSorted()).toEqual(
      [coordinator.deviceId, counselor.deviceId, counselorTablet.deviceId].toSorted(),
    );
    const own = devicesResponseSchema.parse((await t.request('GET', '/v1/devices', { token: counselor.token })).body);
    expect(own.devices.map((d) => d.id).toSorted()).toEqual([counselor.deviceId, counselorTablet.deviceId].toSorted());
    expect(own.devices.every((d) => d.userId === counselor.userId)).toBe(true);
  });

  it("does not let a counselor revoke someone else's device", async () => {
    const reply = await t.request('DELETE', `/v1/devices/${coordinator.deviceId}`, { token: counselor.token });
    expect(reply.status).toBe(403);
    expect((await pull(t, coordinator)).status).toBe(200);
  });

  it("does not show or revoke another team's device", async () => {
    const other = await createTeam(t);
    const reply = await t.request('DELETE', `/v1/devices/${other.deviceId}`, { token: coordinator.token });
    expect(reply.status).toBe(404);
    expect((await pull(t, other)).status).toBe(200);
  });

  it('refuses a revoked device at once, for push and pull, and lists it as revoked', async () => {
    const phone = await login(t, counselor, 'Lost phone');
    expect((await pull(t, phone)).status).toBe(200);
    const revoke = await t.request('DELETE', `/v1/devices/${phone.deviceId}`, { token: coordinator.token });
    expect(revoke.status).toBe(204);
    expect((await pull(t, phone)).status).toBe(401);
    expect((await push(t, phone, [])).status).toBe(401);
    const listed = devicesResponseSchema.parse((await t.request('GET', '/v1/devices', { token: counselor.token })).body);
    expect(listed.devices.find((d) => d.id === phone.deviceId)?.revokedAt).not.toBeNull();
    expect((await pull(t, counselor)).status).toBe(200);
  });

  it('lets a person revoke their own other device', async () => {
    const old = await login(t, counselor, 'Old phone');
    const reply = await t.request('DELETE', `/v1/devices/${old.deviceId}`, { token: counselor.token });
    expect(reply.status).toBe(204);
    expect((await pull(t, old)).status).toBe(401);
  });
});

describe('secrets at rest', () => {
  it('stores tokens only as SHA-256 hashes and passwords only as salted scrypt hashes', async () => {
    const coordinator = await createTeam(t);
    const second = await addMember(t, coordinator, 'counselor');
    const devices = (await t.rows<{ token_hash: string }>('SELECT token_hash FROM devices WHERE token_hash IS NOT NULL')).map((row) => row.token_hash);
    expect(devices.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
    const dump = JSON.stringify(await t.rows('SELECT * FROM devices')) + JSON.stringify(await t.rows('SELECT * FROM users'));
    expect(dump).not.toContain(coordinator.token);
    expect(dump).not.toContain(second.token);
    expect(dump).not.toContain(PASSWORD);
    const hashes = (await t.rows<{ password_hash: string }>('SELECT password_hash FROM users')).map((row) => row.password_hash);
    expect(hashes.every((hash) => hash.startsWith('scrypt$'))).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe('audit', () => {
  it('records logins, invites, revocations and record changes, never a field value; coordinators only', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const extra = await login(t, counselor, 'Extra');
    await t.request('DELETE', `/v1/devices/${extra.deviceId}`, { token: coordinator.token });
    await t.request('POST', '/v1/auth/login', { body: { username: counselor.username, password: 'wrong password', deviceName: 'x' } });
    const device = new TestDevice(counselor);
    const caseId = newId();
    const secretName = 'Fictional Person Zeta';
    await push(t, counselor, [device.set('case', caseId, { displayName: secretName }), device.set('case', caseId, { summary: 'Private text' })]);

    const forbidden = await t.request('GET', '/v1/audit', { token: counselor.token });
    expect(forbidden.status).toBe(403);

    const reply = await t.request('GET', '/v1/audit', { token: coordinator.token });
    expect(reply.status).toBe(200);
    const audit = auditResponseSchema.parse(reply.body);
    const actions = audit.entries.map((e) => e.action);
    expect(actions).toEqual(['setup', 'invite', 'invite_accept', 'login', 'revoke', 'login_failed', 'create', 'update']);
    expect(audit.entries.at(-1)).toMatchObject({ userId: counselor.userId, deviceId: counselor.deviceId, recordId: caseId, type: 'case', caseId });
    expect(JSON.stringify(reply.body)).not.toContain(secretName);
    expect(JSON.stringify(reply.body)).not.toContain(counselor.username);

    expect(JSON.stringify(await t.rows('SELECT * FROM audit_log'))).not.toContain(secretName);
  });

  it("pages with cursor, limit and more, and shows nothing of another team's", async () => {
    const coordinator = await createTeam(t);
    const device = new TestDevice(coordinator);
    await push(t, coordinator, Array.from({ length: 7 }, () => device.set('case', newId(), { displayName: 'X' })));
    const other = await createTeam(t);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const query = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const reply = await t.request('GET', `/v1/audit${query}`, { token: coordinator.token });
      const body = auditResponseSchema.parse(reply.body);
      seen.push(...body.entries.map((e) => e.action));
      expect(body.entries.length).toBeLessThanOrEqual(3);
      cursor = body.cursor;
      if (!body.more) break;
    }
    expect(seen).toEqual(['setup', ...Array.from({ length: 7 }, () => 'create')]);
    const foreign = await t.request('GET', `/v1/audit?cursor=${cursor}`, { token: other.token });
    expect(foreign.status).toBe(400);
  });
});
