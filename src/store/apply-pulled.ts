// Applying a pull response (or a push response's `records`) to the store (SYNC-PROTOCOL.md,
// Pull). The local rules:
// - the pulled records and the new cursor commit in ONE transaction, so the cursor never
//   moves past a change that was not stored;
// - a pulled record goes through the shared merge rule (mergeRemote): a field with a
//   pending local mutation keeps its local value until that mutation is acknowledged, and
//   so does a field whose write the endpoint refused while it is on the refused list;
// - `removed` cases are erased from the device before the records of the same pull apply.
//
// Field values are encoded outside the transaction (codec.ts says why). A record this
// device does not hold needs no merge, so every incoming record is encoded up front as it
// is stored when nothing local meets it. Records the transaction finds stored are merged
// with their stored copy outside the transaction, and the transaction runs again; a merge
// counts only while the stored row (its `changeNo`) and its queued fields are the ones it
// used. While pages bring only records this device does not hold (a new device's first
// pull: tens of thousands of records), the transaction does not even read them first: it
// adds them, and IndexedDB refuses an add over a stored record, which sends that page the
// careful way. Either way a record is written once, as with a raw bulk write.
//
// A checklist's due dates need its template version (index-props.ts). A page's checklists
// are dated with the device's templates and the page's own; one whose template is still
// missing is listed (db.ts, UndatedChecklistsMeta), and a page that brings templates dates
// the listed checklists once it is stored (undated-checklists.ts). Pages without checklists or
// templates (cases and notes: nearly all of a first pull) read no templates.
import { Dexie } from 'dexie';
import { receive, type Hlc } from '../domain/hlc.ts';
import { jsonEqual } from '../domain/json-equal.ts';
import { mergeRemote, type MergeState } from '../domain/merge.ts';
import type { SyncRecord } from '../domain/records.ts';
import { caseIndexRowAfter, caseIndexRowFromRecords, summarySource, type RecordChange } from './case-index.ts';
import type { Encoded } from './codec.ts';
import { latestWallMs, type CaseFilterProps, type CaseIndexRow, type IndexProps, type MetaRow, type PurgeMeta, type RecordRow } from './db.ts';
import { failure, toStoreError, type Result } from './errors.ts';
import type { ChecklistDating } from './checklist-dating.ts';
import { caseFilterProps, deriveIndexProps, loadChecklistDating } from './index-props.ts';
import { pendingFields, pendingKey } from './pending-fields.ts';
import { forgetRows } from './seen-rows.ts';
import { deviceMeta } from './device-row.ts';
import type { Store } from './store.ts';
import { dateUndatedChecklists } from './undated-checklists.ts';
import { readUndatedList, undatedListAfter } from './undated-list.ts';
import { tombstone } from './record-rows.ts';

/** How many purge entries (cases removed outright) readers can catch up from. */
const PURGES_KEPT = 50;
/** Rounds of merging with records that changed locally meanwhile before giving up (`busy`). */
const MAX_ROUNDS = 6;

/** Stores whose last pulled page held only records they did not have: the next page is added without reading first. */
const pagesBringNewRecords = new WeakSet<Store>();

export interface PulledChanges {
  records: readonly SyncRecord[];
  /** Cases that left this user's scope: every local record of them is erased. */
  removed: readonly string[];
  /** The new cursor; leave out when applying a push response's records. */
  cursor?: string;
}

/** One incoming record as it is to be stored. */
interface Prepared {
  merged: MergeState;
  encodedFields: Encoded;
  props: IndexProps;
  /** A live checklist whose dates are not worked out: its template version is not on this device (nor in the page). */
  undated: boolean;
  /** For a live case: what the case list filters it by. */
  caseProps: CaseFilterProps | null;
}

/** A merge with a stored row: valid while that row and its queued fields are unchanged. */
interface LocalMerge extends Prepared {
  basedOn: number;
  pendingKey: string;
}

interface Page {
  /** The endpoint sends each record's whole current state; a later copy in one response is newer. */
  latest: Map<string, SyncRecord>;
  ids: string[];
  /** The cases the records belong to (a case's own id for a case). */
  caseIds: string[];
  removed: string[];
  cursor: string | undefined;
  hasChecklists: boolean;
  hasTemplates: boolean;
}

