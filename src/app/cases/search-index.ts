// One in-memory search index for the app (store/search.ts), opened the first time the
// case list wants it and kept, following every change, while the app runs. Its code
// (store/text-index.ts) loads on demand so the first screen does not wait for it. Never persisted.
import type { SearchIndex } from '../../store/search.ts';
import type { Store } from '../../store/store.ts';

let opening: Promise<SearchIndex> | null = null;

export function searchIndex(store: Store): Promise<SearchIndex> {
  opening ??= import('../../store/search.ts').then(async ({ openSearchIndex }) => {
    const index = openSearchIndex(store);
    await index.ready;
    return index;
  });
  return opening;
}
