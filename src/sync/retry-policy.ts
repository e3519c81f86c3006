// What to do after a failed sync run (SYNC-PROTOCOL.md, Errors): which status to
// show and whether and when to try again. Pure.
import { nextDelay } from './backoff.ts';
import type { SyncFailure } from './sync-failure.ts';

export type RetryPlan =
  /** Retrying cannot help until a person acts (signs in again, updates the app). */
  | { kind: 'stop'; phase: 'needs_sign_in' | 'update_required' }
  | { kind: 'retry'; phase: 'offline' | 'error'; delayMs: number };

/** `attempt`: failures in a row before this one (0 for the first). */
export function planRetry(failure: SyncFailure, attempt: number, random: number): RetryPlan {
  switch (failure.code) {
    // 401: the token is unknown, expired or revoked. Local data stays untouched.
    case 'unauthorized':
      return { kind: 'stop', phase: 'needs_sign_in' };
    // 426: this app speaks a protocol version the endpoint no longer serves.
    case 'upgrade_required':
      return { kind: 'stop', phase: 'update_required' };
    case 'network':
    case 'timeout':
    // 408: the upload was too slow for the endpoint; the connection is to blame, not the data.
    case 'request_timeout':
      return { kind: 'retry', phase: 'offline', delayMs: nextDelay(attempt, random) };
    default:
      // 429 says how long to wait; anything else (5xx, a proxy page, a full disk) backs off.
      return { kind: 'retry', phase: 'error', delayMs: Math.max(failure.retryAfterMs ?? 0, nextDelay(attempt, random)) };
  }
}
