// Counts read right in each UI language: i18next picks the CLDR plural form (Ukrainian and
// Russian one/few/many: 1, 21 / 2–4, 22 / 5–20, 11), through the real locale files. To
// check a new language, add a line with its word for "case" at 1, 2, 5, 11 and 21.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

const localesDir = path.resolve(import.meta.dirname, '../../../locales');

function load(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
}

/** `cases:list.count` for 1, 2, 5, 11 and 21 cases. */
const caseCounts: Record<string, readonly string[]> = {
  en: ['1 case', '2 cases', '5 cases', '11 cases', '21 cases'],
  sl: ['1 primer', '2 primera', '5 primerov', '11 primerov', '21 primerov'],
  uk: ['1 справа', '2 справи', '5 справ', '11 справ', '21 справа'],
  ru: ['1 дело', '2 дела', '5 дел', '11 дел', '21 дело'],
  sq: ['1 rast', '2 raste', '5 raste', '11 raste', '21 raste'],
  bs: ['1 slučaj', '2 slučaja', '5 slučajeva', '11 slučajeva', '21 slučaj'],
};

describe.each(Object.entries(caseCounts))('%s', (language, expected) => {
  it('counts cases with the plural form CLDR gives each number', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      fallbackLng: 'en',
      resources: { [language]: { cases: load(language, 'cases') }, en: { cases: load('en', 'cases') } },
      ns: ['cases'],
      defaultNS: 'cases',
      interpolation: { escapeValue: false },
    });
    expect([1, 2, 5, 11, 21].map((count) => instance.t('list.count', { count }))).toEqual(expected);
  });
});
