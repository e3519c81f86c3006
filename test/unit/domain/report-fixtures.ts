// Fictional records for report tests: cases made at a given instant (their UUIDv7 id
// carries it), done viewings, checklists with key dates. Shared by the unit tests of the
// report function and the endpoint test that feeds the same records to both.
import { formatHlc } from '../../../src/domain/hlc.ts';
import { uuidv7 } from '../../../src/domain/ids.ts';
import type { ReportRecord } from '../../../src/domain/report.ts';

export const NODE = '00000000000000aa';

export class Records {
  readonly list: ReportRecord[] = [];
  #n = 0;

  /** A fresh id made at `ms`. */
  id(ms: number): string {
    this.#n += 1;
    const random = globalThis.crypto.getRandomValues(new Uint8Array(10));
    return uuidv7(ms, random);
  }

  case(createdAt: string | number, fields: Record<string, unknown> = {}, clocks: Record<string, string> = {}): string {
    const ms = typeof createdAt === 'number' ? createdAt : Date.parse(createdAt);
    const id = this.id(ms);
    this.list.push({ id, type: 'case', caseId: id, fields: { displayName: `Oseba ${this.#n}`, ...fields }, clocks, deleted: null });
    return id;
  }

  viewing(caseId: string, fields: Record<string, unknown>): string {
    const id = this.id(Date.parse('2026-01-01T00:00:00Z'));
    this.list.push({ id, type: 'viewing', caseId, fields: { startTime: '10:00', address: 'Izmišljena ulica 1', ...fields }, deleted: null });
    return id;
  }

  /** A done viewing on `date` with the given outcome fields. */
  done(caseId: string, date: string, fields: Record<string, unknown> = {}): string {
    return this.viewing(caseId, { status: 'done', date, ...fields });
  }

  checklist(caseId: string, fields: Record<string, unknown>): string {
    const id = this.id(Date.parse('2026-01-01T00:00:00Z'));
    this.list.push({ id, type: 'checklist', caseId, fields: { templateId: 'ip-application', templateVersion: 1, ...fields }, deleted: null });
    return id;
  }

  /** `count` cases made at `createdAt`, each passed to `each`. */
  cases(count: number, createdAt: string, fields: Record<string, unknown> = {}, each: (caseId: string, index: number) => void = () => {}): string[] {
    return Array.from({ length: count }, (_, index) => {
      const id = this.case(createdAt, fields);
      each(id, index);
      return id;
    });
  }
}

export function clockAt(iso: string): string {
  return formatHlc({ wallMs: Date.parse(iso), counter: 0, node: NODE });
}

/** 6 cases declined by landlords (one of them three times), 5 waiting, 1 accepted. */
export function housingFixture(r = new Records()): Records {
  r.cases(6, '2025-11-03T09:00:00Z', {}, (id, index) => {
    const times = index === 0 ? 3 : 1;
    for (let n = 0; n < times; n += 1) {
      r.done(id, '2026-03-10', { outcome: 'declined_by_landlord', registrationConsent: 'no', discrimination: ['refused_origin_or_status'] });
    }
  });
  r.cases(5, '2025-11-03T09:00:00Z', {}, (id) => {
    r.done(id, '2026-04-02', { outcome: 'waiting', registrationConsent: 'yes', discrimination: ['none'] });
    // Not counted: planned, and done but before the period.
    r.viewing(id, { status: 'planned', date: '2026-05-01', outcome: 'offered' });
    r.done(id, '2025-12-31', { outcome: 'offered' });
  });
  r.cases(1, '2025-11-03T09:00:00Z', {}, (id) => {
    r.done(id, '2026-06-30', { outcome: 'accepted', registrationConsent: 'yes', discrimination: ['none'] });
  });
  return r;
}

/** 11 decisions (5 regular within the limit, 5 inadmissible and 1 of no kind over it), 5 cases waiting over the limit on 2026-06-30. */
export function procedureFixture(r = new Records()): Records {
  // Decided in the regular procedure 137 days after lodging, within 6 months.
  r.cases(5, '2025-09-01T09:00:00Z', { legalStatus: 'ip_applicant' }, (id) => {
    r.checklist(id, { 'date.applicationLodgedOn': '2025-10-01' });
    r.checklist(id, { templateId: 'decision-court-action', variant: 'regular', 'date.decisionServedOn': '2026-02-15' });
  });
  // Dismissed as inadmissible 273 days after lodging (limit 2025-12-01).
  r.cases(5, '2025-05-01T09:00:00Z', { legalStatus: 'ip_applicant' }, (id, index) => {
    r.checklist(id, { 'date.applicationLodgedOn': '2025-06-01' });
    r.checklist(id, { templateId: 'decision-court-action', variant: 'inadmissible', 'date.decisionServedOn': '2026-03-01' });
    if (index === 0) {
      // The earliest lodging counts; a decision before it does not.
      r.checklist(id, { 'date.applicationLodgedOn': '2025-07-01' });
      r.checklist(id, { templateId: 'decision-court-action', variant: 'regular', 'date.decisionServedOn': '2025-05-01' });
    }
  });
  // No kind chosen; served one day after the 6 months ended (2026-05-01): 182 days.
  const unknown = r.case('2025-10-01T09:00:00Z');
  r.checklist(unknown, { 'date.applicationLodgedOn': '2025-11-01' });
  r.checklist(unknown, { templateId: 'decision-court-action', 'date.decisionServedOn': '2026-05-02' });
  // Waiting: 6 months ended 2026-06-15, before today (2026-06-30).
  r.cases(5, '2025-12-01T09:00:00Z', {}, (id) => r.checklist(id, { 'date.applicationLodgedOn': '2025-12-15' }));
  // Waiting, but 6 months end exactly today: not over the limit yet.
  r.cases(1, '2025-12-01T09:00:00Z', {}, (id) => r.checklist(id, { 'date.applicationLodgedOn': '2025-12-31' }));
  return r;
}
