import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/domain/report.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { loadDemoData } from '../../../src/store/demo.ts';
import { reportSource } from '../../../src/store/queries/report-records.ts';
import { createCase, deleteCase } from '../../../src/store/repo/cases.ts';
import { createRecord } from '../../../src/store/write.ts';
import { clockAt, freshStore, id, ok, pulled } from './helpers.ts';

const period = { from: '2026-01', to: '2026-12', k: 5, today: '2026-11-21', teamId: 'our-team' };

describe('reportSource', () => {
  it('gives the live team records of this device, without demo data, deleted cases or other teams', async () => {
    const store = await freshStore();
    for (let n = 0; n < 5; n += 1) {
      const kase = ok(await createCase(store, { displayName: `Oseba ${n}`, legalStatus: 'refugee' }));
      ok(await createRecord(store, 'viewing', kase.id, { status: 'done', date: '2026-11-02', outcome: 'accepted', address: 'Izmišljena 1' }));
    }
    const erased = ok(await createCase(store, { displayName: 'Izbrisana oseba' }));
    ok(await createRecord(store, 'viewing', erased.id, { status: 'done', date: '2026-11-02', outcome: 'accepted' }));
    ok(await deleteCase(store, erased.id));
    ok(await loadDemoData(store, { today: '2026-11-21' }));
    const foreign = id(900);
    const foreignRecords = [
      { ...pulled(foreign, 'case', foreign, { displayName: 'Other team' }, clockAt(1)), teamId: 'other-team' },
      { ...pulled(id(901), 'viewing', foreign, { status: 'done', date: '2026-11-02', outcome: 'accepted' }, clockAt(1)), teamId: 'other-team' },
    ];
    ok(await applyPulled(store, { records: foreignRecords, removed: [], cursor: 'c1' }));

    const source = await reportSource(store);
    expect(source.lastPullAt).toEqual(expect.any(Number));
    const report = computeReport(source.records, period);
    expect(report.housing.viewings).toEqual({ viewings: 5, cases: 5 });
    expect(report.housing.outcome[1]).toEqual({ key: 'accepted', viewings: 5, cases: 5 });
    expect(report.caseload.legalStatus[2]).toEqual({ key: 'refugee', cases: 5 });
    expect(JSON.stringify(report)).not.toContain('Oseba');
  });

  it('says when the device never pulled', async () => {
    const store = await freshStore();
    expect(await reportSource(store)).toEqual({ records: [], lastPullAt: null });
  });
});
