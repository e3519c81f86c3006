// The advocacy report (REPORTS.md): housing, procedures and caseload figures over a
// team's records, published without exposing anyone. One pure function, two places:
// the endpoint feeds it the team's records row by row (GET /v1/reports), the
// coordinator's device its own copy; the same records give the same report.
//
// Records go in one at a time (`reportCollector().add`), so a large team never has to be
// held in memory: per case only the few facts a figure needs are kept (dates, choices,
// amounts), never a name, address or text. Nothing in the output names a record, a
// person or a day: every figure is a count of cases (or viewings), a median or quartile,
// or a month.
import { addMonths, daysBetween, isPlainDate, type PlainDate } from './calendar.ts';
import { caseStatuses, legalStatuses, type LegalStatus } from './case.ts';
import { hlcSchema } from './hlc-schema.ts';
import { hlcWallMs } from './hlc.ts';
import { uuidSchema, uuidv7Ms } from './ids.ts';
import { slovenianDateAt, wallClockAt } from './ljubljana-time.ts';
import { isTooSmall, median, quantile, roundTo, suppressedCells } from './report-cells.ts';
import { firstDayOf, lastDayOf, monthOf, monthsOf, REPORT_MIN_K, type ReportMonth, type ReportPeriod } from './report-period.ts';
import {
  discriminationKinds,
  registrationConsents,
  viewingLimits,
  viewingOutcomes,
  type DiscriminationKind,
  type RegistrationConsent,
  type ViewingOutcome,
} from './viewing.ts';

/** ZMZ-1: a decision within 6 months of lodging the application (DOMAIN-SI.md). */
export const DECISION_LIMIT_MONTHS = 6;

