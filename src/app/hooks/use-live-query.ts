// Screens read data through this hook: it runs a store query (src/store/queries) inside a
// Dexie liveQuery and re-renders whenever IndexedDB data the query read changes, in this
// tab, another tab or the service worker. Storage failures arrive as a StoreError value
// with a message key the screen can translate.
// Dexie is loaded, not imported: a querier needs an open store, whose code (use-store.ts)
// has loaded Dexie already, so this costs the first screen nothing and later ones a tick.
import { useEffect, useState } from 'preact/hooks';
import { toStoreError, type StoreError } from '../../store/errors.ts';
import { reportStoreError } from '../storage-problem.ts';

type DexieModule = typeof import('dexie');
let dexie: DexieModule | undefined;

function loadDexie(): Promise<DexieModule> {
  return import('dexie').then((module) => (dexie = module));
}

export interface LiveQueryState<T> {
  /** The latest result; while a changed query loads, the previous result stays here. */
  value: T | undefined;
  error: StoreError | undefined;
  /** True until the first result of the current query arrives. */
  loading: boolean;
}

/**
 * `const { value } = useLiveQuery(() => caseList(store, query), [store, query.sort, ...])`.
 * `deps` work as in useEffect: the query restarts when one of them changes. A null querier
 * (e.g. the store is not open yet) subscribes to nothing.
 */
export function useLiveQuery<T>(querier: (() => Promise<T>) | null, deps: readonly unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ value: undefined, error: undefined, loading: true });

  useEffect(() => {
    if (!querier) return undefined;
    setState((previous) => ({ ...previous, loading: true }));
    let subscription: { unsubscribe(): void } | undefined;
    let live = true;
    const subscribe = ({ liveQuery }: DexieModule) => {
      if (!live) return;
      subscription = liveQuery(querier).subscribe({
        next: (value) => setState({ value, error: undefined, loading: false }),
        error: (thrown: unknown) => {
          const error = toStoreError(thrown);
          reportStoreError(error); // a storage failure also shows in the global banner
          setState((previous) => ({ ...previous, error, loading: false }));
        },
      });
    };
    if (dexie) subscribe(dexie);
    else void loadDexie().then(subscribe);
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
    // The caller's deps decide when the query restarts (as with useEffect).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return state;
}
