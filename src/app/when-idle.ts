// Work that should not delay the first screen, but must not wait for ever either: an idle
// callback with a deadline. Without one, a busy page (a slow phone, a long list being
// rendered) may never be idle, and the reminder banner or the sync start with it would
// never load.
const DEFAULT_DEADLINE_MS = 1000;

export function whenIdle(callback: () => void, deadlineMs = DEFAULT_DEADLINE_MS): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout: deadlineMs });
  else window.setTimeout(callback, 1);
}

// The first screen on the page (Page.tsx marks it). Work "after the first screen" waits
// for it, then for idle: started from the shell at once, it would compete with the first
// screen's own lazy code on a slow phone. A screen that never shows a Page (an error)
// must not hold the sync start back for ever, hence the fallback.
const FIRST_SCREEN_FALLBACK_MS = 3000;
let firstScreenShown = () => {};
export const firstScreenOnPage = new Promise<void>((resolve) => {
  firstScreenShown = resolve;
  if (typeof window !== 'undefined') window.setTimeout(resolve, FIRST_SCREEN_FALLBACK_MS);
});

/** Called once by Page.tsx when the first screen is on the page ("tz:first-screen", which test/bench measures). */
export function markFirstScreen(): void {
  performance.mark('tz:first-screen');
  firstScreenShown();
}

/** whenIdle, once the first screen is on the page. */
export function whenIdleAfterFirstScreen(callback: () => void, deadlineMs = DEFAULT_DEADLINE_MS): void {
  void firstScreenOnPage.then(() => whenIdle(callback, deadlineMs));
}
