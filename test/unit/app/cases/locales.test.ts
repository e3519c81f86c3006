// The cases and common namespaces: English and Slovenian complete (Slovenian with its dual
// and few forms), Arabic and Persian translated, every validation message of the domain and
// every legal status and note kind labelled.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { legalStatuses } from '../../../../src/domain/case.ts';
import { noteKinds } from '../../../../src/domain/note.ts';
import { validationMessages } from '../../../../src/domain/validation.ts';

const root = path.resolve(import.meta.dirname, '../../../../locales');
const languages = ['en', 'sl', 'ar', 'fa'] as const;
const pluralForms: Record<(typeof languages)[number], string[]> = {
  en: ['one', 'other'],
  sl: ['one', 'two', 'few', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  fa: ['one', 'other'],
};
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(language: string, namespace: string): string[] {
  const data = JSON.parse(readFileSync(path.join(root, language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
  const out: string[] = [];
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        expect(value.trim(), `${language}/${namespace}: ${prefix}${key}`).not.toBe('');
        out.push(prefix + key);
      } else walk(value as Record<string, unknown>, `${prefix}${key}.`);
    }
  };
  walk(data, '');
  return out;
}

/** The keys a language must have: English's, with each plural in that language's forms. */
function expected(language: (typeof languages)[number], namespace: string): string[] {
  const bases = new Set<string>();
  const plain: string[] = [];
  for (const key of keys('en', namespace)) {
    if (PLURAL.test(key)) bases.add(key.replace(PLURAL, ''));
    else plain.push(key);
  }
  return [...plain, ...[...bases].flatMap((base) => pluralForms[language].map((form) => `${base}_${form}`))].toSorted();
}

describe.each(['cases', 'common'])('%s locale files', (namespace) => {
  it.each(languages)('%s has every key, with its plural forms, and nothing extra', (language) => {
    expect(keys(language, namespace).toSorted()).toEqual(expected(language, namespace));
  });
});

describe('labels the domain needs', () => {
  it.each(languages)('%s: every validation message, legal status and note kind', (language) => {
    const common = new Set(keys(language, 'common'));
    for (const key of Object.values(validationMessages)) expect(common, key).toContain(key);
    const cases = new Set(keys(language, 'cases'));
    for (const status of legalStatuses) expect(cases).toContain(`legalStatus.${status}`);
    for (const kind of noteKinds) expect(cases).toContain(`noteKind.${kind}`);
  });
});
