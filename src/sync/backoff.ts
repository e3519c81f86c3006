// When to try again after a failed sync. Exponential backoff with jitter, so that after an
// endpoint restart a whole team's phones do not all come back in the same second
// ("equal jitter": half of each delay is fixed, half random, so a retry is never
// immediate). Pure: the caller passes the randomness in.

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * Delay before retry number `attempt` (0 = the first retry after one failure).
 * `random` is a number in [0, 1), e.g. Math.random().
 */
export function nextDelay(attempt: number, random: number): number {
  const step = Math.max(0, Math.min(Math.floor(attempt), 30)); // 2 ** 30 is far past the cap
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** step);
  const jitter = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (jitter * ceiling) / 2);
}

/**
 * The wait a `retry-after` header asks for, in ms: either seconds or an HTTP date
 * (RFC 9110, section 10.2.3). Null when missing or unreadable.
 */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
