// Calendar export of viewings as an iCalendar file (RFC 5545), for the phone's calendar.
//
// What the file carries leaves the app for good (calendar apps sync to their own clouds),
// so the event says only what the volunteer needs to get there: by default "Apartment
// viewing" and the address, the landlord's contact and the listing link. The client's
// name or anything about them goes in only if the caller passes it.
//
// Times are written as wall time with TZID=Europe/Ljubljana plus a VTIMEZONE with the EU
// summer-time rules, the form calendar apps import most reliably. The one exception: a
// start in the missing spring hour or the repeated autumn hour is written as the UTC
// instant the app computed (ljubljana-time.ts, RFC 5545 3.3.5), because calendar
// software does not all follow RFC 5545 there (ical.js, for one, picks the other offset).
import { SLOVENIA_TIME_ZONE, wallTimeKind, wallTimeToInstant } from './ljubljana-time.ts';
import type { ViewingFields } from './viewing.ts';

export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** The translated texts of one event (the caller translates; see `viewingCalendarText`). */
export interface ViewingEventText {
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
}

export interface IcsViewing {
  /** The record id; the event's UID is `<id>@<uidDomain>`, so a re-export updates the same event. */
  id: string;
  fields: ViewingFields;
  text: ViewingEventText;
}

export interface IcsOptions {
  /** Export time (epoch ms), written as DTSTAMP. */
  nowMs: number;
  /** Right-hand side of UIDs. `.invalid` is reserved (RFC 2606), so it can clash with no real domain. */
  uidDomain?: string;
  /** Length of an event whose viewing has no duration. */
  defaultDurationMinutes?: number;
  /** A reminder the calendar app shows before the viewing. */
  alarm?: { minutesBefore: number; description: string };
}

/** A translate function, e.g. `(key, values) => i18n.t(key, values)`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Only viewings with a day and a start time can go into a calendar. */
export function canExportToCalendar(fields: ViewingFields): boolean {
  return Boolean(fields.date && fields.startTime && wallTimeKind(fields.date, fields.startTime));
}

/**
 * Event texts in the UI language, from keys of the `viewings` namespace. Nothing about
 * the client unless `clientName` is given; the interpreter's language is left out
 * because it can say where a person comes from.
 */
export function viewingCalendarText(
  fields: ViewingFields,
  t: Translate,
  options: { clientName?: string | undefined } = {},
): ViewingEventText {
  const base = fields.address
    ? t('viewings:calendar.summary', { address: fields.address })
    : t('viewings:calendar.summaryNoAddress');
  const summary = options.clientName ? t('viewings:calendar.summaryWithClient', { summary: base, client: options.clientName }) : base;
  const lines: string[] = [];
  if (fields.landlordName || fields.landlordPhone) {
    lines.push(
      t('viewings:calendar.landlord', {
        name: fields.landlordName ?? '',
        phone: fields.landlordPhone ?? '',
      })
        .replace(/ {2,}/g, ' ')
        .trim(),
    );
  }
  if (fields.listingUrl) lines.push(t('viewings:calendar.listing', { url: fields.listingUrl }));
  if (fields.registrationConsent !== 'yes') lines.push(t('viewings:calendar.bringConsent'));
  return {
    summary,
    location: fields.address ?? undefined,
    description: lines.length > 0 ? lines.join('\n') : undefined,
  };
}

/** An .ics file with one event per exportable viewing (others are left out). */
export function viewingsToIcs(viewings: readonly IcsViewing[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Terenski zvezek//Viewings//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...ljubljanaTimeZone,
  ];
  for (const viewing of viewings) {
    if (canExportToCalendar(viewing.fields)) lines.push(...eventLines(viewing, options));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name without personal data: `viewing-2026-11-25.ics`, or `viewings.ics` for several. */
export function calendarFileName(viewings: readonly { fields: ViewingFields }[]): string {
  const only = viewings.length === 1 ? viewings[0] : undefined;
  return only?.fields.date ? `viewing-${only.fields.date}.ics` : 'viewings.ics';
}

// The EU rule since 1996: summer time from the last Sunday of March 01:00 UTC (02:00 CET)
// to the last Sunday of October 01:00 UTC (03:00 CEST).
const ljubljanaTimeZone = [
  'BEGIN:VTIMEZONE',
  `TZID:${SLOVENIA_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(viewing: IcsViewing, options: IcsOptions): string[] {
  const { fields, text } = viewing;
  const minutes = fields.durationMinutes ?? options.defaultDurationMinutes ?? 60;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${viewing.id}@${options.uidDomain ?? 'terenski-zvezek.invalid'}`)}`,
    `DTSTAMP:${utcStamp(options.nowMs)}`,
    dtStart(fields.date as string, fields.startTime as string),
    `DURATION:PT${minutes}M`,
    `SUMMARY:${escapeText(text.summary)}`,
  ];
  if (text.location) lines.push(`LOCATION:${escapeText(text.location)}`);
  if (text.description) lines.push(`DESCRIPTION:${escapeText(text.description)}`);
  if (fields.status === 'cancelled') lines.push('STATUS:CANCELLED');
  if (options.alarm) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(options.alarm.description)}`,
      `TRIGGER:-PT${Math.max(0, Math.round(options.alarm.minutesBefore))}M`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

function dtStart(date: string, time: string): string {
  if (wallTimeKind(date, time) === 'normal') {
    return `DTSTART;TZID=${SLOVENIA_TIME_ZONE}:${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
  }
  return `DTSTART:${utcStamp(wallTimeToInstant(date, time) as number)}`;
}

function utcStamp(ms: number): string {
  // 2026-11-21T23:59:00.000Z -> 20261121T235900Z
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll('-', '').replaceAll(':', '');
}

/**
 * RFC 5545 3.3.11 TEXT: backslash, semicolon and comma are escaped, a line break becomes
 * `\n`, and other control characters (not allowed in TEXT) are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, (control) => (control === '\t' ? control : ''));
}

/**
 * RFC 5545 3.1: a content line longer than 75 octets continues on the next line after
 * CRLF and one space. Octets are counted in UTF-8 and a line is only ever broken between
 * characters, never inside one (č is 2 octets, Arabic letters 2, emoji 4).
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const size = utf8Octets(character.codePointAt(0) as number);
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space counts
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
