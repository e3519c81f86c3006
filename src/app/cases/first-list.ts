// The case list before the store is open: its first page read without Dexie
// (src/store/first-case-list.ts), so the Cases screen paints its cases while the store's
// code still downloads. Once the store is open the screen's live query takes over.
import { useEffect, useState } from 'preact/hooks';
import { firstCaseList, type FirstCaseList } from '../../store/first-case-list.ts';
import type { CaseListQuery } from '../../store/queries/case-list.ts';

export interface FirstCaseListState {
  value: FirstCaseList | undefined;
  /** The read has answered (a page, or null: it could not, the store will). */
  done: boolean;
}

/** Reads `query`'s page while `query` is not null (the store is not open), again when `deps` change. */
export function useFirstCaseList(query: CaseListQuery | null, deps: readonly unknown[]): FirstCaseListState {
  const [state, setState] = useState<FirstCaseListState>({ value: undefined, done: false });
  useEffect(() => {
    if (!query) return undefined;
    let live = true;
    void firstCaseList(query).then((result) => {
      if (live) setState((previous) => ({ value: result ?? previous.value, done: true }));
    });
    return () => {
      live = false;
    };
    // The caller's deps decide when the read runs again (as with useLiveQuery).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query === null, ...deps]);
  return state;
}
