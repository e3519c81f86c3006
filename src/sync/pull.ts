// Pull (SYNC-PROTOCOL.md, Pull): page after page until `more` is false. Each page goes
// through the store's applyPulled: removed cases first, then every record through the
// shared merge rule (pending local fields keep their values), then the page's cursor, all
// in one transaction, so the cursor never passes a record that was not stored. The next
// page is already on its way while one is being stored.
import { MAX_PULL_LIMIT } from '../domain/protocol.ts';
import type { Store } from '../store/store.ts';
import { applyPulled } from '../store/apply-pulled.ts';
import { syncCursor } from '../store/sync-state.ts';
import type { ApiClient } from './api-client.ts';
import { fromApiError, fromStoreError, type SyncFailure } from './sync-failure.ts';
import type { Result } from '../domain/result.ts';

export const DEFAULT_PULL_PAGE = 1000;

export type PullRunResult = Result<{ pages: number; records: number }, SyncFailure>;

export async function pullAll(store: Store, api: ApiClient, pageSize = DEFAULT_PULL_PAGE): Promise<PullRunResult> {
  const limit = Math.max(1, Math.min(MAX_PULL_LIMIT, pageSize));
  const start = await syncCursor(store);
  if (!start.ok) return { ok: false, error: fromStoreError(start.error) };
  let cursor = start.value;
  let pages = 0;
  let records = 0;
  let next = api.pull(cursor, limit);
  for (;;) {
    const answer = await next;
    if (!answer.ok) return { ok: false, error: fromApiError(answer.error) };
    const page = answer.value;
    if (page.more && page.cursor === cursor) {
      return { ok: false, error: { code: 'bad_response', message: 'the pull cursor did not move' } };
    }
    if (page.more) next = api.pull(page.cursor, limit);
    const applied = await applyPulled(store, { records: page.records, removed: page.removed, cursor: page.cursor });
    if (!applied.ok) return { ok: false, error: fromStoreError(applied.error) };
    pages += 1;
    records += page.records.length;
    if (!page.more) return { ok: true, value: { pages, records } };
    cursor = page.cursor;
  }
}
