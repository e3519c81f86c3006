// A clearly fictional team for the report benchmark: 5,000 cases, 20,000 viewings (70 %
// done) and 10,000 checklists (lodging and decision dates), spread over two years, with
// names, addresses and notes like the real thing. Deterministic, and shared by the endpoint
// run (Node) and the device run (the bench page in Chromium), so both see the same records.
import { formatHlc } from '../../../src/domain/hlc.ts';
import { uuidv7 } from '../../../src/domain/ids.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { addDaysIso, FIRST, LAST, LEGAL, prng, WORDS } from './seed-data.ts';

export const REPORT_TODAY = '2026-11-21';
export const REPORT_TEAM = { cases: 5_000, viewingsPerCase: 4, checklistsPerCase: 2 };

const NODE = '00000000000000ab';
const OUTCOMES = ['offered', 'accepted', 'declined_by_landlord', 'declined_by_person', 'waiting'];
const CONSENTS = ['yes', 'no', 'not_asked'];
const DISCRIMINATION = [['none'], ['none'], ['refused_origin_or_status'], ['extra_money_demanded'], ['refused_origin_or_status', 'extra_money_demanded']];
const VARIANTS = ['regular', 'accelerated', 'inadmissible', null];

export function reportTeamRecords(team = REPORT_TEAM): SyncRecord[] {
  const random = prng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const bytes = () => Uint8Array.from({ length: 10 }, () => Math.floor(random() * 256));
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const startMs = Date.parse('2025-01-01T08:00:00Z');
  const spanDays = 690;
  const clock = formatHlc({ wallMs: Date.parse(`${REPORT_TODAY}T07:00:00Z`), counter: 0, node: NODE });
  const record = (id: string, type: SyncRecord['type'], caseId: string, fields: Record<string, unknown>): SyncRecord => ({
    id,
    type,
    caseId,
    fields,
    clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, clock])),
    deleted: null,
  });
  const records: SyncRecord[] = [];
  for (let c = 0; c < team.cases; c += 1) {
    const createdDay = Math.floor(random() * spanDays);
    const createdMs = startMs + createdDay * 86_400_000;
    const caseId = uuidv7(createdMs, bytes());
    const created = new Date(createdMs).toISOString().slice(0, 10);
    records.push(
      record(caseId, 'case', caseId, {
        displayName: `Demo: ${pick(FIRST)} ${pick(LAST)} ${c}`,
        legalStatus: pick(LEGAL),
        status: random() < 0.2 ? 'closed' : 'open',
        summary: sentence(12),
        phone: '041 555 010',
      }),
    );
    for (let v = 0; v < team.viewingsPerCase; v += 1) {
      const rent = 30_000 + Math.floor(random() * 90) * 1_000;
      records.push(
        record(uuidv7(createdMs + v + 1, bytes()), 'viewing', caseId, {
          date: addDaysIso(created, Math.floor(random() * 120)),
          startTime: '10:00',
          address: `Demo ulica ${c}, Ljubljana`,
          landlordName: `Demo najemodajalec ${v}`,
          status: random() < 0.7 ? 'done' : 'planned',
          outcome: pick(OUTCOMES),
          registrationConsent: pick(CONSENTS),
          discrimination: pick(DISCRIMINATION),
          rentMonthlyCents: rent,
          depositCents: rent * (1 + Math.floor(random() * 3)),
          notes: sentence(20),
        }),
      );
    }
    const lodged = addDaysIso(created, Math.floor(random() * 30));
    records.push(
      record(uuidv7(createdMs + 10, bytes()), 'checklist', caseId, {
        templateId: 'ip-application',
        templateVersion: 1,
        'date.applicationLodgedOn': lodged,
        'item.lodge.note': sentence(8),
      }),
    );
    const variant = pick(VARIANTS);
    records.push(
      record(uuidv7(createdMs + 11, bytes()), 'checklist', caseId, {
        templateId: 'decision-court-action',
        templateVersion: 1,
        ...(random() < 0.6 ? { 'date.decisionServedOn': addDaysIso(lodged, 60 + Math.floor(random() * 300)) } : {}),
        ...(variant ? { variant } : {}),
      }),
    );
  }
  return records;
}
