import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeReport, type Report, type ReportOptions } from '../../../src/domain/report.ts';
import { quantile, suppressedCells } from '../../../src/domain/report-cells.ts';
import { checkReportPeriod, lastTwelveMonths, thisYear } from '../../../src/domain/report-period.ts';
import { clockAt, housingFixture, procedureFixture, Records } from './report-fixtures.ts';

const YEAR_2026: ReportOptions = { from: '2026-01', to: '2026-12', k: 5, today: '2026-12-31' };

describe('the advocacy report: housing', () => {
  it('counts viewings and distinct cases, suppresses a small cell and the smallest other one', () => {
    const report = computeReport(housingFixture().list, YEAR_2026);
    expect(report.housing.viewings).toEqual({ viewings: 14, cases: 12 });
    expect(report.housing.outcome).toEqual([
      { key: 'offered', viewings: 0, cases: 0 },
      { key: 'accepted', viewings: null, cases: null, suppressed: true },
      { key: 'declined_by_landlord', viewings: 8, cases: 6 },
      { key: 'declined_by_person', viewings: 0, cases: 0 },
      // 5 cases would be publishable alone; it goes with the single accepted case.
      { key: 'waiting', viewings: null, cases: null, suppressed: true },
    ]);
    expect(report.housing.registrationConsent).toEqual([
      { key: 'yes', viewings: 6, cases: 6 },
      { key: 'no', viewings: 8, cases: 6 },
      { key: 'not_asked', viewings: 0, cases: 0 },
    ]);
    expect(report.housing.discrimination).toEqual([
      { key: 'none', viewings: 6, cases: 6 },
      { key: 'refused_origin_or_status', viewings: 8, cases: 6 },
      { key: 'extra_money_demanded', viewings: 0, cases: 0 },
      { key: 'other', viewings: 0, cases: 0 },
    ]);
    expect(report.housing.rentMonthlyEuro).toEqual({ cases: 0, median: null, q1: null, q3: null });
  });

  it('counts a viewing with several discrimination kinds in each', () => {
    const r = new Records();
    r.cases(5, '2026-01-05T09:00:00Z', {}, (id) => {
      r.done(id, '2026-02-01', { discrimination: ['refused_origin_or_status', 'extra_money_demanded'] });
    });
    const report = computeReport(r.list, YEAR_2026);
    expect(report.housing.discrimination.map((cell) => cell.cases)).toEqual([0, 5, 5, 0]);
  });

  it('takes medians and quartiles over cases, each case once with the median of its viewings', () => {
    const r = new Records();
    const rents = [[400, 400, 400, 400, 400], [300, 500, 900], [600], [700], [800]];
    const deposits = [[800, 800, 800, 800, 800], [450, 500, 900], [1000], [2100], [2400]];
    rents.forEach((caseRents, index) => {
      const id = r.case('2026-01-05T09:00:00Z');
      caseRents.forEach((rent, n) => {
        r.done(id, '2026-02-01', { rentMonthlyCents: rent * 100, depositCents: (deposits[index]?.[n] as number) * 100 });
      });
    });
    const report = computeReport(r.list, YEAR_2026);
    // Per case: 400, 500, 600, 700, 800 (over the 11 viewings the median would be 400).
    expect(report.housing.rentMonthlyEuro).toEqual({ cases: 5, median: 600, q1: 500, q3: 700 });
    // Per viewing, to one decimal: case 2 has 1.5, 1, 1 (median 1); case 3 has 1000/600 = 1.7.
    expect(report.housing.depositMonths).toEqual({ cases: 5, median: 2, q1: 1.7, q3: 3 });
    expect(report.housing.viewings).toEqual({ viewings: 11, cases: 5 });

    const stricter = computeReport(r.list, { ...YEAR_2026, k: 6 });
    expect(stricter.housing.rentMonthlyEuro).toEqual({ cases: null, median: null, q1: null, q3: null, suppressed: true });
    expect(stricter.housing.viewings).toEqual({ viewings: null, cases: null, suppressed: true });
  });

  it('ignores deleted records, erased cases and other teams', () => {
    const base = housingFixture();
    const withNoise = housingFixture();
    const erased = withNoise.case('2025-11-03T09:00:00Z');
    (withNoise.list.at(-1) as { deleted: string | null }).deleted = clockAt('2026-07-01T10:00:00Z');
    withNoise.done(erased, '2026-03-10', { outcome: 'accepted' });
    const firstCase = withNoise.list[0]?.id as string;
    withNoise.done(firstCase, '2026-03-10', { outcome: 'accepted' });
    (withNoise.list.at(-1) as { deleted: string | null }).deleted = clockAt('2026-07-01T10:00:00Z');
    // A viewing whose case is not here at all.
    withNoise.done(new Records().id(Date.parse('2026-01-01T00:00:00Z')), '2026-03-10', { outcome: 'accepted' });
    const other = withNoise.case('2025-11-03T09:00:00Z', { legalStatus: 'refugee' });
    withNoise.done(other, '2026-03-10', { outcome: 'accepted' });
    for (const record of withNoise.list.slice(-2)) record.teamId = 'other-team';

    const options = { ...YEAR_2026, teamId: 'our-team' };
    const ours = withNoise.list.map((record) => (record.teamId ? record : { ...record, teamId: 'our-team' }));
    expect(computeReport(ours, options)).toEqual(computeReport(base.list, options));
  });
});

