import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addLegalDays,
  computeDeadline,
  dayOfWeek,
  daysBetween,
  deemedServiceDate,
  explainDeadline,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingDay,
  PlainDateError,
  previousWorkingDay,
} from '../../../src/domain/deadlines.ts';
import { fromDayNumber, toDayNumber } from '../../../src/domain/calendar.ts';

const anyDate = fc
  .integer({ min: toDayNumber('1995-01-01'), max: toDayNumber('2200-12-31') })
  .map((n) => fromDayNumber(n));

/** The longest run of consecutive non-working days, found by scanning the calendar. */
function longestNonWorkingRun(fromYear: number, toYear: number): number {
  let longest = 0;
  let run = 0;
  for (let n = toDayNumber(`${fromYear}-01-01`); n <= toDayNumber(`${toYear}-12-31`); n++) {
    run = isWorkingDay(fromDayNumber(n)) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

describe('isWorkingDay', () => {
  it('treats Saturdays, Sundays and work-free holidays as non-working', () => {
    expect(isWorkingDay('2026-05-04')).toBe(true); // Monday
    expect(isWorkingDay('2026-05-09')).toBe(false); // Saturday
    expect(isWorkingDay('2026-05-10')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-06-25')).toBe(false); // Statehood Day, Thursday
    expect(isWorkingDay('2026-06-08')).toBe(true); // Primož Trubar Day is not a day off
  });

  it('gives every reason for a non-working day', () => {
    expect(nonWorkingDay('2026-05-02')).toEqual({
      date: '2026-05-02',
      weekday: 6,
      reasons: ['saturday', 'holiday'],
      holiday: 'labourDaySecondDay',
    });
    expect(nonWorkingDay('2026-05-04')).toBeNull();
  });
});

describe('addLegalDays (ZUP Art. 100 and 101(2))', () => {
  it('does not count the day of service: 15 days from a Monday end on the Tuesday two weeks later', () => {
    expect(addLegalDays('2026-03-02', 15)).toBe('2026-03-17');
    expect(addLegalDays('2026-03-02', 1)).toBe('2026-03-03');
  });

  it('moves a deadline ending on a Saturday to the Monday', () => {
    expect(addLegalDays('2026-01-09', 15)).toBe('2026-01-26');
  });

  it('moves a deadline ending on a Sunday to the Monday', () => {
    expect(addLegalDays('2026-01-10', 15)).toBe('2026-01-26');
  });

  it('moves a deadline ending on Easter Monday to the Tuesday', () => {
    expect(addLegalDays('2026-03-22', 15)).toBe('2026-04-07');
    expect(addLegalDays('2025-04-13', 8)).toBe('2025-04-22');
  });

  it('moves a deadline ending on Easter Sunday past Easter Monday', () => {
    expect(addLegalDays('2025-04-12', 8)).toBe('2025-04-22');
  });

  it('moves a deadline ending on Pentecost Sunday to the Monday', () => {
    expect(addLegalDays('2026-05-09', 15)).toBe('2026-05-25');
  });

  it.each([
    ['Monday', 2023, '2023-05-03'],
    ['Tuesday', 2029, '2029-05-03'],
    ['Wednesday', 2024, '2024-05-03'],
    ['Thursday', 2025, '2025-05-05'],
    ['Friday', 2026, '2026-05-04'],
    ['Saturday', 2021, '2021-05-03'],
    ['Sunday', 2022, '2022-05-03'],
  ])('moves a deadline ending on 1 May (a %s in %i) past 2 May and any weekend after it', (_weekday, year, expected) => {
    expect(addLegalDays(`${year}-04-16`, 15)).toBe(expected);
  });

  it('moves a deadline ending on 27 April to the next working day', () => {
    expect(addLegalDays('2026-04-12', 15)).toBe('2026-04-28');
  });

  it('moves a deadline ending on a holiday that falls on a weekend to the Monday (17 August is not a day off)', () => {
    expect(addLegalDays('2026-07-31', 15)).toBe('2026-08-17'); // 15 Aug Sat
    expect(addLegalDays('2026-10-17', 15)).toBe('2026-11-02'); // 1 Nov Sun
    expect(addLegalDays('2020-12-11', 15)).toBe('2020-12-28'); // 26 Dec Sat
  });

  it('does not move a deadline ending on a holiday that is a working day (8 June)', () => {
    expect(addLegalDays('2026-05-24', 15)).toBe('2026-06-08');
  });

  it('crosses year ends: 31 December, then 1 and 2 January, then the weekend', () => {
    expect(addLegalDays('2026-12-16', 15)).toBe('2026-12-31'); // Thursday, a working day
    expect(addLegalDays('2026-12-17', 15)).toBe('2027-01-04'); // Fri 1 Jan, Sat 2 Jan, Sun
    expect(addLegalDays('2022-12-16', 15)).toBe('2023-01-03'); // Sat 31 Dec, Sun 1 Jan, Mon 2 Jan
    expect(addLegalDays('2019-12-17', 15)).toBe('2020-01-03'); // Wed 1 Jan, Thu 2 Jan
    expect(addLegalDays('2014-12-17', 15)).toBe('2015-01-02'); // 2 Jan 2015 was a working day
  });

  it('chains Christmas and Independence Day with a weekend', () => {
    expect(addLegalDays('2025-12-10', 15)).toBe('2025-12-29'); // Thu 25, Fri 26, Sat, Sun
    expect(addLegalDays('2024-12-10', 15)).toBe('2024-12-27'); // Wed 25, Thu 26
    expect(addLegalDays('2025-12-11', 15)).toBe('2025-12-29'); // ends on 26 Dec
  });

  it('chains Reformation Day and Remembrance Day with a weekend', () => {
    expect(addLegalDays('2025-10-16', 15)).toBe('2025-11-03'); // Fri 31 Oct, Sat 1 Nov, Sun
    expect(addLegalDays('2024-10-16', 15)).toBe('2024-11-04'); // Thu 31 Oct, Fri 1 Nov, Sat, Sun
  });

  it('counts over 29 February in leap years only', () => {
    expect(addLegalDays('2024-02-14', 15)).toBe('2024-02-29'); // Thursday
    expect(addLegalDays('2028-02-14', 15)).toBe('2028-02-29'); // Tuesday
    expect(addLegalDays('2026-02-14', 15)).toBe('2026-03-02'); // 1 March 2026 is a Sunday
    expect(addLegalDays('2100-02-14', 15)).toBe('2100-03-01'); // 2100 is not a leap year
  });

  it('counts 3 days for detention from notification the same way', () => {
    expect(addLegalDays('2026-04-28', 3)).toBe('2026-05-04'); // ends Fri 1 May
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s days', (days) => {
    expect(() => addLegalDays('2026-03-02', days)).toThrow(PlainDateError);
  });

  it.each(['2026-02-30', '02.03.2026', '', '2026-3-2'])('refuses the date %j with code invalid_date', (date) => {
    try {
      addLegalDays(date, 15);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlainDateError);
      expect((error as PlainDateError).code).toBe('invalid_date');
    }
  });

  it('never chains more than 4 non-working days (e.g. Thu 1 May, Fri 2 May, Sat, Sun)', () => {
    expect(longestNonWorkingRun(1995, 2400)).toBe(4);
  });

  it('always ends on a working day, at or after from+days, and at most 4 days later', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (from, days) => {
        const due = addLegalDays(from, days);
        const nominal = addDays(from, days);
        expect(isWorkingDay(due)).toBe(true);
        const late = daysBetween(nominal, due);
        expect(late).toBeGreaterThanOrEqual(0);
        expect(late).toBeLessThanOrEqual(4);
        // every day it skipped was a non-working day
        for (let i = 0; i < late; i++) expect(isWorkingDay(addDays(nominal, i))).toBe(false);
      }),
    );
  });
});

