import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  isPlainDate,
  parsePlainDate,
  PlainDateError,
  toDayNumber,
} from '../../../src/domain/calendar.ts';

const DAY_MS = 86_400_000;
const anyDayNumber = fc.integer({ min: toDayNumber('1583-01-01'), max: toDayNumber('9999-12-31') });

describe('plain dates', () => {
  it('round-trips every day number and agrees with the UTC calendar of JavaScript', () => {
    fc.assert(
      fc.property(anyDayNumber, (n) => {
        const date = fromDayNumber(n);
        expect(toDayNumber(date)).toBe(n);
        const utc = new Date(n * DAY_MS);
        expect(date).toBe(utc.toISOString().slice(0, 10));
        expect(dayOfWeek(date) % 7).toBe(utc.getUTCDay());
      }),
    );
  });

  it('knows leap days', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2000-02-29')).toBe(true);
    expect(isPlainDate('2100-02-29')).toBe(false);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('adds months by the day number, or the last day of a shorter month (ZUP Art. 100)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-03-15', 1)).toBe('2026-04-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('compares dates', () => {
    expect(compareDates('2026-05-01', '2026-05-02')).toBe(-1);
    expect(compareDates('2026-05-02', '2026-05-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  it.each([
    ['', 'invalid_date'],
    ['2026-2-3', 'invalid_date'],
    ['2026-02-30', 'invalid_date'],
    ['2026-13-01', 'invalid_date'],
    ['2026-00-10', 'invalid_date'],
    ['2026-01-00', 'invalid_date'],
    [' 2026-01-01', 'invalid_date'],
    ['2026-01-01T00:00:00Z', 'invalid_date'],
    ['1.5.2026', 'invalid_date'],
    ['1500-01-01', 'out_of_range'],
  ])('rejects %j with code %s', (input, code) => {
    const parsed = parsePlainDate(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      expect(parsed.error.message.length).toBeGreaterThan(10);
    }
    expect(() => toDayNumber(input)).toThrow(PlainDateError);
  });

  it('rejects values that are not text', () => {
    for (const input of [20260501, null, undefined, new Date(0), {}]) {
      expect(parsePlainDate(input).ok).toBe(false);
    }
  });

  it('refuses results beyond the year 9999 and non-integer counts', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(PlainDateError);
    expect(() => addMonths('9999-12-01', 1)).toThrow(PlainDateError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(PlainDateError);
    expect(() => addMonths('2026-01-01', Number.NaN)).toThrow(PlainDateError);
  });
});
