// Checklists whose due dates wait for something (db.ts, UndatedChecklistsMeta): the
// template version they name has not reached this device, or they were stored before
// checklists had due dates (schema version 3). Their dates are worked out here, and their
// cases' rows in the case list follow, so "sorted by next deadline" counts them.
//
// Runs when the page opens the store (app-store.ts), after a pull brought template
// records, and after a local write of a template or of a checklist that still waits. Each run
// reads the template catalog anew, after whatever brought a template committed, so a
// template that arrived while a checklist was being written here is not missed (the one
// gap: a template saved here while a pulled page with a checklist on it was being
// applied; the next open closes it). A checklist's dates are derived data: a run that is
// cut short leaves the checklist on the list, and the next run does it.
//
// Like every write, decoding happens outside the transaction (codec.ts); the transaction
// then checks that each checklist's `changeNo` is still the one decoded (write.ts), and a
// checklist whose dates change gets a new `changeNo`, so a write that read it before
// starts over with the new dates rather than writing old ones back.
import { jsonEqual } from '../domain/json-equal.ts';
import { caseIndexRowAfter, caseIndexRowFromRecords, summarySource, type RecordChange } from './case-index.ts';
import type { CaseIndexRow, IndexProps, RecordRow } from './db.ts';
import { attempt, type Result } from './errors.ts';
import { deriveIndexProps, loadChecklistDating } from './index-props.ts';
import { forgetRows } from './seen-rows.ts';
import { deviceMeta } from './device-row.ts';
import type { Store } from './store.ts';
import { readUndatedList, undatedListAfter } from './undated-list.ts';
import { withIndexProps } from './record-rows.ts';
import { ChangedMeanwhile, retryWhenChanged } from './retry-when-changed.ts';

/** Checklists dated per transaction: a write that meets one only redoes that many. */
const BATCH = 200;

export interface DatingReport {
  /** Checklists whose stored due dates changed. */
  dated: number;
  /** Checklists still waiting for their template version. */
  waiting: number;
}

/** The ids on the list now (read outside any transaction, or inside one over `meta`). */
export async function undatedChecklistIds(store: Store): Promise<string[]> {
  return (await readUndatedList(store)).ids;
}

/** Work out the due dates of every listed checklist whose template is on the device. */
export async function dateUndatedChecklists(store: Store): Promise<Result<DatingReport>> {
  const listed = await attempt(() => undatedChecklistIds(store));
  if (!listed.ok) return listed;
  const ids = listed.value;
  const report: DatingReport = { dated: 0, waiting: 0 };
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = await retryWhenChanged(() => dateBatch(store, ids.slice(start, start + BATCH)));
    if (!batch.ok) return batch;
    report.dated += batch.value.dated;
    report.waiting += batch.value.waiting;
  }
  if (report.dated > 0) forgetRows(store); // the device row and case list rows changed (seen-rows.ts)
  return { ok: true, value: report };
}

interface Worked {
  row: RecordRow;
  props: IndexProps;
  waits: boolean;
}

/** Date these checklists. */
async function dateBatch(store: Store, ids: readonly string[]): Promise<Result<DatingReport>> {
  const { db, codec } = store;
  // Read anew on every attempt: a template may have arrived since the last one.
  const dating = await loadChecklistDating(store);
  const snapshot = await db.records.bulkGet([...ids]);
  const worked = new Map<string, Worked>();
  for (const row of snapshot) {
    if (!row || row.isDeleted || row.type !== 'checklist') continue;
    const fields = (await codec.decode(row.fields)) as Record<string, unknown>;
    worked.set(row.id, {
      row,
      props: deriveIndexProps('checklist', fields, dating),
      waits: dating.waitsForTemplate(fields),
    });
  }
  const caseIds = [...new Set([...worked.values()].map(({ row }) => row.caseId).filter((caseId) => caseId !== undefined))];

  return db.transaction('rw', [db.records, db.caseIndex, db.meta], async (): Promise<Result<DatingReport>> => {
    const [device, listedNow, rows, indexRows] = await Promise.all([
      deviceMeta(store),
      readUndatedList(store),
      db.records.bulkGet([...ids]),
      db.caseIndex.bulkGet(caseIds),
    ]);
    let changeNo = device.nextChange;
    const done = new Set<string>();
    const puts: RecordRow[] = [];
    const changesByCase = new Map<string, RecordChange[]>();
    let waiting = 0;
    for (const [i, id] of ids.entries()) {
      const row = rows[i];
      const work = worked.get(id);
      if (!work) {
        // Not a live checklist when decoded: off the list, unless it has become one since.
        if (!row || row.isDeleted || row.type !== 'checklist') done.add(id);
        else throw new ChangedMeanwhile();
        continue;
      }
      if (!row || row.changeNo !== work.row.changeNo) throw new ChangedMeanwhile();
      if (work.waits) waiting += 1;
      else done.add(id);
      if (jsonEqual(row.due ?? [], work.props.due ?? [])) continue;
      const after = withIndexProps({ ...row, changeNo: changeNo++ }, work.props);
      puts.push(after);
      if (row.caseId === undefined) continue;
      const changes = changesByCase.get(row.caseId) ?? [];
      changes.push({ before: row, after });
      changesByCase.set(row.caseId, changes);
    }

    // The cases' list rows: dates added come from the stored row; a date dropped means a
    // recount over the case's records (another record may still hold it; case-index.ts).
    // A case without a row (deleted, or not here yet) is counted when it arrives.
    const indexUpdates: CaseIndexRow[] = [];
    for (const indexRow of indexRows) {
      const changes = indexRow && changesByCase.get(indexRow.id);
      if (!indexRow || !changes) continue;
      if (summarySource(indexRow, changes, false) === 'row') {
        indexUpdates.push(caseIndexRowAfter(indexRow.id, indexRow, indexRow, changes));
        continue;
      }
      const stored = await db.records.where('caseId').equals(indexRow.id).toArray();
      const byId = new Map(stored.map((row) => [row.id, row]));
      for (const { after } of changes) byId.set(after.id, after);
      const recounted = caseIndexRowFromRecords(indexRow.id, indexRow, [...byId.values()], indexRow.activityAt);
      if (recounted) indexUpdates.push(recounted);
    }

    const nextList = undatedListAfter(listedNow, { off: done });
    await Promise.all([
      puts.length > 0 ? db.records.bulkPut(puts) : undefined,
      indexUpdates.length > 0 ? db.caseIndex.bulkPut(indexUpdates) : undefined,
      nextList ? db.meta.put(nextList) : undefined,
      puts.length > 0 ? db.meta.put({ ...device, nextChange: changeNo }) : undefined,
    ]);
    return { ok: true, value: { dated: puts.length, waiting } };
  });
}
