// The page's timers, visibility and network events for the scheduler, and the app's one
// sync service (opened once, like the app's store).
import { appStore } from '../store/app-store.ts';
import { requestBackgroundSync } from './background-sync.ts';
import { browserLocks } from './leader.ts';
import type { SchedulerEnv } from './scheduler.ts';
import { createSyncService, type SyncService } from './sync-service.ts';

export function browserSchedulerEnv(): Omit<SchedulerEnv, 'onLocalChange'> {
  return {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
    now: () => Date.now(),
    random: () => Math.random(),
    isVisible: () => document.visibilityState === 'visible',
    onVisibilityChange(listener) {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
    // `navigator.onLine` is only a hint: an `online` event is a reason to try now, and a
    // failed request is the only proof of being offline.
    onOnline(listener) {
      globalThis.addEventListener('online', listener);
      return () => globalThis.removeEventListener('online', listener);
    },
  };
}

let service: Promise<SyncService | null> | null = null;

/** The app's sync service, started once; null when the store cannot be opened. */
export function appSync(): Promise<SyncService | null> {
  service ??= appStore().then((opened) => {
    if (!opened.ok) {
      service = null; // let the screen offer "try again"
      return null;
    }
    const created = createSyncService({
      store: opened.value,
      fetch: (input, init) => globalThis.fetch(input, init),
      locks: browserLocks(),
      env: browserSchedulerEnv(),
      requestBackgroundSync: async () =>
        'serviceWorker' in navigator ? requestBackgroundSync(await navigator.serviceWorker.getRegistration()) : false,
    });
    created.start();
    return created;
  });
  return service;
}
