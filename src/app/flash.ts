// The one way the app tells a person what just happened, in a status region screen readers
// read out:
//
// - `setFlash(key)`: a one-time confirmation carried from a form to the screen it leads to
//   ("Case created", "Viewing saved"), shown there once by <Flash /> (components/Flash.tsx).
//   It holds an i18n key with its namespace, so it is shown in the language of the moment.
//   Kept in memory only.
// - `useAnnouncer()`: the same on the screen that stays ("Note saved", "Note deleted"), for
//   a polite live region the screen renders itself.
import { useCallback, useState } from 'preact/hooks';
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

/**
 * A polite live region's text: `announce('Note saved.')` shows and reads it out. Setting
 * the same text twice in a row would not be read again, so it is cleared first.
 */
export function useAnnouncer(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);
  return [message, announce];
}
