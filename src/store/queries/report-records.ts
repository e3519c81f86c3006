// What the coordinator's Reports screen computes from: this device's live cases, viewings
// and checklists, decoded, and when it last pulled the team's changes (records of others
// that have not reached this phone are not in the report, and the screen says so).
// Demo data never counts (REPORTS.md): records "load demo data" made, and records of
// demo cases, are left out.
import type { ReportRecord } from '../../domain/report.ts';
import type { RecordRow } from '../db.ts';
import type { Store } from '../store.ts';

export interface ReportSource {
  records: ReportRecord[];
  /** When this device last pulled from the endpoint (ms), or null if never. */
  lastPullAt: number | null;
}

const reportedTypes = ['case', 'viewing', 'checklist'] as const;

export async function reportSource(store: Store): Promise<ReportSource> {
  // One equality range per type: IndexedDB hands each over in one getAll, several times
  // faster than the cursor an anyOf() walks.
  const [byType, demo, sync] = await Promise.all([
    Promise.all(reportedTypes.map((type) => store.db.records.where('type').equals(type).toArray())),
    store.db.meta.get('demo'),
    store.db.meta.get('sync'),
  ]);
  const rows = byType.flat();
  const demoIds = new Set(demo?.key === 'demo' ? demo.ids : []);
  const isDemo = (row: RecordRow) => demoIds.has(row.id) || (row.caseId !== undefined && demoIds.has(row.caseId));
  const live = rows.filter((row) => !row.isDeleted && !isDemo(row));
  // Decoding comes after every Dexie read (decode.ts), so a liveQuery sees all it depends on.
  const records = await Promise.all(
    live.map(async (row): Promise<ReportRecord> => ({
      id: row.id,
      type: row.type,
      teamId: row.teamId,
      caseId: row.caseId,
      fields: (await store.codec.decode(row.fields)) as Record<string, unknown>,
      clocks: row.clocks,
      deleted: null,
    })),
  );
  return { records, lastPullAt: sync?.key === 'sync' ? (sync.lastPullAt ?? null) : null };
}