/** Thrown inside the transaction (aborting it) when stored records need a merge first. */
class NeedsLocalMerge extends Error {
  readonly rows: RecordRow[];
  readonly pending: Map<string, Set<string>>;
  constructor(rows: RecordRow[], pending: Map<string, Set<string>>) {
    super('stored records need merging');
    this.name = 'NeedsLocalMerge';
    this.rows = rows;
    this.pending = pending;
  }
}

/**
 * Apply one pull response (or a push response's `records`): `removed` first, then each
 * record through mergeRemote, then the cursor, all in one transaction.
 */
export async function applyPulled(store: Store, changes: PulledChanges): Promise<Result<{ changed: number }>> {
  const page = pageOf(changes);
  try {
    const noFields = await store.codec.encode({});
    // A template and a checklist on it may come in one page: the page's own count too.
    const dating = page.hasChecklists ? await loadChecklistDating(store, [...page.latest.values()].filter((record) => record.type === 'template')) : undefined;
    const incoming = await Promise.all(page.ids.map((id) => prepare(store, null, page.latest.get(id) as SyncRecord, new Set(), noFields, dating)));
    const merges = new Map<string, LocalMerge>();
    let addBlindly = page.cursor !== undefined && pagesBringNewRecords.has(store);
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      try {
        const written = await writePage(store, page, { incoming, merges, noFields, addBlindly });
        forgetRows(store); // the device row and case list rows changed (seen-rows.ts)
        if (page.cursor !== undefined) {
          if (written.storedBefore === 0) pagesBringNewRecords.add(store);
          else pagesBringNewRecords.delete(store);
        }
        if (page.hasTemplates) {
          // Failing here fails the pull: the page applies again (nothing new) and this runs again.
          const dated = await dateUndatedChecklists(store);
          if (!dated.ok) return dated;
        }
        return { ok: true, value: { changed: written.changed } };
      } catch (thrown) {
        if (!(thrown instanceof NeedsLocalMerge)) throw thrown;
        addBlindly = false;
        for (const row of thrown.rows) {
          const remote = page.latest.get(row.id) as SyncRecord;
          const pending = thrown.pending.get(row.id) ?? new Set<string>();
          const merged = await prepare(store, row, remote, pending, noFields, dating);
          merges.set(row.id, { ...merged, basedOn: row.changeNo, pendingKey: pendingKey(pending) });
        }
      }
    }
    return failure('busy');
  } catch (thrown) {
    return { ok: false, error: toStoreError(thrown) };
  }
}

function pageOf(changes: PulledChanges): Page {
  const latest = new Map<string, SyncRecord>();
  for (const record of changes.records) latest.set(record.id, record);
  const caseIds = new Set<string>();
  let hasChecklists = false;
  let hasTemplates = false;
  for (const record of latest.values()) {
    const caseId = record.type === 'case' ? record.id : record.caseId;
    if (caseId !== undefined) caseIds.add(caseId);
    if (record.type === 'checklist') hasChecklists = true;
    else if (record.type === 'template') hasTemplates = true;
  }
  return {
    latest,
    ids: [...latest.keys()],
    caseIds: [...caseIds],
    removed: [...new Set(changes.removed)],
    cursor: changes.cursor,
    hasChecklists,
    hasTemplates,
  };
}

/** Merge (outside any transaction: decoding and encoding may wait on WebCrypto) and encode. */
async function prepare(
  store: Store,
  local: RecordRow | null,
  remote: SyncRecord,
  pending: ReadonlySet<string>,
  noFields: Encoded,
  /** Undefined for a page without checklists. */
  dating: ChecklistDating | undefined,
): Promise<Prepared> {
  const { codec } = store;
  const localState: MergeState | null = local
    ? { fields: (await codec.decode(local.fields)) as Record<string, unknown>, clocks: local.clocks, deleted: local.deleted }
    : null;
  const merged = mergeRemote(localState, { fields: remote.fields, clocks: remote.clocks, deleted: remote.deleted }, pending);
  const live = merged.deleted === null;
  const unchanged = local !== null && jsonEqual(merged, localState);
  return {
    merged,
    encodedFields: !live ? noFields : unchanged ? local.fields : await codec.encode(merged.fields),
    props: live ? deriveIndexProps(remote.type, merged.fields, dating) : {},
    undated: live && remote.type === 'checklist' && (dating?.waitsForTemplate(merged.fields) ?? true),
    caseProps: live && remote.type === 'case' ? await caseFilterProps(merged.fields, codec) : null,
  };
}

