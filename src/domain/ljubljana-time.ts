// Wall-clock time in Slovenia (Europe/Ljubljana) and instants (epoch ms), converted with
// the platform's own time-zone data through Intl.DateTimeFormat: no library, no tables
// of our own that could go stale.
//
// Slovenia is CET (UTC+1) in winter and CEST (UTC+2) in summer. Clocks go forward on the
// last Sunday of March at 02:00 (02:00-02:59 does not exist that day) and back on the last
// Sunday of October at 03:00 (02:00-02:59 happens twice). Wall times in those hours are
// resolved the way RFC 5545 (3.3.5) tells calendar apps to read them, so an appointment
// exported to a phone's calendar lands on the same instant the app shows:
//   - a non-existent time is read with the UTC offset before the gap
//     (02:30 on the spring Sunday is 01:30 UTC, which the clocks show as 03:30);
//   - an ambiguous time means its first occurrence (02:30 on the autumn Sunday is 00:30
//     UTC, still summer time).
// This is also what JavaScript's Temporal calls the 'compatible' disambiguation.

export const SLOVENIA_TIME_ZONE = 'Europe/Ljubljana';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter, reused: creating Intl formatters is the slow part. 'h23' avoids the
// "24:00" some engines print for midnight with hour12: false.
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: SLOVENIA_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface WallClock {
  /** `YYYY-MM-DD` in Slovenia. */
  date: string;
  /** `HH:MM` in Slovenia. */
  time: string;
  /** Offset from UTC in minutes at that instant: 60 (CET) or 120 (CEST). */
  offsetMinutes: number;
}

/** What a clock on a wall in Ljubljana shows at the instant `ms`. */
export function wallClockAt(ms: number): WallClock {
  const parts: Record<string, string> = {};
  for (const part of wallClock.formatToParts(ms)) parts[part.type] = part.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const wholeSecondMs = Math.floor(ms / 1000) * 1000;
  const offsetMinutes = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - wholeSecondMs) / MINUTE_MS);
  return {
    date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    time: `${pad(hour, 2)}:${pad(minute, 2)}`,
    offsetMinutes,
  };
}

/** The day it is in Slovenia at the instant `ms` (`YYYY-MM-DD`). */
export function slovenianDateAt(ms: number): string {
  return wallClockAt(ms).date;
}

/**
 * The instant (epoch ms) at which clocks in Ljubljana show `date` `time`
 * (`YYYY-MM-DD`, `HH:MM`). Non-existent and ambiguous times are resolved as RFC 5545
 * 3.3.5 says (see the top of this file). Returns null for a malformed date or time.
 */
export function wallTimeToInstant(date: string, time: string): number | null {
  return resolveWallTime(date, time)?.instant ?? null;
}

/**
 * Whether clocks in Ljubljana show `date` `time` once (`normal`), never (`missing`: the
 * spring-forward hour) or twice (`repeated`: the fall-back hour); null if malformed.
 */
export function wallTimeKind(date: string, time: string): 'normal' | 'missing' | 'repeated' | null {
  return resolveWallTime(date, time)?.kind ?? null;
}

function resolveWallTime(date: string, time: string): { instant: number; kind: 'normal' | 'missing' | 'repeated' } | null {
  const d = PLAIN_DATE.exec(date);
  const t = WALL_TIME.exec(time);
  if (!d || !t) return null;
  const year = Number(d[1]);
  const month = Number(d[2]);
  const day = Number(d[3]);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  // The wall time read as if it were UTC; the real instant is this minus the offset.
  const asUtc = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
  const steady = steadyOffsetOn(date, Date.UTC(year, month - 1, day));
  if (steady !== null) return { instant: asUtc - steady * MINUTE_MS, kind: 'normal' };
  // Offsets in force a little before and after: at most one transition lies between
  // (transitions are months apart), so these are the only two candidates.
  const offsetBefore = wallClockAt(asUtc - 12 * HOUR_MS).offsetMinutes;
  const offsetAfter = wallClockAt(asUtc + 12 * HOUR_MS).offsetMinutes;
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((instant) => {
      const shown = wallClockAt(instant);
      return shown.date === date && shown.time === time;
    })
    .toSorted((a, b) => a - b);
  const [first] = candidates;
  // Non-existent (spring gap): the offset before the gap.
  if (first === undefined) return { instant: asUtc - offsetBefore * MINUTE_MS, kind: 'missing' };
  // Ambiguous (autumn): the first occurrence. Existing: the only one.
  return { instant: first, kind: candidates.length > 1 ? 'repeated' : 'normal' };
}

// The agenda converts every viewing on every render, and a phone is slow at Intl: so a
// day's offset is looked up once. A day is "steady" when the offset is the same 14 hours
// before it starts and 14 hours after it ends; transitions are months apart, so nothing
// can change in between. Only the two change days a year take the careful path above.
// (A memo of a pure function of the date: the same answer whenever it is asked.)
const steadyOffsets = new Map<string, number | null>();

function steadyOffsetOn(date: string, midnightAsUtc: number): number | null {
  let offset = steadyOffsets.get(date);
  if (offset === undefined) {
    const before = wallClockAt(midnightAsUtc - 14 * HOUR_MS).offsetMinutes;
    const after = wallClockAt(midnightAsUtc + 38 * HOUR_MS).offsetMinutes;
    offset = before === after ? before : null;
    if (steadyOffsets.size >= 4096) steadyOffsets.clear();
    steadyOffsets.set(date, offset);
  }
  return offset;
}

/** True for `HH:MM` on a 24-hour clock (00:00-23:59). */
export function isWallTime(value: string): boolean {
  return WALL_TIME.test(value);
}

/** Minutes since midnight of a `HH:MM` wall time. */
export function minutesOfDay(time: string): number {
  const match = WALL_TIME.exec(time);
  if (!match) throw new RangeError('not a HH:MM time');
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` for minutes since midnight, or null past the end of the day. */
export function wallTimeFromMinutes(minutes: number): string | null {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) return null;
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
