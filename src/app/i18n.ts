// The one i18next instance of the app.
//
// Translations live in locales/<lang>/<namespace>.json, one file per language per
// namespace, and are loaded lazily: Vite turns each JSON file into its own small chunk
// (import.meta.glob below), which the service worker precaches for offline use.
//
// Adding a namespace for your feature (e.g. "cases"):
//   1. create locales/en/cases.json and locales/sl/cases.json (complete; Slovenian
//      plurals use the _one/_two/_few/_other suffixes), and ar/fa when you can: missing
//      keys fall back to English;
//   2. in your components: `const t = useT('cases'); t('list.empty')`;
//   3. optionally list it in the route entry (routes.tsx, `screen(load, ['cases'])`) so it
//      loads together with the screen's code instead of after the first render.
// No other registration is needed: the glob picks up new files at build time. English is
// installed with the app; another language is kept offline once the device uses it
// (offline-languages.ts).
import i18next, { type BackendModule, type TFunction } from 'i18next';
import { useEffect, useReducer } from 'preact/hooks';
import { contentLanguages } from '../domain/content-languages.ts';
import { directionOf, fallbackLanguage, uiLanguages, type UiLanguage } from './language.ts';
import { keepLanguageOffline } from './offline-languages.ts';

type Translations = Record<string, unknown>;

const localeFiles = import.meta.glob<Translations>('/locales/*/*.json', { import: 'default' });

export function hasLocaleFile(language: string, namespace: string): boolean {
  return `/locales/${language}/${namespace}.json` in localeFiles;
}

const lazyLocales: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language, namespace, callback) {
    const load = localeFiles[`/locales/${language}/${namespace}.json`];
    // A language without this namespace yet: English (the fallback) fills in.
    if (!load) return callback(null, {});
    load().then(
      (data) => callback(null, data as never),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * Starts fetching a translation file before i18next asks for it (main.tsx does this for
 * the shell while the stored language choice is still being read).
 */
export function preloadLocale(language: string, namespace: string): void {
  void localeFiles[`/locales/${language}/${namespace}.json`]?.().catch(() => {});
}

export const i18n = i18next.createInstance();

/** Starts i18next in `language` with the shell namespace loaded. Call once, before rendering. */
export async function startI18n(language: UiLanguage): Promise<void> {
  await i18n.use(lazyLocales).init({
    lng: language,
    fallbackLng: fallbackLanguage,
    supportedLngs: [...new Set<string>([...uiLanguages, ...contentLanguages])],
    load: 'currentOnly',
    ns: ['shell'],
    defaultNS: 'shell',
    interpolation: { escapeValue: false }, // Preact escapes text already.
    returnNull: false,
  });
  applyDocumentLanguage(language);
}

/** Sets <html lang dir> and the title, so screen readers and RTL layout follow the language. */
export function applyDocumentLanguage(language: string): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
  document.title = i18n.t('appName', { ns: 'shell' });
}

/**
 * Makes "{{count, number}}" use `format` (the one formatter, format.ts): its digits also
 * in a language the engine has no data for (Pashto on Chromium: Eastern Arabic digits, as
 * its dates). Called by the screens that need it, so the first screen loads no formatter.
 */
export function formatNumbersWith(format: (value: number, language: string) => string): void {
  i18n.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? format(value, lng ?? fallbackLanguage) : String(value),
  );
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
  keepLanguageOffline(language);
}

/** Loads namespaces ahead of a screen (used by routes.tsx so text is ready on first paint). */
export function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  return i18n.loadNamespaces([...namespaces]);
}

/**
 * `const t = useT('cases')`: a translate function for one namespace that re-renders the
 * component when the language changes or the namespace finishes loading.
 */
export function useT(namespace = 'shell'): TFunction {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    let live = true;
    const update = () => {
      if (live) rerender(undefined);
    };
    i18n.on('languageChanged', update);
    i18n.store.on('added', update);
    if (!i18n.hasLoadedNamespace(namespace)) void i18n.loadNamespaces(namespace).then(update);
    return () => {
      live = false;
      i18n.off('languageChanged', update);
      i18n.store.off('added', update);
    };
  }, [namespace]);
  return i18n.getFixedT(null, namespace);
}
