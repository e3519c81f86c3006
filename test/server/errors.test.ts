// SYNC-PROTOCOL.md, Errors: one shape for everything, every status in the table, and the
// order: limits (413) and media type (415), then shape (400), then authentication (401).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/domain/protocol.ts';
import { createTeam, type Member, newId, push, removeTempDirs, type Reply, startServer, TestDevice, type TestServer } from './helpers/harness.ts';

let t: TestServer;
let coordinator: Member;

beforeAll(async () => {
  t = await startServer();
  coordinator = await createTeam(t);
});
// vitest runs after-hooks in reverse: folders go once every server has closed.
afterAll(removeTempDirs);
afterAll(() => t.close());

function expectError(reply: Reply, status: number, code: string) {
  expect(reply.status).toBe(status);
  expect(errorBodySchema.parse(reply.body).error.code).toBe(code);
  expect(reply.body.error.message.length).toBeGreaterThan(5);
}

const validPush = () => ({ mutations: [] });

describe('400 invalid_request', () => {
  it('answers malformed JSON with 400, not a 5xx', async () => {
    const reply = await t.request('POST', '/v1/sync/push', {
      token: coordinator.token,
      raw: '{"mutations": [',
      headers: { 'content-type': 'application/json' },
    });
    expectError(reply, 400, 'invalid_request');
  });

  it('never quotes the body back in the message', async () => {
    const reply = await t.request('POST', '/v1/auth/login', {
      raw: '{"username": "secret-name-123"',
      headers: { 'content-type': 'application/json' },
    });
    expectError(reply, 400, 'invalid_request');
    expect(JSON.stringify(reply.body)).not.toContain('secret-name-123');
  });

  it('answers a body of the wrong shape with 400 and zod issues in details', async () => {
    const reply = await t.request('POST', '/v1/sync/push', { token: coordinator.token, body: { mutations: 'all of them' } });
    expectError(reply, 400, 'invalid_request');
    expect(reply.body.error.details[0]).toMatchObject({ path: ['mutations'] });
  });

  it('answers mutation numbers that are not consecutive within a push with 400, applying nothing', async () => {
    const device = new TestDevice(coordinator);
    const first = device.set('case', newId(), { displayName: 'R. T.', assignees: [] });
    device.n += 1; // skip one
    const third = device.set('case', newId(), { displayName: 'S. U.' });
    const reply = await push(t, coordinator, [first, third]);
    expectError(reply, 400, 'invalid_request');
    expect(reply.body.error.details[0].path).toEqual(['mutations', 1, 'n']);
    const again = await push(t, coordinator, [{ ...first }]);
    expect(again.body.results[0].status).toBe('applied');
  });

  it('answers a pull limit out of range with 400', async () => {
    for (const limit of ['0', '5001', 'ten', '-1']) {
      const reply = await t.request('GET', `/v1/sync/pull?limit=${limit}`, { token: coordinator.token });
      expectError(reply, 400, 'invalid_request');
    }
  });

  it('answers a cursor it did not give out with 400', async () => {
    const reply = await t.request('GET', '/v1/sync/pull?cursor=not-a-cursor', { token: coordinator.token });
    expectError(reply, 400, 'invalid_request');
  });
});

describe('401 unauthorized', () => {
  it('refuses a missing token', async () => {
    expectError(await t.request('POST', '/v1/sync/push', { body: validPush() }), 401, 'unauthorized');
    expectError(await t.request('GET', '/v1/sync/pull'), 401, 'unauthorized');
    expectError(await t.request('GET', '/v1/devices'), 401, 'unauthorized');
  });

  it('refuses an unknown token', async () => {
    const reply = await t.request('GET', '/v1/sync/pull', { token: 'A'.repeat(43) });
    expectError(reply, 401, 'unauthorized');
  });

  it('refuses a malformed authorization header', async () => {
    const reply = await t.request('GET', '/v1/sync/pull', { headers: { authorization: `Basic ${coordinator.token}` } });
    expectError(reply, 401, 'unauthorized');
  });

  it('refuses a wrong username or password', async () => {
    const wrongPassword = await t.request('POST', '/v1/auth/login', {
      body: { username: coordinator.username, password: 'not the password', deviceName: 'x' },
    });
    expectError(wrongPassword, 401, 'unauthorized');
    const unknownName = await t.request('POST', '/v1/auth/login', {
      body: { username: 'nobody-here', password: 'not the password', deviceName: 'x' },
    });
    expectError(unknownName, 401, 'unauthorized');
  });
});

describe('403 forbidden', () => {
  it('refuses an unknown setup code', async () => {
    const reply = await t.request('POST', '/v1/setup', {
      body: { setupToken: 'made-up-code', teamName: 'Another', username: 'someone_new', password: 'a long enough passphrase', deviceName: 'x' },
    });
    expectError(reply, 403, 'forbidden');
  });
});