describe('deemedServiceDate (ZUP Art. 87(4))', () => {
  it('is the 15th day after the notice was left', () => {
    expect(deemedServiceDate('2026-03-02')).toBe('2026-03-17');
  });

  it('stays on a Sunday, and the appeal period counts from the next day', () => {
    const servedOn = deemedServiceDate('2026-03-07');
    expect(servedOn).toBe('2026-03-22');
    expect(dayOfWeek(servedOn)).toBe(7);
    expect(addLegalDays(servedOn, 8)).toBe('2026-03-30');
    expect(addLegalDays(servedOn, 15)).toBe('2026-04-07'); // 6 April is Easter Monday
  });

  it('stays on a holiday too', () => {
    expect(deemedServiceDate('2026-12-10')).toBe('2026-12-25');
  });

  it('is never moved, whatever the day', () => {
    fc.assert(
      fc.property(anyDate, (left) => {
        expect(daysBetween(left, deemedServiceDate(left))).toBe(15);
      }),
    );
  });
});

describe('nextWorkingDay and previousWorkingDay', () => {
  it('keep a working day and move off non-working ones in their direction', () => {
    expect(nextWorkingDay('2026-05-04')).toBe('2026-05-04');
    expect(previousWorkingDay('2026-05-04')).toBe('2026-05-04');
    expect(nextWorkingDay('2026-05-01')).toBe('2026-05-04');
    expect(previousWorkingDay('2026-05-03')).toBe('2026-04-30');
    expect(previousWorkingDay('2027-01-03')).toBe('2026-12-31');
  });

  it('previousWorkingDay is a working day no later than the date and no more than 4 days earlier', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const earlier = previousWorkingDay(date);
        expect(isWorkingDay(earlier)).toBe(true);
        const back = daysBetween(earlier, date);
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThanOrEqual(4);
      }),
    );
  });
});

