// Work-free public holidays in Slovenia (Zakon o praznikih in dela prostih dnevih v
// Republiki Sloveniji, ZPDPD), the days that move a deadline under ZUP Art. 101(2).
//
// Holidays that are NOT days off (8 June, 17 August, 15 September, 23 September,
// 25 October, 23 November) are deliberately absent: they do not move deadlines.
//
// History: 2 January was not a work-free day in 2013–2016 (removed by the Fiscal
// Balance Act, ZUJF, from 2013; restored by an amendment of ZPDPD from 2017). Earlier
// years use the current list; deadlines before 1995 are outside what this app needs.
import {
  addDays,
  formatPlainDate,
  MAX_YEAR,
  MIN_YEAR,
  parsePlainDate,
  PlainDateError,
  type PlainDate,
} from './calendar.ts';

export const holidayIds = [
  'newYear', // 1 January
  'newYearSecondDay', // 2 January
  'preserenDay', // 8 February, Slovenian Cultural Holiday
  'easterSunday',
  'easterMonday',
  'uprisingDay', // 27 April, Day of Uprising Against Occupation
  'labourDay', // 1 May
  'labourDaySecondDay', // 2 May
  'pentecostSunday', // Easter + 49 days
  'statehoodDay', // 25 June
  'assumptionDay', // 15 August
  'reformationDay', // 31 October
  'remembranceDay', // 1 November
  'christmasDay', // 25 December
  'independenceDay', // 26 December, Independence and Unity Day
] as const;

export type HolidayId = (typeof holidayIds)[number];

export interface Holiday {
  date: PlainDate;
  id: HolidayId;
}

const FIXED: readonly [month: number, day: number, id: HolidayId][] = [
  [1, 1, 'newYear'],
  [1, 2, 'newYearSecondDay'],
  [2, 8, 'preserenDay'],
  [4, 27, 'uprisingDay'],
  [5, 1, 'labourDay'],
  [5, 2, 'labourDaySecondDay'],
  [6, 25, 'statehoodDay'],
  [8, 15, 'assumptionDay'],
  [10, 31, 'reformationDay'],
  [11, 1, 'remembranceDay'],
  [12, 25, 'christmasDay'],
  [12, 26, 'independenceDay'],
];

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus,
 * "Astronomical Algorithms"). Always between 22 March and 25 April.
 */
export function easterSunday(year: number): PlainDate {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatPlainDate(year, month, day);
}

const byYear = new Map<number, ReadonlyMap<PlainDate, HolidayId>>();

function holidayMap(year: number): ReadonlyMap<PlainDate, HolidayId> {
  let map = byYear.get(year);
  if (map) return map;
  const entries = new Map<PlainDate, HolidayId>();
  for (const [month, day, id] of FIXED) {
    if (id === 'newYearSecondDay' && year >= 2013 && year <= 2016) continue;
    entries.set(formatPlainDate(year, month, day), id);
  }
  const easter = easterSunday(year);
  entries.set(easter, 'easterSunday');
  entries.set(addDays(easter, 1), 'easterMonday');
  entries.set(addDays(easter, 49), 'pentecostSunday');
  map = entries;
  byYear.set(year, map);
  return map;
}

/** The work-free public holidays of a year, in date order. */
export function workFreeHolidays(year: number): Holiday[] {
  checkYear(year);
  return [...holidayMap(year)]
    .map(([date, id]) => ({ date, id }))
    .toSorted((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The work-free holiday on `date`, or null. Throws PlainDateError on a bad date. */
export function holidayOn(date: PlainDate): HolidayId | null {
  const parsed = parsePlainDate(date);
  if (!parsed.ok) throw new PlainDateError(parsed.error.code, parsed.error.message);
  return holidayMap(parsed.value.year).get(date) ?? null;
}

export function isWorkFreeHoliday(date: PlainDate): boolean {
  return holidayOn(date) !== null;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new PlainDateError('out_of_range', `The year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}.`);
  }
}
