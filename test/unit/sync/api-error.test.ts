import { describe, expect, it } from 'vitest';
import { errorFromResponse, networkError } from '../../../src/sync/api-error.ts';
import { planRetry } from '../../../src/sync/retry-policy.ts';

const NOW = Date.UTC(2026, 10, 21, 10, 0, 0);
const body = (code: string, details?: unknown[]) => ({ error: { code, message: `said ${code}`, ...(details ? { details } : {}) } });

describe('errorFromResponse', () => {
  it("keeps the endpoint's code and message", () => {
    expect(errorFromResponse(403, body('forbidden'), null, NOW)).toEqual({ code: 'forbidden', status: 403, message: 'said forbidden' });
  });

  it('reads lastMutation from a mutation gap', () => {
    const error = errorFromResponse(409, body('mutation_gap', [{ lastMutation: 41 }]), null, NOW);
    expect(error.code).toBe('mutation_gap');
    expect(error.lastMutation).toBe(41);
  });

  it('does not act on a mutation gap without the number', () => {
    expect(errorFromResponse(409, body('mutation_gap'), null, NOW).code).toBe('bad_response');
  });

  it('reads retry-after on 429', () => {
    const error = errorFromResponse(429, body('rate_limited'), '30', NOW);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(30_000);
  });

  it("maps a proxy's own error page by its status", () => {
    expect(errorFromResponse(502, '<html>', null, NOW).code).toBe('service_unavailable');
    expect(errorFromResponse(500, undefined, null, NOW).code).toBe('internal_error');
    expect(errorFromResponse(401, undefined, null, NOW).code).toBe('unauthorized');
    expect(errorFromResponse(426, undefined, null, NOW).code).toBe('upgrade_required');
    expect(errorFromResponse(413, undefined, null, NOW).code).toBe('payload_too_large');
    expect(errorFromResponse(418, undefined, null, NOW).code).toBe('bad_response');
    expect(errorFromResponse(408, undefined, null, NOW).code).toBe('request_timeout');
    expect(errorFromResponse(431, undefined, null, NOW).code).toBe('headers_too_large');
  });

  it('tells a timeout from no connection', () => {
    expect(networkError(new TypeError('fetch failed')).code).toBe('network');
    expect(networkError(new DOMException('late', 'TimeoutError')).code).toBe('timeout');
  });
});

describe('planRetry', () => {
  it('asks to sign in again on 401 and stops retrying', () => {
    expect(planRetry({ code: 'unauthorized', message: '' }, 0, 0.5)).toEqual({ kind: 'stop', phase: 'needs_sign_in' });
  });

  it('asks for an update on 426 and stops retrying', () => {
    expect(planRetry({ code: 'upgrade_required', message: '' }, 3, 0.5)).toEqual({ kind: 'stop', phase: 'update_required' });
  });

  it('shows offline and backs off when nothing answers', () => {
    expect(planRetry({ code: 'network', message: '' }, 0, 0)).toEqual({ kind: 'retry', phase: 'offline', delayMs: 1000 });
    expect(planRetry({ code: 'timeout', message: '' }, 2, 0)).toEqual({ kind: 'retry', phase: 'offline', delayMs: 4000 });
    // 408: the endpoint stopped waiting for a slow upload.
    expect(planRetry({ code: 'request_timeout', message: '' }, 0, 0)).toEqual({ kind: 'retry', phase: 'offline', delayMs: 1000 });
  });

  it('waits at least as long as retry-after asks', () => {
    expect(planRetry({ code: 'rate_limited', message: '', retryAfterMs: 60_000 }, 0, 0)).toMatchObject({ delayMs: 60_000 });
    expect(planRetry({ code: 'rate_limited', message: '', retryAfterMs: 10 }, 3, 0)).toMatchObject({ delayMs: 8000 });
  });

  it('backs off with an error on server faults and local storage failures', () => {
    expect(planRetry({ code: 'internal_error', message: '' }, 1, 0)).toEqual({ kind: 'retry', phase: 'error', delayMs: 2000 });
    expect(planRetry({ code: 'quota_exceeded', message: '' }, 0, 0)).toMatchObject({ kind: 'retry', phase: 'error' });
  });
});
