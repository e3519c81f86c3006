// Registers the service worker (sw/sw.ts, built to /sw.js) and runs the update flow:
//  - "ready to work offline" once the first install has cached the app;
//  - "a new version is ready" when an updated worker waits;
//  - the page reloads only when the person presses Reload (and confirms if a form has
//    unsaved input); the waiting worker takes over only on that message (SKIP_WAITING).
import type { Workbox } from 'workbox-window';
import { smallStore } from './small-store.ts';
import { hasUnsavedInput } from './unsaved.ts';

export type UpdateStatus =
  | 'unsupported' // no service worker (e.g. http on a LAN address, or an old browser)
  | 'installing'
  | 'offline-ready' // just cached for the first time: tell the person once
  | 'active' // already working offline from an earlier visit
  | 'update-waiting'; // a new version is installed and waits for Reload

// A page already controlled by a worker is already working offline (an earlier visit).
const controlledAtStart = typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);
export const updateStatus = smallStore<UpdateStatus>(controlledAtStart ? 'active' : 'installing');

let workbox: Workbox | undefined;
let reloadRequested = false;

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) {
    updateStatus.set('unsupported');
    return;
  }
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { type: 'module' });
  workbox = wb;

  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) updateStatus.set('offline-ready');
  });
  wb.addEventListener('waiting', () => updateStatus.set('update-waiting'));
  wb.addEventListener('controlling', (event) => {
    // Only the tab whose person pressed Reload reloads; other tabs offer the button.
    if (reloadRequested) window.location.reload();
    else if (event.isUpdate) updateStatus.set('update-waiting');
  });

  const registration = await wb.register();
  // Tests wait for this before unregistering: a register() still under way would bring an
  // unregistered worker back (the spec clears its "uninstalling" flag).
  performance.mark('tz:sw-registered');
  if (registration?.active && !registration.waiting && updateStatus.get() === 'installing') {
    updateStatus.set('active');
  }
  // Look for a new version when the person comes back to the app, and hourly while it
  // stays open (a phone may keep one tab for weeks).
  const checkForUpdate = () => void wb.update().catch(() => {});
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdate();
  });
  window.setInterval(checkForUpdate, 60 * 60 * 1000);
}

/**
 * Switches to the waiting version. Returns false (and does nothing) when the person
 * declines to lose unsaved input; `confirmLoss` shows the question.
 */
export function applyUpdate(confirmLoss: () => boolean): boolean {
  if (hasUnsavedInput() && !confirmLoss()) return false;
  reloadRequested = true;
  if (workbox) workbox.messageSkipWaiting();
  else window.location.reload();
  return true;
}

export function dismissOfflineReady(): void {
  if (updateStatus.get() === 'offline-ready') updateStatus.set('active');
}