describe('the advocacy report: procedures', () => {
  it('measures the time from lodging to decision against the 6-month limit', () => {
    const report = computeReport(procedureFixture().list, { ...YEAR_2026, today: '2026-06-30' });
    expect(report.procedures).toEqual({
      // Days 137 x5, 182, 273 x5: the median is 182; 6 over the limit, 5 within.
      decision: { cases: 11, medianDays: 182, overLimit: 6, limitMonths: 6 },
      pendingOverLimit: { cases: 5 },
      decisionKind: [
        { key: 'regular', cases: null, suppressed: true },
        { key: 'accelerated', cases: 0 },
        { key: 'inadmissible', cases: 5 },
        { key: 'unknown', cases: null, suppressed: true },
      ],
    });
  });

  it('hides the cases over the limit when either they or the rest are fewer than k', () => {
    const report = computeReport(procedureFixture().list, { ...YEAR_2026, today: '2026-06-30', k: 6 });
    expect(report.procedures.decision).toEqual({ cases: 11, medianDays: 182, overLimit: null, limitMonths: 6 });
    expect(report.procedures.pendingOverLimit).toEqual({ cases: null, suppressed: true });
  });

  it('counts as pending at the end of a past period a case decided after it', () => {
    const r = new Records();
    r.cases(5, '2025-01-05T09:00:00Z', {}, (id) => {
      r.checklist(id, { 'date.applicationLodgedOn': '2025-02-01' });
      r.checklist(id, { 'date.decisionServedOn': '2026-02-01' });
    });
    const year2025 = computeReport(r.list, { from: '2025-01', to: '2025-12', k: 5, today: '2026-12-31' });
    expect(year2025.procedures.pendingOverLimit).toEqual({ cases: 5 });
    expect(year2025.procedures.decision).toEqual({ cases: 0, medianDays: null, overLimit: 0, limitMonths: 6 });
    const year2026 = computeReport(r.list, YEAR_2026);
    expect(year2026.procedures.pendingOverLimit).toEqual({ cases: 0 });
    expect(year2026.procedures.decision).toEqual({ cases: 5, medianDays: 365, overLimit: 5, limitMonths: 6 });
  });
});

