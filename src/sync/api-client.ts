// Typed calls to the sync endpoint (SYNC-PROTOCOL.md, Endpoints) over an injected `fetch`.
// Every answer is parsed with the shared zod schemas; every failure becomes an ApiError
// value. This file knows HTTP, not what to do about a failure (retry-policy.ts does).
import type { z } from 'zod';
import {
  authResponseSchema,
  auditResponseSchema,
  devicesResponseSchema,
  inviteResponseSchema,
  PROTOCOL_VERSION,
  PROTOCOL_VERSION_HEADER,
  pullResponseSchema,
  pushResponseSchema,
  resetCodeResponseSchema,
  teamUserSchema,
  usersResponseSchema,
  type MemberChange,
  type OwnUserChange,
  type PasswordResetRequest,
  type ResetCodeResponse,
  type TeamUser,
  type AuditResponse,
  type AuthResponse,
  type DevicesResponse,
  type InviteAcceptRequest,
  type InviteResponse,
  type LoginRequest,
  type PullResponse,
  type PushResponse,
  type Role,
  type SetupRequest,
  type UsersResponse,
} from '../domain/protocol.ts';
import { badResponse, errorFromResponse, networkError, type ApiResult } from './api-error.ts';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  /** Normalized endpoint address ending in `/` (endpoint-url.ts). */
  baseUrl: string;
  /** Bearer token of this device; null for setup, login and invite acceptance. */
  token: string | null;
  fetch: Fetch;
  /** Wall time in ms, for `retry-after` dates. */
  now: () => number;
  /** Give up on a request after this long (a hung request must not hold the sync lock). */
  timeoutMs?: number;
}

export interface ApiClient {
  setup(request: SetupRequest): Promise<ApiResult<AuthResponse>>;
  login(request: LoginRequest): Promise<ApiResult<AuthResponse>>;
  acceptInvite(request: InviteAcceptRequest): Promise<ApiResult<AuthResponse>>;
  logout(): Promise<ApiResult<null>>;
  /** `body` is the push request already serialized (batch.ts measures its size). */
  push(body: string): Promise<ApiResult<PushResponse>>;
  pull(cursor: string | null, limit: number): Promise<ApiResult<PullResponse>>;
  createInvite(role: Role): Promise<ApiResult<InviteResponse>>;
  devices(): Promise<ApiResult<DevicesResponse>>;
  /** The team's people and roles; an older endpoint answers 404 (callers fall back). */
  users(): Promise<ApiResult<UsersResponse>>;
  revokeDevice(deviceId: string): Promise<ApiResult<null>>;
  /** One's own display name and/or password (SYNC-PROTOCOL.md, Members). */
  changeOwnUser(change: OwnUserChange): Promise<ApiResult<TeamUser>>;
  /** A coordinator changes a member's role or whether they may sign in. */
  changeMember(userId: string, change: MemberChange): Promise<ApiResult<TeamUser>>;
  /** A coordinator makes a single-use password reset code for a member. */
  createResetCode(userId: string): Promise<ApiResult<ResetCodeResponse>>;
  /** Spend a reset code: a new password, and this device signed in. */
  resetPassword(request: PasswordResetRequest): Promise<ApiResult<AuthResponse>>;
  audit(cursor: string | null, limit: number): Promise<ApiResult<AuditResponse>>;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

export function createApiClient(options: ApiClientOptions): ApiClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body: string | undefined,
    schema: z.ZodType<T> | null,
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      [PROTOCOL_VERSION_HEADER]: String(PROTOCOL_VERSION),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.token !== null) headers.authorization = `Bearer ${options.token}`;
    let response: Response;
    let text: string;
    try {
      response = await options.fetch(new URL(path, options.baseUrl).href, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
        // Tokens travel in the header only; never cookies, never a cached answer.
        credentials: 'omit',
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (thrown) {
      return { ok: false, error: networkError(thrown) };
    }
    const json = parseJson(text);
    if (!response.ok) {
      return { ok: false, error: errorFromResponse(response.status, json, response.headers.get('retry-after'), options.now()) };
    }
    if (schema === null) return { ok: true, value: null as T };
    if (json === undefined) return { ok: false, error: badResponse(response.status, 'not JSON') };
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: badResponse(response.status, 'unexpected shape') };
  }

  return {
    setup: (request) => call('POST', 'v1/setup', JSON.stringify(request), authResponseSchema),
    login: (request) => call('POST', 'v1/auth/login', JSON.stringify(request), authResponseSchema),
    acceptInvite: (request) => call('POST', 'v1/invites/accept', JSON.stringify(request), authResponseSchema),
    logout: () => call('POST', 'v1/auth/logout', '{}', null),
    push: (body) => call('POST', 'v1/sync/push', body, pushResponseSchema),
    pull: (cursor, limit) => call('GET', `v1/sync/pull?${query({ cursor, limit })}`, undefined, pullResponseSchema),
    createInvite: (role) => call('POST', 'v1/invites', JSON.stringify({ role }), inviteResponseSchema),
    devices: () => call('GET', 'v1/devices', undefined, devicesResponseSchema),
    users: () => call('GET', 'v1/users', undefined, usersResponseSchema),
    revokeDevice: (deviceId) => call('DELETE', `v1/devices/${encodeURIComponent(deviceId)}`, undefined, null),
    changeOwnUser: (change) => call('PATCH', 'v1/users/me', JSON.stringify(change), teamUserSchema),
    changeMember: (userId, change) => call('PATCH', `v1/users/${encodeURIComponent(userId)}`, JSON.stringify(change), teamUserSchema),
    createResetCode: (userId) => call('POST', `v1/users/${encodeURIComponent(userId)}/reset`, '{}', resetCodeResponseSchema),
    resetPassword: (request) => call('POST', 'v1/auth/reset', JSON.stringify(request), authResponseSchema),
    audit: (cursor, limit) => call('GET', `v1/audit?${query({ cursor, limit })}`, undefined, auditResponseSchema),
  };
}

function query(params: { cursor: string | null; limit: number }): string {
  const search = new URLSearchParams();
  if (params.cursor !== null) search.set('cursor', params.cursor);
  search.set('limit', String(params.limit));
  return search.toString();
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
