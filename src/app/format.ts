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
import { SLOVENIA_TIME_ZONE } from '../domain/ljubljana-time.ts';

/**
 * Where an engine has no data for a language (Chromium has none for Pashto), the nearest
 * it may have: Dari as written in Afghanistan shares Pashto's script, digits and month
 * names. Without any, English as written in Europe, never the engine's own default.
 */
const nearestLocales: Readonly<Record<string, readonly string[]>> = { ps: ['fa-AF', 'fa'] };

const locales = new Map<string, string>();

/** The Intl locale behind a language: English as written in Europe. */
function locale(language: string): string {
  if (language === 'en') return 'en-GB';
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
  const options: Intl.DateTimeFormatOptions = { calendar: 'gregory', month: 'short', year: style === 'long' ? 'numeric' : '2-digit', timeZone: 'UTC' };
  return dateTimeFormat(`month-${style}`, language, options).format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** A count or measure in the language's digits, at most one decimal: "1,234.5", "۱٬۲۳۴٫۵". */
export function formatNumber(value: number, language: string): string {
  return cached(`number|${language}`, () => new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1, ...numbering(language) })).format(value);
}

/** An instant (epoch ms), e.g. when a note was written, in Slovenian time: "Mon 7 Dec 2026, 01:32". */
export function formatDateTime(ms: number, language: string): string {
  const format = dateTimeFormat('datetime', language, { ...DATE_OPTIONS, ...TIME_OPTIONS, timeZone: SLOVENIA_TIME_ZONE });
  return formatted(format, ms, language);
}

/** "3 days ago", "yesterday", "in 2 hours": how long ago or ahead an instant is. */
export function formatAgo(ms: number, now: number, language: string): string {
  const format = cached(`ago|${language}`, () => new Intl.RelativeTimeFormat(locale(language), { numeric: 'auto', ...numbering(language) }));
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
  const format = cached(`eur|${language}`, () => new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR', ...numbering(language) }));
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

// The app's languages named in themselves, written out: browsers' own tables lack some
// (Chromium names Albanian and Pashto in English) and vary between phones.
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
  if (Object.hasOwn(endonyms, language)) return endonyms[language] as string;
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** Languages named in the UI language and joined as a list: "Arabic, Persian and Ukrainian". */
export function listLanguages(languages: readonly string[], uiLanguage: string): string {
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
