// Calendar dates without time or zone ("plain dates"), as `YYYY-MM-DD`: the checks, with
// no zod, so that screens which only show dates load no schema code (dates.ts has the schema).
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date `YYYY-MM-DD` (rejects 2026-02-30 and 2026-13-01). */
export function isPlainDate(value: string): boolean {
  const match = PLAIN_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export type PlainDate = string;
