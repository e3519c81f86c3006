// The one Dexie database of the app (ARCHITECTURE.md: one Dexie database, one outbox).
//
// What sits in IndexedDB in the clear, and why (ARCHITECTURE.md, Privacy by design):
// - ids, type, caseId, clocks (field name -> HLC), the deletion clock, seq: what sync and
//   the merge rule need inside a transaction. Field NAMES are schema names, not values.
// - what the screens sort and filter by, none of it typed by a person: a case's status
//   (open/closed), assignees (account ids), plain dates (`due`, `dues`), timestamps. Legal
//   status and tags are filtered on too, but a tag is free text ("victim of trafficking")
//   and a legal status reveals a person's situation, so they are stored only as codec
//   tokens (`legalKey`, `tagKeys`): the value itself today, a keyed hash once the
//   encrypting codec is on.
// - everything else (every field value, an outbox mutation's `set`, drafts) is `Encoded`
//   through codec.ts.
//
// The case list reads `caseIndex`: one small row per live case with what the list filters
// and sorts by. Reading 5,000 such rows in primary-key order is an order of magnitude
// faster than fetching 5,000 full records through a secondary index (test/bench).
import { Dexie, type Table } from 'dexie';
import { hlcWallMs, type Hlc, type HlcState } from '../domain/hlc.ts';
import type { Mutation } from '../domain/protocol.ts';
import type { RecordType } from '../domain/records.ts';
import type { Encoded } from './codec.ts';
import { DB_NAME } from './db-name.ts';

export { DB_NAME };

/** Index props of a record, derived from its decoded fields at write time (index-props.ts). */
export interface IndexProps {
  /** This record's own plain dates that something is due on (`YYYY-MM-DD`). */
  due?: string[];
}

/** What the case list filters by, derived from a case's decoded fields (index-props.ts). */
export interface CaseFilterProps {
  status: 'open' | 'closed';
  legalKey?: string;
  tagKeys: string[];
  assignees: string[];
}

/** One live case, as the case list needs it. Kept with every change of the case or its records. */
export interface CaseIndexRow extends CaseFilterProps {
  id: string;
  /** Sorted unique `due` dates of the case's live records. */
  dues: string[];
  /** Wall time (ms) of the latest change to the case or any of its records. */
  activityAt: number;
  /** 1: the case stays on this device (demo data, or kept out of the team): never pushed. */
  localOnly?: 1;
}

export interface RecordRow extends IndexProps {
  id: string;
  type: RecordType;
  /** The case the record belongs to; a case's own id for a case; absent for `template`. */
  caseId?: string;
  teamId?: string;
  /** Codec-encoded `Record<string, unknown>`: the record's field values. */
  fields: Encoded;
  clocks: Record<string, Hlc>;
  deleted: Hlc | null;
  seq?: string;
  /** 1 for a tombstone (IndexedDB cannot index null or booleans). */
  isDeleted: 0 | 1;
  /** Wall time (ms) of the record's latest change, from its newest clock. */
  updatedAt: number;
  /**
   * Local change number, from `DeviceMeta.nextChange`: grows with every change of
   * fields, clocks or deletion on this device (local or pulled). Used to notice
   * concurrent changes (write.ts) and to catch up incrementally (search.ts).
   */
  changeNo: number;
  /**
   * 1: the record stays on this device and never enters the outbox: demo data, and records
   * a person chose to keep out of the team when joining it. Records of such a case are too.
   */
  localOnly?: 1;
}

/**
 * One outbox entry: a protocol mutation (SYNC-PROTOCOL.md, Push; its shape is the domain's
 * `Mutation`), with `set` encoded (codec.ts) and the time it was queued. `n` is the device's
 * mutation number 1, 2, 3, … with no gaps; `base` the clock of each set field as this
 * device saw it before the write (null: none).
 */
export type OutboxRow = Omit<Mutation, 'set'> & {
  /** Codec-encoded `Record<string, unknown>`. */
  set?: Encoded;
  createdAt: number;
};

