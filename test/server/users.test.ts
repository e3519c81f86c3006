// GET /v1/users: the people of the caller's team and their roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersResponseSchema } from '../../src/domain/protocol.ts';
import { addMember, createTeam, removeTempDirs, startServer, type TestServer } from './helpers/harness.ts';

let t: TestServer;

beforeAll(async () => {
  t = await startServer();
});
// vitest runs after-hooks in reverse: folders go once every server has closed.
afterAll(removeTempDirs);
afterAll(() => t.close());

describe('GET /v1/users', () => {
  it("lists every member of the caller's team with their role, for any member", async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const volunteer = await addMember(t, coordinator, 'volunteer');
    const expected = [
      { id: coordinator.userId, role: 'coordinator' },
      { id: counselor.userId, role: 'counselor' },
      { id: volunteer.userId, role: 'volunteer' },
    ];
    for (const who of [coordinator, volunteer]) {
      const reply = await t.request('GET', '/v1/users', { token: who.token });
      expect(reply.status).toBe(200);
      const answer = usersResponseSchema.parse(reply.body);
      expect(answer.users.toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(expected.toSorted((a, b) => a.id.localeCompare(b.id)));
    }
  });

  it('never names a login name (the only name the endpoint keeps)', async () => {
    const coordinator = await createTeam(t);
    const counselor = await addMember(t, coordinator, 'counselor');
    const reply = await t.request('GET', '/v1/users', { token: counselor.token });
    expect(reply.status).toBe(200);
    const text = JSON.stringify(reply.body);
    expect(text).not.toContain(coordinator.username);
    expect(text).not.toContain(counselor.username);
    for (const user of reply.body.users) expect(Object.keys(user).toSorted()).toEqual(['id', 'role']);
  });

  it("never shows another team's members", async () => {
    const mine = await createTeam(t);
    const theirs = await createTeam(t, 'Other fictional team');
    const theirCounselor = await addMember(t, theirs, 'counselor');
    const reply = await t.request('GET', '/v1/users', { token: mine.token });
    expect(reply.status).toBe(200);
    const ids = usersResponseSchema.parse(reply.body).users.map((user) => user.id);
    expect(ids).toEqual([mine.userId]);
    expect(ids).not.toContain(theirs.userId);
    expect(ids).not.toContain(theirCounselor.userId);
  });

  it('refuses a request without a token or with an unknown one', async () => {
    const none = await t.request('GET', '/v1/users');
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthorized');
    const unknown = await t.request('GET', '/v1/users', { token: 'x'.repeat(43) });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('unauthorized');
  });
});
