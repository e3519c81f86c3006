// Small rules the viewing screens share, kept out of the components so they are tested:
// which viewings still need their outcome logged, which go into "export all upcoming",
// how the discrimination choices toggle, which reminders to notify about.
import { viewingEndMs, viewingStartMs, startsWithinNextHour, type AgendaEntry, type AgendaViewing } from '../../domain/agenda.ts';
import { canExportToCalendar } from '../../domain/ics.ts';
import { slovenianDateAt } from '../../domain/ljubljana-time.ts';
import { outcomeFormFields, type DiscriminationKind, type OutcomeForm } from '../../domain/viewing.ts';

/**
 * Still "planned" after it should have happened: it started (or, without a start time,
 * its day is over). The agenda marks these "Outcome not logged" and links to the
 * 30-second outcome screen.
 */
export function needsOutcome(viewing: AgendaViewing, nowMs: number): boolean {
  const { status, date } = viewing.fields;
  if (status && status !== 'planned') return false;
  if (!date) return false;
  const start = viewingStartMs(viewing.fields);
  return start === null ? date < slovenianDateAt(nowMs) : start <= nowMs;
}

/** Planned viewings that have not ended yet and can go into a calendar, soonest first. */
export function upcomingForCalendar<V extends AgendaViewing>(viewings: readonly V[], nowMs: number): V[] {
  return viewings
    .filter((viewing) => (viewing.fields.status ?? 'planned') === 'planned' && canExportToCalendar(viewing.fields))
    .map((viewing) => ({ viewing, start: viewingStartMs(viewing.fields) ?? 0, end: viewingEndMs(viewing.fields) }))
    .filter(({ start, end }) => (end ?? start) >= nowMs)
    .toSorted((a, b) => a.start - b.start || (a.viewing.id < b.viewing.id ? -1 : 1))
    .map(({ viewing }) => viewing);
}

/**
 * The discrimination choices after ticking or unticking `kind`: "none" stands alone, so
 * ticking it clears the others and ticking anything else clears "none". Order follows
 * `order` (the order the screen lists them in).
 */
export function toggleDiscrimination(
  current: readonly string[],
  kind: DiscriminationKind,
  checked: boolean,
  order: readonly DiscriminationKind[],
): string[] {
  let next = new Set(current);
  if (!checked) next.delete(kind);
  else if (kind === 'none') next = new Set(['none']);
  else {
    next.delete('none');
    next.add(kind);
  }
  return order.filter((item) => next.has(item));
}

/** A reminder is notified once per viewing and start time (a moved viewing notifies again). */
export function reminderKey(entry: AgendaEntry): string {
  return `${entry.viewing.id}@${entry.startMs ?? ''}`;
}

/** The reminders due now that were not notified yet. */
export function remindersToNotify<V extends AgendaViewing>(
  viewings: readonly V[],
  nowMs: number,
  notified: ReadonlySet<string>,
): AgendaEntry<V>[] {
  return startsWithinNextHour(viewings, nowMs).filter((entry) => !notified.has(reminderKey(entry)));
}

/** Draft keys (store/drafts.ts): one new-viewing draft per case, one edit draft per viewing. */
export const draftKeys = {
  plan: (caseId: string) => `viewing:new:${caseId}`,
  edit: (viewingId: string) => `viewing:edit:${viewingId}`,
  outcome: (viewingId: string) => `viewing:outcome:${viewingId}`,
} as const;

/** Cancelled or no-show: nobody saw the flat, so the outcome questions do not apply. */
export function viewingWasHeld(status: string): boolean {
  return status !== 'cancelled' && status !== 'no_show';
}

/** The outcome-screen fields submitted for a status: all of them if the viewing took place. */
export function outcomeFieldsFor(status: string): readonly (keyof OutcomeForm)[] {
  return viewingWasHeld(status) ? outcomeFormFields : ['status', 'followUpDate', 'notes'];
}

/** Whole minutes from `nowMs` until `startMs`, rounded up (0 once it has started). */
export function minutesUntil(startMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((startMs - nowMs) / 60_000));
}
