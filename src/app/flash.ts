// A one-time confirmation carried from a form to the screen it leads to ("Case created",
// "Viewing saved"), shown there once by <Flash /> (components/Flash.tsx) in a status
// region. It holds an i18n key with its namespace, so it is shown in the language of the
// moment. Kept in memory only.
import { smallStore } from './small-store.ts';

const pending = smallStore<string | null>(null);

/** `setFlash('cases:form.created')` before navigating away. */
export function setFlash(key: string): void {
  pending.set(key);
}

/** Read and clear the message (the screen that shows it calls this once). */
export function takeFlash(): string | null {
  const key = pending.get();
  pending.set(null);
  return key;
}
