// Wire shapes of the sync protocol, version 1 (SYNC-PROTOCOL.md). The endpoint parses
// requests with these schemas and the device parses responses with them: one shape,
// one place.
import { z } from 'zod';
import { hlcWallMs, type Hlc } from './hlc.ts';
import { hlcSchema } from './hlc-schema.ts';
import { uuidSchema } from './ids.ts';
import { nestsDeeperThan, recordLimitMessages } from './record-limits.ts';
import { recordTypeSchema, teamWideRecordTypes, type RecordType } from './record-types.ts';
import { syncRecordSchema, validateSet } from './records.ts';
import { accountIdSchema, singleLineText, validationMessages } from './validation.ts';

export const PROTOCOL_VERSION = 1;
export const PROTOCOL_VERSION_HEADER = 'x-protocol-version';
export const MAX_MUTATIONS_PER_PUSH = 1000;
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** A mutation clock further ahead of the endpoint's time is refused (`clock_ahead`). */
export const CLOCK_AHEAD_LIMIT_MS = 10 * 60 * 1000;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 5000;
// NIST SP 800-63B asks for at least 8 characters and no composition rules; we ask for a
// little more because one password guards data about people at risk. Long passphrases
// must fit, so the maximum is generous.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const roles = ['coordinator', 'counselor', 'volunteer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

// ---- Errors ---------------------------------------------------------------------------

/** HTTP status of each request-level error code (SYNC-PROTOCOL.md, Errors). */
export const errorStatus = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  mutation_gap: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  upgrade_required: 426,
  request_timeout: 408,
  rate_limited: 429,
  headers_too_large: 431,
  // Not in the table, but every error has the one shape, a server fault included.
  internal_error: 500,
  service_unavailable: 503,
} as const;

/** Codes of a single `rejected` mutation inside a 200 push answer. */
export const mutationRejectCodes = ['invalid_request', 'forbidden', 'gone', 'clock_ahead'] as const;
export type MutationRejectCode = (typeof mutationRejectCodes)[number];

