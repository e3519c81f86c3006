// What the join and sign-in forms say when the endpoint (or the phone) says no: one
// translated sentence per cause, placed at the field it is about when there is one. Pure:
// the screen passes the error value from src/sync/account.ts and the form's mode.
import type { AccountError } from '../../sync/account.ts';

export type JoinMode = 'setup' | 'invite' | 'signIn';

export type JoinField = 'endpoint' | 'setupToken' | 'code' | 'username' | 'displayName' | 'password' | 'teamName' | 'deviceName';

export interface FormMessage {
  /** An i18n key with its namespace, e.g. `sync:errors.wrongPassword`. */
  key: string;
  params?: Record<string, string | number>;
  /** The field it belongs to; none: a message for the whole form. */
  field?: JoinField;
}

function hasDetailCode(details: unknown[] | undefined, code: string): boolean {
  return (details ?? []).some((detail) => typeof detail === 'object' && detail !== null && (detail as { code?: unknown }).code === code);
}

export function accountErrorMessage(error: AccountError, mode: JoinMode): FormMessage {
  switch (error.code) {
    case 'invalid_address':
      return { key: 'sync:errors.invalid_address', field: 'endpoint' };
    case 'insecure_address':
      return { key: 'sync:errors.insecure_address', field: 'endpoint' };
    case 'unauthorized':
      return { key: 'sync:errors.wrongPassword', field: 'password' };
    case 'forbidden':
      if (mode === 'setup') return { key: 'sync:errors.setupCodeUnusable', field: 'setupToken' };
      if (mode === 'invite') return { key: 'sync:errors.inviteUnusable', field: 'code' };
      return { key: 'sync:errors.forbidden' };
    case 'rate_limited': {
      const minutes = Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 60_000));
      return { key: 'sync:errors.rateLimited', params: { count: minutes } };
    }
    case 'invalid_request':
      if (hasDetailCode(error.details, 'username_taken')) return { key: 'sync:errors.usernameTaken', field: 'username' };
      return { key: 'sync:errors.invalidRequest' };
    case 'network':
    case 'timeout':
      return { key: 'sync:errors.unreachable', field: 'endpoint' };
    case 'bad_response':
    case 'not_found':
    case 'unsupported_media_type':
      return { key: 'sync:errors.notAnEndpoint', field: 'endpoint' };
    case 'upgrade_required':
      return { key: 'sync:errors.upgradeRequired' };
    case 'internal_error':
    case 'service_unavailable':
      return { key: 'sync:errors.serverTrouble' };
    case 'other_account':
      return { key: 'sync:errors.otherAccount' };
    case 'changes_waiting':
      return { key: 'sync:signOut.refused', params: { count: error.pendingCount ?? 0 } };
    case 'invalid':
    case 'gone':
    case 'busy':
    case 'quota_exceeded':
    case 'storage_unavailable':
    case 'version_conflict':
    case 'database_closed':
    case 'storage_failed':
      return { key: `store:errors.${error.code}` };
    default:
      return { key: 'sync:errors.unknown', params: { code: error.code } };
  }
}
