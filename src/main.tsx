// Entry point: the only importer of src/app. Order matters for the first screen:
// language first (so the first paint is already in the right language and direction),
// then render, then everything that can wait (service worker, persistent storage), once
// the first screen is on the page and the browser is idle: registering the worker loads
// workbox-window and starts the precache downloads, which would compete with the first
// screen's own code on a slow phone.
import './app/zod-csp.ts';
import { render } from 'preact';
import './app/styles.css';
import { App } from './app/App.tsx';
import { changeLanguage, preloadLocale, startI18n } from './app/i18n.ts';
import { fallbackLanguage, pickLanguage } from './app/language.ts';
import { initialLanguage } from './app/language-choice.ts';
import { listenForInstallPrompt } from './app/install-prompt.ts';
import { registerServiceWorker } from './app/sw-update.ts';
import { keepLanguageOffline } from './app/offline-languages.ts';
import { requestPersistentStorage } from './app/storage.ts';
import { hasUnsavedInput } from './app/unsaved.ts';
import { whenIdleAfterFirstScreen } from './app/when-idle.ts';
import { routes } from './app/routes.tsx';
import { preloadScreen } from './app/route-match.ts';
import { firstRunChoice, firstRunRedirect } from './app/sync/first-run.ts';

performance.mark('tz:main-start'); // test/bench/shell.bench.ts reports the phases
// A fresh device starts on the first-run choice (/welcome), before any other screen renders.
const welcome = firstRunRedirect(location.pathname, firstRunChoice());
if (welcome) history.replaceState(null, '', welcome);
listenForInstallPrompt();
// Fetch the first screen's code, and its texts in the phone's language (what most people
// use) and English (the fallback), while the stored language choice is read.
preloadScreen(location.pathname, routes, [pickLanguage(undefined, navigator.languages ?? []), fallbackLanguage], preloadLocale);

// The browser's own "leave page?" question when a form holds unsaved input.
window.addEventListener('beforeunload', (event) => {
  if (hasUnsavedInput()) event.preventDefault();
});

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

let markI18nStarted = () => {};
const i18nStarted = new Promise<void>((resolve) => (markI18nStarted = resolve));
// If the stored choice (IndexedDB) differs from the quick copy used to start, switch once
// i18next is up.
const language = await initialLanguage((stored) => void i18nStarted.then(() => changeLanguage(stored)));
performance.mark('tz:language-known');
await startI18n(language);
markI18nStarted();
performance.mark('tz:i18n-ready');
render(<App />, root);

whenIdleAfterFirstScreen(() => {
  void registerServiceWorker().catch((error: unknown) => console.error('service worker registration failed', error));
  keepLanguageOffline(language);
  void requestPersistentStorage();
});
