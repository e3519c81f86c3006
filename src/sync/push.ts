// Push the outbox (SYNC-PROTOCOL.md, Push): in order, in batches within the protocol's
// limits, acknowledging by the endpoint's lastMutation. Rejected mutations go to the list
// people see; `clock_ahead` ones stay queued (clock-ahead.ts). A retry after a lost answer
// is safe: the endpoint skips mutation numbers it has already processed (`duplicate`).
import type { Mutation, PushResponse } from '../domain/protocol.ts';
import type { Store } from '../store/store.ts';
import { acknowledge, pendingMutations, type RejectedMutation } from '../store/sync-state.ts';
import type { ApiClient } from './api-client.ts';
import { takeBatch, type BatchLimits } from './batch.ts';
import { requeueClockAhead, restampAhead } from '../store/clock-ahead.ts';
import { offsetAfterGap, toLocal, toWire } from '../domain/mutation-numbers.ts';
import { updateSession, type Session } from '../store/session.ts';
import { fromApiError, fromStoreError, type SyncFailure } from './sync-failure.ts';
import type { Result } from '../domain/result.ts';

export interface PushSummary {
  /** Mutations the endpoint processed in this run (applied, rejected or duplicate). */
  processed: number;
  rejected: number;
  /** Refused as dated too far ahead, kept queued. */
  clockAhead: number;
  /**
   * Mutations answered `duplicate`: processed by an earlier push whose answer was lost,
   * so their outcome is unknown here (verify-duplicates.ts checks them after the pull).
   */
  duplicates: Mutation[];
  /** Deletes refused (or of unknown outcome): their local tombstones must go (restore-refused-deletes.ts). */
  deletesToRestore: Mutation[];
}

export type PushRunResult = Result<PushSummary, SyncFailure>;

export interface PushContext {
  store: Store;
  api: ApiClient;
  session: Session;
  /** Shrinks for this engine when the endpoint (or a proxy in front of it) answers 413. */
  limits: BatchLimits;
  /**
   * Stop at the first change answered `duplicate`, leaving it and the rest of its batch
   * queued: a push that does not pull (the service worker) cannot check whether the
   * endpoint kept it, so the page's next run sends it again and checks it after its pull.
   */
  leaveDuplicates?: boolean;
}

// A gap is fixed by one offset change; more in one run means something else is wrong.
const MAX_GAP_FIXES = 3;

export async function pushOutbox(context: PushContext): Promise<PushRunResult> {
  const { store, api, limits } = context;
  let offset = context.session.mutationOffset;
  const summary: PushSummary = { processed: 0, rejected: 0, clockAhead: 0, duplicates: [], deletesToRestore: [] };
  // Requeued changes are not pushed again in the same run: they would only be refused again.
  let requeuedFrom = Number.POSITIVE_INFINITY;
  let gapFixes = 0;

  try {
    await restampAhead(store);
  } catch (thrown) {
    return { ok: false, error: storeFailure(thrown) };
  }

  for (;;) {
    const pending = await pendingMutations(store, limits.maxCount);
    if (!pending.ok) return { ok: false, error: fromStoreError(pending.error) };
    const queue = pending.value.filter((mutation) => mutation.n < requeuedFrom);
    const first = queue[0];
    if (first === undefined) return { ok: true, value: summary };

    const batch = takeBatch(toWire(queue, offset), limits);
    const answer = await api.push(batch.body);
    if (!answer.ok) {
      const error = answer.error;
      if (error.code === 'payload_too_large' && batch.mutations.length > 1) {
        limits.maxCount = Math.max(1, Math.floor(batch.mutations.length / 2));
        continue;
      }
      if (error.code === 'mutation_gap' && error.lastMutation !== undefined && gapFixes < MAX_GAP_FIXES) {
        const next = offsetAfterGap(first.n, error.lastMutation);
        // A gap means the endpoint knows FEWER of our mutations; a smaller offset would
        // reuse numbers it has counted, and it would skip real changes as duplicates.
        if (next <= offset) return { ok: false, error: { code: 'bad_response', message: 'inconsistent mutation_gap' } };
        offset = next;
        gapFixes += 1;
        // The endpoint lost changes it had acknowledged: send them again after this push.
        await updateSession(store, context.session.deviceId, { mutationOffset: offset, repairPending: true });
        continue;
      }
      // A single mutation over the limit (it cannot happen with the app's own field limits)
      // and everything else: report; the scheduler retries with backoff.
      return { ok: false, error: fromApiError(error) };
    }

    const sent = queue.slice(0, batch.mutations.length);
    const outcome = await settle(store, answer.value, sent, offset, summary, context.leaveDuplicates === true);
    if (!outcome.ok) return outcome;
    if (outcome.value.stopped) return { ok: true, value: summary };
    if (outcome.value.requeuedFrom !== null) requeuedFrom = Math.min(requeuedFrom, outcome.value.requeuedFrom);
  }
}

