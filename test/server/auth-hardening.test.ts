// SYNC-PROTOCOL.md, Setup and authentication; Errors (429): the failed-login limit holds
// under parallel requests, behind a proxy, and for setup and invite codes; codes are
// looked up before any password is hashed.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../../src/server/config.ts';
import { createTeamSetupCode } from '../../src/server/operator.ts';
import * as password from '../../src/server/auth/password.ts';
import { createTeam, PASSWORD, removeTempDirs, startServer, uniqueName, type TestServer } from './helpers/harness.ts';

// The real password functions, watched: the tests count how often a password is hashed
// or checked (the slow part an attacker would make the endpoint do).
vi.mock('../../src/server/auth/password.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/server/auth/password.ts')>();
  return { ...real, hashPassword: vi.fn(real.hashPassword), verifyPassword: vi.fn(real.verifyPassword) };
});
const hashed = vi.mocked(password.hashPassword);
const checked = vi.mocked(password.verifyPassword);

let t: TestServer;
// One hop of proxy: the address is the one the proxy saw, the right-most X-Forwarded-For entry.
const behindOneProxy = { trustProxy: readConfig({ TRUST_PROXY: '1' }).trustProxy };
const from = (address: string) => ({ 'x-forwarded-for': `203.0.113.99, ${address}` });

function failedLoginFrom(address: string) {
  return t.request('POST', '/v1/auth/login', { body: { username: 'nobody', password: 'wrong password', deviceName: 'x' }, headers: from(address) });
}

beforeEach(async () => {
  t = await startServer({ config: behindOneProxy });
});
afterEach(() => t.close());
afterAll(removeTempDirs);

describe('failed logins under parallel requests', () => {
  it('checks at most 10 of 20 simultaneous guesses for one username', async () => {
    const coordinator = await createTeam(t);
    checked.mockClear();
    const guess = (pw: string, i: number) =>
      t.request('POST', '/v1/auth/login', {
        body: { username: coordinator.username, password: pw, deviceName: 'x' },
        headers: from(`198.51.100.${i}`),
      });
    const replies = await Promise.all([
      ...Array.from({ length: 19 }, (_, i) => guess(`wrong guess number ${i}`, i)),
      guess(PASSWORD, 19),
    ]);
    const statuses = replies.map((reply) => reply.status);
    expect(checked.mock.calls.length).toBeLessThanOrEqual(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    expect(statuses.filter((status) => status === 401 || status === 200)).toHaveLength(10);
  });
});

describe('TRUST_PROXY', () => {
  it('is a number of hops: a client cannot pick the address it is limited by', async () => {
    for (let i = 0; i < 30; i += 1) {
      const reply = await t.request('POST', '/v1/auth/login', {
        body: { username: `nobody${i}`, password: 'wrong password', deviceName: 'x' },
        headers: { 'x-forwarded-for': `192.0.2.${i}, 198.51.100.7` },
      });
      expect(reply.status).toBe(401);
    }
    const limited = await t.request('POST', '/v1/auth/login', {
      body: { username: 'someone-else', password: 'wrong password', deviceName: 'x' },
      headers: { 'x-forwarded-for': '192.0.2.200, 198.51.100.7' },
    });
    expect(limited.status).toBe(429);
    // Another client behind the same proxy is not limited.
    const other = await t.request('POST', '/v1/auth/login', {
      body: { username: 'someone-else', password: 'wrong password', deviceName: 'x' },
      headers: from('198.51.100.8'),
    });
    expect(other.status).toBe(401);
  });

  it('reads TRUST_PROXY as a whole number of hops and refuses anything else', () => {
    expect(readConfig({}).trustProxy).toBe(0);
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });
});

describe('setup and invite codes', () => {
  it('looks a code up before hashing the password, and counts wrong codes toward the per-address limit', async () => {
    const coordinator = await createTeam(t);
    const invite = await t.request('POST', '/v1/invites', { token: coordinator.token, body: { role: 'counselor' } });
    hashed.mockClear();
    const accept = (code: string, address: string) =>
      t.request('POST', '/v1/invites/accept', {
        body: { code, username: uniqueName('guess'), password: PASSWORD, deviceName: 'x' },
        headers: from(address),
      });
    const setup = (setupToken: string, address: string) =>
      t.request('POST', '/v1/setup', {
        body: { setupToken, teamName: 'Guessers', username: uniqueName('guess'), password: PASSWORD, deviceName: 'x' },
        headers: from(address),
      });
    for (let i = 0; i < 20; i += 1) expect((await accept(`made-up-invite-code-${i}`, '198.51.100.1')).status).toBe(403);
    for (let i = 0; i < 10; i += 1) expect((await setup(`made-up-setup-code-${i}`, '198.51.100.1')).status).toBe(403);
    expect(hashed).not.toHaveBeenCalled();

    const limited = await accept(invite.body.code, '198.51.100.1');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const limitedSetup = await setup(await createTeamSetupCode(t.server.storage, Date.now()), '198.51.100.1');
    expect(limitedSetup.status).toBe(429);
    expect(hashed).not.toHaveBeenCalled();

    // From another address the real code works, and its success is not counted.
    expect((await accept(invite.body.code, '198.51.100.2')).status).toBe(201);
    expect(hashed).toHaveBeenCalledTimes(1);
  });

  it('counts wrong codes toward the same limit as failed logins', async () => {
    for (let i = 0; i < 29; i += 1) {
      const reply = await t.request('POST', '/v1/invites/accept', {
        body: { code: `made-up-${i}`, username: uniqueName('guess'), password: PASSWORD, deviceName: 'x' },
        headers: from('198.51.100.3'),
      });
      expect(reply.status).toBe(403);
    }
    expect((await failedLoginFrom('198.51.100.3')).status).toBe(401);
    expect((await failedLoginFrom('198.51.100.3')).status).toBe(429);
  });
});
