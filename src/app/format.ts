// How every screen shows a date, a time, a money figure and "how long until", in the
// language it is given (the UI language, or the client's on a handout). One style for all:
//
// - the Gregorian calendar in every language (Intl would pick the Persian calendar for
//   `fa`: a legal date shown in two calendars is dangerous);
// - the digits the language writes, as its counts and amounts elsewhere in the UI show
//   them: Persian digits for `fa` (named explicitly), and CLDR's default for `ar` (Latin
//   digits, as i18next's counts beside them);
// - one date shape: weekday, day, month, year ("Tue 8 Dec 2026"; English as in the UK,
//   since the users are in Slovenia);
// - a 24-hour clock in every language, as in Slovenia;
// - days and wall times are Slovenian calendar days and clock times: plain dates are
//   formatted as UTC midnight so no phone time zone moves them; instants (a note's time)
//   are shown in Slovenian time, like the "today" every deadline counts from.
//
// Intl formatters are costly to make (a list of 50 rows would make 100 of them), so each
// is made once per language.
import { daysBetween } from '../domain/calendar.ts';
import { SLOVENIA_TIME_ZONE, wallClockAt } from '../domain/ljubljana-time.ts';

/**
 * CLDR's calendar words and date shapes for UI languages a browser may ship without.
 * Browsers carry only part of CLDR: Chromium has no Albanian at all (its dates come out
 * in US English, "Tue, Dec 8, 2026", month first in date fields) and Bosnian without
 * names ("2026 M12 8, Tue"). Where the engine's month names are not these, this module
 * writes the language's dates itself, and its numbers as `numbersLike` writes them (the
 * same decimal comma and grouping); where the engine has the data (Node, Safari, Firefox),
 * Intl formats them like every other language, to the same text.
 */
interface OwnCalendar {
  /** Short month names, January first. */
  months: readonly string[];
  /** Short weekday names, Sunday first. */
  weekdays: readonly string[];
  date(weekday: string, day: number, month: string, year: number): string;
  dateTime(date: string, time: string): string;
  month(month: string, year: string): string;
  /** "3 days ago", "tomorrow": as Intl.RelativeTimeFormat with `numeric: 'auto'`; `plural` is the CLDR category of |value|. */
  ago(value: number, unit: RelativeUnit, plural: string): string;
  /** A locale browsers do carry that writes numbers and euros as this language does. */
  numbersLike: string;
}

type RelativeUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** Relative time from CLDR's words: `named` for values said in a word, else the unit by plural category. */
function relative(
  named: Partial<Record<RelativeUnit, Record<number, string>>>,
  past: Record<RelativeUnit, Record<string, string>>,
  future: Record<RelativeUnit, Record<string, string>>,
): OwnCalendar['ago'] {
  return (value, unit, plural) => {
    const word = named[unit]?.[value];
    if (word) return word;
    const forms = value < 0 ? past[unit] : future[unit];
    return (forms[plural] ?? forms.other ?? '').replace('{0}', String(Math.abs(value)));
  };
}

