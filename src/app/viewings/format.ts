// How the viewing screens show days, times and money in the UI language. Pure (the
// language and "now" come in as arguments), so the rules are unit-tested.
//
// A viewing's `date` is a calendar day and its `startTime` a wall time in Slovenia, not
// instants: both are formatted as if they were UTC, so no time zone of the phone can move
// them to another day or hour.

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

function dayFormat(language: string, style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${language}|${style}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      language,
      style === 'long'
        ? { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' },
    );
    dayFormats.set(key, format);
  }
  return format;
}

/** `2026-11-25` as "Wednesday, 25 November 2026" (long) or "Wed, 25 Nov" (short). */
export function formatDay(date: string, language: string, style: 'long' | 'short' = 'long'): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : dayFormat(language, style).format(ms);
}

/** `HH:MM` in the UI language's digits, on a 24-hour clock as in Slovenia. */
export function formatTime(time: string, language: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormats.set(language, format);
  }
  return format.format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
}

/** Integer cents as euros in the UI language: 45050 -> "€450.50" / "450,50 €". */
export function formatEuros(cents: number, language: string): string {
  let format = moneyFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' });
    moneyFormats.set(language, format);
  }
  return format.format(cents / 100);
}

/** Whole minutes from `nowMs` until `startMs`, rounded up (0 once it has started). */
export function minutesUntil(startMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((startMs - nowMs) / 60_000));
}

/** The decimal separator people type in this language (for money inputs). */
export function decimalSeparator(language: string): '.' | ',' {
  const part = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}
