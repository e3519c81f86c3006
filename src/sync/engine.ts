// One sync run: push the outbox, then pull until there is nothing more. The
// engine holds the status the screens show; the scheduler (scheduler.ts) decides when a
// run happens, and the leader lock (leader.ts) keeps it to one run per browser.
// Nothing here blocks a local write: writes go to IndexedDB on their own, and a run only
// ever takes short store transactions.
import type { Store } from '../store/store.ts';
import type { Role } from '../domain/protocol.ts';
import { openConflictCount } from '../store/queries/conflicts.ts';
import { outboxSummary, rejectedCount, syncCursor } from '../store/sync-state.ts';
import { createApiClient, type ApiClient, type Fetch } from './api-client.ts';
import { PROTOCOL_LIMITS, type BatchLimits } from './batch.ts';
import type { Leader } from './leader.ts';
import { writable, type Observable } from './observable.ts';
import { DEFAULT_PULL_PAGE, pullAll } from './pull.ts';
import { pushOutbox } from './push.ts';
import { planRetry, type RetryPlan } from './retry-policy.ts';
import { repairPull } from './repair-after-restore.ts';
import { restoreRefusedDeletes } from '../store/restore-refused-deletes.ts';
import { readSession, updateSession } from '../store/session.ts';
import { initialStatus, reduceStatus, type SyncEvent, type SyncStatus } from './status.ts';
import type { SyncFailure } from './sync-failure.ts';
import { verifyDuplicates } from '../store/verify-duplicates.ts';
import { refreshMembers } from './members.ts';
import { forgetRefusedToken } from './token-refused.ts';
import type { Result } from '../domain/result.ts';

export interface SyncEngineDeps {
  store: Store;
  fetch: Fetch;
  leader: Leader;
  /** Wall time in ms (defaults to the store's clock). */
  now?: () => number;
  timeoutMs?: number;
  pullPageSize?: number;
}

// The run's outcome as the scheduler, the sync service and their tests read it (named
// `failure`, not Result's `error`: the status and the screens speak of sync failures).
export type SyncRunResult = { ok: true; clockAhead: boolean } | { ok: false; failure: SyncFailure };