const ownCalendars: Readonly<Record<string, OwnCalendar>> = {
  sq: {
    months: ['jan', 'shk', 'mar', 'pri', 'maj', 'qer', 'korr', 'gush', 'sht', 'tet', 'nën', 'dhj'],
    weekdays: ['die', 'hën', 'mar', 'mër', 'enj', 'pre', 'sht'],
    date: (weekday, day, month, year) => `${weekday}, ${day} ${month} ${year}`,
    dateTime: (date, time) => `${date}, ${time}`,
    month: (month, year) => `${month} ${year}`,
    ago: relative(
      {
        minute: { 0: 'këtë minutë' },
        hour: { 0: 'këtë orë' },
        day: { [-1]: 'dje', 0: 'sot', 1: 'nesër' },
        month: { [-1]: 'muajin e kaluar', 0: 'këtë muaj', 1: 'muajin e ardhshëm' },
        year: { [-1]: 'vjet', 0: 'sivjet', 1: 'mot' },
      },
      {
        minute: { one: '{0} minutë më parë', other: '{0} minuta më parë' },
        hour: { other: '{0} orë më parë' },
        day: { other: '{0} ditë më parë' },
        month: { other: '{0} muaj më parë' },
        year: { one: '{0} vit më parë', other: '{0} vjet më parë' },
      },
      {
        minute: { one: 'pas {0} minute', other: 'pas {0} minutash' },
        hour: { one: 'pas {0} ore', other: 'pas {0} orësh' },
        day: { one: 'pas {0} dite', other: 'pas {0} ditësh' },
        month: { one: 'pas {0} muaji', other: 'pas {0} muajsh' },
        year: { one: 'pas {0} viti', other: 'pas {0} vjetësh' },
      },
    ),
    numbersLike: 'fr',
  },
  bs: {
    months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    weekdays: ['ned', 'pon', 'uto', 'sri', 'čet', 'pet', 'sub'],
    date: (weekday, day, month, year) => `${weekday}, ${day}. ${month} ${year}.`,
    dateTime: (date, time) => `${date} u ${time}`,
    month: (month, year) => `${month} ${year}.`,
    ago: relative(
      {
        minute: { 0: 'ova minuta' },
        hour: { 0: 'ovaj sat' },
        day: { [-2]: 'prekjučer', [-1]: 'jučer', 0: 'danas', 1: 'sutra', 2: 'prekosutra' },
        month: { [-1]: 'prošli mjesec', 0: 'ovaj mjesec', 1: 'sljedeći mjesec' },
        year: { [-1]: 'prošle godine', 0: 'ove godine', 1: 'sljedeće godine' },
      },
      {
        minute: { one: 'prije {0} minutu', few: 'prije {0} minute', other: 'prije {0} minuta' },
        hour: { one: 'prije {0} sat', few: 'prije {0} sata', other: 'prije {0} sati' },
        day: { one: 'prije {0} dan', other: 'prije {0} dana' },
        month: { one: 'prije {0} mjesec', few: 'prije {0} mjeseca', other: 'prije {0} mjeseci' },
        year: { one: 'prije {0} godinu', few: 'prije {0} godine', other: 'prije {0} godina' },
      },
      {
        minute: { one: 'za {0} minutu', few: 'za {0} minute', other: 'za {0} minuta' },
        hour: { one: 'za {0} sat', few: 'za {0} sata', other: 'za {0} sati' },
        day: { one: 'za {0} dan', other: 'za {0} dana' },
        month: { one: 'za {0} mjesec', few: 'za {0} mjeseca', other: 'za {0} mjeseci' },
        year: { one: 'za {0} godinu', few: 'za {0} godine', other: 'za {0} godina' },
      },
    ),
    numbersLike: 'hr',
  },
};

const calendarInUse = new Map<string, OwnCalendar | null>();

/** This module's own calendar for `language` when the engine lacks the language's CLDR data, else null. */
function ownCalendar(language: string): OwnCalendar | null {
  const primary = language.split('-')[0] ?? '';
  let own = calendarInUse.get(primary);
  if (own === undefined) {
    const candidate = ownCalendars[primary];
    const december = candidate ? new Intl.DateTimeFormat(primary, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 1)) : '';
    own = candidate && december !== candidate.months[11] ? candidate : null;
    calendarInUse.set(primary, own);
  }
  return own;
}

/** A plain date's day at UTC midnight `ms`, in `own`'s words. */
function ownDate(own: OwnCalendar, ms: number): string {
  const day = new Date(ms);
  return own.date(own.weekdays[day.getUTCDay()] ?? '', day.getUTCDate(), own.months[day.getUTCMonth()] ?? '', day.getUTCFullYear());
}

/**
 * Where an engine has no data for a language (Chromium has none for Pashto), the nearest
 * it may have: Dari as written in Afghanistan shares Pashto's script, digits and month
 * names. Without any, English as written in Europe, never the engine's own default.
 */
const nearestLocales: Readonly<Record<string, readonly string[]>> = { ps: ['fa-AF', 'fa'] };

const locales = new Map<string, string>();

/**
 * The Intl locale behind a language: English as written in Europe; for a language whose
 * calendar this module writes itself, the locale that writes its numbers (its dates never
 * reach Intl); else the language, or the nearest one the engine has.
 */
function locale(language: string): string {
  if (language === 'en') return 'en-GB';
  const own = ownCalendar(language);
  if (own) return own.numbersLike;
  let found = locales.get(language);
  if (found === undefined) {
    found = nearestSupportedLocale(language);
    locales.set(language, found);
  }
  return found;
}

/** `language` if the engine has data for it, else the nearest it has (exported for tests). */
export function nearestSupportedLocale(
  language: string,
  supported: (locales: string[]) => string[] = (candidates) => Intl.DateTimeFormat.supportedLocalesOf(candidates),
): string {
  for (const candidate of [language, ...(nearestLocales[language] ?? [])]) {
    if (supported([candidate]).length > 0) return candidate;
  }
  return 'en-GB';
}

/** Digits each language writes, where they must not depend on the engine's default. */
const numberingSystems: Readonly<Record<string, string>> = { fa: 'arabext' };

