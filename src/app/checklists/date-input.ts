// When a key date being typed may be saved at once: a whole date with a plausible year
// (1900-2199), or nothing (the person emptied the field). Anything else waits until the
// field is left, so a slip of the finger is not saved as a legal date on the way.
import { isPlainDate } from '../../domain/calendar.ts';

export function committableDate(value: string): boolean {
  if (value === '') return true;
  if (!isPlainDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2199;
}