export interface SyncEngine {
  readonly status: Observable<SyncStatus>;
  /** One push-then-pull run under the leader lock. Never throws. */
  run(): Promise<SyncRunResult>;
  /** Re-read the outbox and rejected counts and the session into the status. */
  refresh(): Promise<void>;
  /** The scheduler's plan after a failure (when the next try is). */
  noteRetry(failure: SyncFailure, plan: RetryPlan, nextRetryAt: number | null): void;
}

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const { store, leader } = deps;
  const now = deps.now ?? (() => store.env.now());
  const status = writable<SyncStatus>(initialStatus);
  const emit = (event: SyncEvent) => status.update((current) => reduceStatus(current, event));
  const limits: BatchLimits = { ...PROTOCOL_LIMITS };
  const pageSize = deps.pullPageSize ?? DEFAULT_PULL_PAGE;

  async function refresh(): Promise<void> {
    const [summary, refusedCount, conflictCount, session] = await Promise.all([
      outboxSummary(store),
      rejectedCount(store).catch(() => 0),
      openConflictCount(store).catch(() => 0),
      readSession(store).catch(() => null),
    ]);
    if (summary.ok) {
      const outbox = { pendingCount: summary.value.count, oldestPendingAt: summary.value.oldestCreatedAt };
      emit({ type: 'outbox', ...outbox, rejectedCount: refusedCount, conflictCount });
    }
    emit({ type: 'last_synced', at: session?.lastSyncedAt ?? null });
    // A run's outcome (error, clock ahead) stays on screen; the session decides the rest.
    const signedIn = session !== null;
    const tokenRefused = session?.tokenRefusedAt != null;
    const phase = status.get().phase.kind;
    if (!signedIn || tokenRefused || phase === 'local_only' || phase === 'needs_sign_in') {
      emit({ type: 'session', signedIn, tokenRefused });
    }
  }

  async function runUnlocked(): Promise<SyncRunResult> {
    let session;
    try {
      session = await readSession(store);
    } catch {
      return fail({ code: 'storage_failed', message: 'session unreadable' });
    }
    if (session === null) {
      emit({ type: 'session', signedIn: false, tokenRefused: false });
      return { ok: true, clockAhead: false };
    }
    if (session.tokenRefusedAt !== null) return fail({ code: 'unauthorized', message: 'sign in again' });
    emit({ type: 'started' });
    const api = createApiClient({
      baseUrl: session.endpoint,
      token: session.token,
      fetch: deps.fetch,
      now,
      ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {}),
    });

    const pushed = await pushOutbox({ store, api, session, limits });
    if (!pushed.ok) return fail(pushed.error, session.deviceId);
    try {
      await restoreRefusedDeletes(store, pushed.value.deletesToRestore);
    } catch {
      return fail({ code: 'storage_failed', message: 'restoring refused deletes failed' }, session.deviceId);
    }
    const pulled = await pullOrRepair(api, session.deviceId, session.user.role);
    if (!pulled.ok) return fail(pulled.error, session.deviceId);
    if (pulled.value.repaired) {
      // Send what the repair queued again, and take the endpoint's answer to it.
      const again = await pushOutbox({ store, api, session: (await readSession(store)) ?? session, limits });
      if (!again.ok) return fail(again.error, session.deviceId);
      pushed.value.duplicates.push(...again.value.duplicates);
      pushed.value.clockAhead += again.value.clockAhead;
      await restoreRefusedDeletes(store, again.value.deletesToRestore);
      const after = await pullAll(store, api, pageSize);
      if (!after.ok) return fail(after.error, session.deviceId);
    }
    try {
      await verifyDuplicates(store, pushed.value.duplicates);
      await updateSession(store, session.deviceId, { lastSyncedAt: now() });
      // Names for assignees, conflicts and devices, readable offline (members.ts).
      await refreshMembers(store, api, now());
    } catch {
      // The data is synced; only bookkeeping failed, and the next run redoes it.
    }
    const clockAhead = pushed.value.clockAhead > 0;
    emit({ type: 'finished', at: now(), clockAhead });
    await refresh();
    return { ok: true, clockAhead };
  }

  /** The normal pull, or the full repair pull after the endpoint lost changes. */
  async function pullOrRepair(api: ApiClient, deviceId: string, role: Role): Promise<Result<{ repaired: boolean }, SyncFailure>> {
    if ((await readSession(store))?.repairPending !== true) {
      const pulled = await pullAll(store, api, pageSize);
      if (pulled.ok) return { ok: true, value: { repaired: false } };
      // A cursor the endpoint calls invalid: its history is shorter than ours (a restore).
      const cursor = await syncCursor(store);
      if (pulled.error.code !== 'invalid_request' || !cursor.ok || cursor.value === null) return pulled;
      await updateSession(store, deviceId, { repairPending: true });
    }
    const repaired = await repairPull(store, api, pageSize, role);
    if (!repaired.ok) return repaired;
    await updateSession(store, deviceId, { repairPending: false });
    return { ok: true, value: { repaired: true } };
  }

  async function fail(failure: SyncFailure, deviceId?: string): Promise<SyncRunResult> {
    if (failure.code === 'unauthorized' && deviceId !== undefined) await forgetRefusedToken(store, deviceId, now());
    const plan = planRetry(failure, 0, 0);
    emit({ type: 'failed', failure, phase: plan.phase, nextRetryAt: null });
    await refresh().catch(() => undefined);
    return { ok: false, failure };
  }

  return {
    status,
    run: () =>
      leader.run(() =>
        runUnlocked().catch((thrown: unknown) =>
          fail({ code: 'storage_failed', message: thrown instanceof Error ? thrown.name : 'sync failed' }),
        ),
      ),
    refresh: () => refresh().catch(() => undefined),
    noteRetry(failure, plan, nextRetryAt) {
      emit({ type: 'failed', failure, phase: plan.phase, nextRetryAt });
    },
  };
}
