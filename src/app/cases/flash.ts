// A short message for the next screen after navigating away, e.g. "Case deleted" shown
// on the list. Kept in memory only; read once.
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
