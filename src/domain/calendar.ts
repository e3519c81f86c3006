// Plain calendar dates (`YYYY-MM-DD`) and pure day arithmetic.
//
// Legal deadlines are about calendar days in Slovenia, never instants: a deadline that
// "ends on 4 May" ends on 4 May wherever the phone thinks it is. So no `Date` objects, no
// time zones: a date is turned into a day number (days since 1970-01-01, proleptic
// Gregorian calendar) and back with integer arithmetic.
//
// Years are limited to 1583..9999: the Gregorian Easter computus (holidays-si.ts) is
// meaningful from 1583, and four-digit years keep the string form sortable.
// The wire schema of a date field is `plainDateSchema` in dates.ts; this file adds the
// arithmetic.

import { daysInMonth, type PlainDate } from './plain-date.ts';
import type { Result } from './result.ts';

export { daysInMonth };

export const MIN_YEAR = 1583;
export const MAX_YEAR = 9999;

export type { PlainDate };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type DateErrorCode = 'invalid_date' | 'out_of_range' | 'invalid_rule';

/** A person-readable error with a stable code (errors are values, STYLE.md). */
export interface DateError {
  code: DateErrorCode;
  message: string;
}

/**
 * Thrown by the string-returning functions (`addDays`, `addLegalDays`, …) when given a
 * bad date or rule. Callers that prefer values use `parsePlainDate` first.
 */
export class PlainDateError extends Error implements DateError {
  readonly code: DateErrorCode;
  constructor(code: DateErrorCode, message: string) {
    super(message);
    this.name = 'PlainDateError';
    this.code = code;
  }
}

export interface ParsedDate {
  year: number;
  month: number;
  day: number;
  /** Days since 1970-01-01. */
  dayNumber: number;
}

export type ParseResult = Result<ParsedDate, DateError>;

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses and checks a `YYYY-MM-DD` string; never throws. */
export function parsePlainDate(input: unknown): ParseResult {
  if (typeof input !== 'string') {
    return { ok: false, error: { code: 'invalid_date', message: 'A date must be a text of the form YYYY-MM-DD.' } };
  }
  const match = PLAIN_DATE.exec(input);
  if (!match) {
    return { ok: false, error: { code: 'invalid_date', message: `"${shorten(input)}" is not a date of the form YYYY-MM-DD.` } };
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: { code: 'invalid_date', message: `${input} does not exist in the calendar.` } };
  }
  if (year < MIN_YEAR) {
    return { ok: false, error: { code: 'out_of_range', message: `${input} is before ${MIN_YEAR}, which this calendar does not cover.` } };
  }
  return { ok: true, value: { year, month, day, dayNumber: daysFromCivil(year, month, day) } };
}

/** True when `input` is an existing calendar date written as `YYYY-MM-DD`. */
export function isPlainDate(input: unknown): input is PlainDate {
  return parsePlainDate(input).ok;
}

/** Day number (days since 1970-01-01) of a date; throws PlainDateError on bad input. */
export function toDayNumber(date: PlainDate): number {
  return parseOrThrow(date).dayNumber;
}

/** The date of a day number; throws PlainDateError outside years 1583..9999. */
export function fromDayNumber(dayNumber: number): PlainDate {
  if (!Number.isSafeInteger(dayNumber)) {
    throw new PlainDateError('out_of_range', 'A day number must be a whole number.');
  }
  const { year, month, day } = civilFromDays(dayNumber);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new PlainDateError('out_of_range', `The result falls in the year ${year}, outside ${MIN_YEAR}..${MAX_YEAR}.`);
  }
  return formatPlainDate(year, month, day);
}

export function formatPlainDate(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: PlainDate, days: number): PlainDate {
  if (!Number.isSafeInteger(days)) {
    throw new PlainDateError('invalid_rule', 'A number of days must be a whole number.');
  }
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `date` plus `months` calendar months (negative goes back). The day of the month is
 * kept; when the target month is shorter, the result is its last day. This is the
 * counting of ZUP Art. 100: a period in months ends on the day whose number matches the
 * starting day, or on the last day of the month that has no such day.
 */
export function addMonths(date: PlainDate, months: number): PlainDate {
  if (!Number.isSafeInteger(months)) {
    throw new PlainDateError('invalid_rule', 'A number of months must be a whole number.');
  }
  const { year, month, day } = parseOrThrow(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new PlainDateError('out_of_range', `The result falls in the year ${targetYear}, outside ${MIN_YEAR}..${MAX_YEAR}.`);
  }
  return formatPlainDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: PlainDate): IsoWeekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function weekdayOfDayNumber(dayNumber: number): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`. Both must be valid dates. */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

function parseOrThrow(date: PlainDate): ParsedDate {
  const parsed = parsePlainDate(date);
  if (!parsed.ok) throw new PlainDateError(parsed.error.code, parsed.error.message);
  return parsed.value;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer conversions for the
// proleptic Gregorian calendar.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function shorten(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}
