// Failed logins are limited (SYNC-PROTOCOL.md, Errors, 429): at most 10 per username and
// 30 per address in 15 minutes; wrong setup, invite and reset codes count toward the
// same per-address limit. Counted in the database, so every endpoint process and a
// restart see the same count; keys are hashes, never the username or the address.
//
// An attempt is counted BEFORE it is checked (countAttempt), and taken back only when it
// succeeds: 20 simultaneous guesses check at most 10 passwords.
import { ApiError } from '../http/api-error.ts';
import type { Storage } from '../storage/adapter.ts';
import { secretHash } from './secrets.ts';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 10;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface AttemptLimit {
  key: string;
  max: number;
}

/** The per-username limit (failed logins and wrong current passwords of one account). */
export function usernameLimit(usernameKey: string): AttemptLimit {
  return { key: `u:${secretHash(usernameKey)}`, max: MAX_FAILURES_PER_USERNAME };
}

/** The per-address limit (failed logins and wrong codes of any kind from one address). */
export function addressLimit(address: string): AttemptLimit {
  return { key: `a:${secretHash(address)}`, max: MAX_FAILURES_PER_ADDRESS };
}

export interface CountedAttempt {
  /** The attempt succeeded: it no longer counts toward any limit. */
  succeeded(): Promise<void>;
}

/**
 * Counts one attempt under each limit before the caller checks a password or a code;
 * throws 429 rate_limited (with retry-after) when a limit is used up. A failed attempt
 * simply stays counted.
 */
export async function countAttempt(storage: Storage, limits: readonly AttemptLimit[], nowMs: number): Promise<CountedAttempt> {
  const outcome = await storage.countAttempt({ limits, since: nowMs - LOGIN_WINDOW_MS, at: nowMs });
  if (!outcome.counted) {
    const wait = Math.max(...limits.map((limit, i) => waitMs(outcome.times[i] ?? [], limit.max, nowMs)));
    throw rateLimited(Math.ceil(wait / 1000));
  }
  return { succeeded: () => storage.forgetAttempts(outcome.ids) };
}

/** How long until fewer than `limit` failures remain in the window (0: not limited). */
function waitMs(failuresAscending: readonly number[], limit: number, nowMs: number): number {
  if (failuresAscending.length < limit) return 0;
  const oldestThatMustExpire = failuresAscending[failuresAscending.length - limit] as number;
  return Math.max(1000, oldestThatMustExpire + LOGIN_WINDOW_MS - nowMs);
}

function rateLimited(retryAfterSeconds: number): ApiError {
  const error = new ApiError(429, 'rate_limited', 'Too many failed sign-ins; wait a while before trying again.');
  error.headers['retry-after'] = String(retryAfterSeconds);
  return error;
}