export type RejectedRow = OutboxRow & {
  code: string;
  message: string;
  rejectedAt: number;
};

export interface DraftRow {
  key: string;
  caseId?: string;
  /** Codec-encoded form state. */
  body: Encoded;
  savedAt: number;
}

export interface DeviceMeta {
  key: 'device';
  /** HLC node id (16 hex digits), made once per installation. */
  node: string;
  hlc: HlcState;
  nextMutation: number;
  nextChange: number;
  createdAt: number;
}

export interface SyncMeta {
  key: 'sync';
  cursor: string | null;
  lastPullAt?: number;
}

export interface DemoMeta {
  key: 'demo';
  /** Every record id "load demo data" created, in creation order. */
  ids: string[];
}

/** Cases whose rows were removed outright (pull `removed`), so readers can catch up. */
export interface PurgeMeta {
  key: 'purges';
  entries: { changeNo: number; caseIds: string[] }[];
  /** Entries up to this changeNo were dropped; a reader that saw less than this rebuilds. */
  droppedUpTo: number;
}

/**
 * Cases of which live records are stored while the case itself has no `caseIndex` row: a
 * pull brought records before their case. Only applyPulled makes such records (a local
 * write needs its case's row), and it keeps this list: when one of these cases arrives,
 * its row is counted over all its stored records; any other case new to the list has none
 * stored, so its row comes from the pulled records alone. Made with the device row of a
 * new database; where it is missing (older databases), every new case is counted over its
 * stored records.
 */
export interface CaselessMeta {
  key: 'caseless';
  caseIds: string[];
}

/**
 * Live checklists whose due dates (`due`, and so their case's `dues`) may not be what their
 * fields and template give: the template version they name has not reached this device (a
 * pull brought the checklist first), or they were stored before checklists had due dates
 * (schema version 3). undated-checklists.ts works them out when the page opens the store
 * and when a template arrives, and takes them off the list. Ids of records deleted
 * meanwhile are dropped then without effect. undated-list.ts reads and changes the list.
 * (Rows written by earlier versions may carry a `skipped` flag; it is ignored and dropped.)
 */
export interface UndatedChecklistsMeta {
  key: 'undatedChecklists';
  ids: string[];
}

export type MetaRow = DeviceMeta | SyncMeta | DemoMeta | PurgeMeta | CaselessMeta | UndatedChecklistsMeta;

export type ZvezekDb = Dexie & {
  records: Table<RecordRow, string>;
  caseIndex: Table<CaseIndexRow, string>;
  outbox: Table<OutboxRow, number>;
  meta: Table<MetaRow, MetaRow['key']>;
  drafts: Table<DraftRow, string>;
  rejected: Table<RejectedRow, number>;
};

// Schema history. Never edit a shipped version: add a new one with an upgrade. Upgrades
// run inside an IndexedDB transaction, so they may only use data stored in the clear (a
// change that needs decoded fields runs after open, outside the upgrade).

/** Version 1: records with their index props, outbox, meta, drafts. */
export const schemaV1 = Object.freeze({
  records: 'id, type, caseId, [type+caseId], [type+status], legalKey, *tagKeys, *assignees',
  outbox: 'n, record',
  meta: 'key',
  drafts: 'key, caseId',
});

/**
 * Version 2: deletion flag, last change time and local change number on every record
 * (indexed), due dates indexed; the case list's filter props move from `records` to the
 * new `caseIndex` table, with each case's due dates and last activity; outbox by case; the
 * list of rejected mutations.
 */
export const schemaV2 = Object.freeze({
  records: 'id, type, caseId, [type+caseId], *due, isDeleted, updatedAt, changeNo',
  caseIndex: 'id',
  outbox: 'n, record, caseId',
  meta: 'key',
  drafts: 'key, caseId',
  rejected: 'n, caseId',
});

