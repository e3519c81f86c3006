// Runs inside real Chromium: the coordinator's device computing the team report from its
// own IndexedDB copy, as the Reports screen does (store query, then the domain function),
// beside reading the same rows raw with Dexie in the same page. test/bench/reports.bench.ts
// drives it.
import { computeReport } from '../../../src/domain/report.ts';
import { lastTwelveMonths } from '../../../src/domain/report-period.ts';
import { reportSource } from '../../../src/store/queries/report-records.ts';
import { closeStore, openStore, type Store } from '../../../src/store/store.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { REPORT_TODAY, reportTeamRecords } from './report-data.ts';
import { unwrap } from './seed-data.ts';

let store: Store | null = null;

async function seed(name: string): Promise<{ records: number; ms: number }> {
  store = unwrap(await openStore({ name }));
  const records = reportTeamRecords();
  const t0 = performance.now();
  for (let start = 0; start < records.length; start += 1000) {
    unwrap(await applyPulled(store, { records: records.slice(start, start + 1000), removed: [], cursor: String(start + 1000) }));
  }
  return { records: records.length, ms: performance.now() - t0 };
}

/** One report as the screen makes it, split into its read and its computing, and a raw read. */
async function measure(): Promise<{ totalMs: number; readMs: number; computeMs: number; rawReadMs: number; publishedCases: number | null }> {
  const open = store as Store;
  const period = { ...lastTwelveMonths(REPORT_TODAY), k: 5, today: REPORT_TODAY };
  const t0 = performance.now();
  const source = await reportSource(open);
  const t1 = performance.now();
  const report = computeReport(source.records, period);
  const t2 = performance.now();
  await Promise.all(['case', 'viewing', 'checklist'].map((type) => open.db.records.where('type').equals(type).toArray()));
  const t3 = performance.now();
  return { totalMs: t2 - t0, readMs: t1 - t0, computeMs: t2 - t1, rawReadMs: t3 - t2, publishedCases: report.housing.viewings.cases };
}

function close(): void {
  if (store) closeStore(store);
  store = null;
}

const api = { seed, measure, close };
(window as unknown as { reportBench: typeof api }).reportBench = api;
document.body.dataset.ready = 'true';

export type ReportBenchApi = typeof api;
