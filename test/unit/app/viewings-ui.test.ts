// The small rules behind the viewing screens: formats, which viewings need an outcome or
// go into "export all upcoming", the discrimination choices, reminders, the calendar file.
import ICAL from 'ical.js';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '../../../src/domain/ljubljana-time.ts';
import { discriminationKinds, viewingFormToSet, type ViewingFields } from '../../../src/domain/viewing.ts';
import { calendarFile } from '../../../src/app/viewings/calendar-export.ts';
import { translateErrors } from '../../../src/app/viewings/form-errors.ts';

import {
  minutesUntil,
  needsOutcome,
  outcomeFieldsFor,
  reminderKey,
  remindersToNotify,
  toggleDiscrimination,
  upcomingForCalendar,
} from '../../../src/app/viewings/viewing-state.ts';
import en from '../../../locales/en/viewings.json' with { type: 'json' };
import sl from '../../../locales/sl/viewings.json' with { type: 'json' };

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { en: { viewings: en }, sl: { viewings: sl } },
    ns: ['viewings'],
    defaultNS: 'viewings',
    interpolation: { escapeValue: false },
  });
});

const at = (date: string, time: string) => wallTimeToInstant(date, time)!;
const viewing = (id: string, fields: ViewingFields) => ({ id, fields });

describe('minutesUntil', () => {
  it('counts whole minutes until a start, rounding up, and zero once started', () => {
    const start = at('2026-11-25', '10:00');
    expect(minutesUntil(start, start - 12 * 60_000 - 1)).toBe(13);
    expect(minutesUntil(start, start - 60_000)).toBe(1);
    expect(minutesUntil(start, start + 5 * 60_000)).toBe(0);
  });
});

describe('needsOutcome', () => {
  const now = at('2026-11-25', '12:00');
  it('is true for a planned viewing that has started, or whose day is over when it has no time', () => {
    expect(needsOutcome(viewing('a', { date: '2026-11-25', startTime: '11:59', status: 'planned' }), now)).toBe(true);
    expect(needsOutcome(viewing('b', { date: '2026-11-25', startTime: '12:01' }), now)).toBe(false);
    expect(needsOutcome(viewing('c', { date: '2026-11-25' }), now)).toBe(false);
    expect(needsOutcome(viewing('d', { date: '2026-11-24' }), now)).toBe(true);
  });

  it('is false once an outcome was logged, or for a viewing without a date', () => {
    expect(needsOutcome(viewing('a', { date: '2026-11-20', startTime: '10:00', status: 'done' }), now)).toBe(false);
    expect(needsOutcome(viewing('b', { date: '2026-11-20', status: 'cancelled' }), now)).toBe(false);
    expect(needsOutcome(viewing('c', { startTime: '10:00' }), now)).toBe(false);
  });
});

describe('upcomingForCalendar', () => {
  it('takes planned viewings with a time that have not ended, soonest first', () => {
    const now = at('2026-11-25', '12:00');
    const list = [
      viewing('later', { date: '2026-11-27', startTime: '09:00' }),
      viewing('running', { date: '2026-11-25', startTime: '11:30', durationMinutes: 60 }),
      viewing('ended', { date: '2026-11-25', startTime: '10:00', durationMinutes: 30 }),
      viewing('cancelled', { date: '2026-11-26', startTime: '09:00', status: 'cancelled' }),
      viewing('untimed', { date: '2026-11-26' }),
      viewing('soon', { date: '2026-11-25', startTime: '12:30', status: 'planned' }),
    ];
    expect(upcomingForCalendar(list, now).map((v) => v.id)).toEqual(['running', 'soon', 'later']);
  });
});