describe('404 not_found', () => {
  it('answers an unknown API route with 404 in the error shape', async () => {
    expectError(await t.request('GET', '/v1/nothing-here'), 404, 'not_found');
    expectError(await t.request('POST', '/v1/sync/pull', { body: {} }), 404, 'not_found');
    expectError(await t.request('PUT', '/v1/sync/push', { body: {} }), 404, 'not_found');
  });

  it('answers an unknown device with 404', async () => {
    const reply = await t.request('DELETE', '/v1/devices/d_doesnotexist', { token: coordinator.token });
    expectError(reply, 404, 'not_found');
  });
});

describe('409 mutation_gap', () => {
  it('answers a first new mutation number other than lastMutation + 1 with 409 and lastMutation, applying nothing', async () => {
    const device = new TestDevice(await createTeam(t));
    const caseId = newId();
    expect((await push(t, device.who, [device.set('case', caseId, { displayName: 'A. B.' })])).status).toBe(200);
    device.n = 5;
    const reply = await push(t, device.who, [device.set('case', caseId, { displayName: 'Changed' })]);
    expectError(reply, 409, 'mutation_gap');
    expect(reply.body.error.details).toEqual([{ lastMutation: 1 }]);
    const pulled = await t.request('GET', '/v1/sync/pull', { token: device.who.token });
    expect(pulled.body.records[0].fields.displayName).toBe('A. B.');
  });
});

describe('413 payload_too_large', () => {
  it('refuses a body over 4 MiB', async () => {
    const big = JSON.stringify({ mutations: [{ n: 1, padding: 'x'.repeat(4 * 1024 * 1024) }] });
    const reply = await t.request('POST', '/v1/sync/push', {
      token: coordinator.token,
      raw: big,
      headers: { 'content-type': 'application/json' },
    });
    expectError(reply, 413, 'payload_too_large');
  });

  it('refuses more than 1000 mutations', async () => {
    const mutations = Array.from({ length: 1001 }, (_, i) => ({ n: i + 1 }));
    expectError(await push(t, coordinator, mutations), 413, 'payload_too_large');
  });

  it('checks the limits before the shape and before authentication', async () => {
    const mutations = Array.from({ length: 1001 }, () => ({ n: 'not a number' }));
    expectError(await t.request('POST', '/v1/sync/push', { body: { mutations } }), 413, 'payload_too_large');
  });
});

describe('415 unsupported_media_type', () => {
  it('refuses a body that is not application/json', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const reply = await t.request('POST', '/v1/sync/push', { token: coordinator.token, raw: '{"mutations":[]}', headers: { 'content-type': type } });
      expectError(reply, 415, 'unsupported_media_type');
    }
  });

  it('refuses a body with no content type', async () => {
    const reply = await t.request('POST', '/v1/auth/login', { raw: '{"username":"a"}' });
    expectError(reply, 415, 'unsupported_media_type');
  });

  it('accepts application/json with a charset', async () => {
    const reply = await t.request('POST', '/v1/sync/push', {
      token: coordinator.token,
      raw: '{"mutations":[]}',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(reply.status).toBe(200);
  });

  it('checks the media type before the shape and before authentication', async () => {
    const reply = await t.request('POST', '/v1/sync/push', { raw: 'nonsense', headers: { 'content-type': 'text/plain' } });
    expectError(reply, 415, 'unsupported_media_type');
  });
});

describe('order: shape (400) before authentication (401)', () => {
  it('answers a bad shape without a token with 400', async () => {
    expectError(await t.request('POST', '/v1/sync/push', { body: { nope: true } }), 400, 'invalid_request');
    expectError(await t.request('GET', '/v1/sync/pull?limit=0'), 400, 'invalid_request');
  });
});

describe('426 upgrade_required', () => {
  it('answers a protocol version it cannot serve with 426', async () => {
    for (const version of ['2', '0', 'banana']) {
      const reply = await t.request('GET', '/v1/sync/pull', { token: coordinator.token, headers: { 'x-protocol-version': version } });
      expectError(reply, 426, 'upgrade_required');
    }
  });

  it('treats a request without the header as version 1', async () => {
    const reply = await fetch(`${t.url}/v1/sync/pull`, { headers: { authorization: `Bearer ${coordinator.token}` } });
    expect(reply.status).toBe(200);
  });
});

describe('429 rate_limited', () => {
  it('limits failed logins per username, with retry-after', async () => {
    const team = await createTeam(t);
    const attempt = () =>
      t.request('POST', '/v1/auth/login', { body: { username: team.username, password: 'wrong password!', deviceName: 'x' } });
    for (let i = 0; i < 10; i += 1) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expectError(limited, 429, 'rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });
});
