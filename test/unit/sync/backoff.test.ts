import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, nextDelay, retryAfterMs } from '../../../src/sync/backoff.ts';

describe('nextDelay', () => {
  it('waits one to two seconds before the first retry', () => {
    expect(nextDelay(0, 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(nextDelay(0, 0.999999)).toBeCloseTo(BACKOFF_BASE_MS, -1);
  });

  it('doubles the ceiling with every failure until the five-minute cap', () => {
    expect([0, 1, 2, 3, 4].map((attempt) => nextDelay(attempt, 0))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(nextDelay(20, 0.5)).toBe(Math.round(BACKOFF_MAX_MS * 0.75));
    expect(nextDelay(1e9, 0.999)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
  });

  it('always lies between half the ceiling and the ceiling, never immediate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, random) => {
        const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 30));
        const delay = nextDelay(attempt, random);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
        expect(delay).toBeGreaterThan(0);
      }),
    );
  });

  it('spreads devices that failed together (jitter)', () => {
    const delays = new Set([0.1, 0.3, 0.5, 0.7, 0.9].map((random) => nextDelay(5, random)));
    expect(delays.size).toBe(5);
  });

  it('treats nonsense attempts and randomness as the nearest sensible values', () => {
    expect(nextDelay(-3, 0)).toBe(nextDelay(0, 0));
    expect(nextDelay(0, 7)).toBe(nextDelay(0, 1));
  });
});

describe('retryAfterMs', () => {
  const now = Date.UTC(2026, 10, 21, 10, 0, 0);

  it('reads seconds', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(retryAfterMs('Sat, 21 Nov 2026 10:01:30 GMT', now)).toBe(90_000);
    expect(retryAfterMs('Sat, 21 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('gives null for a missing or unreadable header', () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
