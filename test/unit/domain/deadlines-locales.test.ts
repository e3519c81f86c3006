// The `deadlines` namespace: every key the deadline domain hands to screens exists in
// every language with that language's plural forms and the same placeholders, and the
// explanation renders into the sentence issue 4 asks for.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import {
  anchorKey,
  computeDeadline,
  explainDeadline,
  holidayLabelKey,
  keyDateLabelKey,
  type MessagePart,
} from '../../../src/domain/deadlines.ts';
import { holidayIds } from '../../../src/domain/holidays-si.ts';
import { keyDateIds } from '../../../src/domain/key-dates.ts';
import { confidenceLevels, dateMeanings } from '../../../src/domain/template-definition.ts';
import ar from '../../../locales/ar/deadlines.json' with { type: 'json' };
import en from '../../../locales/en/deadlines.json' with { type: 'json' };
import fa from '../../../locales/fa/deadlines.json' with { type: 'json' };
import sl from '../../../locales/sl/deadlines.json' with { type: 'json' };
import uk from '../../../locales/uk/deadlines.json' with { type: 'json' };
import fr from '../../../locales/fr/deadlines.json' with { type: 'json' };
import ps from '../../../locales/ps/deadlines.json' with { type: 'json' };
import tr from '../../../locales/tr/deadlines.json' with { type: 'json' };
import ur from '../../../locales/ur/deadlines.json' with { type: 'json' };

const locales = { en, sl, ar, fa, uk, fr, tr, ps, ur } as const;
type Language = keyof typeof locales;
const languages = Object.keys(locales) as Language[];

