// The CSV download of a report: exactly the published numbers, one per line, with the
// machine names of REPORTS.md (they read the same in every language and in a spreadsheet).
// A suppressed cell is a line with `suppressed` and no number, so nothing hidden on the
// screen can appear in the file.
import type { Report } from '../../domain/report.ts';

const HEADER = ['section', 'table', 'key', 'measure', 'value'];

type Row = [section: string, table: string, key: string, measure: string, value: string | number | null];

/** Every number of a cell; `suppressed` instead when it is suppressed. */
function cellRows(section: string, table: string, key: string, cell: object): Row[] {
  if ('suppressed' in cell && cell.suppressed === true) return [[section, table, key, 'suppressed', 'true']];
  return Object.entries(cell)
    .filter(([measure]) => measure !== 'key' && measure !== 'month')
    .map(([measure, value]) => [section, table, key, measure, value as number | null]);
}

function csvValue(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(report: Report): string {
  const { housing, procedures, caseload } = report;
  const rows: Row[] = [
    ['report', 'period', '', 'from', report.from],
    ['report', 'period', '', 'to', report.to],
    ['report', 'period', '', 'k', report.k],
    ...cellRows('housing', 'viewings', '', housing.viewings),
    ...housing.outcome.flatMap((cell) => cellRows('housing', 'outcome', cell.key, cell)),
    ...housing.registrationConsent.flatMap((cell) => cellRows('housing', 'registrationConsent', cell.key, cell)),
    ...housing.discrimination.flatMap((cell) => cellRows('housing', 'discrimination', cell.key, cell)),
    ...cellRows('housing', 'rentMonthlyEuro', '', housing.rentMonthlyEuro),
    ...cellRows('housing', 'depositMonths', '', housing.depositMonths),
    ...cellRows('procedures', 'decision', '', procedures.decision),
    ...cellRows('procedures', 'pendingOverLimit', '', procedures.pendingOverLimit),
    ...procedures.decisionKind.flatMap((cell) => cellRows('procedures', 'decisionKind', cell.key, cell)),
    ...caseload.newCases.flatMap((cell) => cellRows('caseload', 'newCases', cell.month, cell)),
    ...caseload.legalStatus.flatMap((cell) => cellRows('caseload', 'legalStatus', cell.key, cell)),
  ];
  return [HEADER, ...rows].map((row) => row.map(csvValue).join(',')).join('\r\n') + '\r\n';
}

/** `report-2026-01-2026-12.csv`: months only, nothing about anyone. */
export function reportFileName(report: Pick<Report, 'from' | 'to'>): string {
  return `report-${report.from}-${report.to}.csv`;
}