describe('the advocacy report: caseload', () => {
  it('puts a case in the month it was made in Ljubljana, across the clock changes', () => {
    const r = new Records();
    r.cases(5, '2025-12-31T23:30:00Z'); // 1 January 00:30 CET
    r.cases(5, '2026-03-29T00:30:00Z'); // 29 March 01:30 CET, the night clocks go forward
    r.cases(5, '2026-03-31T22:30:00Z'); // 1 April 00:30 CEST
    r.cases(5, '2026-10-31T23:30:00Z'); // 1 November 00:30 CET
    r.cases(1, '2026-06-15T10:00:00Z');
    r.cases(5, '2026-12-31T23:30:00Z'); // 1 January 2027: after the period
    const report = computeReport(r.list, YEAR_2026);
    expect(report.caseload.newCases).toEqual([
      // The single June case is hidden, and with it the smallest other month (January, first of the ties).
      { month: '2026-01', cases: null, suppressed: true },
      { month: '2026-02', cases: 0 },
      { month: '2026-03', cases: 5 },
      { month: '2026-04', cases: 5 },
      { month: '2026-05', cases: 0 },
      { month: '2026-06', cases: null, suppressed: true },
      { month: '2026-07', cases: 0 },
      { month: '2026-08', cases: 0 },
      { month: '2026-09', cases: 0 },
      { month: '2026-10', cases: 0 },
      { month: '2026-11', cases: 5 },
      { month: '2026-12', cases: 0 },
    ]);
  });

  it('counts legal status over cases made by the end and not closed before the start', () => {
    const r = new Records();
    r.cases(5, '2025-05-01T10:00:00Z', { legalStatus: 'ip_applicant' });
    // Closed at 00:30 on 1 January in Ljubljana: not before the start.
    r.case('2025-05-01T10:00:00Z', { legalStatus: 'ip_applicant', status: 'closed' }, { status: clockAt('2025-12-31T23:30:00Z') });
    r.case('2025-05-01T10:00:00Z', { legalStatus: 'refugee', status: 'closed' }, { status: clockAt('2025-12-31T12:00:00Z') });
    r.cases(5, '2026-07-01T10:00:00Z', { legalStatus: 'refugee' });
    for (let n = 0; n < 5; n += 1) {
      r.case('2025-05-01T10:00:00Z', { legalStatus: 'dublin', status: 'closed' }, { status: clockAt('2026-03-01T10:00:00Z') });
    }
    const report = computeReport(r.list, { from: '2026-01', to: '2026-06', k: 5, today: '2026-12-31' });
    expect(report.caseload.legalStatus).toEqual([
      { key: 'ip_applicant', cases: 6 },
      { key: 'dublin', cases: 5 },
      { key: 'refugee', cases: 0 },
      { key: 'subsidiary_protection', cases: 0 },
      { key: 'temporary_residence', cases: 0 },
      { key: 'permanent_residence', cases: 0 },
      { key: 'no_status', cases: 0 },
      { key: 'other', cases: 0 },
    ]);
  });

  it('answers in the order and with the names of REPORTS.md', () => {
    const report = computeReport(housingFixture().list, YEAR_2026);
    expect(Object.keys(report)).toEqual(['from', 'to', 'k', 'housing', 'procedures', 'caseload']);
    expect(Object.keys(report.housing)).toEqual(['viewings', 'outcome', 'registrationConsent', 'discrimination', 'rentMonthlyEuro', 'depositMonths']);
    expect(Object.keys(report.procedures)).toEqual(['decision', 'pendingOverLimit', 'decisionKind']);
    expect(Object.keys(report.caseload)).toEqual(['newCases', 'legalStatus']);
    expect(Object.keys(report.procedures.decision)).toEqual(['cases', 'medianDays', 'overLimit', 'limitMonths']);
  });
});

