// Autosaved drafts for a form (store/drafts.ts): the form never loses typed text, not to a
// reload, a crash, or an update. Saves a moment after the person stops typing, and at
// once when the page is hidden or closed. While the form holds unsaved input it is marked
// in unsaved.ts, so the update flow never reloads over it.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { deleteDraft, loadDraft, saveDraft } from '../../store/drafts.ts';
import type { Store } from '../../store/store.ts';
import { reportStoreError } from '../storage-problem.ts';
import { useUnsavedInput } from '../unsaved.ts';

const SAVE_AFTER_MS = 400;

export interface DraftControl<T> {
  /**
   * The stored draft found when the form opened, until the form answers it with accept()
   * or discard(): undefined while looking, null when there is none (or it was answered).
   * Autosave waits for the answer, so an unanswered draft is never overwritten.
   */
  found: T | null | undefined;
  /** The form took the draft over (restored it): autosave may now replace it. */
  accept(): void;
  /** Forget the stored draft (after a save, or when the person discards it). */
  discard(): Promise<void>;
}

/**
 * `useDraft(store, 'note:new:<caseId>', value, dirty, caseId)`: keeps the draft under `key`
 * equal to `value` while `dirty`. Pass the case id when the draft belongs to a case, so
 * deleting the case erases it.
 */
export function useDraft<T>(store: Store | null, key: string, value: T, dirty: boolean, caseId?: string): DraftControl<T> {
  const [found, setFound] = useState<T | null | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);
  // Writes happen one after another, so a late save never revives a discarded draft.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef({ value, dirty });
  latest.current = { value, dirty };

  useUnsavedInput(`draft:${key}`, dirty);

  useEffect(() => {
    if (!store) return undefined;
    let live = true;
    setFound(undefined);
    void loadDraft<T>(store, key).then((result) => {
      if (!live) return;
      if (!result.ok) {
        reportStoreError(result.error);
        setFound(null);
      } else setFound(result.value ? result.value.value : null);
    });
    return () => {
      live = false;
    };
  }, [store, key]);

  const saveNow = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (!store || !latest.current.dirty) return;
    const snapshot = latest.current.value;
    queue.current = queue.current.then(async () => {
      const result = await saveDraft(store, key, snapshot, caseId);
      if (!result.ok) reportStoreError(result.error);
    });
  }, [store, key, caseId]);

  // Restart the wait on each real change of the value (not on every render).
  const serialized = JSON.stringify(value);
  useEffect(() => {
    if (!dirty || found !== null) return undefined;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(saveNow, SAVE_AFTER_MS);
    return undefined;
  }, [serialized, dirty, found, saveNow]);

  // Hidden or closed: save what is pending now (a phone may kill a background tab).
  useEffect(() => {
    const flush = () => {
      if (timer.current !== undefined) saveNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush(); // leaving the screen
    };
  }, [saveNow]);

  const discard = useCallback(async () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    setFound(null);
    if (!store) return;
    const done = queue.current.then(() => deleteDraft(store, key));
    queue.current = done;
    const result = await done;
    if (!result.ok) reportStoreError(result.error);
  }, [store, key]);

  const accept = useCallback(() => setFound(null), []);

  return { found, accept, discard };
}
