import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { easterSunday, holidayOn, isWorkFreeHoliday, workFreeHolidays } from '../../../src/domain/holidays-si.ts';
import { dayOfWeek, PlainDateError } from '../../../src/domain/calendar.ts';

// Western (Gregorian) Easter Sundays from published tables, including the earliest
// possible date (22 March: 1818, 2285) and the latest (25 April: 1943, 2038).
const KNOWN_EASTER: Record<number, string> = {
  1583: '1583-04-10', 1818: '1818-03-22', 1943: '1943-04-25', 1954: '1954-04-18',
  1961: '1961-04-02', 1981: '1981-04-19', 1991: '1991-03-31', 1995: '1995-04-16',
  1999: '1999-04-04', 2000: '2000-04-23', 2001: '2001-04-15', 2002: '2002-03-31',
  2003: '2003-04-20', 2004: '2004-04-11', 2005: '2005-03-27', 2006: '2006-04-16',
  2007: '2007-04-08', 2008: '2008-03-23', 2009: '2009-04-12', 2010: '2010-04-04',
  2011: '2011-04-24', 2012: '2012-04-08', 2013: '2013-03-31', 2014: '2014-04-20',
  2015: '2015-04-05', 2016: '2016-03-27', 2017: '2017-04-16', 2018: '2018-04-01',
  2019: '2019-04-21', 2020: '2020-04-12', 2021: '2021-04-04', 2022: '2022-04-17',
  2023: '2023-04-09', 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05',
  2027: '2027-03-28', 2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21',
  2031: '2031-04-13', 2032: '2032-03-28', 2033: '2033-04-17', 2034: '2034-04-09',
  2035: '2035-03-25', 2036: '2036-04-13', 2037: '2037-04-05', 2038: '2038-04-25',
  2039: '2039-04-10', 2040: '2040-04-01', 2049: '2049-04-18', 2050: '2050-04-10',
  2100: '2100-03-28', 2160: '2160-03-23', 2285: '2285-03-22', 2400: '2400-04-16',
  9999: '9999-03-28',
};

// A second, independent computus (Knuth, TAOCP vol. 1, 1.3.2 exercise 14: golden
// number, epact and Gregorian corrections) to cross-check every year.
function knuthEaster(year: number): string {
  const golden = (year % 19) + 1;
  const century = Math.floor(year / 100) + 1;
  const x = Math.floor((3 * century) / 4) - 12;
  const z = Math.floor((8 * century + 5) / 25) - 5;
  const d = Math.floor((5 * year) / 4) - x - 10;
  let epact = (11 * golden + 20 + z - x) % 30;
  if ((epact === 25 && golden > 11) || epact === 24) epact += 1;
  let n = 44 - epact;
  if (n < 21) n += 30;
  n = n + 7 - ((d + n) % 7);
  const [month, day] = n > 31 ? [4, n - 31] : [3, n];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('easterSunday', () => {
  it.each(Object.entries(KNOWN_EASTER))('finds Easter %s on %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });

  it('agrees with an independent computus for every year 1583..9999', () => {
    const mismatches: number[] = [];
    for (let year = 1583; year <= 9999; year++) {
      if (easterSunday(year) !== knuthEaster(year)) mismatches.push(year);
    }
    expect(mismatches).toEqual([]);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(dayOfWeek(easter)).toBe(7);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });

  it('refuses years the Gregorian computus does not cover', () => {
    expect(() => easterSunday(1582)).toThrow(PlainDateError);
    expect(() => easterSunday(10000)).toThrow(PlainDateError);
    expect(() => easterSunday(2026.5)).toThrow(PlainDateError);
  });
});

describe('workFreeHolidays', () => {
  it('lists the 15 work-free days of 2026 in date order', () => {
    expect(workFreeHolidays(2026)).toEqual([
      { date: '2026-01-01', id: 'newYear' },
      { date: '2026-01-02', id: 'newYearSecondDay' },
      { date: '2026-02-08', id: 'preserenDay' },
      { date: '2026-04-05', id: 'easterSunday' },
      { date: '2026-04-06', id: 'easterMonday' },
      { date: '2026-04-27', id: 'uprisingDay' },
      { date: '2026-05-01', id: 'labourDay' },
      { date: '2026-05-02', id: 'labourDaySecondDay' },
      { date: '2026-05-24', id: 'pentecostSunday' },
      { date: '2026-06-25', id: 'statehoodDay' },
      { date: '2026-08-15', id: 'assumptionDay' },
      { date: '2026-10-31', id: 'reformationDay' },
      { date: '2026-11-01', id: 'remembranceDay' },
      { date: '2026-12-25', id: 'christmasDay' },
      { date: '2026-12-26', id: 'independenceDay' },
    ]);
  });

  it.each([
    [2024, '2024-03-31', '2024-04-01', '2024-05-19'],
    [2025, '2025-04-20', '2025-04-21', '2025-06-08'],
    [2027, '2027-03-28', '2027-03-29', '2027-05-16'],
    [2038, '2038-04-25', '2038-04-26', '2038-06-13'],
    [2285, '2285-03-22', '2285-03-23', '2285-05-10'],
  ])('places the movable feasts of %i (Easter %s, Monday %s, Pentecost %s)', (year, easter, monday, pentecost) => {
    expect(holidayOn(easter)).toBe('easterSunday');
    expect(holidayOn(monday)).toBe('easterMonday');
    expect(holidayOn(pentecost)).toBe('pentecostSunday');
    expect(dayOfWeek(pentecost)).toBe(7);
    expect(workFreeHolidays(year)).toHaveLength(15);
  });

  it('has 15 distinct work-free days every year from 2017 on (no movable feast lands on a fixed one)', () => {
    for (let year = 2017; year <= 2300; year++) {
      const days = workFreeHolidays(year);
      expect(new Set(days.map((h) => h.date)).size).toBe(15);
    }
  });

  it('leaves out 2 January in 2013-2016, when it was not a day off', () => {
    expect(holidayOn('2012-01-02')).toBe('newYearSecondDay');
    for (const year of [2013, 2014, 2015, 2016]) {
      expect(holidayOn(`${year}-01-02`)).toBeNull();
      expect(workFreeHolidays(year)).toHaveLength(14);
    }
    expect(holidayOn('2017-01-02')).toBe('newYearSecondDay');
  });

  it('does not treat holidays that are working days as days off', () => {
    for (const date of ['2026-06-08', '2026-08-17', '2026-09-15', '2026-09-23', '2026-10-25', '2026-11-23']) {
      expect(isWorkFreeHoliday(date)).toBe(false);
    }
  });

  it('keeps holidays that fall on a weekend (they are still holidays)', () => {
    expect(holidayOn('2026-05-02')).toBe('labourDaySecondDay'); // Saturday
    expect(holidayOn('2026-08-15')).toBe('assumptionDay'); // Saturday
    expect(holidayOn('2026-11-01')).toBe('remembranceDay'); // Sunday
    expect(holidayOn('2026-12-26')).toBe('independenceDay'); // Saturday
  });

  it('throws a clear error for a bad date', () => {
    expect(() => holidayOn('2026-02-30')).toThrow(PlainDateError);
    expect(() => holidayOn('1.5.2026')).toThrow(/YYYY-MM-DD/);
  });
});
