// Entry point: the only importer of src/app. Order matters for the first screen:
// language first (so the first paint is already in the right language and direction),
// then render, then everything that can wait (service worker, persistent storage).
import { render } from 'preact';
import './app/styles.css';
import { App } from './app/App.tsx';
import { startI18n } from './app/i18n.ts';
import { initialLanguage } from './app/language-choice.ts';
import { listenForInstallPrompt } from './app/install-prompt.ts';
import { registerServiceWorker } from './app/sw-update.ts';
import { requestPersistentStorage } from './app/storage.ts';
import { hasUnsavedInput } from './app/unsaved.ts';

listenForInstallPrompt();

// The browser's own "leave page?" question when a form holds unsaved input.
window.addEventListener('beforeunload', (event) => {
  if (hasUnsavedInput()) event.preventDefault();
});

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

await startI18n(await initialLanguage());
render(<App />, root);

void registerServiceWorker().catch((error: unknown) => console.error('service worker registration failed', error));
void requestPersistentStorage();