/** The kind of decision, from the variant of the checklist that holds it; `unknown` when none is chosen. */
export const decisionKinds = ['regular', 'accelerated', 'inadmissible', 'unknown'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

// ---------------------------------------------------------------------------------------
// The answer, in the order and with the names of REPORTS.md.

export type Suppressed = { suppressed: true };
export type ViewingCell = { viewings: number; cases: number } | ({ viewings: null; cases: null } & Suppressed);
export type KeyedViewingCell<K extends string> = { key: K } & ViewingCell;
export type CaseCell = { cases: number } | ({ cases: null } & Suppressed);
export type KeyedCaseCell<K extends string> = { key: K } & CaseCell;
export type MonthCell = { month: ReportMonth } & CaseCell;
export type Spread =
  | { cases: number; median: number | null; q1: number | null; q3: number | null }
  | ({ cases: null; median: null; q1: null; q3: null } & Suppressed);
export type DecisionCell =
  | { cases: number; medianDays: number | null; overLimit: number | null; limitMonths: number }
  | ({ cases: null; medianDays: null; overLimit: null; limitMonths: number } & Suppressed);

export interface Report {
  from: ReportMonth;
  to: ReportMonth;
  k: number;
  housing: {
    viewings: ViewingCell;
    outcome: KeyedViewingCell<ViewingOutcome>[];
    registrationConsent: KeyedViewingCell<RegistrationConsent>[];
    discrimination: KeyedViewingCell<DiscriminationKind>[];
    rentMonthlyEuro: Spread;
    depositMonths: Spread;
  };
  procedures: {
    decision: DecisionCell;
    pendingOverLimit: CaseCell;
    decisionKind: KeyedCaseCell<DecisionKind>[];
  };
  caseload: {
    newCases: MonthCell[];
    legalStatus: KeyedCaseCell<LegalStatus>[];
  };
}

// ---------------------------------------------------------------------------------------
// What goes in.

/** A record as the store or the endpoint holds it (decoded fields); other properties are ignored. */
export interface ReportRecord {
  id: string;
  type: string;
  teamId?: string | null | undefined;
  caseId?: string | null | undefined;
  fields: Record<string, unknown>;
  clocks?: Record<string, string> | undefined;
  deleted?: string | null | undefined;
}

export interface ReportOptions extends ReportPeriod {
  /** Today in Slovenia: pending cases are counted up to the end of the period or today, whichever is earlier. */
  today: PlainDate;
  /** Records of another team are ignored (records without a team are the caller's own). */
  teamId?: string | undefined;
}

// Per case, only what a figure needs.
interface DoneViewing {
  outcome: ViewingOutcome | null;
  consent: RegistrationConsent | null;
  discrimination: readonly DiscriminationKind[];
  rentEuro: number | null;
  depositMonths: number | null;
}

interface CaseFacts {
  /** The case record itself is here and not deleted (an erased case is never counted). */
  live: boolean;
  createdOn: PlainDate | null;
  legalStatus: LegalStatus | null;
  /** The day it was closed, when it is closed now. */
  closedOn: PlainDate | null;
  closed: boolean;
  viewings: DoneViewing[];
  /** Earliest `date.applicationLodgedOn` over the case's checklists. */
  lodged: PlainDate | null;
  decisions: { servedOn: PlainDate; kind: DecisionKind }[];
}

const DAY_MS = 86_400_000;
const LODGED_FIELD = 'date.applicationLodgedOn';
const DECIDED_FIELD = 'date.decisionServedOn';

/** The fields (and field clocks) each record type gives a report: all it ever reads. */
export const reportReads = {
  case: { fields: ['legalStatus', 'status'], clocks: ['status'] },
  viewing: { fields: ['status', 'date', 'outcome', 'registrationConsent', 'discrimination', 'rentMonthlyCents', 'depositCents'] },
  checklist: { fields: [LODGED_FIELD, DECIDED_FIELD, 'variant'] },
} as const satisfies Record<string, { fields: readonly string[]; clocks?: readonly string[] }>;

export interface ReportCollector {
  add(record: ReportRecord): void;
  finish(): Report;
}

/** Collects records one by one; `finish` gives the report. */
export function reportCollector(requested: ReportOptions): ReportCollector {
  // k is never below 5, whoever calls (the endpoint and the screen check it first).
  const k = Number.isInteger(requested.k) && requested.k >= REPORT_MIN_K ? requested.k : REPORT_MIN_K;
  const options: ReportOptions = { ...requested, k };
  const start = firstDayOf(options.from);
  const end = lastDayOf(options.to);
  const cases = new Map<string, CaseFacts>();
  const dayOf = slovenianDates();
  const factsOf = (caseId: string): CaseFacts => {
    let facts = cases.get(caseId);
    if (!facts) {
      facts = { live: false, createdOn: null, legalStatus: null, closedOn: null, closed: false, viewings: [], lodged: null, decisions: [] };
      cases.set(caseId, facts);
    }
    return facts;
  };

  return {
    add(record) {
      if (record.deleted) return;
      if (record.teamId && options.teamId && record.teamId !== options.teamId) return;
      if (record.type === 'case') addCase(factsOf(record.id), record, dayOf);
      if (!record.caseId) return;
      if (record.type === 'viewing') addViewing(factsOf(record.caseId), record.fields, start, end);
      if (record.type === 'checklist') addChecklist(factsOf(record.caseId), record.fields);
    },
    finish() {
      const live = [...cases.values()].filter((facts) => facts.live);
      return {
        from: options.from,
        to: options.to,
        k: options.k,
        housing: housingOf(live, options.k),
        procedures: proceduresOf(live, options, start, end),
        caseload: caseloadOf(live, options, start, end),
      };
    },
  };
}

/** The report over a list (or any iterable) of records. */
export function computeReport(records: Iterable<ReportRecord>, options: ReportOptions): Report {
  const collector = reportCollector(options);
  for (const record of records) collector.add(record);
  return collector.finish();
}

// ---------------------------------------------------------------------------------------
// Reading records: a value that does not parse counts as absent, as on every screen.
// The checks are the wire schemas' rules written out for the few fields a report reads
// (the viewings alone are 20,000 records in a large team's year).

function oneOf<const T extends readonly string[]>(values: T, value: unknown): T[number] | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? value : null;
}

