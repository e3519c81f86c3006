// Failed logins are limited (SYNC-PROTOCOL.md, Errors, 429): at most 10 per username and
// 30 per address in 15 minutes. Counted in the database, so every endpoint process and a
// restart see the same count; keys are hashes, never the username or the address.
import { ApiError } from '../http/api-error.ts';
import type { Storage } from '../storage/adapter.ts';
import { secretHash } from './secrets.ts';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 10;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface ThrottleKeys {
  username: string;
  address: string;
}

export function throttleKeys(usernameKey: string, address: string): ThrottleKeys {
  return { username: `u:${secretHash(usernameKey)}`, address: `a:${secretHash(address)}` };
}

/** Throws 429 rate_limited with retry-after (seconds) when a limit is used up. */
export async function refuseWhenThrottled(storage: Storage, keys: ThrottleKeys, nowMs: number): Promise<void> {
  const since = nowMs - LOGIN_WINDOW_MS;
  const waits = await Promise.all([
    waitMs(await storage.loginFailures(keys.username, since), MAX_FAILURES_PER_USERNAME, nowMs),
    waitMs(await storage.loginFailures(keys.address, since), MAX_FAILURES_PER_ADDRESS, nowMs),
  ]);
  const wait = Math.max(...waits);
  if (wait > 0) throw rateLimited(Math.ceil(wait / 1000));
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
