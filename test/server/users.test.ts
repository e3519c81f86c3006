// Members (SYNC-PROTOCOL.md, Members): display names, GET /v1/users, own name and password,
// role changes, deactivation, reset codes, the last-coordinator rule and the audit of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authResponseSchema, resetCodeResponseSchema, teamUserSchema, usersResponseSchema } from '../../src/domain/protocol.ts';
import { createTeamSetupCode } from '../../src/server/operator.ts';
import {
  addMember,
  createTeam,
  login,
  PASSWORD,
  removeTempDirs,
  startServer,
  TestDevice,
  uniqueName,
  push,
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

const NEW_PASSWORD = 'another long passphrase';

async function invite(server: TestServer, coordinator: Member, role: Member['role']): Promise<string> {
  const reply = await server.request('POST', '/v1/invites', { token: coordinator.token, body: { role } });
  expect(reply.status).toBe(201);
  return reply.body.code;
}

async function users(server: TestServer, who: Member) {
  const reply = await server.request('GET', '/v1/users', { token: who.token });
  expect(reply.status).toBe(200);
  return usersResponseSchema.parse(reply.body).users;
}

function patchMember(server: TestServer, who: Member, id: string, body: unknown) {
  return server.request('PATCH', `/v1/users/${id}`, { token: who.token, body });
}

async function auditActions(server: TestServer, coordinator: Member) {
  const reply = await server.request('GET', '/v1/audit?limit=5000', { token: coordinator.token });
  expect(reply.status).toBe(200);
  return reply.body.entries as { action: string; userId: string | null; memberId?: string }[];
}

function signInWith(server: TestServer, who: Member, password: string) {
  return server.request('POST', '/v1/auth/login', { body: { username: who.username, password, deviceName: 'Another phone' } });
}

describe('display names', () => {
  it('takes a display name at setup and at invite accept, and the username when an accept has none', async () => {
    const setupToken = await createTeamSetupCode(t.server.storage, Date.now());
    const username = uniqueName('coord');
    const setup = await t.request('POST', '/v1/setup', {
      body: { setupToken, teamName: 'Fictional Helpers', username, password: PASSWORD, deviceName: 'Phone', displayName: '  Ana Novak ' },
    });
    expect(setup.status).toBe(201);
    expect(authResponseSchema.parse(setup.body).user).toEqual({ id: setup.body.user.id, name: username, role: 'coordinator' });
    const coordinator: Member = { token: setup.body.token, deviceId: setup.body.deviceId, userId: setup.body.user.id, teamId: setup.body.team.id, role: 'coordinator', username };

    const named = await t.request('POST', '/v1/invites/accept', {
      body: { code: await invite(t, coordinator, 'volunteer'), username: uniqueName('vol'), password: PASSWORD, deviceName: 'Phone', displayName: 'Bojan' },
    });
    expect(named.status).toBe(201);
    const plainName = uniqueName('couns');
    const plain = await t.request('POST', '/v1/invites/accept', {
      body: { code: await invite(t, coordinator, 'counselor'), username: plainName, password: PASSWORD, deviceName: 'Phone' },
    });
    expect(plain.status).toBe(201);

    const list = await users(t, coordinator);
    expect(list).toEqual([
      { id: coordinator.userId, role: 'coordinator', displayName: 'Ana Novak', active: true },
      { id: named.body.user.id, role: 'volunteer', displayName: 'Bojan', active: true },
      { id: plain.body.user.id, role: 'counselor', displayName: plainName, active: true },
    ]);
    for (const user of list) expect(Object.keys(user).toSorted()).toEqual(['active', 'displayName', 'id', 'role']);
    // Teammates never see a login name the person did not choose as their display name.
    expect(JSON.stringify(list)).not.toContain(username);
  });

  it('refuses a display name that is empty, longer than 80 characters or holds control characters', async () => {
    const coordinator = await createTeam(t);
    for (const displayName of ['', '   ', 'x'.repeat(81), 'Ana\nNovak', 'Ana\u0007']) {
      const reply = await t.request('POST', '/v1/invites/accept', {
        body: { code: await invite(t, coordinator, 'volunteer'), username: uniqueName('v'), password: PASSWORD, deviceName: 'Phone', displayName },
      });
      expect(reply.status, JSON.stringify(displayName)).toBe(400);
      expect(reply.body.error.code).toBe('invalid_request');
      const own = await t.request('PATCH', '/v1/users/me', { token: coordinator.token, body: { displayName } });
      expect(own.status).toBe(400);
    }
    const longest = await t.request('PATCH', '/v1/users/me', { token: coordinator.token, body: { displayName: 'ž'.repeat(80) } });
    expect(longest.status).toBe(200);
  });

  it("lets every member change their own display name (audited), never another's", async () => {
    const coordinator = await createTeam(t);
    const volunteer = await addMember(t, coordinator, 'volunteer');
    const reply = await t.request('PATCH', '/v1/users/me', { token: volunteer.token, body: { displayName: 'Mina' } });
    expect(reply.status).toBe(200);
    expect(teamUserSchema.parse(reply.body)).toEqual({ id: volunteer.userId, role: 'volunteer', displayName: 'Mina', active: true });
    expect((await users(t, coordinator)).find((user) => user.id === volunteer.userId)?.displayName).toBe('Mina');
    expect((await auditActions(t, coordinator)).filter((entry) => entry.action === 'display_name_change')).toEqual([
      expect.objectContaining({ userId: volunteer.userId, memberId: volunteer.userId }),
    ]);
    // The coordinator route takes role and active only.
    const other = await patchMember(t, coordinator, volunteer.userId, { displayName: 'Not hers to choose' });
    expect(other.status).toBe(200);
    expect((await users(t, coordinator)).find((user) => user.id === volunteer.userId)?.displayName).toBe('Mina');
  });
});

describe('PATCH /v1/users/me password', () => {
  it('changes the password with the right current one; a wrong one is 401 and counts as a failed sign-in', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const failuresBefore = await countLoginFailures(t);
    const wrong = await t.request('PATCH', '/v1/users/me', {
      token: counselor.token,
      body: { password: { current: 'not my password at all', new: NEW_PASSWORD } },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('unauthorized');
    expect(await countLoginFailures(t)).toBe(failuresBefore + 2); // per username and per address
    expect((await signInWith(t, counselor, PASSWORD)).status).toBe(200);

    const right = await t.request('PATCH', '/v1/users/me', { token: counselor.token, body: { password: { current: PASSWORD, new: NEW_PASSWORD } } });
    expect(right.status).toBe(200);
    expect((await signInWith(t, counselor, PASSWORD)).status).toBe(401);
    expect((await signInWith(t, counselor, NEW_PASSWORD)).status).toBe(200);
    // The device that changed it keeps working.
    expect((await t.request('GET', '/v1/users', { token: counselor.token })).status).toBe(200);
    expect((await auditActions(t, coordinator)).map((entry) => entry.action)).toContain('password_change');
  });

  it('refuses a new password that is too short, without checking the current one', async () => {
    const coordinator = await createTeam(t);
    const reply = await t.request('PATCH', '/v1/users/me', { token: coordinator.token, body: { password: { current: PASSWORD, new: 'short' } } });
    expect(reply.status).toBe(400);
    expect((await signInWith(t, coordinator, PASSWORD)).status).toBe(200);
  });

  it('is limited like sign-ins: after 10 wrong current passwords even the right one is refused', async () => {
    const own = await startServer({ fixedNow: Date.UTC(2026, 10, 21, 9, 0) });
    try {
      const coordinator = await createTeam(own);
      const change = (current: string) =>
        own.request('PATCH', '/v1/users/me', { token: coordinator.token, body: { password: { current, new: NEW_PASSWORD } } });
      for (let i = 0; i < 10; i += 1) expect((await change(`wrong password ${i}`)).status).toBe(401);
      const limited = await change(PASSWORD);
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate_limited');
    } finally {
      await own.close();
    }
  });
});

async function countLoginFailures(server: TestServer): Promise<number> {
  const [row] = await server.rows<{ n: number }>('SELECT COUNT(*) AS n FROM login_failures');
  return row?.n ?? 0;
}

describe('PATCH /v1/users/{id}', () => {
  it('lets only coordinators change a member; another team\'s member and a made-up id are 404', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const volunteer = await addMember(t, coordinator, 'volunteer');
    const byCounselor = await patchMember(t, counselor, volunteer.userId, { role: 'counselor' });
    expect(byCounselor.status).toBe(403);
    expect(byCounselor.body.error.code).toBe('forbidden');

    const theirs = await createTeam(t, 'Other fictional team');
    const foreign = await patchMember(t, coordinator, theirs.userId, { active: false });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('not_found');
    expect((await patchMember(t, coordinator, 'u_madeup', { active: false })).status).toBe(404);
    expect((await signInWith(t, theirs, PASSWORD)).status).toBe(200);

    expect((await patchMember(t, coordinator, volunteer.userId, { role: 'boss' })).status).toBe(400);
  });

  it('changes a role (audited with the member it was about)', async () => {
    const coordinator = await createTeam(t);
    const volunteer = await addMember(t, coordinator, 'volunteer');
    const reply = await patchMember(t, coordinator, volunteer.userId, { role: 'counselor' });
    expect(reply.status).toBe(200);
    expect(teamUserSchema.parse(reply.body)).toEqual({ id: volunteer.userId, role: 'counselor', displayName: volunteer.username, active: true });
    // The new role holds at once for the member's existing devices.
    const device = new TestDevice(volunteer);
    const caseId = crypto.randomUUID();
    const pushed = await push(t, volunteer, [device.set('case', caseId, { displayName: 'M. K.' }, { caseId })]);
    expect(pushed.body.results[0].status).toBe('applied');
    expect((await auditActions(t, coordinator)).filter((entry) => entry.action === 'role_change')).toEqual([
      expect.objectContaining({ userId: coordinator.userId, memberId: volunteer.userId }),
    ]);
  });

  it('keeps one active coordinator: the last one can neither step down nor be deactivated', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    for (const change of [{ role: 'counselor' }, { active: false }, { role: 'volunteer', active: false }]) {
      const reply = await patchMember(t, coordinator, coordinator.userId, change);
      expect(reply.status, JSON.stringify(change)).toBe(403);
      expect(reply.body.error.code).toBe('forbidden');
    }
    expect((await users(t, coordinator)).find((user) => user.id === coordinator.userId)).toMatchObject({ role: 'coordinator', active: true });

    // With a second coordinator, the first may step down.
    expect((await patchMember(t, coordinator, counselor.userId, { role: 'coordinator' })).status).toBe(200);
    expect((await patchMember(t, coordinator, coordinator.userId, { role: 'counselor' })).status).toBe(200);
    // Now the other is the last one; a deactivated coordinator does not count.
    const second = { ...counselor, role: 'coordinator' as const };
    expect((await patchMember(t, second, second.userId, { active: false })).status).toBe(403);
  });

  it('deactivating refuses every token of the member at once and their sign-in, until reactivated', async () => {
    const coordinator = await createTeam(t);
    const volunteer = await addMember(t, coordinator, 'volunteer');
    const secondPhone = await login(t, volunteer);
    const reply = await patchMember(t, coordinator, volunteer.userId, { active: false });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: volunteer.userId, active: false });

    for (const token of [volunteer.token, secondPhone.token]) {
      const refused = await t.request('GET', '/v1/sync/pull', { token });
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('unauthorized');
    }
    const signIn = await signInWith(t, volunteer, PASSWORD);
    expect(signIn.status).toBe(401);
    expect(signIn.body.error.code).toBe('unauthorized');
    // Their name stays on what they wrote.
    expect((await users(t, coordinator)).find((user) => user.id === volunteer.userId)).toEqual({
      id: volunteer.userId,
      role: 'volunteer',
      displayName: volunteer.username,
      active: false,
    });
    const devices = await t.request('GET', '/v1/devices', { token: coordinator.token });
    for (const device of devices.body.devices.filter((each: { userId: string }) => each.userId === volunteer.userId)) {
      expect(device.revokedAt).not.toBeNull();
    }

    expect((await patchMember(t, coordinator, volunteer.userId, { active: true })).status).toBe(200);
    expect((await signInWith(t, volunteer, PASSWORD)).status).toBe(200);
    // The revoked tokens stay revoked.
    expect((await t.request('GET', '/v1/users', { token: volunteer.token })).status).toBe(401);
    const actions = (await auditActions(t, coordinator)).filter((entry) => entry.memberId === volunteer.userId).map((entry) => entry.action);
    expect(actions).toEqual(['deactivate', 'reactivate']);
  });
});

