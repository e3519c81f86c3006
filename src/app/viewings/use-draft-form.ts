// Form state that survives a reload: every change is saved as a draft (store/drafts.ts,
// encoded like any field value) a moment after typing stops, and a form that opens finds
// its draft again. While a change is not yet in the draft, the form counts as unsaved
// (unsaved.ts), so the update flow and the page-unload guard wait for it.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { deleteDraft, loadDraft, saveDraft } from '../../store/drafts.ts';
import type { Store } from '../../store/store.ts';
import { markSaved, markUnsaved } from '../unsaved.ts';

const SAVE_AFTER_MS = 300;

export interface DraftForm<V> {
  /** Null until the draft (or the initial value) is loaded. */
  value: V | null;
  /** Replace the value (functional update); the draft follows shortly. */
  update: (next: (previous: V) => V) => void;
  /** True when the form opened with a draft from an earlier visit. */
  restored: boolean;
  /** Differs from the initial value. */
  dirty: boolean;
  /** Throw the draft away and start again from the initial value. */
  discard: () => void;
  /** After a successful save: drop the draft, nothing is unsaved any more. */
  finish: () => Promise<void>;
}

/**
 * `initial` is null while what the form starts from is still loading (e.g. the record
 * being edited); `key` names the draft (viewing-state.ts draftKeys); `caseId` ties it to
 * its case, so deleting the case erases the draft too.
 */
export function useDraftForm<V>(store: Store | null, key: string, caseId: string | undefined, initial: V | null): DraftForm<V> {
  const [value, setValueState] = useState<V | null>(null);
  // The latest value, for updates made between renders (fast typing, chips).
  const current = useRef<V | null>(null);
  const setValue = (next: V | null) => {
    current.current = next;
    setValueState(next);
  };
  const [restored, setRestored] = useState(false);
  const initialRef = useRef<V | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<V | null>(null);
  const loadedKey = useRef<string | null>(null);

  useEffect(() => {
    if (!store || initial === null || loadedKey.current === key) return;
    loadedKey.current = key;
    initialRef.current = initial;
    void loadDraft<V>(store, key).then((result) => {
      if (result.ok && result.value) {
        setValue(result.value.value);
        setRestored(true);
      } else {
        setValue(initial);
      }
    });
  }, [store, key, initial]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    pending.current = null;
    if (!store || next === null) return Promise.resolve();
    return saveDraft(store, key, next, caseId).then(() => {
      if (pending.current === null) markSaved(owner(key));
    });
  }, [store, key, caseId]);

  const update = useCallback(
    (next: (previous: V) => V) => {
      const previous = current.current;
      if (previous === null) return;
      const updated = next(previous);
      current.current = updated;
      setValue(updated);
      pending.current = updated;
      markUnsaved(owner(key));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [key, flush],
  );

  // Leaving the screen: write what is pending at once (the draft is the only copy).
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  const discard = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = null;
    markSaved(owner(key));
    setRestored(false);
    setValue(initialRef.current);
    if (store) void deleteDraft(store, key);
  }, [store, key]);

  const finish = useCallback(async () => {
    window.clearTimeout(timer.current);
    pending.current = null;
    markSaved(owner(key));
    if (store) await deleteDraft(store, key);
  }, [store, key]);

  const dirty = value !== null && initialRef.current !== null && JSON.stringify(value) !== JSON.stringify(initialRef.current);
  return { value, update, restored, dirty, discard, finish };
}

function owner(key: string): string {
  return `draft:${key}`;
}
