// Translation files of every language (the handout's too): valid JSON, and plural keys
// carry exactly the plural forms of their language (CLDR via Intl.PluralRules). That each
// UI language has every English key: locale-completeness.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = path.resolve(import.meta.dirname, '../../../locales');
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    flatten(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function keysOf(language: string, namespace: string): string[] {
  return flatten(JSON.parse(readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8')));
}

/** Plural keys reduced to their base ("nav.withBadge_few" -> "nav.withBadge"). */
function baseKeys(keys: string[]): Set<string> {
  return new Set(keys.map((key) => key.replace(pluralSuffix, '')));
}

function namespaces(language: string): string[] {
  try {
    return readdirSync(path.join(localesDir, language))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
  } catch {
    return [];
  }
}

describe('locale files', () => {
  it('are valid JSON objects', () => {
    for (const language of readdirSync(localesDir)) {
      for (const namespace of namespaces(language)) {
        expect(() => keysOf(language, namespace), `${language}/${namespace}.json`).not.toThrow();
      }
    }
  });

  it('give each plural key exactly the plural forms of its language', () => {
    for (const language of readdirSync(localesDir)) {
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const namespace of namespaces(language)) {
        const keys = keysOf(language, namespace);
        const plurals = [...baseKeys(keys.filter((key) => pluralSuffix.test(key)))];
        for (const base of plurals) {
          // Arabic "zero" is optional in i18next (it falls back to "other" for 0).
          const present = keys.filter((key) => key.replace(pluralSuffix, '') === base && pluralSuffix.test(key));
          const got = present.map((key) => key.match(pluralSuffix)?.[1]).filter((form) => form !== 'zero' || forms.includes('zero'));
          expect({ key: `${language}/${namespace}:${base}`, forms: got.toSorted() }).toEqual({
            key: `${language}/${namespace}:${base}`,
            forms: forms.toSorted(),
          });
        }
      }
    }
  });

  it('spell Slovenian plurals with one, two, few and other', () => {
    expect(new Intl.PluralRules('sl').resolvedOptions().pluralCategories.toSorted()).toEqual(['few', 'one', 'other', 'two']);
    const keys = keysOf('sl', 'shell').filter((key) => key.startsWith('nav.withBadge_'));
    expect(keys.toSorted()).toEqual(['nav.withBadge_few', 'nav.withBadge_one', 'nav.withBadge_other', 'nav.withBadge_two']);
  });
});
