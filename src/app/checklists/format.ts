// Dates and deadline explanations as a person reads them, in a given language. Pure (the
// language and the translate function come in), so the handout can use the client's
// language while the rest of the screen speaks the counselor's.
//
// Dates are calendar days in Slovenia: formatted as UTC midnight so no phone time zone
// moves them, and always in the Gregorian calendar (for `fa`, Intl would otherwise pick
// the Persian calendar and show another date).
import type { MessagePart } from '../../domain/deadlines.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const formats = new Map<string, Intl.DateTimeFormat>();

export type DateStyle = 'long' | 'medium' | 'short';

// English as written in Europe ("Mon, 4 May 2026"), where these deadlines run.
function locale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

function dateFormat(language: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'medium'
          ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
          : { day: 'numeric', month: 'short', year: 'numeric' };
    format = new Intl.DateTimeFormat(locale(language), { calendar: 'gregory', timeZone: 'UTC', ...options });
    formats.set(key, format);
  }
  return format;
}

/** `2026-05-04` as "Mon, 4 May 2026" (medium), "Monday, 4 May 2026" (long) or "4 May 2026" (short). */
export function formatDate(date: string, language: string, style: DateStyle = 'medium'): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : dateFormat(language, style).format(ms);
}

/**
 * One part of a deadline's explanation (deadlines.ts `explainDeadline`):
 * `t(part.key, { ...part.values, ...formatted(part.dates), ...translated(part.keys) })`.
 */
export function renderMessagePart(part: MessagePart, t: Translate, language: string): string {
  const dates = Object.fromEntries(Object.entries(part.dates).map(([name, date]) => [name, formatDate(date, language)]));
  const keys = Object.fromEntries(Object.entries(part.keys).map(([name, key]) => [name, t(key)]));
  return t(part.key, { ...part.values, ...dates, ...keys });
}

/** The whole rule behind a deadline as one sentence: its parts joined by "; ". */
export function renderExplanation(parts: readonly MessagePart[], t: Translate, language: string): string {
  return parts.map((part) => renderMessagePart(part, t, language)).join(t('checklists:explanationSeparator'));
}

/**
 * "in 3 days", "today", "2 days overdue": the i18n key (namespace `checklists`) and the
 * count for a due date `daysLeft` days from today.
 */
export function daysLeftKey(daysLeft: number, overdue: boolean): { key: string; count: number } {
  if (daysLeft === 0) return { key: 'checklists:daysLeft.today', count: 0 };
  if (daysLeft === 1) return { key: 'checklists:daysLeft.tomorrow', count: 1 };
  if (daysLeft > 0) return { key: 'checklists:daysLeft.inDays', count: daysLeft };
  return overdue ? { key: 'checklists:daysLeft.overdue', count: -daysLeft } : { key: 'checklists:daysLeft.ago', count: -daysLeft };
}

/**
 * Text a person typed (a name, a note), isolated from the sentence around it (Unicode
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE), so "Demo: Ana" inside an Arabic
 * sentence keeps its own direction and punctuation in place.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