const pluralForms: Record<Language, string[]> = {
  en: ['one', 'other'],
  sl: ['one', 'two', 'few', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  fa: ['one', 'other'],
  uk: ['one', 'few', 'many', 'other'],
  fr: ['one', 'many', 'other'],
  tr: ['one', 'other'],
  ps: ['one', 'other'],
  ur: ['one', 'other'],
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
const flat = Object.fromEntries(languages.map((lang) => [lang, flatten(locales[lang])])) as Record<Language, Map<string, string>>;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).toSorted();

// Every key the domain can emit (deadlines.ts, template-definition.ts), without namespace.
const pluralKeys = ['rule.daysAfter', 'rule.monthsAfter', 'rule.daysBefore', 'rule.monthsBefore'];
const plainKeys = [
  'rule.onOrBefore',
  'basis.article',
  'basis.act',
  'deemedService',
  'moved.later',
  'moved.earlier',
  'recommendation',
  'reason.saturday',
  'reason.sunday',
  'verify',
  'status.waitingForDate',
  'status.invalidDate',
  'translationFallback',
  'unreviewedTranslation',
  ...keyDateIds.map((id) => keyDateLabelKey(id)),
  ...[...keyDateIds, null].flatMap((id) => [anchorKey(id, 'anchorFrom'), anchorKey(id, 'anchorBefore')]),
  ...holidayIds.map((id) => holidayLabelKey(id)),
  ...dateMeanings.map((m) => `meaning.${m}`),
  ...confidenceLevels.map((c) => `confidence.${c}`),
].map((key) => key.replace(/^deadlines:/, ''));

describe('deadlines locale files', () => {
  it.each(languages)('%s has every key, with its plural forms', (lang) => {
    const missing = [
      ...plainKeys.filter((key) => !flat[lang].has(key)),
      ...pluralKeys.flatMap((key) => pluralForms[lang].map((form) => `${key}_${form}`)).filter((key) => !flat[lang].has(key)),
    ];
    expect(missing).toEqual([]);
  });

  it.each(languages)('%s has no key the domain does not produce', (lang) => {
    const known = new Set([...plainKeys, ...pluralKeys]);
    const extra = [...flat[lang].keys()].filter((key) => !known.has(key.replace(PLURAL, '')));
    expect(extra).toEqual([]);
  });

  it.each(languages.filter((lang) => lang !== 'en'))('%s uses the same placeholders as English', (lang) => {
    for (const [key, text] of flat[lang]) {
      const plural = PLURAL.test(key);
      const english = placeholders(flat.en.get(plural ? key.replace(PLURAL, '_other') : key) ?? '');
      // A plural form may spell its number out ("يومان", two days) and drop {{count}}.
      const expected = plural && !text.includes('{{count}}') ? english.filter((p) => p !== 'count') : english;
      expect(placeholders(text), `${lang}:${key}`).toEqual(expected);
    }
  });

  it.each(languages.filter((lang) => lang !== 'en'))('%s is really translated', (lang) => {
    const same = [...flat[lang]].filter(([key, text]) => flat.en.get(key) === text && !key.startsWith('basis.'));
    expect(same).toEqual([]);
  });
});

describe('rendering an explanation', () => {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'en',
    fallbackLng: false,
    ns: ['deadlines'],
    resources: Object.fromEntries(languages.map((lang) => [lang, { deadlines: locales[lang] }])),
    interpolation: { escapeValue: false },
    initAsync: false,
  });

  // What a screen does with the parts: format dates, translate nested keys, then t().
  function render(parts: MessagePart[], lng: Language): string {
    const format = (date: string) =>
      new Intl.DateTimeFormat(lng, { weekday: 'short', day: 'numeric', month: 'short', calendar: 'gregory', timeZone: 'UTC' }).format(
        new Date(`${date}T00:00:00Z`),
      );
    return parts
      .map((part) => {
        const dates = Object.fromEntries(Object.entries(part.dates).map(([k, v]) => [k, format(v)]));
        const keys = Object.fromEntries(Object.entries(part.keys).map(([k, v]) => [k, i18n.t(v, { lng })]));
        return i18n.t(part.key, { lng, ...part.values, ...dates, ...keys });
      })
      .join('; ');
  }

  const courtAction = computeDeadline({
    rule: { kind: 'legalDaysAfter', days: 15 },
    from: '2026-04-17',
    keyDate: 'decisionServedOn',
    basis: [{ act: 'ZMZ-1', article: '70' }],
  });

  it('reads like issue 4 in English', () => {
    expect(render(explainDeadline(courtAction), 'en')).toBe(
      '15 days from service of the decision (Fri, Apr 17); ZMZ-1 Art. 70; moved from Sat, May 2 (Labour Day) to Mon, May 4, ZUP Art. 101(2)',
    );
  });

  it('reads in Slovenian with the right plural', () => {
    expect(render(explainDeadline(courtAction), 'sl')).toBe(
      '15 dni od vročitve odločbe (pet., 17. apr.); ZMZ-1, 70. člen; prestavljeno: sob., 2. maj (praznik dela) → pon., 4. maj, ZUP, 101(2). člen',
    );
    const twoDays = computeDeadline({ rule: { kind: 'legalDaysAfter', days: 2 }, from: '2026-03-02', keyDate: 'movedInOn' });
    expect(render(explainDeadline(twoDays), 'sl')).toMatch(/^2 dneva od naselitve/);
    const threeMonths = computeDeadline({ rule: { kind: 'monthsBefore', months: 3 }, from: '2026-09-30', keyDate: 'permitExpiresOn' });
    expect(render(explainDeadline(threeMonths), 'sl')).toMatch(/^3 mesece pred iztekom dovoljenja/);
  });

  it('renders deemed service and the earlier move in every language without a missing key', () => {
    const deemed = computeDeadline({ rule: { kind: 'legalDaysAfter', days: 8 }, noticeLeftOn: '2026-03-07', keyDate: 'decisionServedOn' });
    const before = computeDeadline({ rule: { kind: 'daysBefore', days: 30 }, from: '2026-06-01', keyDate: 'protectionExpiresOn', recommendation: true });
    for (const lng of languages) {
      for (const deadline of [deemed, before]) {
        const text = render(explainDeadline(deadline), lng);
        expect(text, lng).not.toMatch(/deadlines:|\{\{|undefined/);
      }
    }
    expect(render(explainDeadline(before), 'en')).toContain('to the working day before');
  });
});
