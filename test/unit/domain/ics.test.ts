import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarFileName,
  escapeText,
  foldLine,
  viewingCalendarText,
  viewingsToIcs,
  type IcsViewing,
  type Translate,
  type ViewingEventText,
} from '../../../src/domain/ics.ts';
import { wallTimeToInstant } from '../../../src/domain/ljubljana-time.ts';
import type { ViewingFields } from '../../../src/domain/viewing.ts';
import en from '../../../locales/en/viewings.json' with { type: 'json' };
import sl from '../../../locales/sl/viewings.json' with { type: 'json' };
import ar from '../../../locales/ar/viewings.json' with { type: 'json' };

const NOW = Date.parse('2026-11-21T23:59:30.250Z');
const ID = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f';

// A tiny stand-in for i18next: looks a key up in a locale file and fills {{values}}.
function translator(messages: unknown): Translate {
  return (key, values = {}) => {
    const path = key.replace(/^viewings:/, '').split('.');
    let node: unknown = messages;
    for (const part of path) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`missing ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, events };
}

function onlyEvent(ics: string) {
  const { events } = parse(ics);
  expect(events).toHaveLength(1);
  return events[0] as InstanceType<typeof ICAL.Event>;
}

const epochMs = (time: InstanceType<typeof ICAL.Time>) => time.toUnixTime() * 1000;

function event(fields: ViewingFields, text: ViewingEventText = { summary: 'Apartment viewing' }, id = ID): IcsViewing {
  return { id, fields, text };
}

describe('calendar export (.ics)', () => {
  it('writes a calendar that ical.js reads back with the right instant in Europe/Ljubljana', () => {
    const ics = viewingsToIcs([event({ date: '2026-11-25', startTime: '17:30', durationMinutes: 45 })], { nowMs: NOW });
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Terenski zvezek//Viewings//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Ljubljana');
    expect(events).toHaveLength(1);
    const viewing = events[0] as InstanceType<typeof ICAL.Event>;
    expect(viewing.uid).toBe(`${ID}@terenski-zvezek.invalid`);
    expect(viewing.startDate.zone?.tzid).toBe('Europe/Ljubljana');
    expect(epochMs(viewing.startDate)).toBe(Date.parse('2026-11-25T16:30:00Z'));
    expect(epochMs(viewing.endDate)).toBe(Date.parse('2026-11-25T17:15:00Z'));
    expect(String(viewing.component.getFirstPropertyValue('dtstamp'))).toBe('2026-11-21T23:59:30Z');
    expect(ics).toContain('\r\nDTSTART;TZID=Europe/Ljubljana:20261125T173000\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261121T235930Z\r\n');
  });

  it('writes a start in the missing or repeated hour as the UTC instant the app shows', () => {
    const spring = viewingsToIcs([event({ date: '2026-03-29', startTime: '02:30' })], { nowMs: NOW });
    expect(spring).toContain('\r\nDTSTART:20260329T013000Z\r\n');
    const autumn = viewingsToIcs([event({ date: '2026-10-25', startTime: '02:30' })], { nowMs: NOW });
    expect(autumn).toContain('\r\nDTSTART:20261025T003000Z\r\n');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const long = 'Stanovanje v Šiški, blizu postaje; ogled z lastnikom in prevajalko. '.repeat(5);
    const ics = viewingsToIcs([event({ date: '2026-11-25', startTime: '17:30' }, { summary: long })], { nowMs: NOW });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('agrees with the app on the instant, summer and winter and around both changes', () => {
    const cases = [
      ['2026-03-28', '10:00'],
      ['2026-03-29', '01:30'],
      ['2026-03-29', '03:00'],
      ['2026-03-30', '10:00'],
      ['2026-07-15', '18:45'],
      ['2026-10-24', '10:00'],
      ['2026-10-25', '01:59'],
      ['2026-10-25', '03:00'],
      // The missing and the repeated hour: written in UTC, so no reader can pick another offset.
      ['2026-03-29', '02:30'],
      ['2026-10-25', '02:00'],
      ['2026-10-25', '02:30'],
      ['2026-10-26', '10:00'],
      ['2027-01-04', '08:00'],
    ] as const;
    const ics = viewingsToIcs(
      cases.map(([date, startTime], i) => event({ date, startTime }, { summary: `${i}` }, `${ID.slice(0, -2)}${String(i).padStart(2, '0')}`)),
      { nowMs: NOW },
    );
    const { events } = parse(ics);
    expect(events).toHaveLength(cases.length);
    events.forEach((viewing, i) => {
      const [date, startTime] = cases[i] as readonly [string, string];
      expect(epochMs(viewing.startDate), `${date} ${startTime}`).toBe(wallTimeToInstant(date, startTime));
    });
  });

  it('agrees with the app for any time of day in the years ahead (ordinary hours)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2026-01-01T00:00:00Z') / 86_400_000, max: Date.parse('2036-12-31T00:00:00Z') / 86_400_000 }),
        fc.integer({ min: 7 * 60, max: 21 * 60 }),
        (day, minute) => {
          const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
          const startTime = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const viewing = onlyEvent(viewingsToIcs([event({ date, startTime })], { nowMs: NOW }));
          expect(epochMs(viewing.startDate)).toBe(wallTimeToInstant(date, startTime));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('escapes backslash, semicolon, comma and line breaks, and reads them back intact', () => {
    const summary = 'Ogled; Cesta 7, Ljubljana \\ 2. nadstropje';
    const description = 'Vrstica ena\nVrstica dva\r\nTri, štiri; pet';
    const ics = viewingsToIcs(
      [event({ date: '2026-11-25', startTime: '17:30' }, { summary, location: 'Cesta 7, 1000 Ljubljana', description })],
      { nowMs: NOW },
    );
    expect(ics).toContain('SUMMARY:Ogled\\; Cesta 7\\, Ljubljana \\\\ 2. nadstropje\r\n');
    const viewing = onlyEvent(ics);
    expect(viewing.summary).toBe(summary);
    expect(viewing.location).toBe('Cesta 7, 1000 Ljubljana');
    expect(viewing.description).toBe('Vrstica ena\nVrstica dva\nTri, štiri; pet');
  });

  it('drops control characters, which TEXT does not allow (a tab is allowed)', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  it('folds Slovenian and Arabic text without splitting a character, and unfolds to the same text', () => {
    const arabic = 'معاينة شقة في شارع تشيستا، ليوبليانا؛ المالك يطلب وديعة إضافية، وقال إنه لا يؤجر للاجئين.';
    const slovenian = 'Ogled stanovanja: Čopova ulica, Šiška; lastnica želi dodatno varščino, češ da beguncem ne oddaja. 🏠';
    for (const text of [arabic, slovenian, 'ž'.repeat(200), '🏠'.repeat(60)]) {
      const ics = viewingsToIcs([event({ date: '2026-11-25', startTime: '17:30' }, { summary: text, description: text })], { nowMs: NOW });
      for (const line of ics.split('\r\n')) {
        const bytes = new TextEncoder().encode(line);
        expect(bytes.length).toBeLessThanOrEqual(75);
        // A broken character would not survive a strict UTF-8 decode.
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
      }
      const viewing = onlyEvent(ics);
      expect(viewing.summary).toBe(text);
      expect(viewing.description).toBe(text);
    }
  });

  it('folds at exactly 75 octets, continuing with one space', () => {
    const line = `SUMMARY:${'a'.repeat(67)}bc`;
    expect(foldLine(line)).toBe(`SUMMARY:${'a'.repeat(67)}\r\n bc`);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    // A 2-octet letter that would straddle octet 75 moves to the next line whole.
    expect(foldLine(`${'a'.repeat(74)}č`)).toBe(`${'a'.repeat(74)}\r\n č`);
  });

  it('folds any text into valid lines that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(folded.replaceAll('\r\n ', '')).toBe(`DESCRIPTION:${text}`);
      }),
    );
  });

  it('exports several viewings, leaving out those without a day or time, and marks cancelled ones', () => {
    const ics = viewingsToIcs(
      [
        event({ date: '2026-11-25', startTime: '17:30' }, { summary: 'one' }, `${ID.slice(0, -1)}1`),
        event({ date: '2026-11-26' }, { summary: 'no time' }, `${ID.slice(0, -1)}2`),
        event({ date: '2026-11-27', startTime: '09:00', status: 'cancelled' }, { summary: 'three' }, `${ID.slice(0, -1)}3`),
      ],
      { nowMs: NOW, uidDomain: 'example.org', defaultDurationMinutes: 30 },
    );
    const { events } = parse(ics);
    expect(events.map((e) => [e.summary, e.uid, e.duration.toSeconds()])).toEqual([
      ['one', `${ID.slice(0, -1)}1@example.org`, 1800],
      ['three', `${ID.slice(0, -1)}3@example.org`, 1800],
    ]);
    expect(events[1]?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(events[0]?.component.getFirstPropertyValue('status')).toBeNull();
  });

  it('adds a reminder when asked', () => {
    const ics = viewingsToIcs([event({ date: '2026-11-25', startTime: '17:30' })], {
      nowMs: NOW,
      alarm: { minutesBefore: 60, description: 'Ogled čez eno uro' },
    });
    const alarm = onlyEvent(ics).component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm?.getFirstPropertyValue('trigger');
    expect(trigger).toBeInstanceOf(ICAL.Duration);
    expect((trigger as InstanceType<typeof ICAL.Duration>).toSeconds()).toBe(-3600);
  });

  it('names the file without personal data', () => {
    expect(calendarFileName([{ fields: { date: '2026-11-25', address: 'Cesta 7' } }])).toBe('viewing-2026-11-25.ics');
    expect(calendarFileName([{ fields: {} }, { fields: {} }])).toBe('viewings.ics');
  });
});

describe('event texts', () => {
  const fields: ViewingFields = {
    date: '2026-11-25',
    startTime: '17:30',
    address: 'Cesta Izmišljenih 7, 1000 Ljubljana',
    landlordName: 'Nepremičnine Primer d.o.o.',
    landlordPhone: '+38641123456',
    listingUrl: 'https://www.example.si/oglas/123',
    interpreterLanguage: 'Arabic',
    notes: 'Private note about the client.',
  };

  it('says "Apartment viewing" and the address, and nothing about the client', () => {
    const text = viewingCalendarText(fields, translator(en));
    expect(text.summary).toBe('Apartment viewing: Cesta Izmišljenih 7, 1000 Ljubljana');
    expect(text.location).toBe('Cesta Izmišljenih 7, 1000 Ljubljana');
    expect(text.description).toContain('+38641123456');
    expect(text.description).toContain('https://www.example.si/oglas/123');
    const ics = viewingsToIcs([{ id: ID, fields, text }], { nowMs: NOW });
    expect(ics).not.toContain('Arabic');
    expect(ics).not.toContain('Private note');
  });

  it('writes the landlord line without gaps when only the phone is known', () => {
    const text = viewingCalendarText({ date: '2026-11-25', startTime: '17:30', landlordPhone: '+38641123456', registrationConsent: 'yes' }, translator(en));
    expect(text).toEqual({ summary: 'Apartment viewing', location: undefined, description: 'Landlord: +38641123456' });
  });

  it('names the client only when the caller passes the name', () => {
    expect(viewingCalendarText(fields, translator(en), { clientName: 'A. K.' }).summary).toContain('A. K.');
  });

  it('is written in the UI language, also right to left, and survives the round trip', () => {
    for (const messages of [sl, ar]) {
      const text = viewingCalendarText({ ...fields, address: undefined }, translator(messages));
      expect(text.summary).toBe(translator(messages)('viewings:calendar.summaryNoAddress'));
      const viewing = onlyEvent(viewingsToIcs([{ id: ID, fields, text }], { nowMs: NOW }));
      expect(viewing.summary).toBe(text.summary);
      expect(viewing.description).toBe(text.description);
    }
  });
});
