// The period and threshold of an advocacy report (REPORTS.md): inclusive calendar months
// `YYYY-MM` in Slovenia, `from <= to`, at most 36 months apart, and k (at least 5).
// Shared by the endpoint's query check and the Reports screen's period picker.
import { daysInMonth, formatPlainDate, MAX_YEAR, MIN_YEAR, type PlainDate } from './calendar.ts';

/** k-anonymity threshold: a team may raise it, never lower it. */
export const REPORT_MIN_K = 5;
/** How far apart `from` and `to` may be, in months. */
export const REPORT_MAX_MONTHS_APART = 36;

/** A calendar month, `YYYY-MM`. */
export type ReportMonth = string;

export interface ReportPeriod {
  from: ReportMonth;
  to: ReportMonth;
  k: number;
}

/** Why a period was refused: screens say it in the person's language, the endpoint in `message`. */
export type ReportPeriodProblem = 'missing' | 'format' | 'order' | 'span' | 'k';

export type ReportPeriodCheck = { ok: true; period: ReportPeriod } | { ok: false; problem: ReportPeriodProblem; message: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WHOLE_NUMBER = /^\d{1,9}$/;

/** Months counted from year 0, so month arithmetic is plain integer arithmetic. */
export function monthIndex(month: ReportMonth): number | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return year * 12 + Number(match[2]) - 1;
}

export function monthFromIndex(index: number): ReportMonth {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** The month a day falls in. */
export function monthOf(date: PlainDate): ReportMonth {
  return date.slice(0, 7);
}

export function firstDayOf(month: ReportMonth): PlainDate {
  return `${month}-01`;
}

export function lastDayOf(month: ReportMonth): PlainDate {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  return formatPlainDate(year, monthNumber, daysInMonth(year, monthNumber));
}

/** Every month from `from` to `to`, inclusive, in order. */
export function monthsOf(period: Pick<ReportPeriod, 'from' | 'to'>): ReportMonth[] {
  const start = monthIndex(period.from) ?? 0;
  const end = monthIndex(period.to) ?? -1;
  const months: ReportMonth[] = [];
  for (let index = start; index <= end; index += 1) months.push(monthFromIndex(index));
  return months;
}

/**
 * Checks a requested period as it arrives (query strings, form inputs): `from` and `to`
 * months, `from <= to`, at most 36 months apart; `k` absent (5) or a whole number >= 5.
 * Messages are for people; they never repeat the value that was sent.
 */
export function checkReportPeriod(input: { from?: unknown; to?: unknown; k?: unknown }): ReportPeriodCheck {
  if (typeof input.from !== 'string' || typeof input.to !== 'string') {
    return { ok: false, problem: 'missing', message: 'Give the period as from=YYYY-MM and to=YYYY-MM.' };
  }
  const from = monthIndex(input.from);
  const to = monthIndex(input.to);
  if (from === null || to === null) return { ok: false, problem: 'format', message: 'from and to must be months written YYYY-MM.' };
  if (from > to) return { ok: false, problem: 'order', message: 'from must not be after to.' };
  if (to - from > REPORT_MAX_MONTHS_APART) {
    return { ok: false, problem: 'span', message: `from and to may be at most ${REPORT_MAX_MONTHS_APART} months apart.` };
  }
  let k = REPORT_MIN_K;
  if (input.k !== undefined) {
    if (typeof input.k !== 'string' || !WHOLE_NUMBER.test(input.k) || Number(input.k) < REPORT_MIN_K) {
      return { ok: false, problem: 'k', message: `k must be a whole number of at least ${REPORT_MIN_K}.` };
    }
    k = Number(input.k);
  }
  return { ok: true, period: { from: input.from, to: input.to, k } };
}

/** The period picker's presets, from today in Slovenia. */
export function lastTwelveMonths(today: PlainDate): Pick<ReportPeriod, 'from' | 'to'> {
  const to = monthIndex(monthOf(today)) as number;
  return { from: monthFromIndex(to - 11), to: monthFromIndex(to) };
}

export function thisYear(today: PlainDate): Pick<ReportPeriod, 'from' | 'to'> {
  const year = today.slice(0, 4);
  return { from: `${year}-01`, to: monthOf(today) };
}
