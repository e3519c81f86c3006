// Which language the interface speaks, and which way it is written. Pure: the caller
// passes in the stored choice and the phone's languages, so the rule is testable.

/**
 * Languages the interface is translated into (see locales/), in the order the language
 * picker lists them. A namespace file a language lacks falls back to English (i18n.ts).
 */
export const uiLanguages = ['en', 'sl', 'ar', 'fa', 'uk', 'ru', 'sq', 'bs'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/**
 * UI languages whose texts were machine-written and not yet read by a native speaker:
 * Settings says so, in that language. Remove a language once someone has reviewed it.
 */
export const unreviewedUiLanguages: ReadonlySet<UiLanguage> = new Set(['ar', 'fa', 'uk', 'ru', 'sq', 'bs']);

export function isReviewedUiLanguage(language: UiLanguage): boolean {
  return !unreviewedUiLanguages.has(language);
}

export const fallbackLanguage: UiLanguage = 'en';

const rightToLeft: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb']);

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/**
 * The person's own choice in Settings wins over the phone's language (a counselor may
 * keep the phone in one language and work in another); otherwise the first phone language
 * we support, matched by its primary subtag ("sl-SI" -> "sl"); otherwise English.
 */
export function pickLanguage(stored: unknown, phoneLanguages: readonly string[]): UiLanguage {
  if (isUiLanguage(stored)) return stored;
  for (const tag of phoneLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(primary)) return primary;
  }
  return fallbackLanguage;
}

export function directionOf(language: string): 'rtl' | 'ltr' {
  return rightToLeft.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
