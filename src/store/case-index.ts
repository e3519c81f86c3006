// The case list's rows (db.ts, `caseIndex`): one small row per live case with what the
// list filters and sorts by. Every writer keeps them with these functions: a local write
// (write.ts: withActivity, duesOfCase), a pull (apply-pulled.ts), dating checklists
// (undated-checklists.ts) and re-stamping clocks (clock-ahead.ts: caseSummary, which
// sits in db.ts because the schema upgrade to version 2 counted the rows with it). A row's
// due dates are its live records' `due` index props (index-props.ts), the same dates the
// Deadlines query lists (queries/deadlines.ts).
//
// Where it is exact, the new row comes from the stored row and the changed records alone:
// due dates are only added and the last activity only moves forward, so a pull of
// thousands of records does not read back every record of every case it touches. A case
// new to the list comes from its pulled records alone, unless records of it were stored
// before it (db.ts, CaselessMeta). Only then, or when a changed record drops a due date it
// had (another record may still hold that date), are all the case's records consulted.
import { caseSummary, type CaseFilterProps, type CaseIndexRow, type RecordRow } from './db.ts';
import type { Store } from './store.ts';

/** One record written: its stored version before (none for a new record) and after. */
export interface RecordChange {
  before: RecordRow | undefined;
  after: RecordRow;
}

/**
 * What the case's new row is counted from: its stored row and the changes (`row`), the
 * changed records alone (`changes`: a case new to the list, nothing of it stored before),
 * or all its stored records with the changes in their place (`records`).
 */
export function summarySource(
  indexRow: CaseIndexRow | undefined,
  changes: readonly RecordChange[],
  storedWithoutRow: boolean,
): 'row' | 'changes' | 'records' {
  if (changes.some(({ before, after }) => before !== undefined && dropsDueDate(before, after))) return 'records';
  if (indexRow) return 'row';
  return storedWithoutRow ? 'records' : 'changes';
}

/** The case's row from its stored row and the changes (source `row`). */
export function caseIndexRowAfter(
  caseId: string,
  props: CaseFilterProps,
  indexRow: CaseIndexRow,
  changes: readonly RecordChange[],
): CaseIndexRow {
  const dues = new Set(indexRow.dues);
  let activityAt = indexRow.activityAt;
  for (const { after } of changes) {
    if (after.isDeleted) continue;
    for (const date of after.due ?? []) dues.add(date);
    activityAt = Math.max(activityAt, after.updatedAt);
  }
  return caseIndexRow(caseId, props, { dues: [...dues].toSorted(), activityAt });
}

/** The case's row from all its records as stored after the changes (the case's own live row among them). */
export function caseIndexRowFromRecords(
  caseId: string,
  props: CaseFilterProps,
  rowsOfCase: readonly RecordRow[],
  activityAt: number | undefined,
): CaseIndexRow | null {
  const caseRow = rowsOfCase.find((row) => row.id === caseId && row.type === 'case' && !row.isDeleted);
  // A record can arrive before its case; the case's own arrival fills this in.
  if (!caseRow) return null;
  return caseIndexRow(caseId, props, caseSummary(caseRow, rowsOfCase, activityAt));
}

function caseIndexRow(caseId: string, props: CaseFilterProps, summary: Pick<CaseIndexRow, 'dues' | 'activityAt'>): CaseIndexRow {
  const { status, legalKey, tagKeys, assignees } = props;
  return { id: caseId, status, ...(legalKey !== undefined ? { legalKey } : {}), tagKeys, assignees, ...summary };
}

function dropsDueDate(before: RecordRow, after: RecordRow): boolean {
  if (before.isDeleted || !before.due?.length) return false;
  const kept = after.isDeleted ? [] : (after.due ?? []);
  return before.due.some((date) => !kept.includes(date));
}

/** The case's index row after a change to one of its records at `at`. */
export function withActivity(row: CaseIndexRow, at: number, dues: { add?: readonly string[] } = {}): CaseIndexRow {
  const added = dues.add?.filter((date) => !row.dues.includes(date)) ?? [];
  return {
    ...row,
    activityAt: Math.max(row.activityAt, at),
    ...(added.length > 0 ? { dues: [...row.dues, ...added].toSorted() } : {}),
  };
}

/** The due dates of a case's live records, with `changed` in place of its stored version. */
export async function duesOfCase(store: Store, caseId: string, changed: RecordRow): Promise<string[]> {
  const rows = await store.db.records.where('caseId').equals(caseId).toArray();
  return caseSummary(changed, rows.map((row) => (row.id === changed.id ? changed : row))).dues;
}

/**
 * The case's row with its last activity counted again over its records as stored now
 * (inside a transaction over records and caseIndex); null when it has no row or the row
 * is right. For when clocks move back (clock-ahead.ts): everywhere else activity only
 * moves forward.
 */
export async function activityRecounted(store: Store, caseId: string): Promise<CaseIndexRow | null> {
  const { db } = store;
  const [indexRow, caseRow] = await Promise.all([db.caseIndex.get(caseId), db.records.get(caseId)]);
  if (!indexRow || !caseRow) return null;
  const { activityAt } = caseSummary(caseRow, await db.records.where('caseId').equals(caseId).toArray());
  return activityAt === indexRow.activityAt ? null : { ...indexRow, activityAt };
}
