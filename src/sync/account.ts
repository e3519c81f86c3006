// Joining a team and leaving it: set up a new team from a setup code,
// sign in with a username and password, accept an invite, sign out. Each helper talks to
// the endpoint once and stores the session (session.ts); the screens show the errors.
import type { InviteAcceptRequest, LoginRequest, SetupRequest } from '../domain/protocol.ts';
import type { StoreErrorCode } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import { outboxSummary } from '../store/sync-state.ts';
import type { ApiErrorCode } from './api-error.ts';
import { createApiClient, type ApiClient, type Fetch } from './api-client.ts';
import { normalizeEndpointUrl } from './endpoint-url.ts';
import type { Leader } from './leader.ts';
import { adoptSession, readSession, type ExistingData, type Session } from '../store/session.ts';
import { wipeTeamData } from '../store/wipe-team-data.ts';
import type { Result } from '../domain/result.ts';

export interface AccountDeps {
  store: Store;
  fetch: Fetch;
  /** Sign-out waits for a running sync (the engine's leader), so none writes after the wipe. */
  leader?: Leader;
}

export type AccountErrorCode =
  | ApiErrorCode
  | StoreErrorCode
  | 'invalid_address'
  | 'insecure_address'
  /** The device holds another account's data: sign out first. */
  | 'other_account'
  /** Sign-out refused: changes are waiting to sync (`pendingCount`). */
  | 'changes_waiting';

export interface AccountError {
  code: AccountErrorCode;
  message: string;
  pendingCount?: number;
  retryAfterMs?: number;
  /** The endpoint's error details, e.g. `[{ path: ['username'], code: 'username_taken' }]`. */
  details?: unknown[];
}

export type AccountResult<T> = Result<T, AccountError>;

type Credentials<R> = Omit<R, 'deviceName'> & {
  endpoint: string;
  deviceName: string;
  /** Records made on this device before joining: to the team (default) or kept here. */
  existing?: ExistingData;
};

/** Create a team with its first coordinator from a setup code. */
export function setupTeam(deps: AccountDeps, request: Credentials<SetupRequest>): Promise<AccountResult<Session>> {
  const { endpoint, existing, ...body } = request;
  return authenticate(deps, endpoint, (api) => api.setup(body), existing);
}

/** Sign in with a username and password (also: again, after the endpoint refused the token). */
export function signIn(deps: AccountDeps, request: Credentials<LoginRequest>): Promise<AccountResult<Session>> {
  const { endpoint, existing, ...body } = request;
  return authenticate(deps, endpoint, (api) => api.login(body), existing);
}

/** Join a team with an invite code, choosing a username and password. */
export function joinWithInvite(deps: AccountDeps, request: Credentials<InviteAcceptRequest>): Promise<AccountResult<Session>> {
  const { endpoint, existing, ...body } = request;
  return authenticate(deps, endpoint, (api) => api.acceptInvite(body), existing);
}

async function authenticate(
  deps: AccountDeps,
  endpointInput: string,
  call: (api: ApiClient) => ReturnType<ApiClient['login']>,
  existing: ExistingData = 'share',
): Promise<AccountResult<Session>> {
  const endpoint = normalizeEndpointUrl(endpointInput);
  if (!endpoint.ok) return { ok: false, error: { code: endpoint.error.code, message: endpoint.error.messageKey } };
  const now = () => deps.store.env.now();
  const api = createApiClient({ baseUrl: endpoint.value, token: null, fetch: deps.fetch, now });
  const answer = await call(api);
  if (!answer.ok) {
    const { code, message, retryAfterMs, details } = answer.error;
    const error: AccountError = { code, message };
    if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
    if (details !== undefined) error.details = details;
    return { ok: false, error };
  }
  try {
    const adopted = await adoptSession(deps.store, endpoint.value, answer.value, now(), existing);
    if (adopted.ok) return adopted;
    // The new token must not linger unused on the endpoint.
    await createApiClient({ baseUrl: endpoint.value, token: answer.value.token, fetch: deps.fetch, now }).logout();
    return adopted;
  } catch {
    return { ok: false, error: { code: 'storage_failed', message: 'store:errors.storage_failed' } };
  }
}

/**
 * Sign out: refuses while changes wait to sync, unless `force` (the screen explains what
 * is lost). Ends the token on the endpoint when it can be reached, and removes the team's
 * data from this device either way.
 */
export async function signOut(deps: AccountDeps, options: { force?: boolean } = {}): Promise<AccountResult<null>> {
  const exclusive = deps.leader ? deps.leader.run.bind(deps.leader) : <T>(task: () => Promise<T>) => task();
  return exclusive(() => signOutNow(deps, options.force === true));
}

async function signOutNow(deps: AccountDeps, force: boolean): Promise<AccountResult<null>> {
  const { store } = deps;
  const summary = await outboxSummary(store);
  if (!summary.ok) return { ok: false, error: { code: summary.error.code, message: summary.error.messageKey } };
  if (summary.value.count > 0 && !force) {
    return {
      ok: false,
      error: { code: 'changes_waiting', message: 'Changes are waiting to sync.', pendingCount: summary.value.count },
    };
  }
  try {
    const session = await readSession(store);
    if (session && session.tokenRefusedAt === null) {
      // Best effort: offline, the token stays valid until a coordinator revokes the device.
      const api = createApiClient({ baseUrl: session.endpoint, token: session.token, fetch: deps.fetch, now: () => store.env.now(), timeoutMs: 10_000 });
      await api.logout();
    }
    await wipeTeamData(store);
    return { ok: true, value: null };
  } catch {
    return { ok: false, error: { code: 'storage_failed', message: 'store:errors.storage_failed' } };
  }
}
