import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/domain/report.ts';
import { reportCsv, reportFileName } from '../../../src/app/reports/report-csv.ts';
import { housingFixture, procedureFixture } from '../domain/report-fixtures.ts';

const localesDir = path.resolve(import.meta.dirname, '../../../locales');

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe('report CSV', () => {
  const report = computeReport(procedureFixture(housingFixture()).list, { from: '2026-01', to: '2026-12', k: 5, today: '2026-06-30' });
  const lines = reportCsv(report).trimEnd().split('\r\n');

  it('holds exactly the published numbers, and only `suppressed` for a hidden cell', () => {
    expect(lines[0]).toBe('section,table,key,measure,value');
    expect(lines).toContain('report,period,,from,2026-01');
    expect(lines).toContain('housing,outcome,declined_by_landlord,viewings,8');
    expect(lines).toContain('housing,outcome,declined_by_landlord,cases,6');
    expect(lines).toContain('housing,outcome,accepted,suppressed,true');
    expect(lines.filter((line) => line.startsWith('housing,outcome,accepted,'))).toEqual(['housing,outcome,accepted,suppressed,true']);
    expect(lines).toContain('procedures,decision,,medianDays,182');
    expect(lines).toContain('procedures,decisionKind,unknown,suppressed,true');
    expect(lines).toContain('caseload,newCases,2026-03,cases,0');
    // Every number in the file is a number of the report.
    const published = JSON.stringify(report);
    for (const line of lines.slice(1)) {
      const value = line.split(',')[4] as string;
      if (/^\d+(\.\d+)?$/.test(value)) expect(published).toContain(`:${value}`);
    }
  });

  it('is named by its months only', () => {
    expect(reportFileName(report)).toBe('report-2026-01-2026-12.csv');
  });
});

describe('report texts', () => {
  it('are complete in Slovenian, Arabic and Persian', () => {
    const english = keys(JSON.parse(readFileSync(path.join(localesDir, 'en', 'reports.json'), 'utf8')));
    for (const language of ['sl', 'ar', 'fa']) {
      const have = new Set(keys(JSON.parse(readFileSync(path.join(localesDir, language, 'reports.json'), 'utf8'))));
      expect({ language, missing: english.filter((key) => !have.has(key)) }).toEqual({ language, missing: [] });
    }
  });
});
