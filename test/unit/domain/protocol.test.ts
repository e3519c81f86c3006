import { describe, expect, it } from 'vitest';
import {
  auditQuerySchema,
  auditResponseSchema,
  authResponseSchema,
  CLOCK_AHEAD_LIMIT_MS,
  devicesResponseSchema,
  errorBody,
  errorBodySchema,
  errorCodes,
  errorStatus,
  healthResponseSchema,
  inviteAcceptRequestSchema,
  inviteRequestSchema,
  inviteResponseSchema,
  isClockAhead,
  loginRequestSchema,
  MAX_BODY_BYTES,
  MAX_MUTATIONS_PER_PUSH,
  mutationCaseId,
  mutationRejectCodes,
  mutationSchema,
  PROTOCOL_VERSION,
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  requestedProtocolVersion,
  roles,
  setupRequestSchema,
} from '../../../src/domain/protocol.ts';
import { formatHlc } from '../../../src/domain/hlc.ts';

const NOTE_ID = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f';
const CASE_ID = '0192f1c4-0000-7000-8000-000000000001';
const VIEWING_ID = '0192f1c4-0000-7000-8000-000000000002';
const C1 = '2026-11-21T10:04:05.123Z-0001-9a8b7c6d5e4f3a2b';
const C2 = '2026-11-21T10:04:05.123Z-0002-9a8b7c6d5e4f3a2b';

function at(ms: number): string {
  return formatHlc({ wallMs: ms, counter: 0, node: '9a8b7c6d5e4f3a2b' });
}

// The example bodies of SYNC-PROTOCOL.md, with its elisions (…) filled in.
const pushExample = {
  mutations: [
    { n: 41, record: NOTE_ID, type: 'note', caseId: CASE_ID, set: { body: 'Called the landlord…' }, clock: C1, base: { body: null } },
    { n: 42, record: VIEWING_ID, type: 'viewing', caseId: CASE_ID, delete: true, clock: C2 },
  ],
};
const pushResponseExample = {
  lastMutation: 42,
  results: [
    { n: 41, status: 'applied', conflicts: 0 },
    { n: 42, status: 'rejected', code: 'gone', message: 'This viewing was deleted.' },
  ],
  records: [
    { id: NOTE_ID, type: 'note', teamId: 't_1', caseId: CASE_ID, fields: { body: 'Called the landlord…' }, clocks: { body: C1 }, deleted: null, seq: '1843' },
  ],
};

describe('wire constants', () => {
  it('match the protocol document', () => {
    expect(PROTOCOL_VERSION).toBe(1);
    expect(MAX_MUTATIONS_PER_PUSH).toBe(1000);
    expect(MAX_BODY_BYTES).toBe(4 * 1024 * 1024);
    expect(CLOCK_AHEAD_LIMIT_MS).toBe(600_000);
    expect(roles).toEqual(['coordinator', 'counselor', 'volunteer']);
  });

  it('give every request-level error code its HTTP status', () => {
    expect(errorStatus).toMatchObject({
      invalid_request: 400,
      unauthorized: 401,
      forbidden: 403,
      not_found: 404,
      mutation_gap: 409,
      payload_too_large: 413,
      unsupported_media_type: 415,
      upgrade_required: 426,
      rate_limited: 429,
    });
    for (const code of errorCodes) {
      const known = Object.hasOwn(errorStatus, code) || (mutationRejectCodes as readonly string[]).includes(code);
      expect(known, code).toBe(true);
    }
    for (const code of mutationRejectCodes) expect(errorCodes).toContain(code);
  });
});

describe('errors', () => {
  it('builds the one error shape, with details only when given', () => {
    expect(errorBody('unauthorized', 'Please sign in again.')).toEqual({
      error: { code: 'unauthorized', message: 'Please sign in again.' },
    });
    const gap = errorBody('mutation_gap', 'Some changes are missing.', [{ lastMutation: 40 }]);
    expect(errorBodySchema.parse(gap)).toEqual(gap);
  });

  it('parses the error bodies of the document and refuses unknown codes', () => {
    expect(errorBodySchema.safeParse({ error: { code: 'upgrade_required', message: 'Update the app.' } }).success).toBe(true);
    expect(errorBodySchema.safeParse({ error: { code: 'teapot', message: 'no' } }).success).toBe(false);
  });

  it('reads the protocol version header, treating a missing one as 1', () => {
    expect(requestedProtocolVersion(undefined)).toBe(1);
    expect(requestedProtocolVersion('1')).toBe(1);
    expect(requestedProtocolVersion(['2'])).toBe(2);
    expect(requestedProtocolVersion('one')).toBeNull();
    expect(requestedProtocolVersion('0')).toBeNull();
  });

  it('refuses clocks more than ten minutes ahead', () => {
    const now = Date.UTC(2026, 10, 21, 10, 0, 0, 0);
    expect(isClockAhead(at(now + CLOCK_AHEAD_LIMIT_MS), now)).toBe(false);
    expect(isClockAhead(at(now + CLOCK_AHEAD_LIMIT_MS + 1), now)).toBe(true);
    expect(isClockAhead(at(now - 86_400_000), now)).toBe(false);
  });
});