function cents(value: unknown): number | null {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= viewingLimits.moneyCentsMax ? (value as number) : null;
}

function discriminationOf(value: unknown): readonly DiscriminationKind[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const kinds = value.filter((kind) => oneOf(discriminationKinds, kind) !== null) as DiscriminationKind[];
  const valid = kinds.length === value.length && new Set(kinds).size === kinds.length && (!kinds.includes('none') || kinds.length === 1);
  return valid ? kinds : [];
}

function plainDate(value: unknown): PlainDate | null {
  return typeof value === 'string' && isPlainDate(value) ? value : null;
}

/**
 * The day in Slovenia at an instant, for many instants: the UTC offset is looked up once
 * per UTC month (clocks change at most once in a month), and per UTC day only in the
 * months of a change (March, October), where the day of the change goes instant by instant.
 */
function slovenianDates(): (ms: number) => PlainDate {
  const constantOffset = new Map<string, number | null>();
  const offsetOver = (key: string, from: number, to: number): number | null => {
    let offset = constantOffset.get(key);
    if (offset === undefined) {
      const first = wallClockAt(from).offsetMinutes;
      offset = first === wallClockAt(to).offsetMinutes ? first : null;
      constantOffset.set(key, offset);
    }
    return offset;
  };
  return (ms) => {
    const instant = new Date(ms);
    const year = instant.getUTCFullYear();
    const month = instant.getUTCMonth();
    let offset = offsetOver(`${year}-${month}`, Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1) - 1);
    if (offset === null) {
      const day = Math.floor(ms / DAY_MS);
      offset = offsetOver(String(day), day * DAY_MS, (day + 1) * DAY_MS - 1);
    }
    return offset === null ? slovenianDateAt(ms) : new Date(ms + offset * 60_000).toISOString().slice(0, 10);
  };
}

function addCase(facts: CaseFacts, record: ReportRecord, dayOf: (ms: number) => PlainDate): void {
  facts.live = true;
  facts.createdOn = uuidSchema.safeParse(record.id).success ? dayOf(uuidv7Ms(record.id)) : null;
  facts.legalStatus = oneOf(legalStatuses, record.fields.legalStatus);
  facts.closed = oneOf(caseStatuses, record.fields.status) === 'closed';
  const closedClock = facts.closed && hlcSchema.safeParse(record.clocks?.status).success ? (record.clocks?.status as string) : null;
  facts.closedOn = closedClock ? dayOf(hlcWallMs(closedClock)) : null;
}

function addViewing(facts: CaseFacts, fields: Record<string, unknown>, start: PlainDate, end: PlainDate): void {
  if (fields.status !== 'done') return;
  const date = plainDate(fields.date);
  if (date === null || date < start || date > end) return;
  const rent = cents(fields.rentMonthlyCents);
  const deposit = cents(fields.depositCents);
  facts.viewings.push({
    outcome: oneOf(viewingOutcomes, fields.outcome),
    consent: oneOf(registrationConsents, fields.registrationConsent),
    discrimination: discriminationOf(fields.discrimination),
    rentEuro: rent === null ? null : rent / 100,
    // Per viewing, to one decimal (REPORTS.md), halves up; a rent of 0 gives no ratio.
    depositMonths: rent && deposit !== null ? Math.round((deposit * 10) / rent) / 10 : null,
  });
}

function addChecklist(facts: CaseFacts, fields: Record<string, unknown>): void {
  const lodged = plainDate(fields[LODGED_FIELD]);
  if (lodged !== null && (facts.lodged === null || lodged < facts.lodged)) facts.lodged = lodged;
  const decided = plainDate(fields[DECIDED_FIELD]);
  if (decided !== null) {
    const variant = oneOf(decisionKinds, fields.variant);
    facts.decisions.push({ servedOn: decided, kind: variant ?? 'unknown' });
  }
}

