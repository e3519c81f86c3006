// A date typed as day, month and year boxes in the UI language's order becomes the plain
// date `YYYY-MM-DD` the forms keep; nothing typed is lost on the way, and an impossible or
// unfinished date is never a plain date.
import { describe, expect, it } from 'vitest';
import { dateProblem, joinDateParts, readPart, readWholeDate, splitDate, type DateParts } from '../../../src/app/date-parts.ts';
import { dateFieldOrder, localDigits } from '../../../src/app/format.ts';
import { isPlainDate } from '../../../src/domain/plain-date.ts';

const parts = (day: string, month: string, year: string): DateParts => ({ day, month, year });

describe('joinDateParts', () => {
  it('makes the plain date of a whole date, padding one-digit days and months', () => {
    expect(joinDateParts(parts('8', '12', '2026'))).toBe('2026-12-08');
    expect(joinDateParts(parts('08', '3', '2026'))).toBe('2026-03-08');
  });

  it('gives an empty value when nothing is typed', () => {
    expect(joinDateParts(parts('', '', ''))).toBe('');
  });

  it('gives a value that is not a plain date for an unfinished or impossible date', () => {
    for (const typed of [parts('31', '2', '2026'), parts('8', '', '2026'), parts('8', '12', '226'), parts('8', '13', '2026'), parts('', '', '2026')]) {
      const value = joinDateParts(typed);
      expect(value).not.toBe('');
      expect(isPlainDate(value)).toBe(false);
    }
  });

  it('keeps what was typed: splitting the value gives the same parts back', () => {
    for (const typed of [parts('31', '02', '2026'), parts('', '', '2026'), parts('08', '', ''), parts('08', '12', '2026')]) {
      expect(splitDate(joinDateParts(typed))).toEqual(typed);
    }
  });
});

describe('splitDate', () => {
  it('splits a stored date into its parts', () => {
    expect(splitDate('2026-12-08')).toEqual(parts('08', '12', '2026'));
  });

  it('gives empty parts for no date', () => {
    expect(splitDate('')).toEqual(parts('', '', ''));
  });
});

describe('dateProblem', () => {
  it('has none for a real date or an empty field', () => {
    expect(dateProblem(parts('29', '2', '2028'))).toBeNull();
    expect(dateProblem(parts('', '', ''))).toBeNull();
  });

  it('says how many days the month has when the day does not exist', () => {
    expect(dateProblem(parts('31', '2', '2026'))).toEqual({ kind: 'day', days: 28 });
    expect(dateProblem(parts('29', '2', '2026'))).toEqual({ kind: 'day', days: 28 });
    expect(dateProblem(parts('31', '4', '2026'))).toEqual({ kind: 'day', days: 30 });
    expect(dateProblem(parts('0', '4', '2026'))).toEqual({ kind: 'day', days: 30 });
  });

  it('names a missing part, a month past 12 and a short year', () => {
    expect(dateProblem(parts('8', '', '2026'))).toEqual({ kind: 'incomplete' });
    expect(dateProblem(parts('8', '13', '2026'))).toEqual({ kind: 'month' });
    expect(dateProblem(parts('8', '12', '26'))).toEqual({ kind: 'year' });
  });
});

describe('readPart', () => {
  it('reads Latin, Persian and Arabic digits as the same digits', () => {
    expect(readPart('12').digits).toBe('12');
    expect(readPart('۱۲').digits).toBe('12');
    expect(readPart('١٢').digits).toBe('12');
  });

  it('takes a separator after digits as the sign to go on', () => {
    expect(readPart('8.')).toEqual({ digits: '8', separator: true });
    expect(readPart('۸/')).toEqual({ digits: '8', separator: true });
    expect(readPart('8')).toEqual({ digits: '8', separator: false });
    expect(readPart('.')).toEqual({ digits: '', separator: false });
  });
});

describe('readWholeDate', () => {
  it('splits a whole date typed in the language order', () => {
    expect(readWholeDate('8. 12. 2026', dateFieldOrder('sl'))).toEqual(parts('8', '12', '2026'));
    expect(readWholeDate('۲۰۲۶/۱۲/۸', dateFieldOrder('fa'))).toEqual(parts('8', '12', '2026'));
    expect(readWholeDate('8/12/2026', dateFieldOrder('ar'))).toEqual(parts('8', '12', '2026'));
  });

  it('reads a date starting with a four-digit year as year, month, day', () => {
    expect(readWholeDate('2026-12-08', dateFieldOrder('sl'))).toEqual(parts('08', '12', '2026'));
  });

  it('is not a whole date with fewer than three groups', () => {
    expect(readWholeDate('8.', dateFieldOrder('sl'))).toBeNull();
    expect(readWholeDate('12', dateFieldOrder('sl'))).toBeNull();
  });
});

describe('localDigits', () => {
  it('writes digits as the language does, keeping leading zeros', () => {
    expect(localDigits('08', 'fa')).toBe('۰۸');
    expect(localDigits('2026', 'fa')).toBe('۲۰۲۶');
    expect(localDigits('08', 'sl')).toBe('08');
  });
});