describe('push', () => {
  it('parses the push example, the whole request and each mutation', () => {
    expect(pushRequestSchema.safeParse(pushExample).success).toBe(true);
    for (const mutation of pushExample.mutations) expect(mutationSchema.safeParse(mutation).success).toBe(true);
  });

  it('parses the push answer example', () => {
    const parsed = pushResponseSchema.parse(pushResponseExample);
    expect(parsed.results[1]).toMatchObject({ status: 'rejected', code: 'gone' });
    expect(pushResponseSchema.safeParse({ ...pushResponseExample, results: [{ n: 1, status: 'duplicate' }] }).success).toBe(true);
  });

  it('refuses mutation numbers that are not consecutive, but leaves each mutation to be judged alone', () => {
    const gap = { mutations: [{ n: 41 }, { n: 43 }] };
    expect(pushRequestSchema.safeParse(gap).success).toBe(false);
    expect(pushRequestSchema.safeParse({ mutations: [{ n: 41, type: 'invoice' }, { n: 42 }] }).success).toBe(true);
    expect(pushRequestSchema.safeParse({ mutations: [{ n: 0 }] }).success).toBe(false);
    expect(pushRequestSchema.safeParse({ mutations: [] }).success).toBe(true);
    expect(pushRequestSchema.safeParse({}).success).toBe(false);
  });

  it('judges a mutation completely: fields, unknown keys, set xor delete, caseId', () => {
    const [note] = pushExample.mutations;
    const accepts = (change: Record<string, unknown>) => mutationSchema.safeParse({ ...note, ...change }).success;
    expect(accepts({ set: { body: 'x'.repeat(20_001) } })).toBe(false);
    expect(accepts({ set: { colour: 'red' } })).toBe(false);
    expect(accepts({ extra: 1 })).toBe(false);
    expect(accepts({ delete: true })).toBe(false);
    expect(accepts({ set: undefined })).toBe(false);
    expect(accepts({ caseId: undefined })).toBe(false);
    expect(accepts({ type: 'invoice' })).toBe(false);
    expect(accepts({ clock: '2026-11-21' })).toBe(false);
    expect(accepts({ base: { body: 'yesterday' } })).toBe(false);
    expect(accepts({ delete: false, set: undefined })).toBe(false);
  });

  it("places a case in its own case and a template in none", () => {
    const caseMutation = { n: 1, record: CASE_ID, type: 'case', set: { displayName: 'A. K.' }, clock: C1 };
    expect(mutationSchema.safeParse(caseMutation).success).toBe(true);
    expect(mutationSchema.safeParse({ ...caseMutation, caseId: CASE_ID }).success).toBe(true);
    expect(mutationSchema.safeParse({ ...caseMutation, caseId: NOTE_ID }).success).toBe(false);
    expect(mutationCaseId(mutationSchema.parse(caseMutation))).toBe(CASE_ID);
    const template = { n: 2, record: NOTE_ID, type: 'template', set: { version: 1 }, clock: C2 };
    expect(mutationSchema.safeParse(template).success).toBe(true);
    expect(mutationSchema.safeParse({ ...template, caseId: CASE_ID }).success).toBe(false);
    expect(mutationCaseId(mutationSchema.parse(template))).toBeNull();
  });

  it('lets a device resolve a conflict about a template, which belongs to no case', () => {
    const resolve = { n: 3, record: NOTE_ID, type: 'conflict', delete: true, clock: C2 };
    expect(mutationSchema.safeParse(resolve).success).toBe(true);
    expect(mutationSchema.safeParse({ ...resolve, caseId: CASE_ID }).success).toBe(true);
  });

  it('reports field problems under set.<field> with their i18n key', () => {
    const result = mutationSchema.safeParse({ ...pushExample.mutations[0], set: { kind: 'gossip' } });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['set', 'kind'], message: 'validation.invalidChoice' }),
    ]);
  });
});

