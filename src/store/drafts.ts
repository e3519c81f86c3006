// Autosaved form drafts: a form never loses typed text. A draft is encoded like
// any field value (codec.ts) and tied to its case, so deleting or losing access to the case
// erases its drafts too (write.ts, sync-state.ts).
import { attempt, type Result } from './errors.ts';
import type { Store } from './store.ts';

export interface Draft<T> {
  value: T;
  savedAt: number;
}

/**
 * Save (replace) the draft under `key`, e.g. `note:new:<caseId>`, `case:edit:<caseId>`,
 * `case:new`. Pass the case's id when the draft belongs to a case.
 */
export async function saveDraft(store: Store, key: string, value: unknown, caseId?: string): Promise<Result<void>> {
  return attempt(async () => {
    const body = await store.codec.encode(value);
    await store.db.drafts.put({ key, body, savedAt: store.env.now(), ...(caseId !== undefined ? { caseId } : {}) });
  });
}

/** The draft under `key`, or null. */
export async function loadDraft<T>(store: Store, key: string): Promise<Result<Draft<T> | null>> {
  return attempt(async () => {
    const row = await store.db.drafts.get(key);
    if (!row) return null;
    return { value: (await Promise.resolve(store.codec.decode(row.body))) as T, savedAt: row.savedAt };
  });
}

/** Drop a draft once its form was saved or discarded. */
export async function deleteDraft(store: Store, key: string): Promise<Result<void>> {
  return attempt(() => store.db.drafts.delete(key));
}
