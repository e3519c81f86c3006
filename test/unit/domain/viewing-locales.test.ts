// The `viewings` namespace: every key the domain hands to screens exists in every
// language, plural forms follow each language's rules, and ar/fa are really translated.
import { describe, expect, it } from 'vitest';
import { viewingPacketContent } from '../../../src/domain/viewing-packet.ts';
import {
  discriminationKinds,
  registrationConsents,
  viewingFormFields,
  viewingMessages,
  viewingOutcomes,
  viewingStatuses,
} from '../../../src/domain/viewing.ts';
import { validationMessages } from '../../../src/domain/validation.ts';
import ar from '../../../locales/ar/viewings.json' with { type: 'json' };
import en from '../../../locales/en/viewings.json' with { type: 'json' };
import fa from '../../../locales/fa/viewings.json' with { type: 'json' };
import sl from '../../../locales/sl/viewings.json' with { type: 'json' };

const locales = { en, sl, ar, fa } as const;
type Language = keyof typeof locales;

// CLDR plural categories i18next uses for each language.
const pluralForms: Record<Language, string[]> = {
  en: ['one', 'other'],
  sl: ['one', 'two', 'few', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  fa: ['one', 'other'],
};
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const flat = Object.fromEntries(Object.entries(locales).map(([lang, messages]) => [lang, flatten(messages)])) as Record<
  Language,
  Map<string, string>
>;
const baseKeys = (lang: Language) => new Set([...flat[lang].keys()].map((key) => key.replace(PLURAL, '')));

/** Is `key` (namespace `viewings:` optional) translatable in `lang`, directly or as a plural? */
function has(lang: Language, key: string): boolean {
  const bare = key.replace(/^viewings:/, '');
  return flat[lang].has(bare) || flat[lang].has(`${bare}_other`);
}

const placeholders = (text: string) => new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]));

describe('viewings locale files', () => {
  const keysFromDomain = [
    ...Object.values(viewingMessages),
    ...Object.values(validationMessages)
      .filter((key) => key !== validationMessages.invalidClock && key !== validationMessages.unknownField)
      .map((key) => `viewings:${key}`),
    ...viewingFormFields.map((field) => `fields.${field}`),
    'fields.durationMinutes',
    'durationMinutes',
    ...viewingStatuses.map((value) => `status.${value}`),
    ...viewingOutcomes.map((value) => `outcome.${value}`),
    ...registrationConsents.map((value) => `registrationConsent.${value}`),
    ...discriminationKinds.map((value) => `discrimination.${value}`),
    ...viewingPacketContent.items.flatMap((item) => [item.titleKey, item.detailKey]),
    ...viewingPacketContent.items.flatMap((item) => (item.legalBasis ? [`packet.laws.${item.legalBasis}`] : [])),
    ...['H', 'M-H', 'M', 'L'].map((mark) => `packet.confidence.${mark}`),
    ...['done', 'open', 'problem', 'info'].map((state) => `packet.state.${state}`),
    ...['summary', 'summaryNoAddress', 'summaryWithClient', 'landlord', 'listing', 'bringConsent', 'alarm'].map(
      (key) => `viewings:calendar.${key}`,
    ),
    ...['today', 'tomorrow', 'yesterday', 'upcoming', 'past', 'undated', 'mine', 'all'].map((key) => `agenda.${key}`),
    'reminder.title',
    'reminder.startsIn',
  ];

  for (const lang of Object.keys(locales) as Language[]) {
    it(`${lang}: has every key the domain and the screens use`, () => {
      const missing = keysFromDomain.filter((key) => !has(lang, key));
      expect(missing).toEqual([]);
    });

    it(`${lang}: has the same keys as English, with all of its plural forms`, () => {
      expect([...baseKeys(lang)].toSorted()).toEqual([...baseKeys('en')].toSorted());
      const plurals = new Set([...flat[lang].keys()].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')));
      for (const base of plurals) {
        const forms = pluralForms[lang].filter((form) => flat[lang].has(`${base}_${form}`));
        expect(forms, base).toEqual(pluralForms[lang]);
      }
    });

    it(`${lang}: keeps the placeholders of each message`, () => {
      for (const [key, english] of flat.en) {
        const base = key.replace(PLURAL, '');
        for (const [otherKey, text] of flat[lang]) {
          if (otherKey.replace(PLURAL, '') !== base) continue;
          const expected = placeholders(english);
          // "one minute" may spell the number out instead of {{count}}.
          if (PLURAL.test(otherKey)) expected.delete('count');
          const actual = placeholders(text);
          actual.delete('count');
          expect(actual, otherKey).toEqual(expected);
        }
      }
    });
  }

  it('ar and fa are translated, not English left in place', () => {
    // Names that stay as they are: the map service, the acts, link schemes, placeholders.
    const untranslatable = /\{\{\w+\}\}|OpenStreetMap|ZPPreb-1|ZMZ-1|https?:\/\//g;
    for (const lang of ['ar', 'fa'] as const) {
      const english = [...flat[lang]].filter(([, text]) => /[A-Za-z]{2}/.test(text.replace(untranslatable, '')));
      expect(english.map(([key]) => key), lang).toEqual([]);
    }
  });
});