/**
 * Version 3: the same tables and indexes; checklists get `due` dates from their items
 * (index-props.ts). Working them out needs decoded fields and templates, which an upgrade
 * cannot read (see above), so the upgrade only lists every live checklist as undated, and
 * the store dates them after open (undated-checklists.ts). Until then a case's `dues`
 * lack its checklists' dates, as before the upgrade; nothing else changes.
 */
export const schemaV3 = schemaV2;

export const SCHEMA_VERSION = 3;

/** A version 1 record row: the case list's props sat on the record itself. */
type RecordRowV1 = Omit<RecordRow, 'isDeleted' | 'updatedAt' | 'changeNo'> & Partial<CaseFilterProps>;

export function createDb(
  name: string = DB_NAME,
  implementation?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
): ZvezekDb {
  const db = (implementation ? new Dexie(name, implementation) : new Dexie(name)) as ZvezekDb;
  db.version(1).stores(schemaV1);
  db.version(2)
    .stores(schemaV2)
    .upgrade(async (tx) => {
      const oldRows = await tx.table<RecordRowV1, string>('records').toArray();
      let changeNo = 1;
      const rows = oldRows.map((old) => {
        const row = { ...old, isDeleted: old.deleted ? (1 as const) : (0 as const), updatedAt: latestWallMs(old), changeNo: changeNo++ };
        for (const key of ['status', 'legalKey', 'tagKeys', 'assignees'] as const) delete row[key];
        return row satisfies RecordRow;
      });
      const rowsByCase = new Map<string | undefined, RecordRow[]>();
      for (const row of rows) {
        const list = rowsByCase.get(row.caseId);
        if (list) list.push(row);
        else rowsByCase.set(row.caseId, [row]);
      }
      const caseIndex: CaseIndexRow[] = [];
      for (const [i, old] of oldRows.entries()) {
        if (old.type !== 'case' || old.deleted) continue;
        caseIndex.push({
          id: old.id,
          status: old.status === 'closed' ? 'closed' : 'open',
          ...(old.legalKey !== undefined ? { legalKey: old.legalKey } : {}),
          tagKeys: old.tagKeys ?? [],
          assignees: old.assignees ?? [],
          ...caseSummary(rows[i] as RecordRow, rowsByCase.get(old.id) ?? []),
        });
      }
      await tx.table('records').clear();
      await tx.table('records').bulkAdd(rows);
      await tx.table('caseIndex').bulkAdd(caseIndex);
      const device = await tx.table<MetaRow, string>('meta').get('device');
      if (device && device.key === 'device') {
        await tx.table<MetaRow, string>('meta').put({ ...device, nextChange: changeNo });
      }
    });
  db.version(3)
    .stores(schemaV3)
    .upgrade(async (tx) => {
      const checklists = await tx.table<RecordRow, string>('records').where('type').equals('checklist').toArray();
      const ids = checklists.filter((row) => !row.isDeleted).map((row) => row.id);
      if (ids.length > 0) await tx.table<MetaRow, string>('meta').put({ key: 'undatedChecklists', ids });
    });
  return db;
}

/** Wall time (ms) of a record's newest clock, or 0 for a record without any. */
export function latestWallMs(row: Pick<RecordRow, 'clocks' | 'deleted'>): number {
  let latest = row.deleted ?? '';
  for (const clock of Object.values(row.clocks)) if (clock > latest) latest = clock;
  return latest ? hlcWallMs(latest) : 0;
}

/** A case's due dates and last activity over its rows (the case's own row included). */
export function caseSummary(
  caseRow: Pick<RecordRow, 'updatedAt'>,
  rowsOfCase: readonly Pick<RecordRow, 'isDeleted' | 'due' | 'updatedAt'>[],
  activityAt = 0,
): { dues: string[]; activityAt: number } {
  const dues = new Set<string>();
  activityAt = Math.max(activityAt, caseRow.updatedAt);
  for (const row of rowsOfCase) {
    if (row.isDeleted) continue;
    for (const date of row.due ?? []) dues.add(date);
    activityAt = Math.max(activityAt, row.updatedAt);
  }
  return { dues: [...dues].toSorted(), activityAt };
}
