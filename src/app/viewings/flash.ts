// A one-time confirmation carried from a form to the screen it leads to ("Viewing
// saved"), announced there through a status region.
import { smallStore } from '../small-store.ts';

export const flash = smallStore<string | null>(null);

/** Read and clear the message (the screen that shows it calls this once). */
export function takeFlash(): string | null {
  const message = flash.get();
  flash.set(null);
  return message;
}