interface WriteInput {
  incoming: readonly Prepared[];
  merges: ReadonlyMap<string, LocalMerge>;
  noFields: Encoded;
  /** Add the records without reading them first (they are expected to be new). */
  addBlindly: boolean;
}

interface Written {
  changed: number;
  storedBefore: number;
}

async function writePage(store: Store, page: Page, input: WriteInput): Promise<Written> {
  const { db, env } = store;
  const { ids, latest, removed } = page;
  const { incoming, merges, noFields, addBlindly } = input;
  const now = env.now();

  return db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.rejected, db.meta, db.drafts], async () => {
    // Requests in one transaction run in order; issuing them together saves round trips.
    // Records expected to be new are not read, nor are the case list rows of their cases
    // when the case itself is among them (a case new here has no row).
    const indexIds = addBlindly ? page.caseIds.filter((caseId) => latest.get(caseId)?.type !== 'case') : page.caseIds;
    const readStored = (): Promise<[(RecordRow | undefined)[], (CaseIndexRow | undefined)[]]> =>
      Promise.all([addBlindly ? ids.map(() => undefined) : db.records.bulkGet(ids), db.caseIndex.bulkGet(indexIds)]);
    const [device, purges, caseless, undatedBefore, storedReads] = await Promise.all([
      deviceMeta(store),
      removed.length > 0 ? db.meta.get('purges') : undefined,
      db.meta.get('caseless'),
      readUndatedList(store),
      removed.length > 0 ? undefined : readStored(),
    ]);
    // Checklists stored undated, and dated or deleted (db.ts, UndatedChecklistsMeta).
    const listed = new Set<string>();
    const offList = new Set<string>();
    // Cases with live records stored but no case list row (db.ts); null: not known.
    const storedWithoutRow = caseless?.key === 'caseless' ? new Set(caseless.caseIds) : null;
    const caselessBefore = caseless?.key === 'caseless' ? caseless.caseIds.join('\n') : null;
    let changeNo = device.nextChange;

    // 1. Cases that left this user's scope: erase every local record of them.
    if (removed.length > 0) {
      await Promise.all([
        db.records.where('caseId').anyOf(removed).delete(),
        db.caseIndex.bulkDelete(removed),
        db.drafts.where('caseId').anyOf(removed).delete(),
        db.meta.put(withPurge(purges, changeNo++, removed)),
      ]);
      for (const caseId of removed) storedWithoutRow?.delete(caseId);
    }

    // 2. What is stored of these records and their cases. A stored record is merged with
    //    its stored copy; until every such merge is at hand, stop and merge outside.
    const [currentRows, indexRows] = storedReads ?? (await readStored());
    const stored = currentRows.filter((row): row is RecordRow => row !== undefined);
    if (stored.length > 0) await checkMerges(store, stored, merges);

    // 3. The rows to store.
    const puts: RecordRow[] = [];
    const changesByCase = new Map<string, RecordChange[]>();
    const deletedCases = new Map<string, Hlc>();
    const caseProps = new Map<string, CaseFilterProps>();
    for (const [i, id] of ids.entries()) {
      const remote = latest.get(id) as SyncRecord;
      const current = currentRows[i];
      const item = current ? (merges.get(id) as LocalMerge) : (incoming[i] as Prepared);
      const { merged } = item;
      const caseId = remote.type === 'case' ? remote.id : remote.caseId;
      const sameState =
        current !== undefined &&
        current.deleted === merged.deleted &&
        current.fields === item.encodedFields &&
        jsonEqual(current.clocks, merged.clocks);
      if (sameState) {
        // Our own write coming back, or nothing new: only the server's bookkeeping changes.
        puts.push(withServerInfo({ ...current }, remote));
        continue;
      }
      const row: RecordRow = withServerInfo(
        {
          id,
          type: remote.type,
          ...(caseId !== undefined ? { caseId } : {}),
          fields: item.encodedFields,
          clocks: merged.clocks,
          deleted: merged.deleted,
          isDeleted: merged.deleted !== null ? 1 : 0,
          updatedAt: latestWallMs(merged) || (current?.updatedAt ?? now),
          changeNo: changeNo++,
          ...item.props,
        },
        remote,
      );
      puts.push(row);
      if (caseId !== undefined) {
        const changes = changesByCase.get(caseId);
        if (changes) changes.push({ before: current, after: row });
        else changesByCase.set(caseId, [{ before: current, after: row }]);
      }
      if (item.caseProps) caseProps.set(id, item.caseProps);
      if (remote.type === 'checklist') {
        if (item.undated) listed.add(id);
        else offList.add(id);
      }
      if (remote.type === 'case' && merged.deleted !== null && !current?.isDeleted) deletedCases.set(id, merged.deleted);
    }

    // 4. The case list's rows of the cases touched (filter props, due dates, last activity),
    //    from the stored row and the changes where that is exact (case-index.ts); the
    //    other cases' records are read before this page's rows are written over them.
    const indexById = new Map<string, CaseIndexRow>();
    for (const row of indexRows) if (row) indexById.set(row.id, row);
    const propsOf = (caseId: string) => caseProps.get(caseId) ?? indexById.get(caseId);
    const sources = new Map<string, ReturnType<typeof summarySource>>();
    for (const [caseId, changes] of changesByCase) {
      if (deletedCases.has(caseId)) {
        storedWithoutRow?.delete(caseId);
      } else if (propsOf(caseId)) {
        sources.set(caseId, summarySource(indexById.get(caseId), changes, storedWithoutRow?.has(caseId) ?? true));
      } else if (changes.some(({ after }) => !after.isDeleted)) {
        // Records before their case: the case's arrival counts them (db.ts, CaselessMeta).
        storedWithoutRow?.add(caseId);
      }
    }
    const fromRecords = [...sources].filter(([, source]) => source === 'records').map(([caseId]) => caseId);
    const storedOfCases = new Map(
      await Promise.all(fromRecords.map(async (caseId) => [caseId, await db.records.where('caseId').equals(caseId).toArray()] as const)),
    );
    const pageRowsOfCases = [...sources.values()].some((source) => source !== 'row') ? rowsByCase(puts) : new Map<string, RecordRow[]>();
    const indexUpdates: CaseIndexRow[] = [];
    for (const [caseId, source] of sources) {
      const props = propsOf(caseId) as CaseFilterProps;
      const indexRow = indexById.get(caseId);
      const pageRows = pageRowsOfCases.get(caseId) ?? [];
      const updated =
        source === 'row'
          ? caseIndexRowAfter(caseId, props, indexRow as CaseIndexRow, changesByCase.get(caseId) ?? [])
          : caseIndexRowFromRecords(caseId, props, withPageRows(storedOfCases.get(caseId) ?? [], pageRows), indexRow?.activityAt);
      if (updated) {
        indexUpdates.push(updated);
        storedWithoutRow?.delete(caseId);
      }
    }

    // 5. The clock, the change counter and the cursor: with the records or not at all.
    //    Folding the newest pulled clock into ours makes every later local write sort after
    //    it (write.ts relies on that: a local write always wins locally).
    const newest = newestClock(latest.values());
    const hlc = newest !== null ? receive(device.hlc, newest, now) : device.hlc;
    const writeRecords = addBlindly ? addNew(store, puts) : db.records.bulkPut(puts);
    const caselessChanged = storedWithoutRow !== null && [...storedWithoutRow].join('\n') !== caselessBefore;
    const undatedList = undatedListAfter(undatedBefore, { listed, off: offList });
    const writeRest = () => [
      indexUpdates.length > 0 ? db.caseIndex.bulkPut(indexUpdates) : undefined,
      caselessChanged ? db.meta.put({ key: 'caseless', caseIds: [...storedWithoutRow] }) : undefined,
      undatedList ? db.meta.put(undatedList) : undefined,
      db.meta.put({ ...device, hlc, nextChange: changeNo }),
      page.cursor !== undefined ? db.meta.put({ key: 'sync', cursor: page.cursor, lastPullAt: now }) : undefined,
    ];
    const written = { changed: puts.length, storedBefore: stored.length };
    if (deletedCases.size === 0) {
      await Promise.all([writeRecords, ...writeRest()]);
      return written;
    }

    // 6. A case deleted elsewhere: its records go with it here too (the endpoint sends their
    //    tombstones as well; this also covers records this device made and never pushed).
    await writeRecords;
    const rowsOfDeleted = await db.records.where('caseId').anyOf([...deletedCases.keys()]).toArray();
    const dead = rowsOfDeleted
      .filter((row) => !row.isDeleted)
      .map((row) => tombstone(row, deletedCases.get(row.caseId as string) as Hlc, now, changeNo++, noFields));
    await Promise.all([
      db.records.bulkPut(dead),
      db.caseIndex.bulkDelete([...deletedCases.keys()]),
      db.drafts.where('caseId').anyOf([...deletedCases.keys()]).delete(),
      ...writeRest(),
    ]);
    return written;
  });
}

