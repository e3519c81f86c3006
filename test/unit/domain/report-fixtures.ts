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

  /** A fresh id made at `ms` (distinct random bits per call). */
  id(ms: number): string {
    this.#n += 1;
    const random = new Uint8Array(10);
    new DataView(random.buffer).setUint32(6, this.#n);
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