export const errorCodes = [
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'mutation_gap',
  'payload_too_large',
  'unsupported_media_type',
  'upgrade_required',
  'rate_limited',
  'request_timeout',
  'headers_too_large',
  'internal_error',
  'service_unavailable',
  'gone',
  'clock_ahead',
] as const satisfies readonly (keyof typeof errorStatus | MutationRejectCode)[];
export type ErrorCode = (typeof errorCodes)[number];
export const errorCodeSchema = z.enum(errorCodes);

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    details: z.array(z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function errorBody(code: ErrorCode, message: string, details?: unknown[]): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** The version a request asks for: a missing header means 1; garbage gives null. */
export function requestedProtocolVersion(header: string | string[] | undefined): number | null {
  if (header === undefined) return PROTOCOL_VERSION;
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && /^[1-9]\d{0,5}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** True when a write's clock is too far ahead of the endpoint's time (`clock_ahead`). */
export function isClockAhead(clock: Hlc, nowMs: number): boolean {
  return hlcWallMs(clock) - nowMs > CLOCK_AHEAD_LIMIT_MS;
}

// ---- Push -----------------------------------------------------------------------------

const mutationNumberSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/**
 * One mutation, checked completely: envelope, `caseId` rules and every field value of
 * its type. A push judges each mutation on its own with this schema.
 */
export const mutationSchema = z
  .strictObject({
    n: mutationNumberSchema,
    record: uuidSchema,
    type: recordTypeSchema,
    caseId: uuidSchema.optional(),
    set: z.record(z.string(), z.unknown()).optional(),
    delete: z.literal(true).optional(),
    clock: hlcSchema,
    base: z.record(z.string(), hlcSchema.nullable()).optional(),
  })
  .superRefine((mutation, ctx) => {
    if ((mutation.set === undefined) === (mutation.delete === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['set'], message: 'a mutation has either `set` or `delete: true`' });
    }
    const caseIdProblem = caseIdRule(mutation.type, mutation.record, mutation.caseId);
    if (caseIdProblem) ctx.addIssue({ code: 'custom', path: ['caseId'], message: caseIdProblem });
    // Depth first: the field schemas below walk a value recursively.
    const tooDeep = Object.entries(mutation.set ?? {}).filter(([, value]) => nestsDeeperThan(value)).map(([field]) => field);
    for (const field of tooDeep) {
      ctx.addIssue({ code: 'custom', path: ['set', field], message: recordLimitMessages.tooDeep, params: { code: 'too_deep' } });
    }
    if (mutation.set && tooDeep.length === 0) {
      const checked = validateSet(mutation.type, mutation.set);
      if (!checked.ok) {
        for (const issue of checked.issues) {
          ctx.addIssue({ code: 'custom', path: ['set', issue.field], message: issue.message, params: { code: issue.code } });
        }
      }
    }
  });
export type Mutation = z.infer<typeof mutationSchema>;

// SYNC-PROTOCOL.md, Records: a case's caseId is its own id; team-wide types have none.
function caseIdRule(type: RecordType, record: string, caseId: string | undefined): string | null {
  if (teamWideRecordTypes.includes(type)) return caseId === undefined ? null : `a ${type} belongs to no case`;
  if (type === 'case') return caseId === undefined || caseId === record ? null : "a case's caseId is its own id";
  // A conflict carries the caseId of the record it is about, and a template (team-wide)
  // has none, so a conflict about a template has no caseId either.
  if (type === 'conflict') return null;
  if (caseId === undefined) return `a ${type} needs its caseId`;
  // Every record of another type belongs to a case; a caseId naming the record itself
  // would put it in no case, outside every volunteer's scope.
  return caseId === record ? `a ${type}'s caseId names its case, not the ${type} itself` : null;
}

/** The case a mutation belongs to (a case's own id for a case), or null if team-wide. */
export function mutationCaseId(mutation: Pick<Mutation, 'type' | 'record' | 'caseId'>): string | null {
  if (mutation.type === 'case') return mutation.record;
  return mutation.caseId ?? null;
}

// Loose on purpose: only the numbering is checked for the whole push (a gap in it is
// `invalid_request`); each mutation is then judged alone with mutationSchema, so one bad
// mutation is `rejected` instead of failing the push. The 1000-mutation limit is a 413,
// checked before this shape.
export const pushRequestSchema = z
  .object({ mutations: z.array(z.looseObject({ n: mutationNumberSchema })) })
  .superRefine(({ mutations }, ctx) => {
    mutations.forEach((mutation, i) => {
      const previous = mutations[i - 1];
      if (previous && mutation.n !== previous.n + 1) {
        ctx.addIssue({ code: 'custom', path: ['mutations', i, 'n'], message: 'mutation numbers must be consecutive' });
      }
    });
  });
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResultSchema = z.discriminatedUnion('status', [
  z.object({ n: mutationNumberSchema, status: z.literal('applied'), conflicts: z.number().int().min(0) }),
  z.object({ n: mutationNumberSchema, status: z.literal('duplicate') }),
  z.object({
    n: mutationNumberSchema,
    status: z.literal('rejected'),
    code: z.enum(mutationRejectCodes),
    message: z.string(),
    details: z.array(z.unknown()).optional(),
  }),
]);
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  lastMutation: z.number().int().min(0),
  results: z.array(pushResultSchema),
  records: z.array(syncRecordSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

// ---- Pull -----------------------------------------------------------------------------

const cursorSchema = z.string().min(1).max(200);

/** Query string numbers arrive as text. */
function queryInt(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, validationMessages.notInteger)
    .transform(Number)
    .pipe(z.number().min(min, validationMessages.outOfRange).max(max, validationMessages.outOfRange))
    .optional()
    .transform((value) => value ?? fallback);
}

export const pullQuerySchema = z.object({
  cursor: cursorSchema.optional(),
  limit: queryInt(1, MAX_PULL_LIMIT, DEFAULT_PULL_LIMIT),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const pullResponseSchema = z.object({
  records: z.array(syncRecordSchema),
  removed: z.array(uuidSchema),
  cursor: cursorSchema,
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ---- Setup, authentication, invites, devices --------------------------------------------

// Login names are unique across the endpoint; letters, digits and . _ - @ keep them
// readable in audit logs. The endpoint compares them case-insensitively (normalizeUsername).
export const usernameSchema = z
  .string()
  .min(3, validationMessages.tooShort)
  .max(64, validationMessages.tooLong)
  .regex(/^[A-Za-z0-9._@-]+$/, validationMessages.invalidCharacters);

export function normalizeUsername(username: string): string {
  return username.toLowerCase();
}

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, validationMessages.tooShort)
  .max(PASSWORD_MAX_LENGTH, validationMessages.tooLong);

const deviceNameSchema = singleLineText(80, 1);
const secretCodeSchema = z.string().min(1).max(200);

// What teammates call a member (SYNC-PROTOCOL.md, Members): 1-80 characters, one line,
// not only spaces. Stored trimmed. Never the login name unless the person chose it.
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const displayNameSchema = singleLineText(DISPLAY_NAME_MAX_LENGTH, 1)
  .refine((name) => name.trim().length > 0, validationMessages.required)
  .transform((name) => name.trim());

export const setupRequestSchema = z.object({
  setupToken: secretCodeSchema,
  teamName: singleLineText(120, 1),
  username: usernameSchema,
  password: newPasswordSchema,
  deviceName: deviceNameSchema,
  // The first coordinator's name for the team; the username when absent.
  displayName: displayNameSchema.optional(),
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;

// A login checks nothing about the shape of the credentials beyond bounds: a wrong
// password is `401`, whatever it looks like.
export const loginRequestSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  deviceName: deviceNameSchema,
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

// `name` is the caller's own login name; what the team sees is in GET /v1/users.
export const userSchema = z.object({ id: accountIdSchema, name: z.string(), role: roleSchema });
export type User = z.infer<typeof userSchema>;
export const teamSchema = z.object({ id: accountIdSchema, name: z.string() });
export type Team = z.infer<typeof teamSchema>;

export const authResponseSchema = z.object({
  token: z.string().min(32),
  deviceId: accountIdSchema,
  user: userSchema,
  team: teamSchema,
});
export type AuthResponse = z.infer<typeof authResponseSchema>;

export const inviteRequestSchema = z.object({ role: roleSchema });
export type InviteRequest = z.infer<typeof inviteRequestSchema>;
export const inviteResponseSchema = z.object({ code: secretCodeSchema, expiresAt: z.iso.datetime() });
export type InviteResponse = z.infer<typeof inviteResponseSchema>;
export const INVITE_LIFETIME_MS = 72 * 60 * 60 * 1000;

export const inviteAcceptRequestSchema = z.object({
  code: secretCodeSchema,
  username: usernameSchema,
  password: newPasswordSchema,
  deviceName: deviceNameSchema,
  displayName: displayNameSchema.optional(),
});
export type InviteAcceptRequest = z.infer<typeof inviteAcceptRequestSchema>;

// GET /v1/devices: the protocol names the route but not the body; this is the agreed shape.
export const deviceSchema = z.object({
  id: accountIdSchema,
  userId: accountIdSchema,
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type Device = z.infer<typeof deviceSchema>;
export const devicesResponseSchema = z.object({ devices: z.array(deviceSchema) });
export type DevicesResponse = z.infer<typeof devicesResponseSchema>;

// GET /v1/users: the people of the caller's team (SYNC-PROTOCOL.md, Members), for any
// member, deactivated members included so their names stay on what they wrote. Never a
// login name: one colleague's login name is half of what it takes to sign in as them.
export const teamUserSchema = z.object({
  id: accountIdSchema,
  role: roleSchema,
  displayName: z.string(),
  active: z.boolean(),
});
export type TeamUser = z.infer<typeof teamUserSchema>;
export const usersResponseSchema = z.object({ users: z.array(teamUserSchema) });
export type UsersResponse = z.infer<typeof usersResponseSchema>;

// PATCH /v1/users/me: a member changes their own display name and/or password.
export const ownUserChangeSchema = z.object({
  displayName: displayNameSchema.optional(),
  password: z
    .object({
      current: z.string().min(1).max(PASSWORD_MAX_LENGTH),
      new: newPasswordSchema,
    })
    .optional(),
});
export type OwnUserChange = z.infer<typeof ownUserChangeSchema>;

// PATCH /v1/users/{id} (coordinators): a member's role, or whether they may sign in.
export const memberChangeSchema = z.object({ role: roleSchema.optional(), active: z.boolean().optional() });
export type MemberChange = z.infer<typeof memberChangeSchema>;

// POST /v1/users/{id}/reset answers like an invite; POST /v1/auth/reset spends the code.
export const resetCodeResponseSchema = z.object({ code: secretCodeSchema, expiresAt: z.iso.datetime() });
export type ResetCodeResponse = z.infer<typeof resetCodeResponseSchema>;
export const RESET_CODE_LIFETIME_MS = 72 * 60 * 60 * 1000;
export const passwordResetRequestSchema = z.object({
  code: secretCodeSchema,
  password: newPasswordSchema,
  deviceName: deviceNameSchema,
});
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

// ---- Audit and health ---------------------------------------------------------------------

export const auditQuerySchema = z.object({
  cursor: cursorSchema.optional(),
  limit: queryInt(1, MAX_PULL_LIMIT, DEFAULT_PULL_LIMIT),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Every action the audit log records; the endpoint writes them, the Team screen names them. */
export const auditActions = [
  'setup',
  'login',
  'login_failed',
  'logout',
  'invite',
  'invite_accept',
  'revoke',
  'role_change',
  'deactivate',
  'reactivate',
  'reset_code',
  'password_reset',
  'password_change',
  'display_name_change',
  'create',
  'update',
  'delete',
  'conflict',
] as const;
export type AuditAction = (typeof auditActions)[number];

// Who did what to which record; never a field value. Logins and invites have no record.
export const auditEntrySchema = z.object({
  at: z.iso.datetime(),
  userId: accountIdSchema.nullable(),
  deviceId: accountIdSchema.nullable(),
  action: z.string().regex(/^[a-z][a-z_]*$/),
  recordId: uuidSchema.nullable(),
  type: recordTypeSchema.nullable(),
  caseId: uuidSchema.nullable(),
  // The member an account action was about (role change, deactivation, reset code):
  // present only on those entries.
  memberId: accountIdSchema.optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  cursor: cursorSchema,
  more: z.boolean(),
});
export type AuditResponse = z.infer<typeof auditResponseSchema>;

export const healthResponseSchema = z.object({ ok: z.literal(true), version: z.string() });
