// One sync at a time per browser: across tabs and the service worker, through the Web
// Locks API (navigator.locks, available to pages and workers alike). Where it is missing
// (older Safari), runs are serialized within this tab or worker only. That fallback is
// safe, just wasteful: a push retried by two tabs is deduplicated by mutation number on
// the endpoint, and each pulled page commits with its own cursor in one transaction.

export const SYNC_LOCK_NAME = 'tz-sync';

/** The part of the Web Locks LockManager used here. */
export interface LockManagerLike {
  request<T>(name: string, options: { mode: 'exclusive' }, callback: () => Promise<T>): Promise<T>;
}

export interface Leader {
  /** Run `task` once no other sync holds the lock (waits for it). */
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly crossContext: boolean;
}

export function createLeader(locks: LockManagerLike | undefined, name: string = SYNC_LOCK_NAME): Leader {
  if (locks && typeof locks.request === 'function') {
    return { run: (task) => locks.request(name, { mode: 'exclusive' }, task), crossContext: true };
  }
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task, task);
      tail = result.catch(() => undefined);
      return result;
    },
    crossContext: false,
  };
}

/** The browser's lock manager, if this context has one. */
export function browserLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}