describe('pull', () => {
  it('parses the pull example with a record and a tombstone', () => {
    const parsed = pullResponseSchema.parse({
      records: [
        pushResponseExample.records[0],
        { id: VIEWING_ID, type: 'viewing', caseId: CASE_ID, deleted: C2, seq: '1844' },
      ],
      removed: [CASE_ID],
      cursor: 'c1844',
      more: false,
    });
    expect(parsed.records[1]).toMatchObject({ fields: {}, clocks: {}, deleted: C2 });
  });

  it('reads cursor and limit from the query string, limit 1..5000 defaulting to 500', () => {
    expect(pullQuerySchema.parse({})).toEqual({ limit: 500 });
    expect(pullQuerySchema.parse({ cursor: 'c1', limit: '5000' })).toEqual({ cursor: 'c1', limit: 5000 });
    for (const limit of ['0', '5001', '-1', '1.5', 'ten', '']) {
      expect(pullQuerySchema.safeParse({ limit }).success, limit).toBe(false);
    }
    expect(auditQuerySchema.parse({ limit: '10' })).toEqual({ limit: 10 });
  });
});

describe('setup, login, invites, devices, audit, health', () => {
  const credentials = { username: 'mira.fictional', password: 'long enough passphrase', deviceName: "Mira's phone" };

  it('parses setup, login and invite bodies', () => {
    expect(setupRequestSchema.safeParse({ setupToken: 'st_abc', teamName: 'Fictional NGO', ...credentials }).success).toBe(true);
    expect(loginRequestSchema.safeParse(credentials).success).toBe(true);
    expect(inviteRequestSchema.safeParse({ role: 'volunteer' }).success).toBe(true);
    expect(inviteRequestSchema.safeParse({ role: 'admin' }).success).toBe(false);
    expect(inviteResponseSchema.safeParse({ code: 'inv_abc', expiresAt: '2026-11-24T10:00:00.000Z' }).success).toBe(true);
    expect(inviteAcceptRequestSchema.safeParse({ code: 'inv_abc', ...credentials }).success).toBe(true);
  });

  it('asks new accounts for a reasonable name and password, but lets any login try', () => {
    const setup = { setupToken: 'st_abc', teamName: 'Fictional NGO', ...credentials };
    expect(setupRequestSchema.safeParse({ ...setup, password: 'short' }).success).toBe(false);
    expect(setupRequestSchema.safeParse({ ...setup, username: 'mira fictional' }).success).toBe(false);
    expect(loginRequestSchema.safeParse({ ...credentials, password: 'short' }).success).toBe(true);
    expect(loginRequestSchema.safeParse({ ...credentials, password: '' }).success).toBe(false);
  });

  it('parses the login answer', () => {
    const answer = {
      token: 'x'.repeat(43),
      deviceId: 'd_1',
      user: { id: 'u_mira', name: 'mira.fictional', role: 'coordinator' },
      team: { id: 't_1', name: 'Fictional NGO' },
    };
    expect(authResponseSchema.safeParse(answer).success).toBe(true);
    expect(authResponseSchema.safeParse({ ...answer, user: { ...answer.user, role: 'boss' } }).success).toBe(false);
  });

  it('parses device lists, audit pages and health', () => {
    expect(
      devicesResponseSchema.safeParse({
        devices: [{ id: 'd_1', userId: 'u_mira', name: "Mira's phone", createdAt: '2026-11-21T10:00:00.000Z', lastSeenAt: null, revokedAt: null }],
      }).success,
    ).toBe(true);
    expect(
      auditResponseSchema.safeParse({
        entries: [
          { at: '2026-11-21T10:04:05.123Z', userId: 'u_mira', deviceId: 'd_1', action: 'update', recordId: NOTE_ID, type: 'note', caseId: CASE_ID },
          { at: '2026-11-21T10:00:00.000Z', userId: 'u_mira', deviceId: 'd_1', action: 'login', recordId: null, type: null, caseId: null },
        ],
        cursor: 'a2',
        more: false,
      }).success,
    ).toBe(true);
    expect(healthResponseSchema.safeParse({ ok: true, version: '0.1.0' }).success).toBe(true);
  });
});
