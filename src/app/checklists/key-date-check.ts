// A second look at a key date before people act on what it computes: an event date in the
// future, or a date many years away, is most often a typo (2062 for 2026). The date is
// still saved; the screen shows the warning next to it.
import { daysBetween, isPlainDate } from '../../domain/calendar.ts';
import type { KeyDateId } from '../../domain/key-dates.ts';

/** Key dates that name the end of something, which lies in the future. */
const endDates: ReadonlySet<KeyDateId> = new Set(['protectionExpiresOn', 'permitExpiresOn', 'registrationExpiresOn']);

export type KeyDateWarning = 'inFuture' | 'longAgo' | 'farAhead';

const TEN_YEARS = 3653;

export function keyDateWarning(keyDate: KeyDateId, date: string, today: string): KeyDateWarning | null {
  if (!isPlainDate(date) || !isPlainDate(today)) return null;
  const days = daysBetween(today, date);
  if (!endDates.has(keyDate) && days > 0) return 'inFuture';
  if (days < -TEN_YEARS && keyDate !== 'residenceStartedOn') return 'longAgo';
  if (days > TEN_YEARS) return 'farAhead';
  return null;
}
