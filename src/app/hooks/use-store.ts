// The app's store for screens: opened once (app-store.ts appStore), shared by every screen.
// A failure to open (IndexedDB unavailable, e.g. some private windows) goes to the global
// storage banner and comes back here as `error`, with `retry` for a "try again" button.
// The store's code (with Dexie, about 30 KB gzip) is loaded here, not imported, so the
// first screen can paint before it arrives (the case list reads its first page without
// it: src/store/first-case-list.ts).
import { useEffect, useState } from 'preact/hooks';
import type { StoreError } from '../../store/errors.ts';
import type { Store } from '../../store/store.ts';
import { reportStoreError } from '../storage-problem.ts';

export interface StoreState {
  store: Store | null;
  error: StoreError | null;
  retry(): void;
}

let opened: Store | null = null;

/**
 * `wait`: do not start opening yet (the Cases screen first shows its page read without the
 * store, then opens it). The store opens once for the app; later calls get it at once.
 */
export function useStore(wait = false): StoreState {
  const [store, setStore] = useState<Store | null>(opened);
  const [error, setError] = useState<StoreError | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (opened) {
      setStore(opened); // opened meanwhile by another screen or hook
      return undefined;
    }
    if (wait) return undefined;
    let live = true;
    void import('../../store/app-store.ts').then(({ appStore }) => appStore()).then((result) => {
      if (!live) return;
      if (result.ok) {
        opened = result.value;
        setStore(result.value);
        setError(null);
      } else {
        reportStoreError(result.error);
        setError(result.error);
      }
    });
    return () => {
      live = false;
    };
  }, [attempt, wait]);
  return { store, error, retry: () => setAttempt((n) => n + 1) };
}