// ---------------------------------------------------------------------------------------
// Housing.

function housingOf(cases: readonly CaseFacts[], k: number): Report['housing'] {
  const withViewings = cases.filter((facts) => facts.viewings.length > 0);
  const viewings = withViewings.reduce((sum, facts) => sum + facts.viewings.length, 0);
  return {
    viewings: viewingCell(viewings, withViewings.length, k, false),
    outcome: viewingBreakdown(withViewings, viewingOutcomes, (viewing, key) => viewing.outcome === key, k),
    registrationConsent: viewingBreakdown(withViewings, registrationConsents, (viewing, key) => viewing.consent === key, k),
    discrimination: viewingBreakdown(withViewings, discriminationKinds, (viewing, key) => viewing.discrimination.includes(key), k),
    rentMonthlyEuro: spread(perCaseMedians(withViewings, (viewing) => viewing.rentEuro), k, 0),
    depositMonths: spread(perCaseMedians(withViewings, (viewing) => viewing.depositMonths), k, 1),
  };
}

function viewingCell(viewings: number, cases: number, k: number, hidden: boolean): ViewingCell {
  return hidden || isTooSmall(cases, k) ? { viewings: null, cases: null, suppressed: true } : { viewings, cases };
}

function viewingBreakdown<K extends string>(
  cases: readonly CaseFacts[],
  keys: readonly K[],
  counts: (viewing: DoneViewing, key: K) => boolean,
  k: number,
): KeyedViewingCell<K>[] {
  const tallies = keys.map((key) => {
    let viewings = 0;
    let withKey = 0;
    for (const facts of cases) {
      let matching = 0;
      for (const viewing of facts.viewings) if (counts(viewing, key)) matching += 1;
      viewings += matching;
      if (matching > 0) withKey += 1;
    }
    return { key, viewings, cases: withKey };
  });
  const hidden = suppressedCells(
    tallies.map((tally) => tally.cases),
    k,
  );
  return tallies.map((tally, index) => ({ key: tally.key, ...viewingCell(tally.viewings, tally.cases, k, hidden[index] === true) }));
}

/** One value per case: the median of its viewings' values (a case counts once). */
function perCaseMedians(cases: readonly CaseFacts[], value: (viewing: DoneViewing) => number | null): number[] {
  const medians: number[] = [];
  for (const facts of cases) {
    const values = facts.viewings.map(value).filter((v): v is number => v !== null);
    if (values.length > 0) medians.push(median(values));
  }
  return medians;
}

function spread(values: readonly number[], k: number, decimals: number): Spread {
  if (isTooSmall(values.length, k)) return { cases: null, median: null, q1: null, q3: null, suppressed: true };
  if (values.length === 0) return { cases: 0, median: null, q1: null, q3: null };
  const sorted = values.toSorted((a, b) => a - b);
  return {
    cases: sorted.length,
    median: roundTo(quantile(sorted, 0.5), decimals),
    q1: roundTo(quantile(sorted, 0.25), decimals),
    q3: roundTo(quantile(sorted, 0.75), decimals),
  };
}

// ---------------------------------------------------------------------------------------
// Procedures (ZMZ-1).

interface Procedure {
  lodged: PlainDate;
  /** The earliest decision served on or after lodging, if any. */
  decided: { servedOn: PlainDate; kind: DecisionKind } | null;
}

function procedureOf(facts: CaseFacts): Procedure | null {
  if (facts.lodged === null) return null;
  const lodged = facts.lodged;
  let decided: Procedure['decided'] = null;
  for (const decision of facts.decisions) {
    if (decision.servedOn < lodged) continue;
    // The earliest date wins; on the same day, a chosen kind over `unknown`.
    if (
      decided === null ||
      decision.servedOn < decided.servedOn ||
      (decision.servedOn === decided.servedOn && decided.kind === 'unknown' && decision.kind !== 'unknown')
    ) {
      decided = decision;
    }
  }
  return { lodged, decided };
}

