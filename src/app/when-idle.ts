// Work that should not delay the first screen, but must not wait for ever either: an idle
// callback with a deadline. Without one, a busy page (a slow phone, a long list being
// rendered) may never be idle, and the reminder banner or the sync start with it would
// never load.
const DEFAULT_DEADLINE_MS = 1000;

export function whenIdle(callback: () => void, deadlineMs = DEFAULT_DEADLINE_MS): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout: deadlineMs });
  else window.setTimeout(callback, 1);
}