/** Store what one push answer says: requeue, reject, acknowledge. */
async function settle(
  store: Store,
  response: PushResponse,
  sent: readonly Mutation[],
  offset: number,
  summary: PushSummary,
  leaveDuplicates: boolean,
): Promise<Result<{ requeuedFrom: number | null; stopped: boolean }, SyncFailure>> {
  const byLocal = new Map(sent.map((mutation) => [mutation.n, mutation]));
  const firstLocal = (sent[0] as Mutation).n;
  const lastLocal = (sent.at(-1) as Mutation).n;
  // Only what this batch carried is acknowledged, even if the endpoint has counted more.
  let acknowledgeUpTo = Math.min(toLocal(response.lastMutation, offset), lastLocal);
  if (acknowledgeUpTo < firstLocal) {
    // Below our first number without a 409: nothing can be acknowledged safely.
    return { ok: false, error: { code: 'bad_response', message: 'lastMutation below the pushed batch' } };
  }
  const firstDuplicate = leaveDuplicates
    ? Math.min(...response.results.filter((result) => result.status === 'duplicate').map((result) => toLocal(result.n, offset)))
    : Number.POSITIVE_INFINITY;
  const stopped = firstDuplicate <= acknowledgeUpTo;
  if (stopped) acknowledgeUpTo = firstDuplicate - 1;
  if (acknowledgeUpTo < firstLocal) return { ok: true, value: { requeuedFrom: null, stopped } };
  const rejected: RejectedMutation[] = [];
  const ahead: number[] = [];
  for (const result of response.results) {
    const local = toLocal(result.n, offset);
    const mutation = byLocal.get(local);
    if (mutation === undefined || local > acknowledgeUpTo) continue;
    if (result.status === 'duplicate') {
      (mutation.delete ? summary.deletesToRestore : summary.duplicates).push(mutation);
    }
    if (result.status !== 'rejected') continue;
    if (result.code === 'clock_ahead') {
      ahead.push(local);
      continue;
    }
    rejected.push({ n: local, code: result.code, message: result.message });
    // `gone`: the record was deleted anyway, and our tombstone agrees.
    if (mutation.delete && result.code !== 'gone') summary.deletesToRestore.push(mutation);
  }
  try {
    // Requeue first: acknowledging drops every number up to lastMutation from the outbox.
    const moved = await requeueClockAhead(store, ahead);
    const acknowledged = await acknowledge(store, acknowledgeUpTo, rejected);
    if (!acknowledged.ok) return { ok: false, error: fromStoreError(acknowledged.error) };
    summary.processed += acknowledgeUpTo - firstLocal + 1;
    summary.rejected += rejected.length;
    summary.clockAhead += ahead.length;
    return { ok: true, value: { requeuedFrom: moved[0] ?? null, stopped } };
  } catch (thrown) {
    return { ok: false, error: storeFailure(thrown) };
  }
}

function storeFailure(thrown: unknown): SyncFailure {
  return { code: 'storage_failed', message: thrown instanceof Error ? thrown.name : 'storage failed' };
}
