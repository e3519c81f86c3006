// The first-run choice (issue 7, Screens): on a fresh device the app opens on /welcome
// before anything else, once; the choice ("this device only" or "join a team") is
// remembered on this device. Kept in localStorage because main.tsx reads it synchronously
// before the first render, so no other screen flashes first; it holds no personal data.

const KEY = 'tz-first-run';

export type FirstRunChoice = 'local' | 'team';

export const WELCOME_PATH = '/welcome';
export const JOIN_PATH = '/join';

export function firstRunChoice(): FirstRunChoice | null {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === 'local' || value === 'team' ? value : null;
  } catch {
    // Storage refused (some private windows): never trap the person on the welcome screen.
    return 'local';
  }
}

export function rememberFirstRun(choice: FirstRunChoice): void {
  try {
    globalThis.localStorage?.setItem(KEY, choice);
  } catch {
    // Not remembered: the welcome screen shows again next time, nothing worse.
  }
}

/** After signing out: the device is fresh again and offers the choice on next open. */
export function forgetFirstRun(): void {
  try {
    globalThis.localStorage?.removeItem(KEY);
  } catch {
    // nothing to forget
  }
}

/** Where a page load should start instead of `path`: /welcome on a fresh device, else null. */
export function firstRunRedirect(path: string, choice: FirstRunChoice | null): string | null {
  if (choice !== null) return null;
  if (path === WELCOME_PATH || path === JOIN_PATH) return null;
  return WELCOME_PATH;
}