async function resetCode(server: TestServer, coordinator: Member, member: Member) {
  const reply = await server.request('POST', `/v1/users/${member.userId}/reset`, { token: coordinator.token });
  expect(reply.status).toBe(201);
  return resetCodeResponseSchema.parse(reply.body);
}
const spend = (server: TestServer, code: string, password = NEW_PASSWORD) =>
  server.request('POST', '/v1/auth/reset', { body: { code, password, deviceName: 'New phone' } });

describe('password reset codes', () => {
  it('sets a new password, signs in like a login and revokes every other device; the code works once', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const { code, expiresAt } = await resetCode(t, coordinator, counselor);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(71.9 * 3600 * 1000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(72 * 3600 * 1000);

    const reply = await spend(t, code);
    expect(reply.status).toBe(200);
    const answer = authResponseSchema.parse(reply.body);
    expect(answer.user).toMatchObject({ id: counselor.userId, role: 'counselor' });
    expect(answer.team.id).toBe(coordinator.teamId);
    expect((await t.request('GET', '/v1/users', { token: answer.token })).status).toBe(200);
    expect((await t.request('GET', '/v1/users', { token: counselor.token })).status).toBe(401);
    expect((await signInWith(t, counselor, PASSWORD)).status).toBe(401);
    expect((await signInWith(t, counselor, NEW_PASSWORD)).status).toBe(200);

    const again = await spend(t, code, 'yet another passphrase');
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('forbidden');
    const actions = (await auditActions(t, coordinator)).filter((entry) => entry.memberId === counselor.userId).map((entry) => entry.action);
    expect(actions).toEqual(['reset_code', 'password_reset']);
  });

  it('refuses an expired code (72 h), an unknown one, and a code replaced by a newer one', async () => {
    const own = await startServer({ fixedNow: Date.UTC(2026, 10, 21, 9, 0) });
    try {
      const coordinator = await createTeam(own);
      const volunteer = await addMember(own, coordinator, 'volunteer');
      const first = await resetCode(own, coordinator, volunteer);
      const second = await resetCode(own, coordinator, volunteer);
      expect((await spend(own, first.code)).status).toBe(403);
      expect((await spend(own, 'no-such-code')).status).toBe(403);
      own.clock.now += 72 * 3600 * 1000;
      const late = await spend(own, second.code);
      expect(late.status).toBe(403);
      expect((await signInWith(own, volunteer, PASSWORD)).status).toBe(200);
    } finally {
      await own.close();
    }
  });

  it('is for coordinators only, for members of their own team who are active', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const volunteer = await addMember(t, coordinator, 'volunteer');
    expect((await t.request('POST', `/v1/users/${volunteer.userId}/reset`, { token: counselor.token })).status).toBe(403);
    const theirs = await createTeam(t, 'Other fictional team');
    expect((await t.request('POST', `/v1/users/${theirs.userId}/reset`, { token: coordinator.token })).status).toBe(404);
    expect((await patchMember(t, coordinator, volunteer.userId, { active: false })).status).toBe(200);
    expect((await t.request('POST', `/v1/users/${volunteer.userId}/reset`, { token: coordinator.token })).status).toBe(403);
  });

  it('a code given before the member was deactivated does not sign them in', async () => {
    const coordinator = await createTeam(t);
    const volunteer = await addMember(t, coordinator, 'volunteer');
    const { code } = await resetCode(t, coordinator, volunteer);
    expect((await patchMember(t, coordinator, volunteer.userId, { active: false })).status).toBe(200);
    const reply = await spend(t, code);
    expect(reply.status).toBe(401);
  });

  it('counts wrong codes toward the per-address limit of failed sign-ins (30 in 15 minutes)', async () => {
    const own = await startServer();
    try {
      const coordinator = await createTeam(own);
      const volunteer = await addMember(own, coordinator, 'volunteer');
      for (let i = 0; i < 30; i += 1) expect((await spend(own, `guess-${i}`)).status).toBe(403);
      const { code } = await resetCode(own, coordinator, volunteer);
      const limited = await spend(own, code);
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Sign-ins from that address are limited too.
      expect((await signInWith(own, volunteer, PASSWORD)).status).toBe(429);
    } finally {
      await own.close();
    }
  });
});

describe('GET /v1/users', () => {
  it("never shows another team's members, and refuses a request without a valid token", async () => {
    const mine = await createTeam(t);
    const theirs = await createTeam(t, 'Other fictional team');
    await addMember(t, theirs, 'counselor');
    expect((await users(t, mine)).map((user) => user.id)).toEqual([mine.userId]);
    const none = await t.request('GET', '/v1/users');
    expect(none.status).toBe(401);
    const unknown = await t.request('GET', '/v1/users', { token: 'x'.repeat(43) });
    expect(unknown.status).toBe(401);
  });
});
