// Which built files hold one language's texts: vite.config.ts names the chunk of
// locales/<language>/<namespace>.json `assets/locale-<language>-<namespace>-<hash>.js`.
// English, the fallback, is precached with the app, and so are the client handout's texts
// in every language (a handout is made in the room, often with no network, in whatever
// language the person reads). The rest of a language's texts is kept for offline use
// only once this device uses it as its UI language (sw.ts): adding a UI language adds
// only its handout texts to what every phone downloads at install.
// Pure, so the split is testable without a service worker.

const languageFile = /(?:^|\/)assets\/locale-([a-z]{2,3})-([\w-]+?)-[\w-]+\.js$/;

/** The namespaces a client handout is written with (checklists/HandoutScreen.tsx). */
export const handoutNamespaces: ReadonlySet<string> = new Set(['checklists', 'deadlines']);

/** The language whose texts the file at `url` holds, or null for any other file. */
export function languageOfFile(url: string): string | null {
  return languageFile.exec(url)?.[1] ?? null;
}

type ManifestEntry = string | { url: string; revision: string | null };

const entryUrl = (entry: ManifestEntry) => (typeof entry === 'string' ? entry : entry.url);

/**
 * Splits the precache manifest: what every install downloads (the app, English texts,
 * handout texts), and each other language's remaining files by language, as absolute paths.
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
    const namespace = languageFile.exec(url)?.[2] ?? '';
    if (language === null || language === installedLanguage || handoutNamespaces.has(namespace)) {
      precached.push(entry);
      continue;
    }
    const path = new URL(url, 'https://app.invalid/').pathname;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), path]);
  }
  return { precached, byLanguage };
}
