import { describe, expect, it } from 'vitest';
import { hasStalePending, initialStatus, reduceStatus, STALE_PENDING_MS, type SyncStatus } from '../../../src/sync/status.ts';

const signedIn = reduceStatus(initialStatus, { type: 'session', signedIn: true, tokenRefused: false });

describe('sync status', () => {
  it('starts as "this device only" and becomes idle with a session', () => {
    expect(initialStatus.phase).toEqual({ kind: 'local_only' });
    expect(signedIn.phase).toEqual({ kind: 'idle' });
    expect(reduceStatus(initialStatus, { type: 'session', signedIn: true, tokenRefused: true }).phase).toEqual({ kind: 'needs_sign_in' });
  });

  it('goes syncing, then idle with the time of the sync', () => {
    const syncing = reduceStatus(signedIn, { type: 'started' });
    expect(syncing.phase.kind).toBe('syncing');
    const done = reduceStatus(syncing, { type: 'finished', at: 1234, clockAhead: false });
    expect(done).toMatchObject({ phase: { kind: 'idle' }, lastSyncedAt: 1234 });
  });

  it('says "fix the date" after a run with changes dated ahead', () => {
    expect(reduceStatus(signedIn, { type: 'finished', at: 1, clockAhead: true }).phase).toEqual({ kind: 'clock_ahead' });
  });

  it('keeps the last successful sync time through a failure, with the reason and the next retry', () => {
    const done = reduceStatus(signedIn, { type: 'finished', at: 1000, clockAhead: false });
    const failed = reduceStatus(done, {
      type: 'failed',
      failure: { code: 'internal_error', message: 'boom' },
      phase: 'error',
      nextRetryAt: 5000,
    });
    expect(failed).toMatchObject({ lastSyncedAt: 1000, phase: { kind: 'error', reason: 'internal_error', nextRetryAt: 5000 } });
    const offline = reduceStatus(done, { type: 'failed', failure: { code: 'network', message: '' }, phase: 'offline', nextRetryAt: 9 });
    expect(offline.phase).toEqual({ kind: 'offline', nextRetryAt: 9 });
    const update = reduceStatus(done, { type: 'failed', failure: { code: 'upgrade_required', message: '' }, phase: 'update_required', nextRetryAt: null });
    expect(update.phase).toEqual({ kind: 'update_required' });
  });

  it('counts waiting and refused changes', () => {
    const counted = reduceStatus(signedIn, { type: 'outbox', pendingCount: 3, oldestPendingAt: 10, rejectedCount: 1, conflictCount: 2 });
    expect(counted).toMatchObject({ pendingCount: 3, oldestPendingAt: 10, rejectedCount: 1, conflictCount: 2, phase: { kind: 'idle' } });
  });

  it('warns when a change has waited more than 24 hours', () => {
    const status: SyncStatus = { ...signedIn, pendingCount: 1, oldestPendingAt: 0 };
    expect(hasStalePending(status, STALE_PENDING_MS)).toBe(false);
    expect(hasStalePending(status, STALE_PENDING_MS + 1)).toBe(true);
    expect(hasStalePending({ ...status, pendingCount: 0, oldestPendingAt: null }, STALE_PENDING_MS * 3)).toBe(false);
  });
});