function numbering(language: string): { numberingSystem?: string } {
  const system = numberingSystems[language.split('-')[0] ?? ''];
  return system ? { numberingSystem: system } : {};
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { calendar: 'gregory', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function dateTimeFormat(kind: string, language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`${kind}|${language}`, () => new Intl.DateTimeFormat(locale(language), { ...options, ...numbering(language) }));
}

/**
 * Formats with `format`, in the one shape of this module: British English writes no comma
 * after the weekday ("Tue 8 Dec 2026", not "Tue, 8 Dec 2026").
 */
function formatted(format: Intl.DateTimeFormat, ms: number, language: string): string {
  if (!language.startsWith('en')) return format.format(ms);
  return format
    .formatToParts(ms)
    .map((part, index, parts) => (part.type === 'literal' && parts[index - 1]?.type === 'weekday' ? ' ' : part.value))
    .join('');
}

function plainDateMs(date: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
}

/** A day (`YYYY-MM-DD`, a day in Slovenia): "Tue 8 Dec 2026", "tor., 8. dec. 2026", "سه‌شنبه ۸ دسامبر ۲۰۲۶". */
export function formatDate(date: string, language: string): string {
  const ms = plainDateMs(date);
  if (Number.isNaN(ms)) return date;
  const own = ownCalendar(language);
  if (own) return ownDate(own, ms);
  return formatted(dateTimeFormat('date', language, { ...DATE_OPTIONS, timeZone: 'UTC' }), ms, language);
}

/** A wall time in Slovenia (`HH:MM`) on the 24-hour clock, in the language's digits: "09:30", "۰۹:۳۰". */
export function formatTime(time: string, language: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const format = dateTimeFormat('time', language, { ...TIME_OPTIONS, timeZone: 'UTC' });
  return format.format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
}

/** A calendar month (`YYYY-MM`), as reports name periods: "Mar 2026", or "Mar 26" when `short`. */
export function formatMonth(month: string, language: string, style: 'long' | 'short' = 'long'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const own = ownCalendar(language);
  if (own) return own.month(own.months[Number(match[2]) - 1] ?? match[2]!, style === 'long' ? match[1]! : match[1]!.slice(2));
  const options: Intl.DateTimeFormatOptions = { calendar: 'gregory', month: 'short', year: style === 'long' ? 'numeric' : '2-digit', timeZone: 'UTC' };
  return dateTimeFormat(`month-${style}`, language, options).format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** A count or measure in the language's digits, at most one decimal: "1,234.5", "۱٬۲۳۴٫۵". */
export function formatNumber(value: number, language: string): string {
  return cached(`number|${language}`, () => new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1, ...numbering(language) })).format(value);
}

/** ASCII digits as this language writes them, leading zeros kept: "08" -> "۰۸" in fa. */
export function localDigits(text: string, language: string): string {
  return text.replace(/[0-9]/g, (digit) => formatNumber(Number(digit), language));
}

/** An instant (epoch ms), e.g. when a note was written, in Slovenian time: "Mon 7 Dec 2026, 01:32". */
export function formatDateTime(ms: number, language: string): string {
  const own = ownCalendar(language);
  if (own) {
    const wall = wallClockAt(ms);
    return own.dateTime(ownDate(own, plainDateMs(wall.date)), wall.time);
  }
  const format = dateTimeFormat('datetime', language, { ...DATE_OPTIONS, ...TIME_OPTIONS, timeZone: SLOVENIA_TIME_ZONE });
  return formatted(format, ms, language);
}

/** "3 days ago", "yesterday", "in 2 hours": how long ago or ahead an instant is. */
export function formatAgo(ms: number, now: number, language: string): string {
  const own = ownCalendar(language);
  const format = own
    ? { format: (value: number, unit: RelativeUnit) => own.ago(value, unit, new Intl.PluralRules(language).select(Math.abs(value))) }
    : cached(`ago|${language}`, () => new Intl.RelativeTimeFormat(locale(language), { numeric: 'auto', ...numbering(language) }));
  const minutes = Math.round((ms - now) / 60_000);
  const hours = Math.round(minutes / 60);
  const days = Math.round(hours / 24);
  if (Math.abs(minutes) < 1) return format.format(0, 'minute');
  if (Math.abs(hours) < 1) return format.format(minutes, 'minute');
  if (Math.abs(days) < 1) return format.format(hours, 'hour');
  if (Math.abs(days) < 30) return format.format(days, 'day');
  if (Math.abs(days) < 365) return format.format(Math.round(days / 30), 'month');
  return format.format(Math.round(days / 365), 'year');
}

