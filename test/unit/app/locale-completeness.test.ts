// Every UI string in every UI language: each key of locales/en exists in each language
// below, in every namespace, with exactly the plural forms that language needs (CLDR), and
// no value is left as a copy of the English unless it is listed as intentional (names,
// codes, abbreviations that read the same). To hold a new UI language to this, add it to
// `uiLanguageForms` (and any intentional copies to `sameAsEnglish`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = path.resolve(import.meta.dirname, '../../../locales');

/** The UI languages held to completeness, with the CLDR plural categories each one uses. */
const uiLanguageForms: Record<string, readonly string[]> = {
  sl: ['one', 'two', 'few', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  fa: ['one', 'other'],
  sq: ['one', 'other'],
  bs: ['one', 'few', 'other'],
  uk: ['one', 'few', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
};

/**
 * Values that may read exactly as in English, per language: `namespace:key` (plural keys
 * by their base): the app's name, codes, product names. Text with no words (only
 * placeholders, digits or a URL) is never counted as a copy.
 */
const everywhere = ['shell:appName', 'checklists:inEnglishShort'];
const appleNames = ['sync:deviceKinds.iphone', 'sync:deviceKinds.ipad', 'sync:deviceKinds.mac'];
const sameAsEnglish: Record<string, readonly string[]> = {
  // Apple's product names; "+30 min" is Slovenian too.
  sl: [...everywhere, ...appleNames, 'viewings:actions.plus30', 'viewings:actions.plus45'],
  // The base of a new step's key, which must stay in ASCII letters (template-editor.ts).
  ar: [...everywhere, 'checklists:editor.newItemKey'],
  fa: [...everywhere, 'checklists:editor.newItemKey'],
  // Apple's product names; "+30 min" reads the same in Albanian and Bosnian.
  sq: [...everywhere, ...appleNames, 'viewings:actions.plus30', 'viewings:actions.plus45'],
  bs: [...everywhere, ...appleNames, 'viewings:actions.plus30', 'viewings:actions.plus45'],
  uk: [...everywhere, ...appleNames, 'checklists:editor.newItemKey'],
  ru: [...everywhere, ...appleNames, 'checklists:editor.newItemKey'],
};

const PLURAL = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Flat): Flat {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

function read(language: string, namespace: string): Flat | null {
  try {
    return flatten(JSON.parse(readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8')), '', new Map());
  } catch {
    return null;
  }
}

const namespaces = readdirSync(path.join(localesDir, 'en'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .toSorted();

/** The keys `language` must have in `namespace`: English's, plurals in the language's forms. */
function expectedKeys(english: Flat, forms: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const key of english.keys()) {
    if (PLURAL.test(key)) for (const form of forms) keys.add(`${key.replace(PLURAL, '')}_${form}`);
    else keys.add(key);
  }
  return [...keys].toSorted();
}

/** Text that carries words (not only placeholders, digits, punctuation or a URL). */
function hasWords(value: string): boolean {
  return /\p{L}{2,}/u.test(value.replace(/\{\{[^}]*\}\}/g, '').replace(/https?:\/\/\S+/g, '').replace(/\$t\([^)]*\)/g, ''));
}

/**
 * The placeholders and nested keys a text fills in, by name: "{{count, number}}" is
 * "count". `count` is left out: a plural form may say "one" in words instead.
 */
function slots(value: string): string[] {
  const names = [...value.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => `{{${match[1]}}}`);
  const nested = [...value.matchAll(/\$t\([^)]*\)/g)].map((match) => match[0]);
  return [...new Set([...names, ...nested])].filter((slot) => slot !== '{{count}}').toSorted();
}

describe.each(Object.entries(uiLanguageForms))('%s', (language, forms) => {
  it('uses the plural forms CLDR gives the language', () => {
    expect(new Intl.PluralRules(language).resolvedOptions().pluralCategories.toSorted()).toEqual([...forms].toSorted());
  });

  it.each(namespaces)('has every English key of %s, with its plural forms, and nothing extra', (namespace) => {
    const english = read('en', namespace)!;
    const translated = read(language, namespace);
    expect(translated, `locales/${language}/${namespace}.json`).not.toBeNull();
    const have = [...translated!.keys()].toSorted();
    const want = expectedKeys(english, forms);
    expect({ missing: want.filter((key) => !have.includes(key)), extra: have.filter((key) => !want.includes(key)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(namespaces)('has no empty text and no English copy in %s unless intentional', (namespace) => {
    const english = read('en', namespace)!;
    const translated = read(language, namespace) ?? new Map<string, string>();
    const allowed = new Set(sameAsEnglish[language]);
    const copies: string[] = [];
    const empty: string[] = [];
    for (const [key, value] of translated) {
      if (value.trim() === '') empty.push(key);
      const base = key.replace(PLURAL, '');
      const source = english.get(key) ?? english.get(`${base}_other`) ?? english.get(`${base}_one`);
      if (source !== undefined && value === source && hasWords(value) && !allowed.has(`${namespace}:${base}`)) copies.push(key);
    }
    expect({ empty, copies }).toEqual({ empty: [], copies: [] });
  });

  it.each(namespaces)('fills in the same placeholders as English in %s', (namespace) => {
    const english = read('en', namespace)!;
    const translated = read(language, namespace) ?? new Map<string, string>();
    const different: string[] = [];
    for (const [key, value] of translated) {
      const base = key.replace(PLURAL, '');
      const source = english.get(key) ?? english.get(`${base}_other`) ?? english.get(`${base}_one`);
      if (source !== undefined && slots(value).join() !== slots(source).join()) different.push(`${key}: ${slots(value).join()} / ${slots(source).join()}`);
    }
    expect(different).toEqual([]);
  });
});
