// The viewings agenda: today, upcoming and past viewings, grouped by day in Slovenia and
// sorted by when they start. Pure: the screen passes the viewings and `now` (epoch ms).
//
// A viewing's `date` is already a day in Slovenia, so grouping never converts it; only
// "which day is today" and "when does it start" need the time zone (ljubljana-time.ts),
// which is what keeps the agenda right across midnight and daylight-saving changes.
import { slovenianDateAt, wallTimeToInstant } from './ljubljana-time.ts';
import type { ViewingFields } from './viewing.ts';

/** What the agenda needs of a viewing record; screens may pass richer objects. */
export interface AgendaViewing {
  id: string;
  caseId?: string | undefined;
  fields: ViewingFields;
}

export interface AgendaEntry<V extends AgendaViewing = AgendaViewing> {
  viewing: V;
  /** When it starts (epoch ms), or null for a viewing without a start time. */
  startMs: number | null;
}

export interface AgendaDay<V extends AgendaViewing = AgendaViewing> {
  /** The day in Slovenia, `YYYY-MM-DD`. */
  date: string;
  /** Untimed viewings first, then by start. */
  entries: AgendaEntry<V>[];
}

export interface Agenda<V extends AgendaViewing = AgendaViewing> {
  today: AgendaDay<V>;
  /** Days after today, soonest first. */
  upcoming: AgendaDay<V>[];
  /** Days before today, most recent first (what a volunteer looks for when logging outcomes). */
  past: AgendaDay<V>[];
  /** Viewings with no date yet. */
  undated: V[];
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * When a viewing starts: its `date` and `startTime` read as wall-clock time in
 * Europe/Ljubljana. On the spring-forward Sunday a time in the missing hour (02:00-02:59)
 * is read with the winter offset, so 02:30 is the instant clocks show as 03:30; on the
 * autumn Sunday a time in the repeated hour means its first occurrence (still summer
 * time). These are RFC 5545's rules, so a calendar importing our .ics agrees.
 */
export function viewingStartMs(fields: ViewingFields): number | null {
  if (!fields.date || !fields.startTime) return null;
  return wallTimeToInstant(fields.date, fields.startTime);
}

/** When a viewing is expected to end (start + duration), or null if either is unknown. */
export function viewingEndMs(fields: ViewingFields): number | null {
  const start = viewingStartMs(fields);
  return start === null || !fields.durationMinutes ? null : start + fields.durationMinutes * 60_000;
}

/** Today, upcoming and past viewings, each day's viewings in start order. */
export function buildAgenda<V extends AgendaViewing>(viewings: readonly V[], nowMs: number): Agenda<V> {
  const todayDate = slovenianDateAt(nowMs);
  const byDate = new Map<string, AgendaEntry<V>[]>();
  const undated: V[] = [];
  for (const viewing of viewings) {
    const date = viewing.fields.date;
    if (!date) {
      undated.push(viewing);
      continue;
    }
    const entries = byDate.get(date) ?? [];
    entries.push({ viewing, startMs: viewingStartMs(viewing.fields) });
    byDate.set(date, entries);
  }
  const days = [...byDate.entries()]
    .map(([date, entries]) => ({ date, entries: entries.toSorted(compareEntries) }))
    .toSorted((a, b) => compareText(a.date, b.date));
  return {
    today: days.find((day) => day.date === todayDate) ?? { date: todayDate, entries: [] },
    upcoming: days.filter((day) => day.date > todayDate),
    past: days.filter((day) => day.date < todayDate).toReversed(),
    undated: undated.toSorted((a, b) => compareText(a.id, b.id)),
  };
}

/** "Mine": the viewings `userId` attends. */
export function attendedBy<V extends AgendaViewing>(viewings: readonly V[], userId: string): V[] {
  return viewings.filter((viewing) => viewing.fields.attendees?.includes(userId) ?? false);
}

/** A case's viewings, in start order (undated last). */
export function viewingsOfCase<V extends AgendaViewing>(viewings: readonly V[], caseId: string): V[] {
  return viewings
    .filter((viewing) => viewing.caseId === caseId)
    .map((viewing) => ({ viewing, startMs: viewingStartMs(viewing.fields) }))
    .toSorted((a, b) => {
      const dates = compareText(a.viewing.fields.date ?? '\uffff', b.viewing.fields.date ?? '\uffff');
      return dates !== 0 ? dates : compareEntries(a, b);
    })
    .map((entry) => entry.viewing);
}

/**
 * Viewings still planned (not done, cancelled or missed) that start from `nowMs` up to
 * one hour later, soonest first: what the app shows prominently, and notifies about.
 */
export function startsWithinNextHour<V extends AgendaViewing>(viewings: readonly V[], nowMs: number): AgendaEntry<V>[] {
  return plannedWithStart(viewings)
    .filter((entry) => entry.startMs >= nowMs && entry.startMs <= nowMs + HOUR_MS)
    .toSorted(compareEntries);
}

/**
 * The next instant after `nowMs` at which a planned viewing enters its one-hour window,
 * or null: the app sets one timer for it instead of polling.
 */
export function nextReminderAtMs(viewings: readonly AgendaViewing[], nowMs: number): number | null {
  let next: number | null = null;
  for (const entry of plannedWithStart(viewings)) {
    const at = entry.startMs - HOUR_MS;
    if (at > nowMs && (next === null || at < next)) next = at;
  }
  return next;
}

/** How a day relates to today, for headings ("Today", "Tomorrow", "Yesterday"). */
export function relativeDay(date: string, todayDate: string): 'today' | 'tomorrow' | 'yesterday' | null {
  if (date === todayDate) return 'today';
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${todayDate}T00:00:00Z`)) / (24 * HOUR_MS));
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return null;
}

function plannedWithStart<V extends AgendaViewing>(viewings: readonly V[]): { viewing: V; startMs: number }[] {
  const entries: { viewing: V; startMs: number }[] = [];
  for (const viewing of viewings) {
    const status = viewing.fields.status;
    if (status && status !== 'planned') continue;
    const startMs = viewingStartMs(viewing.fields);
    if (startMs !== null) entries.push({ viewing, startMs });
  }
  return entries;
}

// Untimed first, then by the instant of the start (not the wall time: in the spring gap
// 02:30 starts after 03:15), then by id so the order never flickers between renders.
function compareEntries(a: AgendaEntry<AgendaViewing>, b: AgendaEntry<AgendaViewing>): number {
  if (a.startMs === null || b.startMs === null) {
    if (a.startMs !== b.startMs) return a.startMs === null ? -1 : 1;
  } else if (a.startMs !== b.startMs) {
    return a.startMs - b.startMs;
  }
  return compareText(a.viewing.id, b.viewing.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
