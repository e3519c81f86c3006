// The case list: filters (open/closed, legal status, assigned to me, tag), sorting (next
// deadline, last activity), a count, and one page at a time, so thousands of cases stay
// smooth on a phone.
//
// Filtering and sorting read only `caseIndex` (db.ts): one small row per live case, read
// in primary-key order and filtered and sorted here. Only the page's case records are
// then fetched by id and decoded.
import type { LegalStatus } from '../../domain/case.ts';
import { normalizeText } from '../../domain/normalize-text.ts';
import type { CaseFields } from '../../domain/records.ts';
import type { Codec } from '../codec.ts';
import type { CaseIndexRow, RecordRow } from '../db.ts';
import { legalStatusToken, tagToken } from '../index-props.ts';
import type { Store } from '../store.ts';
import { decodeRow, type RecordView } from './decode.ts';

export interface CaseListFilter {
  /** Default `open`. */
  status?: 'open' | 'closed' | 'all';
  legalStatus?: LegalStatus;
  /** "Assigned to me": the signed-in user's id. */
  assignedTo?: string;
  /** Matches regardless of case and diacritics. */
  tag?: string;
}

export type CaseListSort = 'deadline' | 'activity';

export interface CaseListQuery extends CaseListFilter {
  sort: CaseListSort;
  /** Today in Slovenia (`YYYY-MM-DD`): the next deadline is the first due date from today on. */
  today: string;
  /**
   * Cases with something overdue, and since when (the Deadlines screen's overdue entries,
   * `overdueSinceByCase`): sorting by deadline puts them first, longest overdue first.
   */
  overdueSince?: ReadonlyMap<string, string>;
  offset?: number;
  /** Default 50. */
  limit?: number;
}

export interface CaseListItem extends RecordView<CaseFields> {
  status: 'open' | 'closed';
  /** The case's first due date from today on (a note's follow-up, a viewing, ...). */
  nextDue: string | null;
  /** The oldest date of something overdue on the case (from the query's `overdueSince`). */
  overdueSince: string | null;
  /** Latest change to the case or any of its records (ms). */
  activityAt: number;
}

export interface CaseListPage {
  /** How many cases match the filters (all pages). */
  total: number;
  items: CaseListItem[];
}

const DEFAULT_LIMIT = 50;

/**
 * Where the case list reads from: the store's Dexie tables, or IndexedDB directly for the
 * first paint of the Cases screen (first-case-list.ts). Every `caseIndex` row, then the
 * records of one page by id (`undefined` for an id not stored).
 */
export interface CaseListSource {
  codec: Codec;
  caseIndexRows(): Promise<CaseIndexRow[]>;
  records(ids: string[]): Promise<(RecordRow | undefined)[]>;
}

function storeSource(store: Store): CaseListSource {
  return {
    codec: store.codec,
    caseIndexRows: () => store.db.caseIndex.toArray(),
    records: (ids) => store.db.records.bulkGet(ids),
  };
}

export function caseList(store: Store, query: CaseListQuery): Promise<CaseListPage> {
  return caseListFrom(storeSource(store), query);
}

export async function caseListFrom(source: CaseListSource, query: CaseListQuery): Promise<CaseListPage> {
  const rows = await matchingCases(source, query);
  const ranked = rows.map((row) => ({ row, nextDue: nextDueFrom(row.dues, query.today), overdueSince: query.overdueSince?.get(row.id) ?? null }));
  ranked.sort(query.sort === 'deadline' ? byDeadlineThenActivity : byActivity);
  const offset = Math.max(0, query.offset ?? 0);
  const page = ranked.slice(offset, offset + Math.max(0, query.limit ?? DEFAULT_LIMIT));
  const records = await source.records(page.map(({ row }) => row.id));
  const items: CaseListItem[] = [];
  for (const [i, { row, nextDue, overdueSince }] of page.entries()) {
    const record = records[i];
    if (!record || record.isDeleted) continue; // not expected: both change in one transaction
    items.push({ ...(await decodeRow<CaseFields>(source, record)), status: row.status, nextDue, overdueSince, activityAt: row.activityAt });
  }
  return { total: ranked.length, items };
}

/** Just the number of cases that match (for a badge or a heading). */
export function caseCount(store: Store, filter: CaseListFilter = {}): Promise<number> {
  return caseCountFrom(storeSource(store), filter);
}

export async function caseCountFrom(source: CaseListSource, filter: CaseListFilter = {}): Promise<number> {
  return (await matchingCases(source, filter)).length;
}

/**
 * Every tag used on a live case, sorted, for the tag filter; spellings that differ only in
 * case or diacritics are one tag (the filter treats them alike), shown in the spelling
 * most cases use. Decodes every case.
 */
export async function caseTags(store: Store): Promise<string[]> {
  const ids = (await store.db.caseIndex.toCollection().primaryKeys()) as string[];
  const rows = await store.db.records.bulkGet(ids);
  const spellings = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (!row || row.isDeleted) continue;
    const fields = (await Promise.resolve(store.codec.decode(row.fields))) as CaseFields;
    for (const tag of fields.tags ?? []) {
      const key = normalizeText(tag.trim());
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      spellings.set(key, counts);
    }
  }
  const tags = [...spellings.values()].map(
    (counts) => [...counts].toSorted(([a, m], [b, n]) => n - m || a.localeCompare(b))[0]![0],
  );
  return tags.toSorted((a, b) => a.localeCompare(b));
}

async function matchingCases(source: CaseListSource, filter: CaseListFilter): Promise<CaseIndexRow[]> {
  const { codec } = source;
  const status = filter.status ?? 'open';
  const tagKey = filter.tag !== undefined ? await Promise.resolve(tagToken(codec, filter.tag)) : undefined;
  const legalKey = filter.legalStatus !== undefined ? await Promise.resolve(legalStatusToken(codec, filter.legalStatus)) : undefined;
  const rows = await source.caseIndexRows();
  return rows.filter(
    (row) =>
      (status === 'all' || row.status === status) &&
      (legalKey === undefined || row.legalKey === legalKey) &&
      (tagKey === undefined || row.tagKeys.includes(tagKey)) &&
      (filter.assignedTo === undefined || row.assignees.includes(filter.assignedTo)),
  );
}

/** A case's next due date: the first of its sorted `dues` on or after `today`. */
export function nextDueFrom(dates: readonly string[], today: string): string | null {
  for (const date of dates) if (date >= today) return date;
  return null;
}

interface Ranked {
  row: CaseIndexRow;
  nextDue: string | null;
  overdueSince: string | null;
}

function byActivity(a: Ranked, b: Ranked): number {
  return b.row.activityAt - a.row.activityAt || (a.row.id < b.row.id ? 1 : a.row.id > b.row.id ? -1 : 0);
}

// Cases with something overdue first, longest overdue first; then those with an upcoming
// due date, soonest first; then the rest by last activity.
function byDeadlineThenActivity(a: Ranked, b: Ranked): number {
  if (a.overdueSince !== b.overdueSince) {
    if (a.overdueSince === null) return 1;
    if (b.overdueSince === null) return -1;
    return a.overdueSince < b.overdueSince ? -1 : 1;
  }
  if (a.nextDue !== b.nextDue) {
    if (a.nextDue === null) return 1;
    if (b.nextDue === null) return -1;
    return a.nextDue < b.nextDue ? -1 : 1;
  }
  return byActivity(a, b);
}