describe('toggleDiscrimination', () => {
  const order = discriminationKinds;
  it('keeps "none" alone: ticking it clears the rest, ticking something else clears it', () => {
    expect(toggleDiscrimination(['none'], 'extra_money_demanded', true, order)).toEqual(['extra_money_demanded']);
    expect(toggleDiscrimination(['other', 'refused_origin_or_status'], 'none', true, order)).toEqual(['none']);
    expect(toggleDiscrimination(['other'], 'refused_origin_or_status', true, order)).toEqual(['refused_origin_or_status', 'other']);
    expect(toggleDiscrimination(['other', 'refused_origin_or_status'], 'other', false, order)).toEqual(['refused_origin_or_status']);
  });

  it('always gives a choice the domain accepts', () => {
    let current: string[] = ['none'];
    for (const [kind, checked] of [
      ['other', true],
      ['none', true],
      ['extra_money_demanded', true],
      ['refused_origin_or_status', true],
      ['extra_money_demanded', false],
    ] as const) {
      current = toggleDiscrimination(current, kind, checked, order);
      const result = viewingFormToSet(
        { discrimination: current, discriminationDescription: 'Demo' },
        { today: '2026-11-25', current: { date: '2026-11-25', startTime: '10:00' } },
      );
      expect(result.ok).toBe(true);
    }
  });
});

describe('reminders', () => {
  it('notifies each viewing once per start time, and again when it is moved', () => {
    const now = at('2026-11-25', '09:30');
    const list = [viewing('a', { date: '2026-11-25', startTime: '10:00' }), viewing('b', { date: '2026-11-25', startTime: '11:00' })];
    const first = remindersToNotify(list, now, new Set());
    expect(first.map((entry) => entry.viewing.id)).toEqual(['a']);
    const notified = new Set(first.map(reminderKey));
    expect(remindersToNotify(list, now + 60_000, notified)).toEqual([]);
    const moved = [viewing('a', { date: '2026-11-25', startTime: '10:15' })];
    expect(remindersToNotify(moved, now, notified).map((entry) => entry.viewing.id)).toEqual(['a']);
  });
});

describe('outcomeFieldsFor', () => {
  it('asks the outcome questions only when the viewing took place', () => {
    expect(outcomeFieldsFor('done')).toContain('discrimination');
    expect(outcomeFieldsFor('no_show')).toEqual(['status', 'followUpDate', 'notes']);
    expect(outcomeFieldsFor('cancelled')).toEqual(['status', 'followUpDate', 'notes']);
  });
});

describe('calendarFile', () => {
  it('makes one .ics with an event and an hour-before alarm per exportable viewing, in the UI language', () => {
    const t = i18n.getFixedT('sl', 'viewings');
    const file = calendarFile(
      [
        viewing('0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f', { date: '2026-11-25', startTime: '10:00', durationMinutes: 45, address: 'Demo ulica 1' }),
        viewing('0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e90', { date: '2026-11-26' }),
      ],
      (key, values) => t(key, values ?? {}),
      Date.parse('2026-11-21T10:00:00Z'),
    );
    expect(file).toMatchObject({ fileName: 'viewing-2026-11-25.ics', count: 1 });
    const calendar = new ICAL.Component(ICAL.parse(file!.text));
    const [event] = calendar.getAllSubcomponents('vevent');
    expect(new ICAL.Event(event).summary).toBe('Ogled stanovanja: Demo ulica 1');
    expect(new ICAL.Event(event).startDate.toJSDate().getTime()).toBe(at('2026-11-25', '10:00'));
    const trigger = event!.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-3600);
  });

  it('makes nothing when no viewing has a day and a time', () => {
    expect(calendarFile([viewing('x', { date: '2026-11-26' })], (key) => key, 0)).toBeNull();
  });
});

describe('translateErrors', () => {
  it('puts the first message per field in the UI language, with dates written out', () => {
    const result = viewingFormToSet(
      { date: '2062-01-01', startTime: '25:00', endTime: '' },
      { today: '2026-11-25' },
    );
    if (result.ok) throw new Error('expected errors');
    const errors = translateErrors(result.errors, i18n.getFixedT('en', 'viewings'), 'en-GB');
    expect(errors.startTime).toBe(en.validation.time);
    expect(errors.date).toMatch(/^This date looks like a typo\. Enter a date between Mon 25 Nov 2024 and Thu 25 Nov 2027\.$/);
  });
});