describe('the advocacy report: nothing personal comes out', () => {
  // Distinctive values: `x` + 8 hex digits + `x` cannot occur in a report by chance.
  const secret = fc.stringMatching(/^[0-9a-f]{8}$/).map((hex) => `x${hex}x`);
  const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2025, 6, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const viewing = fc.record({
    date: day,
    status: fc.constantFrom('done', 'done', 'planned'),
    outcome: fc.constantFrom('offered', 'accepted', 'declined_by_landlord', 'waiting'),
    registrationConsent: fc.constantFrom('yes', 'no', 'not_asked'),
    discrimination: fc.constantFrom(['none'], ['refused_origin_or_status'], ['extra_money_demanded', 'other']),
    rentMonthlyCents: fc.integer({ min: 20_000, max: 120_000 }),
    depositCents: fc.integer({ min: 0, max: 300_000 }),
    address: secret,
    landlordName: secret,
    landlordPhone: fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `+3864${n}`),
    listingUrl: secret.map((s) => `https://oglasi.example/${s}`),
    notes: secret,
    discriminationDescription: secret,
    interpreterLanguage: secret,
  });
  const oneCase = fc.record({
    createdDay: fc.integer({ min: 0, max: 600 }),
    fields: fc.record({
      displayName: secret,
      summary: secret,
      phone: fc.constant('041 555 010'),
      tags: fc.array(secret, { maxLength: 2 }),
      languages: fc.array(secret, { maxLength: 2 }),
      legalStatus: fc.constantFrom('ip_applicant', 'refugee', 'dublin'),
      consentScope: secret,
    }),
    viewings: fc.array(viewing, { maxLength: 4 }),
    lodged: fc.option(day),
    decided: fc.option(day),
    title: secret,
    itemNote: secret,
  });

  it('never contains a name, address, phone, text, id or exact date from the records', () => {
    fc.assert(
      fc.property(fc.array(oneCase, { minLength: 0, maxLength: 40 }), (cases) => {
        const r = new Records();
        for (const item of cases) {
          const id = r.case(Date.UTC(2025, 0, 1) + item.createdDay * 86_400_000, item.fields);
          for (const v of item.viewings) r.viewing(id, v);
          r.checklist(id, {
            title: item.title,
            'item.lodge.note': item.itemNote,
            ...(item.lodged ? { 'date.applicationLodgedOn': item.lodged } : {}),
            ...(item.decided ? { 'date.decisionServedOn': item.decided, variant: 'regular' } : {}),
          });
        }
        const text = JSON.stringify(computeReport(r.list, { from: '2025-06', to: '2026-09', k: 5, today: '2026-09-30' }));
        expect(text).not.toMatch(/x[0-9a-f]{8}x/);
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(text).not.toMatch(/\+386|041/);
        for (const record of r.list) expect(text).not.toContain(record.id);
        for (const record of r.list) expect(text).not.toContain(record.id.slice(0, 8));
      }),
      { numRuns: 60 },
    );
  });

  it('publishes every case count as 0 or at least k', () => {
    fc.assert(
      fc.property(fc.array(oneCase, { maxLength: 40 }), fc.integer({ min: 5, max: 8 }), (cases, k) => {
        const r = new Records();
        for (const item of cases) {
          const id = r.case(Date.UTC(2025, 0, 1) + item.createdDay * 86_400_000, item.fields);
          for (const v of item.viewings) r.viewing(id, v);
        }
        const report = computeReport(r.list, { from: '2025-06', to: '2026-09', k, today: '2026-09-30' });
        for (const count of caseCounts(report)) expect(count === null || count === 0 || count >= k).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

function caseCounts(report: Report): (number | null)[] {
  const { housing, procedures, caseload } = report;
  return [
    housing.viewings.cases,
    ...housing.outcome.map((cell) => cell.cases),
    ...housing.registrationConsent.map((cell) => cell.cases),
    ...housing.discrimination.map((cell) => cell.cases),
    housing.rentMonthlyEuro.cases,
    housing.depositMonths.cases,
    procedures.decision.cases,
    procedures.decision.overLimit,
    procedures.pendingOverLimit.cases,
    ...procedures.decisionKind.map((cell) => cell.cases),
    ...caseload.newCases.map((cell) => cell.cases),
    ...caseload.legalStatus.map((cell) => cell.cases),
  ];
}

describe('k', () => {
  it('is never below 5, whatever the caller asks', () => {
    const r = new Records();
    r.cases(3, '2026-02-01T10:00:00Z');
    const report = computeReport(r.list, { ...YEAR_2026, k: 2 });
    expect(report.k).toBe(5);
    expect(report.caseload.newCases[1]).toEqual({ month: '2026-02', cases: null, suppressed: true });
  });
});

describe('report cells', () => {
  it('suppresses a small cell and the smallest other non-zero cell, never a zero', () => {
    expect(suppressedCells([1, 7, 6, 0], 5)).toEqual([true, false, true, false]);
    expect(suppressedCells([0, 3, 0], 5)).toEqual([false, true, false]);
    expect(suppressedCells([2, 3, 9], 5)).toEqual([true, true, false]);
    expect(suppressedCells([5, 9, 0], 5)).toEqual([false, false, false]);
  });

  it('interpolates quartiles between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([7], 0.25)).toBe(7);
  });
});

describe('the report period', () => {
  it('accepts months from <= to, at most 36 apart, and k of at least 5', () => {
    expect(checkReportPeriod({ from: '2026-01', to: '2026-12' })).toEqual({ ok: true, period: { from: '2026-01', to: '2026-12', k: 5 } });
    expect(checkReportPeriod({ from: '2024-01', to: '2027-01', k: '7' })).toEqual({ ok: true, period: { from: '2024-01', to: '2027-01', k: 7 } });
    expect(checkReportPeriod({ from: '2026-03', to: '2026-03', k: '5' }).ok).toBe(true);
  });

  it.each([
    [{ to: '2026-12' }],
    [{ from: '2026-01' }],
    [{ from: '2026-1', to: '2026-12' }],
    [{ from: '2026-00', to: '2026-12' }],
    [{ from: '2026-01', to: '2026-13' }],
    [{ from: '2026-01-01', to: '2026-12' }],
    [{ from: '2026-12', to: '2026-01' }],
    [{ from: '2024-01', to: '2027-02' }],
    [{ from: '2026-01', to: '2026-12', k: '4' }],
    [{ from: '2026-01', to: '2026-12', k: '5.5' }],
    [{ from: '2026-01', to: '2026-12', k: '' }],
    [{ from: '2026-01', to: '2026-12', k: 'five' }],
    [{ from: '2026-01', to: '2026-12', k: ['5', '6'] }],
    [{ from: ['2026-01'], to: '2026-12' }],
  ])('refuses %j', (query) => {
    expect(checkReportPeriod(query).ok).toBe(false);
  });

  it('offers the last 12 months and this year', () => {
    expect(lastTwelveMonths('2026-03-15')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(thisYear('2026-03-15')).toEqual({ from: '2026-01', to: '2026-03' });
  });
});
