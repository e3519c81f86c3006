// The app's store for screens: opened once (app-store.ts appStore), shared by every screen.
// A failure to open (IndexedDB unavailable, e.g. some private windows) goes to the global
// storage banner and comes back here as `error`, with `retry` for a "try again" button.
import { useEffect, useState } from 'preact/hooks';
import type { StoreError } from '../../store/errors.ts';
import { appStore } from '../../store/app-store.ts';
import type { Store } from '../../store/store.ts';
import { reportStoreError } from '../storage-problem.ts';

export interface StoreState {
  store: Store | null;
  error: StoreError | null;
  retry(): void;
}

let opened: Store | null = null;

export function useStore(): StoreState {
  const [store, setStore] = useState<Store | null>(opened);
  const [error, setError] = useState<StoreError | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (opened) return undefined;
    let live = true;
    void appStore().then((result) => {
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
  }, [attempt]);
  return { store, error, retry: () => setAttempt((n) => n + 1) };
}
