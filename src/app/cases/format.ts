// Dates and numbers as the person reads them, in the interface language. Intl formatters
// are costly to make (a list of 50 rows would make 100 of them), so each is made once per
// language and options.
import { daysBetween } from '../../domain/calendar.ts';
import { i18n } from '../i18n.ts';

function language(): string {
  return i18n.language || 'en';
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${language()}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(language(), options)));
  return format;
}

function relativeFormat(): Intl.RelativeTimeFormat {
  const key = `r|${language()}`;
  let format = formatters.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.RelativeTimeFormat(language(), { numeric: 'auto' })));
  return format;
}

/** A plain date (`YYYY-MM-DD`, a day in Slovenia) in the UI language, e.g. "Mon, 24 Nov 2026". */
export function formatPlainDate(date: string, options: { weekday?: boolean; year?: boolean } = {}): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Formatted in UTC, so the day never shifts with the phone's time zone.
  return dateFormat({
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    ...(options.year === false ? {} : { year: 'numeric' }),
    ...(options.weekday ? { weekday: 'short' } : {}),
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant (ms), e.g. a note's time, in the phone's time zone. */
export function formatDateTime(ms: number): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

/** Days from `today` to `date` (both plain dates): 0 today, 1 tomorrow. */
export function daysUntil(today: string, date: string): number {
  return daysBetween(today, date);
}

/** "3 days ago", "yesterday", "2 months ago" in the UI language. */
export function formatAgo(ms: number, now: number): string {
  const format = relativeFormat();
  const seconds = Math.round((ms - now) / 1000);
  const minutes = Math.round(seconds / 60);
  const hours = Math.round(minutes / 60);
  const days = Math.round(hours / 24);
  if (Math.abs(minutes) < 1) return format.format(0, 'minute');
  if (Math.abs(hours) < 1) return format.format(minutes, 'minute');
  if (Math.abs(days) < 1) return format.format(hours, 'hour');
  if (Math.abs(days) < 30) return format.format(days, 'day');
  if (Math.abs(days) < 365) return format.format(Math.round(days / 30), 'month');
  return format.format(Math.round(days / 365), 'year');
}
