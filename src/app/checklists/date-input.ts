// When a date being typed may be saved. Chromium reports a complete date after each digit
// of the year (0002, 0020, 0202, 2026), so only a plausible year is saved while typing;
// anything else waits until the field is left.
import { isPlainDate } from '../../domain/calendar.ts';

export function committableDate(value: string): boolean {
  if (value === '') return true;
  if (!isPlainDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2199;
}
