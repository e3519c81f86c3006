// A tiny registry of forms that hold input the person has not saved yet. The update
// flow and the page-unload guard ask it before anything could throw typed text away.
//
// Use from a form:   useUnsavedInput('note-editor', text !== savedText)
// or by hand:        markUnsaved('note-editor') ... markSaved('note-editor')
import { useEffect } from 'preact/hooks';

const owners = new Set<string>();
const listeners = new Set<(unsaved: boolean) => void>();

function notify(): void {
  const unsaved = owners.size > 0;
  for (const listener of listeners) listener(unsaved);
}

export function markUnsaved(owner: string): void {
  if (owners.has(owner)) return;
  owners.add(owner);
  notify();
}

export function markSaved(owner: string): void {
  if (!owners.delete(owner)) return;
  notify();
}

export function hasUnsavedInput(): boolean {
  return owners.size > 0;
}

export function onUnsavedChange(listener: (unsaved: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks `owner` unsaved while `dirty` is true, and clears it when the form unmounts. */
export function useUnsavedInput(owner: string, dirty: boolean): void {
  useEffect(() => {
    if (dirty) markUnsaved(owner);
    else markSaved(owner);
  }, [owner, dirty]);
  useEffect(() => () => markSaved(owner), [owner]);
}
