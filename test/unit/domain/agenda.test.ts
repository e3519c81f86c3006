import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendedBy,
  buildAgenda,
  nextReminderAtMs,
  relativeDay,
  startsWithinNextHour,
  viewingEndMs,
  viewingsOfCase,
  viewingStartMs,
  type AgendaViewing,
} from '../../../src/domain/agenda.ts';
import { slovenianDateAt, wallClockAt, wallTimeKind, wallTimeToInstant } from '../../../src/domain/ljubljana-time.ts';
import type { ViewingFields } from '../../../src/domain/viewing.ts';

const utc = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

// 2026: clocks go forward on Sunday 29 March at 02:00 and back on Sunday 25 October at 03:00.
const SPRING = '2026-03-29';
const AUTUMN = '2026-10-25';

let counter = 0;
function viewing(fields: ViewingFields, extra: Partial<AgendaViewing> = {}): AgendaViewing {
  counter += 1;
  return { id: `v${String(counter).padStart(3, '0')}`, caseId: 'case-a', fields: { status: 'planned', ...fields }, ...extra };
}

const ids = (list: { viewing: AgendaViewing }[]) => list.map((entry) => entry.viewing.fields.startTime ?? '-');

describe('wall-clock time in Ljubljana', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(wallTimeToInstant('2026-01-15', '10:00')).toBe(utc('2026-01-15T09:00:00Z'));
    expect(wallTimeToInstant('2026-07-15', '10:00')).toBe(utc('2026-07-15T08:00:00Z'));
    expect(wallClockAt(utc('2026-07-15T08:00:00Z'))).toEqual({ date: '2026-07-15', time: '10:00', offsetMinutes: 120 });
  });

  it('reads a time in the missing spring hour with the winter offset (RFC 5545)', () => {
    expect(wallTimeToInstant(SPRING, '01:59')).toBe(utc('2026-03-29T00:59:00Z'));
    const inGap = wallTimeToInstant(SPRING, '02:30') as number;
    expect(inGap).toBe(utc('2026-03-29T01:30:00Z'));
    expect(wallClockAt(inGap).time).toBe('03:30');
    expect(wallTimeToInstant(SPRING, '03:00')).toBe(utc('2026-03-29T01:00:00Z'));
  });

  it('reads a time in the repeated autumn hour as its first occurrence (RFC 5545)', () => {
    expect(wallTimeToInstant(AUTUMN, '01:59')).toBe(utc('2026-10-24T23:59:00Z'));
    expect(wallTimeToInstant(AUTUMN, '02:30')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(wallClockAt(utc('2026-10-25T01:30:00Z')).time).toBe('02:30'); // the second 02:30
    expect(wallTimeToInstant(AUTUMN, '03:00')).toBe(utc('2026-10-25T02:00:00Z'));
  });

  it('tells ordinary, missing and repeated wall times apart', () => {
    expect(wallTimeKind(SPRING, '01:59')).toBe('normal');
    expect(wallTimeKind(SPRING, '02:00')).toBe('missing');
    expect(wallTimeKind(SPRING, '02:59')).toBe('missing');
    expect(wallTimeKind(SPRING, '03:00')).toBe('normal');
    expect(wallTimeKind(AUTUMN, '01:59')).toBe('normal');
    expect(wallTimeKind(AUTUMN, '02:00')).toBe('repeated');
    expect(wallTimeKind(AUTUMN, '02:59')).toBe('repeated');
    expect(wallTimeKind(AUTUMN, '03:00')).toBe('normal');
    expect(wallTimeKind('2026-06-01', '02:30')).toBe('normal');
    expect(wallTimeKind('2026-06-31', '02:30')).toBeNull();
  });

  it('knows which day it is in Slovenia around midnight UTC', () => {
    expect(slovenianDateAt(utc('2026-11-21T22:59:59Z'))).toBe('2026-11-21');
    expect(slovenianDateAt(utc('2026-11-21T23:00:00Z'))).toBe('2026-11-22');
    expect(slovenianDateAt(utc('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(slovenianDateAt(utc('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('rejects dates and times that do not exist in any calendar', () => {
    expect(wallTimeToInstant('2026-02-29', '10:00')).toBeNull();
    expect(wallTimeToInstant('2026-11-21', '24:00')).toBeNull();
    expect(wallTimeToInstant('21.11.2026', '10:00')).toBeNull();
  });

  it('turns any instant into wall time and back (2000-2040), the repeated hour aside', () => {
    fc.assert(
      fc.property(fc.integer({ min: utc('2000-01-01T00:00:00Z') / MINUTE, max: utc('2040-12-31T00:00:00Z') / MINUTE }), (minute) => {
        const ms = minute * MINUTE;
        const wall = wallClockAt(ms);
        const back = wallTimeToInstant(wall.date, wall.time);
        // The second pass through the autumn hour comes back as the first, an hour earlier.
        if (back !== ms) {
          expect(back).toBe(ms - 60 * MINUTE);
          expect(wall.offsetMinutes).toBe(60);
          expect(wall.time.slice(0, 2)).toBe('02');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the agenda', () => {
  it('groups by day in Slovenia: just after local midnight, yesterday is past', () => {
    const now = utc('2026-11-21T23:30:00Z'); // 00:30 on 22 November in Ljubljana
    const late = viewing({ date: '2026-11-21', startTime: '23:00' });
    const early = viewing({ date: '2026-11-22', startTime: '09:00' });
    const agenda = buildAgenda([early, late], now);
    expect(agenda.today).toEqual({ date: '2026-11-22', entries: [{ viewing: early, startMs: utc('2026-11-22T08:00:00Z') }] });
    expect(agenda.past.map((day) => day.date)).toEqual(['2026-11-21']);
    expect(agenda.upcoming).toEqual([]);
  });

  it('orders upcoming days soonest first, past days most recent first, each day by start', () => {
    const now = utc('2026-11-21T12:00:00Z');
    const list = [
      viewing({ date: '2026-11-25', startTime: '17:30' }),
      viewing({ date: '2026-11-25', startTime: '09:00' }),
      viewing({ date: '2026-11-25' }),
      viewing({ date: '2026-11-23', startTime: '10:00' }),
      viewing({ date: '2026-11-10', startTime: '10:00' }),
      viewing({ date: '2026-11-20', startTime: '16:00' }),
      viewing({ date: '2026-11-20', startTime: '08:15' }),
      viewing({ date: '2026-11-21', startTime: '15:00' }),
      viewing({ date: '2026-11-21', startTime: '11:00', status: 'done' }),
      viewing({}),
    ];
    const agenda = buildAgenda(list, now);
    expect(ids(agenda.today.entries)).toEqual(['11:00', '15:00']);
    expect(agenda.upcoming.map((day) => [day.date, ids(day.entries)])).toEqual([
      ['2026-11-23', ['10:00']],
      ['2026-11-25', ['-', '09:00', '17:30']],
    ]);
    expect(agenda.past.map((day) => [day.date, ids(day.entries)])).toEqual([
      ['2026-11-20', ['08:15', '16:00']],
      ['2026-11-10', ['10:00']],
    ]);
    expect(agenda.undated).toHaveLength(1);
  });

  it('shows an empty today when nothing is planned', () => {
    expect(buildAgenda([], utc('2026-03-29T10:00:00Z')).today).toEqual({ date: SPRING, entries: [] });
  });

  it('orders the spring-forward day by the real start (02:30 happens after 03:15)', () => {
    const list = [
      viewing({ date: SPRING, startTime: '03:15' }),
      viewing({ date: SPRING, startTime: '02:30' }),
      viewing({ date: SPRING, startTime: '01:45' }),
    ];
    expect(ids(buildAgenda(list, utc('2026-03-29T10:00:00Z')).today.entries)).toEqual(['01:45', '03:15', '02:30']);
  });

  it('orders the fall-back day by start, the repeated hour read as its first pass', () => {
    const list = [
      viewing({ date: AUTUMN, startTime: '03:00' }),
      viewing({ date: AUTUMN, startTime: '02:45' }),
      viewing({ date: AUTUMN, startTime: '01:30' }),
      viewing({ date: AUTUMN, startTime: '02:10' }),
    ];
    const entries = buildAgenda(list, utc('2026-10-25T10:00:00Z')).today.entries;
    expect(ids(entries)).toEqual(['01:30', '02:10', '02:45', '03:00']);
    expect(entries.map((entry) => entry.startMs)).toEqual([
      utc('2026-10-24T23:30:00Z'),
      utc('2026-10-25T00:10:00Z'),
      utc('2026-10-25T00:45:00Z'),
      utc('2026-10-25T02:00:00Z'),
    ]);
  });

  it('puts a whole DST day under its own date, from 00:00 to 23:59', () => {
    for (const day of [SPRING, AUTUMN]) {
      const list = [viewing({ date: day, startTime: '00:00' }), viewing({ date: day, startTime: '23:59' })];
      // The spring day is 23 hours long and the autumn day 25: hours from midnight won't do.
      const first = wallTimeToInstant(day, '00:00') as number;
      const last = (wallTimeToInstant(day, '23:59') as number) + 59_999;
      expect(last - first + 1).toBe((day === SPRING ? 23 : 25) * 60 * MINUTE);
      for (const now of [first, last]) {
        const agenda = buildAgenda(list, now);
        expect(agenda.today.date, `${day} at ${new Date(now).toISOString()}`).toBe(day);
        expect(agenda.today.entries).toHaveLength(2);
      }
    }
  });

  it('filters "mine" by attendee and lists a case\'s viewings in start order', () => {
    const mine = viewing({ date: '2026-11-25', startTime: '10:00', attendees: ['u_vesna', 'u_ana'] });
    const theirs = viewing({ date: '2026-11-24', startTime: '10:00', attendees: ['u_ana'] }, { caseId: 'case-b' });
    const nobody = viewing({ date: '2026-11-23', startTime: '10:00' });
    const undated = viewing({ notes: 'Waiting for the landlord to propose a day.' });
    expect(attendedBy([mine, theirs, nobody], 'u_vesna')).toEqual([mine]);
    expect(attendedBy([mine, theirs, nobody], 'u_ana')).toEqual([mine, theirs]);
    expect(viewingsOfCase([undated, mine, theirs, nobody], 'case-a')).toEqual([nobody, mine, undated]);
  });

  it('knows when a viewing ends', () => {
    expect(viewingEndMs({ date: AUTUMN, startTime: '02:30', durationMinutes: 60 })).toBe(utc('2026-10-25T01:30:00Z'));
    expect(viewingEndMs({ date: AUTUMN, startTime: '02:30' })).toBeNull();
    expect(viewingStartMs({ startTime: '02:30' })).toBeNull();
  });

  it('names today, tomorrow and yesterday for headings', () => {
    expect(relativeDay('2026-11-21', '2026-11-21')).toBe('today');
    expect(relativeDay('2026-03-30', SPRING)).toBe('tomorrow');
    expect(relativeDay('2026-10-24', AUTUMN)).toBe('yesterday');
    expect(relativeDay('2026-11-25', '2026-11-21')).toBeNull();
  });
});

describe('the in-app reminder', () => {
  it('shows planned viewings starting within the next hour, soonest first', () => {
    const now = utc('2026-11-21T15:00:00Z'); // 16:00 in Ljubljana
    const list = [
      viewing({ date: '2026-11-21', startTime: '17:00' }), // in exactly one hour: shown
      viewing({ date: '2026-11-21', startTime: '16:30' }),
      viewing({ date: '2026-11-21', startTime: '16:00' }), // now: shown
      viewing({ date: '2026-11-21', startTime: '15:59' }), // started: not shown
      viewing({ date: '2026-11-21', startTime: '17:01' }),
      viewing({ date: '2026-11-21', startTime: '16:15', status: 'cancelled' }),
      viewing({ date: '2026-11-21', startTime: '16:20', status: 'done' }),
      viewing({ date: '2026-11-22', startTime: '16:30' }),
    ];
    expect(ids(startsWithinNextHour(list, now))).toEqual(['16:00', '16:30', '17:00']);
  });

  it('counts real minutes across the spring change: 03:30 is 50 minutes after 01:40', () => {
    const now = utc('2026-03-29T00:40:00Z'); // 01:40 CET
    const list = [viewing({ date: SPRING, startTime: '03:30' }), viewing({ date: SPRING, startTime: '04:00' })];
    expect(ids(startsWithinNextHour(list, now))).toEqual(['03:30']);
  });

  it('counts real minutes across the autumn change: 03:05 is 115 minutes after the first 02:10', () => {
    const now = utc('2026-10-25T00:10:00Z'); // 02:10 CEST, the first pass
    const list = [viewing({ date: AUTUMN, startTime: '03:05' }), viewing({ date: AUTUMN, startTime: '02:50' })];
    expect(ids(startsWithinNextHour(list, now))).toEqual(['02:50']);
  });

  it('tells when to look again: the next time a viewing enters its hour', () => {
    const now = utc('2026-11-21T15:00:00Z');
    const list = [
      viewing({ date: '2026-11-21', startTime: '16:30' }), // already within the hour
      viewing({ date: '2026-11-21', startTime: '19:00' }),
      viewing({ date: '2026-11-21', startTime: '18:00', status: 'cancelled' }),
      viewing({ date: '2026-11-23', startTime: '09:00' }),
    ];
    expect(nextReminderAtMs(list, now)).toBe(utc('2026-11-21T17:00:00Z'));
    expect(nextReminderAtMs([], now)).toBeNull();
  });
});
