// Bad input never produces a 5xx and never changes stored data (SYNC-PROTOCOL.md, Errors).
// Thousands of random requests (fast-check) against every route, and random broken
// mutations against push.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, pushResponseSchema } from '../../src/domain/protocol.ts';
import { recordTypes } from '../../src/domain/records.ts';
import { addMember, createTeam, type Member, newId, push, removeTempDirs, startServer, TestDevice, type TestServer } from './helpers/harness.ts';

let t: TestServer;
let coordinator: Member;
let counselor: Member;
let caseId: string;

beforeAll(async () => {
  t = await startServer();
  coordinator = await createTeam(t);
  counselor = await addMember(t, coordinator, 'counselor');
  const office = new TestDevice(coordinator);
  caseId = newId();
  const reply = await push(t, coordinator, [office.set('case', caseId, { displayName: 'Fictional Case', assignees: [] })]);
  expect(reply.body.results[0].status).toBe('applied');
});
// vitest runs after-hooks in reverse: folders go once every server has closed.
afterAll(removeTempDirs);
afterAll(() => t.close());

/** Everything a request could change, except counters that bad input may move by design. */
async function everythingStored(): Promise<string> {
  return JSON.stringify({
    records: await t.rows('SELECT * FROM records ORDER BY id'),
    teams: await t.rows('SELECT * FROM teams ORDER BY id'),
    users: await t.rows('SELECT * FROM users ORDER BY id'),
    devices: await t.rows('SELECT id, token_hash, ended_at FROM devices ORDER BY id'),
    invites: await t.rows('SELECT * FROM invites ORDER BY code_hash'),
    setup: await t.rows('SELECT * FROM setup_codes ORDER BY code_hash'),
    members: await t.rows('SELECT * FROM case_members ORDER BY case_id, user_id'),
  });
}

const routes = [
  ['POST', '/v1/setup'],
  ['POST', '/v1/auth/login'],
  ['POST', '/v1/invites/accept'],
  ['POST', '/v1/sync/push'],
  ['GET', '/v1/sync/pull'],
  ['GET', '/v1/audit'],
  ['GET', '/v1/devices'],
  ['DELETE', '/v1/devices/'],
  ['POST', '/v1/invites'],
  ['GET', '/v1/'],
  ['POST', '/healthz'],
] as const;

const contentTypes = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', undefined];

const jsonish = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.record({ mutations: fc.array(fc.jsonValue(), { maxLength: 5 }) }).map((value) => JSON.stringify(value)),
  fc.dictionary(fc.constantFrom('setupToken', 'teamName', 'username', 'password', 'deviceName', 'code', 'role', 'mutations', '__proto__', 'constructor'), fc.jsonValue()).map((value) => JSON.stringify(value)),
  fc.string(),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

const queryish = fc.oneof(
  fc.constant(''),
  fc.record({ cursor: fc.string({ maxLength: 300 }), limit: fc.oneof(fc.integer().map(String), fc.string()) }).map(
    ({ cursor, limit }) => `?cursor=${encodeURIComponent(cursor)}&limit=${encodeURIComponent(limit)}`,
  ),
  fc.string({ maxLength: 40 }).map((raw) => `?${raw.replace(/[#\s]/g, '')}`),
);

describe('random requests to every route', () => {
  it('never answers 5xx, always in the error shape, and never changes stored data', async () => {
    const before = await everythingStored();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        jsonish,
        fc.constantFrom(...contentTypes),
        fc.constantFrom('none', 'bogus', 'reader'),
        queryish,
        fc.constantFrom('1', '2', undefined),
        async ([method, path], body, contentType, auth, query, version) => {
          const headers: Record<string, string> = {};
          if (contentType) headers['content-type'] = contentType;
          if (version === undefined) headers['x-protocol-version'] = '1';
          else headers['x-protocol-version'] = version;
          if (auth === 'bogus') headers.authorization = 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
          // A real token only where a random body cannot change anything legitimately.
          if (auth === 'reader' && method === 'GET') headers.authorization = `Bearer ${coordinator.token}`;
          const url = path.endsWith('/') && method === 'DELETE' ? `${path}${encodeURIComponent(body.slice(0, 20))}` : path + query;
          const response = await fetch(t.url + url, {
            method,
            headers,
            ...(method === 'GET' || method === 'DELETE' ? {} : { body }),
          });
          const text = await response.text();
          expect(response.status, `${method} ${url} -> ${text}`).toBeLessThan(500);
          if (response.status >= 400) expect(() => errorBodySchema.parse(JSON.parse(text))).not.toThrow();
        },
      ),
      { numRuns: 1500 },
    );
    expect(await everythingStored()).toBe(before);
  });
});

