// A date typed as three parts (day, month, year) in the order the UI language writes them,
// read into the one value every form already keeps: a plain date `YYYY-MM-DD`. What the
// person typed is never dropped: an unfinished or impossible date becomes a value that is
// not a plain date ("2026-02-31", "2026--08"), which the form's own validation refuses
// with a message, and `dateProblem` says what exactly is wrong.
import { asciiDigits } from '../domain/digits.ts';
import { daysInMonth, isPlainDate } from '../domain/plain-date.ts';

export type DatePart = 'day' | 'month' | 'year';

/** The parts as typed, in ASCII digits ('' for a part not typed yet). */
export type DateParts = Readonly<Record<DatePart, string>>;

export const emptyDateParts: DateParts = { day: '', month: '', year: '' };

/** How many digits complete each part (the field moves on to the next part then). */
export const partLength: Readonly<Record<DatePart, number>> = { day: 2, month: 2, year: 4 };

/** The parts of a form's value: a plain date, '' or a value made by `joinDateParts`. */
export function splitDate(value: string): DateParts {
  const pieces = value.split('-');
  if (pieces.length !== 3) return emptyDateParts;
  const [year = '', month = '', day = ''] = pieces;
  return { day, month, year };
}

/** "8" -> "08": a one-digit day or month as a plain date writes it. */
function pad(part: string): string {
  return part.length === 1 ? `0${part}` : part;
}

/** The form's value: '' when nothing is typed, `YYYY-MM-DD` when the date exists. */
export function joinDateParts(parts: DateParts): string {
  if (parts.day === '' && parts.month === '' && parts.year === '') return '';
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

export type DateProblem =
  | { kind: 'incomplete' }
  | { kind: 'year' }
  | { kind: 'month' }
  | { kind: 'day'; days: number };

/** What is wrong with the typed parts, or null for a real date (or nothing typed). */
export function dateProblem(parts: DateParts): DateProblem | null {
  const value = joinDateParts(parts);
  if (value === '' || (parts.year.length === 4 && isPlainDate(value))) return null;
  if (parts.day === '' || parts.month === '' || parts.year === '') return { kind: 'incomplete' };
  if (parts.year.length !== 4) return { kind: 'year' };
  const month = Number(parts.month);
  if (!Number.isInteger(month) || month < 1 || month > 12) return { kind: 'month' };
  return { kind: 'day', days: daysInMonth(Number(parts.year), month) };
}

/**
 * What one part's box now holds, read as typed: Persian and Arabic digits count as
 * digits, anything else (". ", "/") is a separator, the person's sign to go to the next
 * part, as in "8. 12. 2026" typed straight through.
 */
export function readPart(typed: string): { digits: string; separator: boolean } {
  const text = asciiDigits(typed);
  const digits = text.replace(/[^0-9]/g, '');
  return { digits, separator: digits !== '' && /[^0-9]/.test(text) };
}

/**
 * A whole date typed or pasted into one box ("8. 12. 2026", "۲۰۲۶/۱۲/۸", "2026-12-08"):
 * its parts, in the language's `order`, or ISO order when it starts with a four-digit year.
 * Null when the text is not three groups of digits.
 */
export function readWholeDate(typed: string, order: readonly DatePart[]): DateParts | null {
  const groups = asciiDigits(typed).match(/[0-9]+/g);
  if (!groups || groups.length !== 3 || order.length !== 3) return null;
  const parts = groups[0]!.length === 4 && groups[2]!.length <= 2 ? (['year', 'month', 'day'] as const) : order;
  return { [parts[0]!]: groups[0], [parts[1]!]: groups[1], [parts[2]!]: groups[2] } as unknown as DateParts;
}
