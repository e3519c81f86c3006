// Legal deadlines in Slovenian administrative and court procedure (DOMAIN-SI.md,
// "Computing a deadline"). Pure: dates in, dates out, no clock.
//
// Every computed deadline carries the rule that made it (kind, count, legal basis) and,
// if it was moved off a non-working day, from which date, to which, and why, so the UI
// can say "15 days from service, ZMZ-1 Art. 70; moved from Sat 2 May to Mon 4 May,
// ZUP Art. 101(2)" in any language (`explainDeadline` returns i18n keys, no text).
import { z } from 'zod';
import {
  addDays,
  addMonths,
  dayOfWeek,
  PlainDateError,
  toDayNumber,
  type IsoWeekday,
  type PlainDate,
} from './calendar.ts';
import { holidayOn, type HolidayId } from './holidays-si.ts';
import type { KeyDateId } from './key-dates.ts';

// The calendar helpers are part of this module's public face.
export {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysBetween,
  isPlainDate,
  parsePlainDate,
  PlainDateError,
  type DateError,
  type IsoWeekday,
  type PlainDate,
} from './calendar.ts';

// ---------------------------------------------------------------------------------
// Legal bases

export const legalBasisSchema = z.strictObject({
  /** Abbreviation of the act as used in Slovenia: 'ZMZ-1', 'ZUP', 'ZTuj-2', … */
  act: z.string().trim().min(1).max(80),
  /** Article, with paragraph in brackets where known: '70', '101(2)', '90b'. */
  article: z.string().trim().min(1).max(40).optional(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** ZUP Art. 100: the day of service or of the event is not counted. */
export const ZUP_COUNTING: LegalBasis = { act: 'ZUP', article: '100' };
/** ZUP Art. 101(2): a deadline ending on a non-working day ends on the next working day. */
export const ZUP_NEXT_WORKING_DAY: LegalBasis = { act: 'ZUP', article: '101(2)' };
/** ZUP Art. 87(4): a document not collected counts as served 15 days after the notice. */
export const ZUP_DEEMED_SERVICE: LegalBasis = { act: 'ZUP', article: '87(4)' };
export const DEEMED_SERVICE_DAYS = 15;

// ---------------------------------------------------------------------------------
// Working days

export type NonWorkingReason = 'saturday' | 'sunday' | 'holiday';

export interface NonWorkingDay {
  date: PlainDate;
  weekday: IsoWeekday;
  /** Every reason that applies: 2 May 2026 is both a Saturday and a holiday. */
  reasons: NonWorkingReason[];
  holiday: HolidayId | null;
}

/**
 * Why `date` is not a working day, or null when it is one. ZUP Art. 101(2) also counts
 * "another day the authority does not work"; such closures are not known here, so
 * counselors should still check an authority's own closures.
 */
export function nonWorkingDay(date: PlainDate): NonWorkingDay | null {
  const weekday = dayOfWeek(date);
  const holiday = holidayOn(date);
  const reasons: NonWorkingReason[] = [];
  if (weekday === 6) reasons.push('saturday');
  if (weekday === 7) reasons.push('sunday');
  if (holiday) reasons.push('holiday');
  return reasons.length === 0 ? null : { date, weekday, reasons, holiday };
}

export function isWorkingDay(date: PlainDate): boolean {
  return nonWorkingDay(date) === null;
}

/** `date` itself if it is a working day, otherwise the first working day after it. */
export function nextWorkingDay(date: PlainDate): PlainDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** `date` itself if it is a working day, otherwise the last working day before it. */
export function previousWorkingDay(date: PlainDate): PlainDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

// ---------------------------------------------------------------------------------
// The three ways a deadline is counted (ZUP Art. 100, 101(2) and 87(4))

/**
 * A deadline of `days` days from `from` (the day of service or of the event).
 * ZUP Art. 100: `from` is not counted, counting starts the next day.
 * ZUP Art. 101(2): a last day on a Saturday, Sunday or work-free holiday moves to the
 * next working day. Courts count the same way (ZPP Art. 111(4) via ZUS-1 Art. 22(1)).
 */
export function addLegalDays(from: PlainDate, days: number): PlainDate {
  checkCount(days, 1, 'days');
  return nextWorkingDay(addDays(from, days));
}

/**
 * The day a document counts as served when a delivery notice was left and the document
 * was not collected: the last of the 15 days for collecting it (ZUP Art. 87(4); ZPP
 * Art. 142(4)). This period is NOT moved by weekends or holidays (Supreme Court,
 * principled opinion of 14 Jan 2015), so a Sunday stays a Sunday; a period that runs
 * from service (e.g. an appeal) then counts from the next day as usual.
 */
export function deemedServiceDate(noticeLeftOn: PlainDate): PlainDate {
  return addDays(noticeLeftOn, DEEMED_SERVICE_DAYS);
}

// ---------------------------------------------------------------------------------
// Rules as data (templates carry them)

export const deadlineRuleSchema = z.discriminatedUnion('kind', [
  // A legal deadline in days after an event: ZUP Art. 100 and 101(2).
  z.strictObject({ kind: z.literal('legalDaysAfter'), days: z.int().min(1).max(3660) }),
  // Months after an event (ZUP Art. 100: the same day number, or the month's last day).
  // `nextWorkingDay` for a deadline to act (ZUP Art. 101(2)); `keep` for the end of an
  // entitlement or the start of a right, which does not move.
  z.strictObject({
    kind: z.literal('monthsAfter'),
    months: z.int().min(1).max(600),
    onNonWorkingDay: z.enum(['nextWorkingDay', 'keep']),
  }),
  // Reminders counted back from an expiry date ("30 days before the status expires";
  // "recommended 1 month before the permit expires"). 0 days = the expiry date itself.
  z.strictObject({ kind: z.literal('daysBefore'), days: z.int().min(0).max(3660) }),
  z.strictObject({ kind: z.literal('monthsBefore'), months: z.int().min(1).max(600) }),
]);
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

export interface DeadlineShift {
  direction: 'later' | 'earlier';
  /** The date the rule gave (a non-working day). */
  from: PlainDate;
  /** The working day it moved to. */
  to: PlainDate;
  /** Every non-working day from `from` up to (not including) `to`, in the direction of the move. */
  skipped: NonWorkingDay[];
  /** ZUP Art. 101(2) for a later move; null for an earlier move, which is our safety choice. */
  basis: LegalBasis | null;
}

export interface DeemedService {
  noticeLeftOn: PlainDate;
  servedOn: PlainDate;
  days: number;
  basis: LegalBasis;
}

export interface Deadline {
  /** Stable id of the rule, e.g. `court-action.court_action_regular`; null when ad hoc. */
  ruleId: string | null;
  rule: DeadlineRule;
  /** Which key date the rule counts from, when known (for the label). */
  keyDate: KeyDateId | null;
  /** The date counted from: the day of service or event, or the expiry date. */
  from: PlainDate;
  /** Present when `from` is a deemed service date computed from a delivery notice. */
  deemedService: DeemedService | null;
  /** The acts and articles that set the period (e.g. ZMZ-1 Art. 70). */
  basis: LegalBasis[];
  /** How it is counted: ZUP Art. 100 for periods after an event; null for reminders before. */
  counting: LegalBasis | null;
  /** True when this is a recommended date, not a legal deadline. */
  recommendation: boolean;
  /** The date the arithmetic gives, before any move off a non-working day. */
  nominalDate: PlainDate;
  /** The date to show. */
  dueDate: PlainDate;
  shift: DeadlineShift | null;
}

export interface DeadlineInput {
  rule: DeadlineRule;
  /** The date to count from. Either this or `noticeLeftOn`. */
  from?: PlainDate;
  /** A delivery notice date: the rule then counts from `deemedServiceDate(noticeLeftOn)`. */
  noticeLeftOn?: PlainDate;
  keyDate?: KeyDateId | null;
  ruleId?: string | null;
  basis?: LegalBasis[];
  recommendation?: boolean;
}

/**
 * Computes a deadline and the full account of how it was made. Throws PlainDateError
 * (code `invalid_date`, `out_of_range` or `invalid_rule`) on bad input.
 *
 * Non-working days:
 * - periods after an event that are deadlines (legalDaysAfter; monthsAfter with
 *   `nextWorkingDay`) move to the NEXT working day: ZUP Art. 101(2).
 * - reminders before an expiry (daysBefore, monthsBefore) move to the EARLIER working
 *   day. This is not ZUP Art. 101: it is a recommendation, the safe choice for people.
 *   Whether a "N days before expiry" limit that ends on a weekend is extended is not
 *   settled for us, and an application at a closed office counter is not possible on
 *   that day; filing on the working day before can never be late.
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  const rule = parseRule(input.rule);
  const { from, deemedService } = countFrom(input);
  const basis = input.basis ?? [];

  let nominalDate: PlainDate;
  let direction: 'later' | 'earlier' | null;
  switch (rule.kind) {
    case 'legalDaysAfter':
      nominalDate = addDays(from, rule.days);
      direction = 'later';
      break;
    case 'monthsAfter':
      nominalDate = addMonths(from, rule.months);
      direction = rule.onNonWorkingDay === 'nextWorkingDay' ? 'later' : null;
      break;
    case 'daysBefore':
      nominalDate = addDays(from, -rule.days);
      direction = 'earlier';
      break;
    case 'monthsBefore':
      nominalDate = addMonths(from, -rule.months);
      direction = 'earlier';
      break;
  }

  const dueDate =
    direction === 'later' ? nextWorkingDay(nominalDate) : direction === 'earlier' ? previousWorkingDay(nominalDate) : nominalDate;
  const shift: DeadlineShift | null =
    dueDate === nominalDate || direction === null
      ? null
      : {
          direction,
          from: nominalDate,
          to: dueDate,
          skipped: skippedDays(nominalDate, dueDate),
          basis: direction === 'later' ? ZUP_NEXT_WORKING_DAY : null,
        };

  return {
    ruleId: input.ruleId ?? null,
    rule,
    keyDate: input.keyDate ?? null,
    from,
    deemedService,
    basis,
    counting: rule.kind === 'legalDaysAfter' || rule.kind === 'monthsAfter' ? ZUP_COUNTING : null,
    recommendation: input.recommendation ?? false,
    nominalDate,
    dueDate,
    shift,
  };
}

function countFrom(input: DeadlineInput): { from: PlainDate; deemedService: DeemedService | null } {
  if (input.from !== undefined) {
    toDayNumber(input.from); // validates
    return { from: input.from, deemedService: null };
  }
  if (input.noticeLeftOn !== undefined) {
    const servedOn = deemedServiceDate(input.noticeLeftOn);
    return {
      from: servedOn,
      deemedService: { noticeLeftOn: input.noticeLeftOn, servedOn, days: DEEMED_SERVICE_DAYS, basis: ZUP_DEEMED_SERVICE },
    };
  }
  throw new PlainDateError('invalid_date', 'A deadline needs the date it counts from.');
}

function parseRule(rule: unknown): DeadlineRule {
  const parsed = deadlineRuleSchema.safeParse(rule);
  if (!parsed.success) {
    throw new PlainDateError('invalid_rule', 'The deadline rule is not valid (kind and a whole, positive count are needed).');
  }
  return parsed.data;
}

function skippedDays(from: PlainDate, to: PlainDate): NonWorkingDay[] {
  const step = toDayNumber(to) > toDayNumber(from) ? 1 : -1;
  const days: NonWorkingDay[] = [];
  for (let day = from; day !== to; day = addDays(day, step)) {
    const info = nonWorkingDay(day);
    if (info) days.push(info);
  }
  return days;
}

function checkCount(n: number, min: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < min) {
    throw new PlainDateError('invalid_rule', `The number of ${what} must be a whole number of at least ${min}.`);
  }
}

// ---------------------------------------------------------------------------------
// Explanation as i18n keys (namespace `deadlines`, locales/<lang>/deadlines.json)

/**
 * One sentence part for the UI: `t(key, { ...values, ...formatted(dates), ...translated(keys) })`.
 * `dates` hold YYYY-MM-DD strings to format in the reader's language, always in the
 * Gregorian calendar (`Intl.DateTimeFormat(lang, { calendar: 'gregory', timeZone: 'UTC' })`:
 * for `fa` Intl defaults to the Persian calendar, which would show a different date);
 * `keys` hold i18n keys whose translation is the value of that placeholder.
 */
export interface MessagePart {
  key: string;
  values: Record<string, string | number>;
  dates: Record<string, PlainDate>;
  keys: Record<string, string>;
}

export const DEADLINES_NS = 'deadlines';

/** The form label of a key date ("Decision served on"). */
export function keyDateLabelKey(keyDate: KeyDateId): string {
  return `${DEADLINES_NS}:keyDate.${keyDate}`;
}

/**
 * A key date as the object of a sentence. Languages decline nouns differently after
 * "from"/"by" and after "before" (Slovenian: "od vročitve", "pred iztekom"), so there are
 * two sets: `anchorFrom.<id>` and `anchorBefore.<id>`; `unnamed` when no key date is known.
 */
export function anchorKey(keyDate: KeyDateId | null, set: 'anchorFrom' | 'anchorBefore'): string {
  return `${DEADLINES_NS}:${set}.${keyDate ?? 'unnamed'}`;
}

export function holidayLabelKey(holiday: HolidayId): string {
  return `${DEADLINES_NS}:holiday.${holiday}`;
}

/** The i18n key naming why a day is not a working day (a holiday wins over the weekday). */
export function nonWorkingReasonKey(day: NonWorkingDay): string {
  if (day.holiday) return holidayLabelKey(day.holiday);
  return `${DEADLINES_NS}:reason.${day.reasons[0] ?? 'saturday'}`;
}

export function legalBasisPart(basis: LegalBasis): MessagePart {
  return basis.article
    ? part('basis.article', { act: basis.act, article: basis.article })
    : part('basis.act', { act: basis.act });
}

/**
 * The rule behind a deadline, in order: the period and what it counts from; the acts
 * that set it; the deemed service it counted from, if any; the move off a non-working
 * day, if any; "recommended, not a legal deadline", if so.
 */
export function explainDeadline(deadline: Deadline): MessagePart[] {
  const { rule } = deadline;
  const from = { anchor: anchorKey(deadline.keyDate, 'anchorFrom') };
  const before = { anchor: anchorKey(deadline.keyDate, 'anchorBefore') };
  const parts: MessagePart[] = [];
  switch (rule.kind) {
    case 'legalDaysAfter':
      parts.push(part('rule.daysAfter', { count: rule.days }, { from: deadline.from }, from));
      break;
    case 'monthsAfter':
      parts.push(part('rule.monthsAfter', { count: rule.months }, { from: deadline.from }, from));
      break;
    case 'daysBefore':
      parts.push(
        rule.days === 0
          ? part('rule.onOrBefore', {}, { from: deadline.from }, from)
          : part('rule.daysBefore', { count: rule.days }, { from: deadline.from }, before),
      );
      break;
    case 'monthsBefore':
      parts.push(part('rule.monthsBefore', { count: rule.months }, { from: deadline.from }, before));
      break;
  }
  for (const basis of deadline.basis) parts.push(legalBasisPart(basis));
  if (deadline.deemedService) {
    const d = deadline.deemedService;
    parts.push(
      part(
        'deemedService',
        // `days`, not `count`: the period is always 15, and `count` would select plural keys.
        { days: d.days, act: d.basis.act, article: d.basis.article ?? '' },
        { noticeLeftOn: d.noticeLeftOn, servedOn: d.servedOn },
      ),
    );
  }
  if (deadline.shift) {
    const s = deadline.shift;
    const first = s.skipped[0];
    const reason: Record<string, string> = first ? { reason: nonWorkingReasonKey(first) } : {};
    parts.push(
      s.direction === 'later'
        ? part('moved.later', { act: ZUP_NEXT_WORKING_DAY.act, article: ZUP_NEXT_WORKING_DAY.article ?? '' }, { from: s.from, to: s.to }, reason)
        : part('moved.earlier', {}, { from: s.from, to: s.to }, reason),
    );
  }
  if (deadline.recommendation) parts.push(part('recommendation'));
  return parts;
}

function part(
  key: string,
  values: Record<string, string | number> = {},
  dates: Record<string, PlainDate> = {},
  keys: Record<string, string> = {},
): MessagePart {
  return { key: `${DEADLINES_NS}:${key}`, values, dates, keys };
}