// One defect on top of an otherwise valid mutation; each must be rejected on its own.
const defects = [
  (m: any) => ({ ...m, type: 'invoice' }),
  (m: any) => ({ ...m, set: { ...m.set, householdSize: 'three' } }),
  (m: any) => ({ ...m, set: { ...m.set, shoeSize: 43 } }),
  (m: any) => ({ ...m, set: { ...m.set, displayName: 12 } }),
  (m: any) => ({ ...m, clock: 'tomorrow' }),
  (m: any) => ({ ...m, clock: `${new Date(Date.now() + 3_600_000).toISOString()}-0000-00000000000000aa` }),
  (m: any) => ({ ...m, record: 'NOT-A-UUID' }),
  (m: any) => ({ ...m, delete: true }),
  (m: any) => ({ n: m.n, record: m.record, type: m.type, clock: m.clock }),
  (m: any) => ({ ...m, surprise: 1 }),
  (m: any) => ({ ...m, type: 'note', caseId: undefined, set: { body: 'no case' } }),
  (m: any) => ({ ...m, type: 'note', caseId: newId(), set: { body: 'unknown case' } }),
  (m: any) => ({ ...m, type: 'template', caseId: undefined, set: { templateId: 'x', version: 1 } }),
  (m: any) => ({ ...m, type: 'conflict', caseId, set: { value: 'x' } }),
  (m: any) => ({ ...m, type: 'case', record: caseId, caseId: newId() }),
  (m: any) => ({ ...m, base: 'everything' }),
];

describe('random broken mutations', () => {
  it('rejects each one on its own, never 5xx, never a stored record', async () => {
    const device = new TestDevice(counselor);
    let lastMutation = 0;
    const before = await everythingStored();
    const validMutation = fc.record({
      displayName: fc.string({ minLength: 1, maxLength: 30 }),
      summary: fc.string({ maxLength: 50 }),
      status: fc.constantFrom('open', 'closed'),
    }).map((set) => ({ record: newId(), type: 'case', set }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(validMutation, fc.nat({ max: defects.length - 1 }), fc.option(fc.constantFrom(...recordTypes))), { minLength: 1, maxLength: 5 }),
        async (batch) => {
          const first = lastMutation + 1;
          const mutations = batch.map(([mutation, defect], i) =>
            JSON.parse(JSON.stringify(defects[defect]!({ n: first + i, ...mutation, clock: device.clock() }))),
          );
          const reply = await push(t, counselor, mutations);
          expect(reply.status, JSON.stringify(reply.body)).toBe(200);
          const answer = pushResponseSchema.parse(reply.body);
          lastMutation = answer.lastMutation;
          expect(answer.results.every((r) => r.status === 'rejected'), JSON.stringify({ mutations, results: answer.results })).toBe(true);
          expect(answer.records).toEqual([]);
          expect(answer.lastMutation).toBe(first + batch.length - 1);
        },
      ),
      { numRuns: 400 },
    );
    expect(await everythingStored()).toBe(before);
  });

  it('refuses a body carrying __proto__ or constructor keys as a whole (400), polluting nothing', async () => {
    const before = await everythingStored();
    for (const key of ['__proto__', 'constructor']) {
      const raw = `{"mutations":[{"n":1,"record":"${newId()}","type":"case","set":{"${key}":{"prototype":{"polluted":true},"polluted":true}},"clock":"${new Date().toISOString()}-0000-00000000000000aa"}]}`;
      const reply = await t.request('POST', '/v1/sync/push', { token: counselor.token, raw, headers: { 'content-type': 'application/json' } });
      expect(reply.status).toBe(400);
      expect(reply.body.error.code).toBe('invalid_request');
    }
    expect(({} as any).polluted).toBeUndefined();
    expect(await everythingStored()).toBe(before);
  });
});
