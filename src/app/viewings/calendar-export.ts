// The .ics file behind "Add to calendar" and "Export all upcoming to calendar": the
// domain writes RFC 5545 (ics.ts), this picks the texts in the UI language and the alarm.
// The file is made on the phone and handed to the browser as a download; nothing is sent.
import { calendarFileName, canExportToCalendar, viewingCalendarText, viewingsToIcs, type Translate } from '../../domain/ics.ts';
import type { ViewingFields } from '../../domain/viewing.ts';

export interface CalendarFile {
  text: string;
  fileName: string;
  count: number;
}

/** The calendar app reminds an hour before, like the app itself does. */
export const CALENDAR_ALARM_MINUTES = 60;

/** An .ics file of the viewings that can go into a calendar, or null when none can. */
export function calendarFile(
  viewings: readonly { id: string; fields: ViewingFields }[],
  t: Translate,
  nowMs: number,
): CalendarFile | null {
  const exportable = viewings.filter((viewing) => canExportToCalendar(viewing.fields));
  if (exportable.length === 0) return null;
  const text = viewingsToIcs(
    exportable.map((viewing) => ({ id: viewing.id, fields: viewing.fields, text: viewingCalendarText(viewing.fields, t) })),
    { nowMs, alarm: { minutesBefore: CALENDAR_ALARM_MINUTES, description: t('viewings:calendar.alarm') } },
  );
  return { text, fileName: calendarFileName(exportable), count: exportable.length };
}