/** Inside the transaction: every stored record has a merge made from exactly this row and these queued fields. */
async function checkMerges(store: Store, stored: readonly RecordRow[], merges: ReadonlyMap<string, LocalMerge>): Promise<void> {
  const ids = stored.map((row) => row.id);
  const idSet = new Set(ids);
  // Refused writes count as queued: what a person typed stays on the device, next to the
  // reason, until they send it again or let it go (the refused list is short).
  const [queued, refused] = await Promise.all([
    store.db.outbox.where('record').anyOf(ids).toArray(),
    store.db.rejected.filter((row) => idSet.has(row.record)).toArray(),
  ]);
  const pendingNow = pendingFields([...queued, ...refused]);
  const stale = stored.filter((row) => {
    const merge = merges.get(row.id);
    return merge?.basedOn !== row.changeNo || merge.pendingKey !== pendingKey(pendingNow.get(row.id));
  });
  if (stale.length > 0) throw new NeedsLocalMerge(stale, pendingNow);
}

/** Inside the transaction: add rows expected to be new; any that is stored after all needs a merge. */
async function addNew(store: Store, rows: readonly RecordRow[]): Promise<void> {
  const { db } = store;
  try {
    await db.records.bulkAdd(rows);
  } catch (thrown) {
    const failures = thrown instanceof Dexie.BulkError ? Object.entries(thrown.failuresByPos) : [];
    if (failures.length === 0 || failures.some(([, error]) => error.name !== 'ConstraintError')) throw thrown;
    const ids = failures.map(([pos]) => (rows[Number(pos)] as RecordRow).id);
    const stored = (await db.records.bulkGet(ids)).filter((row): row is RecordRow => row !== undefined);
    await checkMerges(store, stored, new Map());
    throw thrown; // (not reached: checkMerges throws for rows without a merge)
  }
}