/**
 * "today", "tomorrow", "in 3 days", "2 days overdue": the i18n key and count for a date
 * `daysLeft` days from today, the same words on every screen. The keys live in the
 * `checklists` namespace because the client handout needs them in more languages (uk).
 * `overdue`: the date passed and the thing is not done (otherwise "2 days ago").
 */
export function daysLeftKey(daysLeft: number, overdue: boolean): { key: string; count: number } {
  if (daysLeft === 0) return { key: 'checklists:daysLeft.today', count: 0 };
  if (daysLeft === 1) return { key: 'checklists:daysLeft.tomorrow', count: 1 };
  if (daysLeft > 0) return { key: 'checklists:daysLeft.inDays', count: daysLeft };
  return overdue ? { key: 'checklists:daysLeft.overdue', count: -daysLeft } : { key: 'checklists:daysLeft.ago', count: -daysLeft };
}

/** Days from `today` to `date` (both plain dates): 0 today, 1 tomorrow, -1 yesterday. */
export function daysUntil(today: string, date: string): number {
  return daysBetween(today, date);
}

/** Integer cents as euros: 45050 -> "€450.50" (en), "450,50 €" (sl), "‎€۴۵۰٫۵۰" (fa). */
export function formatEuros(cents: number, language: string): string {
  // narrowSymbol: "€" in every language (CLDR's Ukrainian would write "EUR").
  const format = cached(`eur|${language}`, () =>
    new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol', ...numbering(language) }),
  );
  return format.format(cents / 100);
}

/** The decimal separator people type in this language (for money inputs). */
export function decimalSeparator(language: string): '.' | ',' {
  const part = new Intl.NumberFormat(locale(language)).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/**
 * The order of day, month and year in this language's dates ("day, month, year" in sl
 * and en-GB), for date inputs that follow the UI language rather than the browser's.
 */
export function dateFieldOrder(language: string): ('day' | 'month' | 'year')[] {
  if (ownCalendar(language)) return ['day', 'month', 'year'];
  return cached(`order|${language}`, () => new Intl.DateTimeFormat(locale(language), { calendar: 'gregory', timeZone: 'UTC' }))
    .formatToParts(Date.UTC(2026, 11, 8))
    .map((part) => part.type)
    .filter((type): type is 'day' | 'month' | 'year' => type === 'day' || type === 'month' || type === 'year');
}

// Mobile and non-geographic prefixes (041 123 456); the rest are area codes (01 234 56 78).
const threeDigitPrefix = /^0(?:30|31|40|41|43|49|51|64|65|68|69|70|71|8\d|90)/;

/**
 * A Slovenian phone number in groups as people read it aloud: "041 123 456",
 * "01 234 56 78", "+386 41 123 456". Anything else is shown as typed.
 */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/[\s/.-]/g, '');
  const international = /^(?:\+|00)386(\d{8})$/.exec(digits);
  const national = international ? `0${international[1]}` : digits;
  if (!/^0\d{8}$/.test(national)) return phone;
  const grouped = threeDigitPrefix.test(national)
    ? `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`
    : `${national.slice(0, 2)} ${national.slice(2, 5)} ${national.slice(5, 7)} ${national.slice(7)}`;
  return international ? `+386 ${grouped.slice(1)}` : grouped;
}

/**
 * Each UI and handout language in its own name and script. Written out rather than asked
 * of Intl: browsers ship trimmed locale data (Chromium names Albanian "Albanian" in
 * Albanian), and a person must find their own language whatever the phone has.
 */
const endonyms: Readonly<Record<string, string>> = {
  en: 'English',
  sl: 'Slovenščina',
  ar: 'العربية',
  fa: 'فارسی',
  uk: 'Українська',
  ru: 'Русский',
  sq: 'Shqip',
  bs: 'Bosanski',
  fr: 'Français',
  tr: 'Türkçe',
  ps: 'پښتو',
  ur: 'اردو',
};

/** A language named in itself ("Slovenščina", "فارسی"), so a person finds theirs whatever the UI shows. */
export function endonym(language: string): string {
  const known = endonyms[language];
  if (known) return known;
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** Languages named in the UI language and joined as a list: "Arabic, Persian and Ukrainian". */
export function listLanguages(languages: readonly string[], uiLanguage: string): string {
  // Without the UI language's names for languages, each in its own name rather than in English.
  if (ownCalendar(uiLanguage)) return languages.map(endonym).join(', ');
  const names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  return new Intl.ListFormat(uiLanguage, { type: 'conjunction' }).format(languages.map((code) => names.of(code) ?? code));
}

/**
 * Text a person typed (a name, a note), isolated from the sentence around it (Unicode
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE), so "Demo: Ana" inside an Arabic
 * sentence keeps its own direction and punctuation in place.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
