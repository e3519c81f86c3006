// Keeps a language's texts on this device for offline use. The service worker precaches
// English (the fallback) with the app and keeps any other language once asked to
// (sw/sw.ts, KEEP_LANGUAGE): the UI language at every start and when it changes, and a
// handout language when one is chosen. Asking again is cheap: files kept already are
// not fetched twice.
import { fallbackLanguage } from './language.ts';

export function keepLanguageOffline(language: string): void {
  if (language === fallbackLanguage || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) => registration.active?.postMessage({ type: 'KEEP_LANGUAGE', language }))
    .catch(() => {}); // No service worker (a development build): nothing to keep.
}
