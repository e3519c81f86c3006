// Background Sync (where the browser has it: Chrome on Android): the page asks the service
// worker for a `sync` event once it has changes it could not send, and the browser fires it
// when the network is back, even after the tab is closed. Browsers without it (iOS Safari)
// simply sync on the next open (scheduler.ts: on start).
//
// The service worker only pushes: what it sends is what the person wrote, and sending it
// is what cannot wait. Pulling stays with the page, which dates pulled checklists (their
// templates are too large to parse on every worker start) and shows notifications. So the
// worker's code reaches neither the pull nor the dating (test/unit/service-worker-imports).
//
// In sw/sw.ts:
//   import { handleSyncEvent } from '../src/sync/background-sync.ts';
//   self.addEventListener('sync', (event) => handleSyncEvent(event as unknown as BackgroundSyncEvent));
import { restoreRefusedDeletes } from '../store/restore-refused-deletes.ts';
import { readSession } from '../store/session.ts';
import { closeStore, openStore, type Store } from '../store/store.ts';
import { createApiClient, type Fetch } from './api-client.ts';
import { PROTOCOL_LIMITS } from './batch.ts';
import { browserLocks, createLeader } from './leader.ts';
import { pushOutbox } from './push.ts';
import { planRetry } from './retry-policy.ts';
import type { SyncFailure } from './sync-failure.ts';
import { forgetRefusedToken } from './token-refused.ts';

export const BACKGROUND_SYNC_TAG = 'tz-sync';

/** The part of a service worker's SyncEvent used here (not in TypeScript's lib yet). */
export interface BackgroundSyncEvent {
  readonly tag: string;
  waitUntil(promise: Promise<unknown>): void;
}

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/** Page side: ask for a `sync` event; false where the browser has no Background Sync. */
export async function requestBackgroundSync(registration: ServiceWorkerRegistration | null | undefined): Promise<boolean> {
  const manager = (registration as { sync?: SyncManagerLike } | null | undefined)?.sync;
  if (!manager || typeof manager.register !== 'function') return false;
  try {
    await manager.register(BACKGROUND_SYNC_TAG);
    return true;
  } catch {
    return false; // e.g. permission withheld; the next open syncs
  }
}

/**
 * Service worker side: push the outbox once, under the same lock as the pages' runs.
 * Rejects when a later try could succeed, so the browser fires the event again (with its
 * own backoff); resolves when done or when only a person can help (sign in again, update
 * the app).
 */
export async function pushFromServiceWorker(fetchFn: Fetch = (input, init) => fetch(input, init)): Promise<void> {
  const opened = await openStore();
  if (!opened.ok) return;
  const store = opened.value;
  try {
    const failure = await createLeader(browserLocks()).run(() => pushOutboxOnly(store, fetchFn));
    if (failure && planRetry(failure, 0, 0).kind === 'retry') throw new Error(`push failed: ${failure.code}`);
  } finally {
    closeStore(store);
  }
}

/**
 * One push of the outbox and nothing else (no pull); null when it went through, or when
 * there is no session to push with.
 */
export async function pushOutboxOnly(store: Store, fetchFn: Fetch): Promise<SyncFailure | null> {
  const now = () => store.env.now();
  const session = await readSession(store).catch(() => null);
  if (session === null || session.tokenRefusedAt !== null) return null;
  const api = createApiClient({ baseUrl: session.endpoint, token: session.token, fetch: fetchFn, now });
  const pushed = await pushOutbox({ store, api, session, limits: { ...PROTOCOL_LIMITS }, leaveDuplicates: true });
  if (!pushed.ok) {
    if (pushed.error.code === 'unauthorized') await forgetRefusedToken(store, session.deviceId, now());
    return pushed.error;
  }
  try {
    await restoreRefusedDeletes(store, pushed.value.deletesToRestore);
  } catch {
    return { code: 'storage_failed', message: 'restoring refused deletes failed' };
  }
  return null;
}

export function handleSyncEvent(event: BackgroundSyncEvent): void {
  if (event.tag === BACKGROUND_SYNC_TAG) event.waitUntil(pushFromServiceWorker());
}
