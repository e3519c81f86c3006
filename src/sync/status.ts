// The sync status the shell and the sync screen show, and how sync
// events change it. Pure: the engine feeds events in; screens read the result through an
// Observable (observable.ts).
import type { SyncFailure } from './sync-failure.ts';

export type SyncPhase =
  /** No team: the app works on this device only. */
  | { kind: 'local_only' }
  | { kind: 'idle' }
  | { kind: 'syncing' }
  | { kind: 'offline'; nextRetryAt: number | null }
  | { kind: 'error'; reason: SyncFailure['code']; message: string; nextRetryAt: number | null }
  /** The endpoint refused the token: sign in again; nothing local was touched. */
  | { kind: 'needs_sign_in' }
  /** The endpoint needs a newer app: no more retries until the app is updated. */
  | { kind: 'update_required' }
  /** The endpoint refused changes dated too far ahead: fix the phone's date; they stay queued. */
  | { kind: 'clock_ahead' };

export interface SyncStatus {
  phase: SyncPhase;
  /** Wall time (ms) of the last run that pushed and pulled everything; null: never. */
  lastSyncedAt: number | null;
  /** Changes waiting in the outbox. */
  pendingCount: number;
  /** When the oldest waiting change was made (ms), for the 24-hour warning. */
  oldestPendingAt: number | null;
  /** Changes the endpoint refused, waiting for a person to look at them. */
  rejectedCount: number;
  /** Conflicts waiting for a person's decision. */
  conflictCount: number;
}

export type SyncEvent =
  | { type: 'session'; signedIn: boolean; tokenRefused: boolean }
  | { type: 'started' }
  | { type: 'finished'; at: number; clockAhead: boolean }
  | { type: 'failed'; failure: SyncFailure; phase: 'offline' | 'error' | 'needs_sign_in' | 'update_required'; nextRetryAt: number | null }
  | { type: 'outbox'; pendingCount: number; oldestPendingAt: number | null; rejectedCount: number; conflictCount: number }
  | { type: 'last_synced'; at: number | null };

export const initialStatus: SyncStatus = {
  phase: { kind: 'local_only' },
  lastSyncedAt: null,
  pendingCount: 0,
  oldestPendingAt: null,
  rejectedCount: 0,
  conflictCount: 0,
};

export function reduceStatus(status: SyncStatus, event: SyncEvent): SyncStatus {
  switch (event.type) {
    case 'session':
      return {
        ...status,
        phase: !event.signedIn ? { kind: 'local_only' } : event.tokenRefused ? { kind: 'needs_sign_in' } : { kind: 'idle' },
      };
    case 'started':
      return { ...status, phase: { kind: 'syncing' } };
    case 'finished':
      return { ...status, phase: event.clockAhead ? { kind: 'clock_ahead' } : { kind: 'idle' }, lastSyncedAt: event.at };
    case 'failed':
      return { ...status, phase: failedPhase(event) };
    case 'outbox':
      return {
        ...status,
        pendingCount: event.pendingCount,
        oldestPendingAt: event.oldestPendingAt,
        rejectedCount: event.rejectedCount,
        conflictCount: event.conflictCount,
      };
    case 'last_synced':
      return { ...status, lastSyncedAt: event.at };
  }
}

function failedPhase(event: Extract<SyncEvent, { type: 'failed' }>): SyncPhase {
  switch (event.phase) {
    case 'offline':
      return { kind: 'offline', nextRetryAt: event.nextRetryAt };
    case 'error':
      return { kind: 'error', reason: event.failure.code, message: event.failure.message, nextRetryAt: event.nextRetryAt };
    default:
      return { kind: event.phase };
  }
}

/** Unsynced changes older than this get a warning in the shell. */
export const STALE_PENDING_MS = 24 * 60 * 60 * 1000;

export function hasStalePending(status: SyncStatus, nowMs: number): boolean {
  return status.oldestPendingAt !== null && status.pendingCount > 0 && nowMs - status.oldestPendingAt > STALE_PENDING_MS;
}