function rowsByCase(rows: readonly RecordRow[]): Map<string, RecordRow[]> {
  const byCase = new Map<string, RecordRow[]>();
  for (const row of rows) {
    if (row.caseId === undefined) continue;
    const list = byCase.get(row.caseId);
    if (list) list.push(row);
    else byCase.set(row.caseId, [row]);
  }
  return byCase;
}

/** A case's stored rows with this page's versions in their place. */
function withPageRows(storedRows: readonly RecordRow[], pageRows: readonly RecordRow[]): RecordRow[] {
  const byId = new Map(storedRows.map((row) => [row.id, row]));
  for (const row of pageRows) byId.set(row.id, row);
  return [...byId.values()];
}

/** The row (changed in place) with the endpoint's bookkeeping. */
function withServerInfo(row: RecordRow, remote: SyncRecord): RecordRow {
  if (remote.seq !== undefined) row.seq = remote.seq;
  if (remote.teamId !== undefined) row.teamId = remote.teamId;
  return row;
}

function newestClock(records: Iterable<SyncRecord>): Hlc | null {
  let newest: Hlc | null = null;
  for (const record of records) {
    for (const clock of [...Object.values(record.clocks), record.deleted]) {
      if (clock !== null && (newest === null || clock > newest)) newest = clock;
    }
  }
  return newest;
}

/** The purge list with one more entry: which cases were erased outright, so readers of changeNo catch up (search.ts). */
function withPurge(existing: MetaRow | undefined, changeNo: number, caseIds: string[]): PurgeMeta {
  const purges: PurgeMeta = existing?.key === 'purges' ? existing : { key: 'purges', entries: [], droppedUpTo: 0 };
  const entries = [...purges.entries, { changeNo, caseIds }];
  const dropped = entries.splice(0, Math.max(0, entries.length - PURGES_KEPT));
  return { key: 'purges', entries, droppedUpTo: dropped.at(-1)?.changeNo ?? purges.droppedUpTo };
}