function proceduresOf(cases: readonly CaseFacts[], options: ReportOptions, start: PlainDate, end: PlainDate): Report['procedures'] {
  const k = options.k;
  const pendingAt = options.today < end ? options.today : end;
  const decidedDays: number[] = [];
  let overLimit = 0;
  let pending = 0;
  const kinds = new Map<DecisionKind, number>();
  for (const facts of cases) {
    const procedure = procedureOf(facts);
    if (!procedure) continue;
    const limit = addMonths(procedure.lodged, DECISION_LIMIT_MONTHS);
    const decided = procedure.decided;
    if (decided && decided.servedOn >= start && decided.servedOn <= end) {
      decidedDays.push(daysBetween(procedure.lodged, decided.servedOn));
      if (decided.servedOn > limit) overLimit += 1;
      kinds.set(decided.kind, (kinds.get(decided.kind) ?? 0) + 1);
    }
    // Still waiting at the end of the period (or today), more than 6 months after lodging.
    if (limit < pendingAt && (!decided || decided.servedOn > pendingAt)) pending += 1;
  }
  const kindCounts = decisionKinds.map((key) => kinds.get(key) ?? 0);
  return {
    decision: decisionCell(decidedDays, overLimit, k),
    pendingOverLimit: caseCell(pending, k, false),
    decisionKind: caseBreakdown(decisionKinds, kindCounts, k),
  };
}

function decisionCell(days: readonly number[], overLimit: number, k: number): DecisionCell {
  const cases = days.length;
  if (isTooSmall(cases, k)) {
    return { cases: null, medianDays: null, overLimit: null, limitMonths: DECISION_LIMIT_MONTHS, suppressed: true };
  }
  // Over and within the limit are a breakdown of `cases`: either too small hides both.
  const [overHidden] = suppressedCells([overLimit, cases - overLimit], k);
  return {
    cases,
    medianDays: cases === 0 ? null : Math.round(median(days)),
    overLimit: overHidden ? null : overLimit,
    limitMonths: DECISION_LIMIT_MONTHS,
  };
}

// ---------------------------------------------------------------------------------------
// Caseload.

function caseloadOf(cases: readonly CaseFacts[], options: ReportOptions, start: PlainDate, end: PlainDate): Report['caseload'] {
  const months = monthsOf(options);
  const perMonth = new Map<ReportMonth, number>();
  const statuses = new Map<LegalStatus, number>();
  for (const facts of cases) {
    const createdOn = facts.createdOn;
    if (createdOn === null) continue;
    if (createdOn >= start && createdOn <= end) perMonth.set(monthOf(createdOn), (perMonth.get(monthOf(createdOn)) ?? 0) + 1);
    // Open during the period: made by its end, and not closed before its start.
    const closedBefore = facts.closed && facts.closedOn !== null && facts.closedOn < start;
    if (createdOn <= end && !closedBefore && facts.legalStatus) {
      statuses.set(facts.legalStatus, (statuses.get(facts.legalStatus) ?? 0) + 1);
    }
  }
  const monthCounts = months.map((month) => perMonth.get(month) ?? 0);
  const hiddenMonths = suppressedCells(monthCounts, options.k);
  return {
    newCases: months.map((month, index) => ({ month, ...caseCell(monthCounts[index] as number, options.k, hiddenMonths[index] === true) })),
    legalStatus: caseBreakdown(
      legalStatuses,
      legalStatuses.map((status) => statuses.get(status) ?? 0),
      options.k,
    ),
  };
}

function caseCell(cases: number, k: number, hidden: boolean): CaseCell {
  return hidden || isTooSmall(cases, k) ? { cases: null, suppressed: true } : { cases };
}

function caseBreakdown<K extends string>(keys: readonly K[], counts: readonly number[], k: number): KeyedCaseCell<K>[] {
  const hidden = suppressedCells(counts, k);
  return keys.map((key, index) => ({ key, ...caseCell(counts[index] as number, k, hidden[index] === true) }));
}
