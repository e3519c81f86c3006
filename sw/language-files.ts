// Which built files hold one language's texts: vite.config.ts names the chunk of
// locales/<language>/<namespace>.json `assets/locale-<language>-<namespace>-<hash>.js`.
// English, the fallback, is precached with the app. Every other language is kept for
// offline use only once this device uses it (sw.ts), so adding a language to the app adds
// nothing to what every phone downloads at install, only to the phones that speak it.
// Pure, so the split is testable without a service worker.

const languageFile = /(?:^|\/)assets\/locale-([a-z]{2,3})-[^/]+\.js$/;

/** The language whose texts the file at `url` holds, or null for any other file. */
export function languageOfFile(url: string): string | null {
  return languageFile.exec(url)?.[1] ?? null;
}

type ManifestEntry = string | { url: string; revision: string | null };

const entryUrl = (entry: ManifestEntry) => (typeof entry === 'string' ? entry : entry.url);

/**
 * Splits the precache manifest: what every install downloads (the app, English texts),
 * and each other language's files by language, as absolute paths.
 */
export function splitLanguageFiles<T extends ManifestEntry>(
  entries: readonly T[],
  installedLanguage = 'en',
): { precached: T[]; byLanguage: Map<string, string[]> } {
  const precached: T[] = [];
  const byLanguage = new Map<string, string[]>();
  for (const entry of entries) {
    const url = entryUrl(entry);
    const language = languageOfFile(url);
    if (language === null || language === installedLanguage) {
      precached.push(entry);
      continue;
    }
    const path = new URL(url, 'https://app.invalid/').pathname;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), path]);
  }
  return { precached, byLanguage };
}
