// Dates, numbers and language names in Albanian and Bosnian on a JavaScript engine that
// lacks their CLDR data, as browsers may (the Chromium of the e2e tests has no Albanian at
// all and Bosnian without names): the same text as on an engine that has the data (Node
// here), never US English, and dates typed day first.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as format from '../../../src/app/format.ts';
import { wallTimeToInstant } from '../../../src/domain/ljubljana-time.ts';

type Format = typeof format;

/** The engine's own Intl (Node carries all of CLDR). */
const realIntl = Intl;

const lacking = new Set(['sq', 'bs']);

/** Locales as an engine without sq and bs data resolves them: to its default, US English. */
function resolved(locales: string | readonly string[] | undefined): string[] | undefined {
  if (locales === undefined) return undefined;
  return (typeof locales === 'string' ? [locales] : [...locales]).map((tag) => (lacking.has(tag.split('-')[0] ?? '') ? 'en-US' : tag));
}

/** The global Intl, with every formatter that takes a locale blind to sq and bs. */
function engineWithoutData(): typeof Intl {
  const engine = Object.create(Intl) as Record<string, unknown>;
  engine.DateTimeFormat = class extends Intl.DateTimeFormat {
    constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      super(resolved(locales), options);
    }
  };
  engine.NumberFormat = class extends Intl.NumberFormat {
    constructor(locales?: string | string[], options?: Intl.NumberFormatOptions) {
      super(resolved(locales), options);
    }
  };
  engine.RelativeTimeFormat = class extends Intl.RelativeTimeFormat {
    constructor(locales?: string | string[], options?: Intl.RelativeTimeFormatOptions) {
      super(resolved(locales), options);
    }
  };
  engine.DisplayNames = class extends Intl.DisplayNames {
    constructor(locales: string | string[], options: Intl.DisplayNamesOptions) {
      super(resolved(locales), options);
    }
  };
  engine.ListFormat = class extends Intl.ListFormat {
    constructor(locales?: string | string[], options?: Intl.ListFormatOptions) {
      super(resolved(locales), options);
    }
  };
  return engine as unknown as typeof Intl;
}

/** Every month's first day and every weekday of 2026, as plain dates. */
const days = [
  ...Array.from({ length: 12 }, (_, month) => `2026-${String(month + 1).padStart(2, '0')}-01`),
  ...Array.from({ length: 7 }, (_, day) => `2026-12-${String(day + 6).padStart(2, '0')}`),
];
const summer = wallTimeToInstant('2026-07-14', '09:30')!;
const winter = wallTimeToInstant('2026-12-08', '17:05')!;
/** "how long ago / ahead" offsets, in minutes: each unit, each plural form, the named days and years. */
const HOUR = 60;
const DAY = 24 * HOUR;
const offsets = [0, 1, 2, 5, 21, 22, 25, 1 * HOUR, 2 * HOUR, 5 * HOUR, 21 * HOUR, 22 * HOUR]
  .concat([1, 2, 3, 5, 21, 22, 25].map((count) => count * DAY))
  .concat([1, 2, 3, 5, 11].map((months) => months * 30 * DAY))
  .concat([1, 2, 3, 5, 21, 22, 25, 101].map((years) => years * 365 * DAY))
  .flatMap((minutes) => [minutes, -minutes]);

/** What `format` writes in `language` (run with the engine's full data, then without). */
function sample(f: Format, language: string) {
  return {
    days: days.map((day) => f.formatDate(day, language)),
    instants: [summer, winter].map((ms) => f.formatDateTime(ms, language)),
    months: [f.formatMonth('2026-03', language), f.formatMonth('2026-03', language, 'short')],
    order: f.dateFieldOrder(language),
    ago: offsets.map((minutes) => f.formatAgo(winter + minutes * 60_000, winter, language)),
    endonym: f.endonym(language),
  };
}

const withData = { sq: sample(format, 'sq'), bs: sample(format, 'bs') };
const bsNumbersWithData = [format.formatNumber(1234567.56, 'bs'), format.formatEuros(123450, 'bs')];

let withoutData: Format;

beforeAll(async () => {
  vi.stubGlobal('Intl', engineWithoutData());
  vi.resetModules();
  withoutData = await import('../../../src/app/format.ts');
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe.each(['sq', 'bs'] as const)('%s on an engine without its CLDR data', (language) => {
  it('is what the stand-in engine really lacks (else this test proves nothing)', () => {
    expect(new realIntl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 1))).not.toBe('Dec');
    expect(new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 1))).toBe('Dec');
  });

  it('writes every month and weekday, an instant in Slovenian time, a report month and the date fields as with the data', () => {
    expect(sample(withoutData, language)).toEqual(withData[language]);
    expect(withoutData.formatTime('17:05', language)).toBe('17:05');
  });

  it('never falls back to US English words or a month-first date', () => {
    const text = [
      withoutData.formatDate('2026-12-08', language),
      withoutData.formatDateTime(wallTimeToInstant('2026-12-08', '17:05')!, language),
      withoutData.formatAgo(Date.UTC(2026, 11, 5), Date.UTC(2026, 11, 8), language),
      withoutData.listLanguages(['ar', 'fa'], language),
    ].join(' | ');
    expect(text).not.toMatch(/Tue|Dec|ago|Arabic|Persian|and|AM|PM/);
    expect(withoutData.dateFieldOrder(language)[0]).toBe('day');
  });

  it('writes numbers and euros with a decimal comma', () => {
    expect(withoutData.decimalSeparator(language)).toBe(',');
    expect(withoutData.formatNumber(0.5, language)).toBe('0,5');
    expect(withoutData.formatEuros(45050, language)).toMatch(/^450,50\s€$/u);
  });

});

describe('bs numbers on an engine without Bosnian data', () => {
  it('group thousands as Bosnian does', () => {
    expect([withoutData.formatNumber(1234567.56, 'bs'), withoutData.formatEuros(123450, 'bs')]).toEqual(bsNumbersWithData);
  });
});

describe('endonym', () => {
  it('names every UI and handout language in itself, as CLDR does, whatever the engine carries', () => {
    for (const language of ['en', 'sl', 'ar', 'fa', 'uk', 'ru', 'sq', 'bs', 'fr', 'tr', 'ps', 'ur']) {
      const name = new realIntl.DisplayNames([language], { type: 'language' }).of(language)!;
      expect(withoutData.endonym(language)).toBe(name.charAt(0).toLocaleUpperCase(language) + name.slice(1));
    }
  });
});