describe('computeDeadline', () => {
  it('explains a court action moved off Saturday 2 May (15 days, ZMZ-1 Art. 70)', () => {
    const deadline = computeDeadline({
      rule: { kind: 'legalDaysAfter', days: 15 },
      from: '2026-04-17',
      keyDate: 'decisionServedOn',
      ruleId: 'court-action.court_action_regular',
      basis: [{ act: 'ZMZ-1', article: '70' }],
    });
    expect(deadline).toMatchObject({
      ruleId: 'court-action.court_action_regular',
      keyDate: 'decisionServedOn',
      from: '2026-04-17',
      deemedService: null,
      counting: { act: 'ZUP', article: '100' },
      nominalDate: '2026-05-02',
      dueDate: '2026-05-04',
      recommendation: false,
      shift: {
        direction: 'later',
        from: '2026-05-02',
        to: '2026-05-04',
        basis: { act: 'ZUP', article: '101(2)' },
      },
    });
    expect(deadline.shift?.skipped.map((d) => [d.date, d.reasons, d.holiday])).toEqual([
      ['2026-05-02', ['saturday', 'holiday'], 'labourDaySecondDay'],
      ['2026-05-03', ['sunday'], null],
    ]);
    expect(explainDeadline(deadline)).toEqual([
      {
        key: 'deadlines:rule.daysAfter',
        values: { count: 15 },
        dates: { from: '2026-04-17' },
        keys: { anchor: 'deadlines:anchorFrom.decisionServedOn' },
      },
      { key: 'deadlines:basis.article', values: { act: 'ZMZ-1', article: '70' }, dates: {}, keys: {} },
      {
        key: 'deadlines:moved.later',
        values: { act: 'ZUP', article: '101(2)' },
        dates: { from: '2026-05-02', to: '2026-05-04' },
        keys: { reason: 'deadlines:holiday.labourDaySecondDay' },
      },
    ]);
  });

  it('has no shift when the last day is a working day', () => {
    const deadline = computeDeadline({ rule: { kind: 'legalDaysAfter', days: 8 }, from: '2026-03-02' });
    expect(deadline.dueDate).toBe('2026-03-10');
    expect(deadline.shift).toBeNull();
    expect(explainDeadline(deadline).map((p) => p.key)).toEqual(['deadlines:rule.daysAfter']);
  });

  it('counts from the deemed service date when only the delivery notice is known', () => {
    const deadline = computeDeadline({
      rule: { kind: 'legalDaysAfter', days: 15 },
      noticeLeftOn: '2026-03-07',
      keyDate: 'decisionServedOn',
    });
    expect(deadline.from).toBe('2026-03-22');
    expect(deadline.deemedService).toEqual({
      noticeLeftOn: '2026-03-07',
      servedOn: '2026-03-22',
      days: 15,
      basis: { act: 'ZUP', article: '87(4)' },
    });
    expect(deadline.dueDate).toBe('2026-04-07');
    expect(deadline.shift?.skipped.map((d) => d.holiday)).toEqual(['easterMonday']);
    const keys = explainDeadline(deadline).map((p) => p.key);
    expect(keys).toEqual(['deadlines:rule.daysAfter', 'deadlines:deemedService', 'deadlines:moved.later']);
  });

  it('prefers an explicit service date over a delivery notice', () => {
    const deadline = computeDeadline({
      rule: { kind: 'legalDaysAfter', days: 3 },
      from: '2026-03-02',
      noticeLeftOn: '2026-02-01',
    });
    expect(deadline.from).toBe('2026-03-02');
    expect(deadline.deemedService).toBeNull();
  });

  it('moves a month deadline to the next working day when it is a deadline to act', () => {
    const deadline = computeDeadline({
      rule: { kind: 'monthsAfter', months: 1, onNonWorkingDay: 'nextWorkingDay' },
      from: '2026-04-01',
    });
    expect(deadline.nominalDate).toBe('2026-05-01');
    expect(deadline.dueDate).toBe('2026-05-04');
    expect(deadline.counting).toEqual({ act: 'ZUP', article: '100' });
  });

  it('keeps the end of an entitlement on a Sunday', () => {
    const deadline = computeDeadline({
      rule: { kind: 'monthsAfter', months: 12, onNonWorkingDay: 'keep' },
      from: '2026-01-31',
    });
    expect(deadline.dueDate).toBe('2027-01-31');
    expect(deadline.shift).toBeNull();
  });

  it('takes the month end for a month without the day (31 Jan + 1 month)', () => {
    const deadline = computeDeadline({
      rule: { kind: 'monthsAfter', months: 1, onNonWorkingDay: 'nextWorkingDay' },
      from: '2027-01-31',
    });
    expect(deadline.nominalDate).toBe('2027-02-28'); // a Sunday
    expect(deadline.dueDate).toBe('2027-03-01');
  });

  it('moves a 30-days-before reminder to the EARLIER working day, across 2 and 1 May', () => {
    const deadline = computeDeadline({
      rule: { kind: 'daysBefore', days: 30 },
      from: '2026-06-01',
      keyDate: 'protectionExpiresOn',
      basis: [{ act: 'ZMZ-1', article: '66(3)' }],
    });
    expect(deadline.nominalDate).toBe('2026-05-02');
    expect(deadline.dueDate).toBe('2026-04-30');
    expect(deadline.counting).toBeNull();
    expect(deadline.shift).toMatchObject({ direction: 'earlier', from: '2026-05-02', to: '2026-04-30', basis: null });
    expect(deadline.shift?.skipped.map((d) => d.date)).toEqual(['2026-05-02', '2026-05-01']);
    const moved = explainDeadline(deadline).find((p) => p.key === 'deadlines:moved.earlier');
    expect(moved).toEqual({
      key: 'deadlines:moved.earlier',
      values: {},
      dates: { from: '2026-05-02', to: '2026-04-30' },
      keys: { reason: 'deadlines:holiday.labourDaySecondDay' },
    });
  });

  it('recommends filing 1 month before a permit expires, on the earlier working day', () => {
    const deadline = computeDeadline({
      rule: { kind: 'monthsBefore', months: 1 },
      from: '2026-03-31',
      keyDate: 'permitExpiresOn',
      recommendation: true,
    });
    expect(deadline.nominalDate).toBe('2026-02-28');
    expect(deadline.dueDate).toBe('2026-02-27');
    const parts = explainDeadline(deadline);
    expect(parts[0]).toEqual({
      key: 'deadlines:rule.monthsBefore',
      values: { count: 1 },
      dates: { from: '2026-03-31' },
      keys: { anchor: 'deadlines:anchorBefore.permitExpiresOn' },
    });
    expect(parts.at(-1)?.key).toBe('deadlines:recommendation');
  });

  it('treats "before expiry" (0 days) ending on a Sunday as the Friday', () => {
    const deadline = computeDeadline({ rule: { kind: 'daysBefore', days: 0 }, from: '2026-03-22' });
    expect(deadline.dueDate).toBe('2026-03-20');
    expect(explainDeadline(deadline)[0]?.key).toBe('deadlines:rule.onOrBefore');
    expect(explainDeadline(deadline)[0]?.keys).toEqual({ anchor: 'deadlines:anchorFrom.unnamed' });
  });

  it('names a weekend reason when the moved-from day is no holiday', () => {
    const deadline = computeDeadline({ rule: { kind: 'legalDaysAfter', days: 15 }, from: '2026-01-09' });
    const moved = explainDeadline(deadline).find((p) => p.key === 'deadlines:moved.later');
    expect(moved?.keys).toEqual({ reason: 'deadlines:reason.saturday' });
  });

  it('refuses bad rules and dates with a code', () => {
    const bad = [
      { rule: { kind: 'legalDaysAfter', days: 0 }, from: '2026-01-01' },
      { rule: { kind: 'legalDaysAfter', days: 2.5 }, from: '2026-01-01' },
      { rule: { kind: 'weeksAfter', weeks: 2 }, from: '2026-01-01' },
      { rule: { kind: 'monthsAfter', months: 1 }, from: '2026-01-01' },
    ];
    for (const input of bad) {
      expect(() => computeDeadline(input as never)).toThrow(expect.objectContaining({ code: 'invalid_rule' }));
    }
    expect(() => computeDeadline({ rule: { kind: 'legalDaysAfter', days: 3 }, from: '2026-02-31' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => computeDeadline({ rule: { kind: 'legalDaysAfter', days: 3 } })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  it('moves after-deadlines later and before-reminders earlier, always onto a working day', () => {
    const rules = fc.oneof(
      fc.record({ kind: fc.constant('legalDaysAfter' as const), days: fc.integer({ min: 1, max: 120 }) }),
      fc.record({
        kind: fc.constant('monthsAfter' as const),
        months: fc.integer({ min: 1, max: 24 }),
        onNonWorkingDay: fc.constant('nextWorkingDay' as const),
      }),
      fc.record({ kind: fc.constant('daysBefore' as const), days: fc.integer({ min: 0, max: 120 }) }),
      fc.record({ kind: fc.constant('monthsBefore' as const), months: fc.integer({ min: 1, max: 24 }) }),
    );
    fc.assert(
      fc.property(anyDate, rules, (from, rule) => {
        const d = computeDeadline({ rule, from });
        expect(isWorkingDay(d.dueDate)).toBe(true);
        const moved = daysBetween(d.nominalDate, d.dueDate);
        if (rule.kind === 'daysBefore' || rule.kind === 'monthsBefore') {
          expect(moved).toBeLessThanOrEqual(0);
          expect(d.dueDate < from || (rule.kind === 'daysBefore' && rule.days === 0 && d.dueDate <= from)).toBe(true);
        } else {
          expect(moved).toBeGreaterThanOrEqual(0);
          expect(d.dueDate > from).toBe(true);
        }
        expect(Math.abs(moved)).toBeLessThanOrEqual(4);
        expect(d.shift === null).toBe(moved === 0);
        expect(d.shift?.skipped.length ?? 0).toBe(Math.abs(moved));
      }),
    );
  });
});
