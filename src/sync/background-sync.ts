// Background Sync (where the browser has it: Chrome on Android): the page asks the service
// worker for a `sync` event once it has changes it could not send, and the browser fires it
// when the network is back, even after the tab is closed. Browsers without it (iOS Safari)
// simply sync on the next open (scheduler.ts: on start).
//
// In sw/sw.ts:
//   import { handleSyncEvent } from '../src/sync/background-sync.ts';
//   self.addEventListener('sync', (event) => handleSyncEvent(event as unknown as BackgroundSyncEvent));
import { appStore } from '../store/store.ts';
import { createSyncEngine } from './engine.ts';
import { browserLocks, createLeader } from './leader.ts';
import { planRetry } from './retry-policy.ts';

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
 * Service worker side: one sync run, under the same lock as the pages. Rejects when a
 * later try could succeed, so the browser fires the event again (with its own backoff);
 * resolves when done or when only a person can help (sign in again, update the app).
 */
export async function syncFromServiceWorker(): Promise<void> {
  const opened = await appStore();
  if (!opened.ok) return;
  const engine = createSyncEngine({ store: opened.value, fetch: (input, init) => fetch(input, init), leader: createLeader(browserLocks()) });
  const result = await engine.run();
  if (!result.ok && planRetry(result.failure, 0, 0).kind === 'retry') {
    throw new Error(`sync failed: ${result.failure.code}`);
  }
}

export function handleSyncEvent(event: BackgroundSyncEvent): void {
  if (event.tag === BACKGROUND_SYNC_TAG) event.waitUntil(syncFromServiceWorker());
}
