// Install button support: Chromium browsers fire `beforeinstallprompt` when the app can
// be installed; we keep the event to show our own button. iOS Safari has no such event,
// so Settings shows "Add to Home Screen" steps there instead.
import { smallStore } from './small-store.ts';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export const installPrompt = smallStore<BeforeInstallPromptEvent | null>(null);

/** Call as early as possible: the event may fire before the first screen renders. */
export function listenForInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt.set(event as BeforeInstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => installPrompt.set(null));
}

export async function promptInstall(): Promise<void> {
  const event = installPrompt.get();
  if (!event) return;
  installPrompt.set(null); // the event can be used only once
  await event.prompt();
  await event.userChoice;
}

export function isIos(userAgent: string, maxTouchPoints: number): boolean {
  // iPadOS reports itself as a Mac, but with a touch screen.
  return /iphone|ipad|ipod/i.test(userAgent) || (/macintosh/i.test(userAgent) && maxTouchPoints > 1);
}

export function isInstalled(): boolean {
  return (
    window.matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}
