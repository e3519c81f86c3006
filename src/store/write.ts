// Every local write goes through here (STYLE.md: writes go through repository functions).
// A write stores the record (fields and clocks) and its outbox mutation, and advances the
// persisted clock and mutation number, in ONE IndexedDB transaction over records + outbox
// + meta: either all of it is stored or none of it (SYNC-PROTOCOL.md, Push: `n` has no gaps).
//
// Field values are encoded (codec.ts) BEFORE the transaction, because an IndexedDB
// transaction commits as soon as it waits on anything else (WebCrypto, later). An update
// therefore reads the record, decodes and re-encodes it outside, and the transaction checks
// that the record's `changeNo` is still the one it read; if another write (another tab, a
// pull) got there first, it starts over.
//
// A local write needs no merge: the device's clock is past every clock it has stored (it
// ticks on each write and folds in every pulled clock, sync-state.ts), so each field it
// sets wins locally. Whether it wins everywhere is the endpoint's call, by the shared merge
// rule and the `base` clocks sent along.
import { tick, type Hlc } from '../domain/hlc.ts';
import { uuidv7 } from '../domain/ids.ts';
import { jsonEqual } from '../domain/json-equal.ts';
import { teamWideRecordTypes, validateSet, type RecordType } from '../domain/records.ts';
import type { Encoded } from './codec.ts';
import { duesOfCase, withActivity } from './case-index.ts';
import type { CaseFilterProps, CaseIndexRow, DeviceMeta, IndexProps, RecordRow } from './db.ts';
import { advancedDevice, deviceMeta } from './device-row.ts';
import { attempt, failure, type Result } from './errors.ts';
import { caseFilterProps, deriveIndexProps, loadChecklistDating, needsChecklistDating } from './index-props.ts';
import { tombstone, withIndexProps } from './record-rows.ts';
import { ChangedMeanwhile, retryWhenChanged } from './retry-when-changed.ts';
import { rememberRows, sameRows, seenRows } from './seen-rows.ts';
import type { Store } from './store.ts';
import { readUndatedList, undatedListAfter } from './undated-list.ts';

export interface WriteReceipt {
  id: string;
  /** The outbox mutation number; null when the write changed nothing (no mutation). */
  n: number | null;
  clock: Hlc | null;
}

export type WriteResult = Result<WriteReceipt>;

export interface CreateOptions {
  /**
   * Extra writes that must commit with the record (e.g. demo.ts remembering the ids it
   * made). Runs inside the transaction: only Dexie calls on records, outbox, meta.
   */
  inTransaction?: (id: string) => Promise<void>;
  /** Keep the record on this device only (demo data): no outbox entry, ever. */
  localOnly?: boolean;
}

/**
 * Create a record. `caseId` is the case it belongs to; null for a case (its own id becomes
 * its caseId) and for team-wide types (templates).
 */
export async function createRecord(
  store: Store,
  type: RecordType,
  caseId: string | null,
  set: Record<string, unknown>,
  options: CreateOptions = {},
): Promise<WriteResult> {
  // Only the endpoint makes conflict records (SYNC-PROTOCOL.md, Merge rule).
  if (type === 'conflict') return failure('forbidden');
  const valid = validateSet(type, set);
  if (!valid.ok) return failure('invalid', valid.issues);
  const ownsCase = type !== 'case' && !teamWideRecordTypes.includes(type);
  if (ownsCase !== (caseId !== null)) {
    return failure('invalid', [{ field: 'caseId', code: 'invalid_case', message: 'validation.invalid' }]);
  }
  const { env, codec } = store;
  const prepared = await attempt(async () => {
    const dating = needsChecklistDating(type) ? await loadChecklistDating(store) : undefined;
    return {
      encodedFields: await codec.encode(set),
      props: deriveIndexProps(type, set, dating),
      undated: dating?.waitsForTemplate(set) ?? false,
      caseProps: type === 'case' ? await caseFilterProps(set, codec) : null,
    };
  });
  if (!prepared.ok) return prepared;
  const now = env.now();
  const id = uuidv7(now, env.randomBytes(10));
  const written = await retryWhenChanged(() => createOnce(store, { id, type, caseId, set, now, ...prepared.value }, options));
  // A new template version may be the one listed checklists wait for; a checklist that
  // waits may have missed a template stored meanwhile (undated-checklists.ts).
  if (written.ok && (type === 'template' || prepared.value.undated)) await dateChecklistsAfterWrite(store);
  return written;
}

interface NewRecord {
  id: string;
  type: RecordType;
  caseId: string | null;
  set: Record<string, unknown>;
  now: number;
  encodedFields: Encoded;
  props: IndexProps;
  /** A checklist whose dates are not worked out (its template version is missing): listed (db.ts, UndatedChecklistsMeta). */
  undated: boolean;
  caseProps: CaseFilterProps | null;
}

// One transaction. With the device row and the case's list row as this tab last saw them
// (seen-rows.ts), the writes go out with the reads, in one round trip, and the reads then
// confirm the guess (or abort everything, and the write runs again from what they read).
async function createOnce(store: Store, record: NewRecord, options: CreateOptions): Promise<WriteResult> {
  const { db } = store;
  const { id, caseId } = record;
  return db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.meta], async (): Promise<WriteResult> => {
    const guess = seenRows(store, caseId);
    // Requests in one transaction run in order: these reads see the rows before the writes.
    const reading = Promise.all([deviceMeta(store), caseId !== null ? db.caseIndex.get(caseId) : undefined]);
    if (guess && (caseId === null || guess.caseRow)) {
      const planned = planCreate(store, record, guess.device, guess.caseRow, options);
      planned.written.catch(() => undefined); // awaited below, unless the guess was wrong
      const [device, caseRow] = await reading;
      if (!sameRows({ device, caseRow }, guess)) {
        if (caseId !== null) rememberRows(store, device, [[caseId, caseRow]]);
        else rememberRows(store, device);
        throw new ChangedMeanwhile();
      }
      await planned.written;
      planned.remember();
      return { ok: true, value: { id, n: planned.queued ? guess.device.nextMutation : null, clock: planned.clock } };
    }
    const [device, caseRow] = await reading;
    if (caseId !== null && !caseRow) {
      rememberRows(store, device, [[caseId, undefined]]);
      return failure(await whyNoCase(store, caseId));
    }
    const planned = planCreate(store, record, device, caseRow, options);
    await planned.written;
    planned.remember();
    return { ok: true, value: { id, n: planned.queued ? device.nextMutation : null, clock: planned.clock } };
  });
}

/** Issue a new record's writes (inside its transaction), made from these device and case list rows. */
function planCreate(
  store: Store,
  record: NewRecord,
  device: DeviceMeta,
  parent: CaseIndexRow | undefined,
  options: CreateOptions,
): { written: Promise<unknown>; clock: Hlc; queued: boolean; remember: () => void } {
  const { db } = store;
  const { id, type, caseId, set, now, encodedFields, props, undated, caseProps } = record;
  const { state, clock } = tick(device.hlc, now);
  const fieldNames = Object.keys(set);
  // Demo data and what a person keeps out of the team stay here, with everything in them.
  const localOnly = options.localOnly === true || parent?.localOnly === 1;
  const row: RecordRow = {
    id,
    type,
    ...(type === 'case' ? { caseId: id } : caseId !== null ? { caseId } : {}),
    fields: encodedFields,
    clocks: Object.fromEntries(fieldNames.map((field) => [field, clock])),
    deleted: null,
    isDeleted: 0,
    updatedAt: now,
    changeNo: device.nextChange,
    ...props,
    ...(localOnly ? { localOnly: 1 as const } : {}),
  };
  const nextDevice = advancedDevice(device, state, { mutations: localOnly ? 0 : 1, changes: 1 });
  const caseRow = caseProps
    ? { id, ...caseProps, dues: [], activityAt: now, ...(localOnly ? { localOnly: 1 as const } : {}) }
    : parent
      ? withActivity(parent, now, { add: props.due ?? [] })
      : undefined;
  const writes: Promise<unknown>[] = [
    // `add`, not `put`: a clash (an id or `n` made twice) aborts everything.
    db.records.add(row),
    db.meta.put(nextDevice),
  ];
  if (!localOnly) {
    writes.push(
      db.outbox.add({
      n: device.nextMutation,
      record: id,
      type,
      ...(row.caseId !== undefined ? { caseId: row.caseId } : {}),
      set: encodedFields,
      clock,
        // A new record: its author saw no earlier value of any field.
        base: Object.fromEntries(fieldNames.map((field) => [field, null])),
        createdAt: now,
      }),
    );
  }
  if (caseProps) writes.push(db.caseIndex.add(caseRow as CaseIndexRow));
  else if (caseRow) writes.push(db.caseIndex.put(caseRow));
  if (undated) {
    const listing = async () => {
      const next = undatedListAfter(await readUndatedList(store), { listed: [id] });
      if (next) await db.meta.put(next);
    };
    writes.push(listing());
  }
  if (options.inTransaction) writes.push(options.inTransaction(id));
  return {
    written: Promise.all(writes),
    clock,
    queued: !localOnly,
    remember: () => rememberRows(store, nextDevice, caseRow ? [[caseRow.id, caseRow]] : []),
  };
}

/**
 * Set some fields of a record. Fields whose value does not change are left out of the
 * mutation; when nothing changes, nothing is written (`n` and `clock` are null).
 * `null` clears a field.
 */
export async function updateRecord(
  store: Store,
  id: string,
  set: Record<string, unknown>,
  options: ExpectType = {},
): Promise<WriteResult> {
  const followUp = { undated: false };
  const written = await retryWhenChanged(() => updateOnce(store, id, set, options, followUp));
  if (written.ok && followUp.undated) await dateChecklistsAfterWrite(store);
  return written;
}

export interface ExpectType {
  /** Answer `not_found` unless the record is of this type (e.g. deleteCase on a note id). */
  type?: RecordType;
}

async function updateOnce(
  store: Store,
  id: string,
  set: Record<string, unknown>,
  options: ExpectType,
  followUp: { undated: boolean },
): Promise<WriteResult> {
  const { db, env, codec } = store;
  const snapshot = await db.records.get(id);
  if (!snapshot || (options.type && snapshot.type !== options.type)) return failure('not_found');
  if (snapshot.isDeleted) return failure('gone');
  // A conflict is resolved by deleting it, never edited (SYNC-PROTOCOL.md, Merge rule).
  if (snapshot.type === 'conflict') return failure('forbidden');
  const valid = validateSet(snapshot.type, set);
  if (!valid.ok) return failure('invalid', valid.issues);

  const current = (await codec.decode(snapshot.fields)) as Record<string, unknown>;
  const changed = Object.entries(set).filter(([field, value]) => !jsonEqual(value, current[field] ?? null));
  if (changed.length === 0) return { ok: true, value: { id, n: null, clock: null } };
  const changedSet = Object.fromEntries(changed);
  const fields = { ...current, ...changedSet };
  const encodedFields = await codec.encode(fields);
  const encodedSet = await codec.encode(changedSet);
  const dating = needsChecklistDating(snapshot.type) ? await loadChecklistDating(store) : undefined;
  const props = deriveIndexProps(snapshot.type, fields, dating);
  const undated = dating?.waitsForTemplate(fields) ?? false;
  const caseProps = snapshot.type === 'case' ? await caseFilterProps(fields, codec) : null;
  const caseId = snapshot.caseId;
  const now = env.now();

  return db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.meta], async (): Promise<WriteResult> => {
    const [row, device, indexRow, list] = await Promise.all([
      db.records.get(id),
      deviceMeta(store),
      caseId !== undefined ? db.caseIndex.get(caseId) : undefined,
      snapshot.type === 'checklist' ? readUndatedList(store) : undefined,
    ]);
    if (!row || row.changeNo !== snapshot.changeNo) throw new ChangedMeanwhile();
    const { state, clock } = tick(device.hlc, now);
    const queued = row.localOnly !== 1;
    const n = device.nextMutation;
    const base: Record<string, Hlc | null> = {};
    const clocks = { ...row.clocks };
    for (const [field] of changed) {
      base[field] = row.clocks[field] ?? null;
      clocks[field] = clock;
    }
    const next = withIndexProps({ ...row, fields: encodedFields, clocks, updatedAt: now, changeNo: device.nextChange }, props);
    const nextDevice = advancedDevice(device, state, { mutations: queued ? 1 : 0, changes: 1 });
    // Reads first, then every write at once (a failed write then aborts with nothing pending).
    const dues =
      !caseProps && indexRow && caseId !== undefined && !jsonEqual(row.due ?? [], props.due ?? [])
        ? await duesOfCase(store, caseId, next)
        : indexRow?.dues;
    const writes: Promise<unknown>[] = [db.records.put(next), db.meta.put(nextDevice)];
    if (queued) {
      writes.push(
        db.outbox.add({
          n,
          record: id,
          type: row.type,
          ...(row.caseId !== undefined ? { caseId: row.caseId } : {}),
          set: encodedSet,
          clock,
          base,
          createdAt: now,
        }),
      );
    }
    const nextIndexRow: CaseIndexRow | undefined = caseProps
      ? {
          id,
          ...caseProps,
          dues: indexRow?.dues ?? [],
          activityAt: Math.max(indexRow?.activityAt ?? 0, now),
          ...(indexRow?.localOnly ? { localOnly: 1 as const } : {}),
        }
      : indexRow && { ...withActivity(indexRow, now), dues: dues ?? indexRow.dues };
    if (nextIndexRow) writes.push(db.caseIndex.put(nextIndexRow));
    // A checklist waits for its template, or no longer does (db.ts, UndatedChecklistsMeta).
    const nextList = list && undatedListAfter(list, undated ? { listed: [id] } : { off: [id] });
    if (nextList) writes.push(db.meta.put(nextList));
    await Promise.all(writes);
    rememberRows(store, nextDevice, caseId !== undefined ? [[caseId, nextIndexRow]] : []);
    followUp.undated = undated;
    return { ok: true, value: { id, n: queued ? n : null, clock } };
  });
}

/**
 * Delete a record: it becomes a tombstone (no field values) and a delete mutation is
 * queued. Deleting a case also tombstones every record of that case on this device, with
 * the case's deletion clock, and erases the case's form drafts. Those records get no
 * mutations of their own: the endpoint deletes every record of a deleted case in the same
 * transaction (SYNC-PROTOCOL.md, Deletion and erasure), including records this device never
 * saw, and separate deletes pushed after the case's would only come back `gone`.
 */
export async function deleteRecord(store: Store, id: string, options: ExpectType = {}): Promise<WriteResult> {
  const { db, env, codec } = store;
  const result = await attempt(async () => {
    const noFields = await codec.encode({});
    const now = env.now();
    return db.transaction('rw', [db.records, db.caseIndex, db.outbox, db.meta, db.drafts], async (): Promise<WriteResult> => {
      const [row, device] = await Promise.all([db.records.get(id), deviceMeta(store)]);
      if (!row || (options.type && row.type !== options.type)) return failure('not_found');
      if (row.isDeleted) return failure('gone');
      const { state, clock } = tick(device.hlc, now);
      const queued = row.localOnly !== 1;
      const n = device.nextMutation;
      let changeNo = device.nextChange;
      const dead = tombstone(row, clock, now, changeNo++, noFields);
      // Reads first, then every write at once (a failed write then aborts with nothing pending).
      const rowsOfCase = row.type === 'case' ? await db.records.where('caseId').equals(id).toArray() : [];
      const indexRow = row.type !== 'case' && row.caseId !== undefined ? await db.caseIndex.get(row.caseId) : undefined;
      const dues = indexRow && row.due?.length ? await duesOfCase(store, indexRow.id, dead) : indexRow?.dues;
      const writes: Promise<unknown>[] = [db.records.put(dead)];
      if (queued) {
        writes.push(
          db.outbox.add({
            n,
            record: id,
            type: row.type,
            ...(row.caseId !== undefined ? { caseId: row.caseId } : {}),
            delete: true,
            clock,
            createdAt: now,
          }),
        );
      }
      const caseRows: [string, CaseIndexRow | undefined][] = [];
      if (row.type === 'case') {
        const live = rowsOfCase.filter((other) => other.id !== id && !other.isDeleted);
        writes.push(
          db.records.bulkPut(live.map((other) => tombstone(other, clock, now, changeNo++, noFields))),
          db.caseIndex.delete(id),
          db.drafts.where('caseId').equals(id).delete(),
        );
        caseRows.push([id, undefined]);
      } else if (indexRow) {
        const nextIndexRow = { ...withActivity(indexRow, now), dues: dues ?? indexRow.dues };
        writes.push(db.caseIndex.put(nextIndexRow));
        caseRows.push([indexRow.id, nextIndexRow]);
      }
      const nextDevice = advancedDevice(device, state, { mutations: queued ? 1 : 0, changes: changeNo - device.nextChange });
      writes.push(db.meta.put(nextDevice));
      await Promise.all(writes);
      rememberRows(store, nextDevice, caseRows);
      return { ok: true, value: { id, n: queued ? n : null, clock } };
    });
  });
  return result.ok ? result.value : result;
}

/**
 * After a write that may let listed checklists be dated. The write itself is done and
 * stands either way; a failure here leaves them listed for the next run (on open, or after
 * the next template arrives), so it is not the write's failure.
 */
async function dateChecklistsAfterWrite(store: Store): Promise<void> {
  try {
    const { dateUndatedChecklists } = await import('./undated-checklists.ts');
    await dateUndatedChecklists(store);
  } catch {
    // (the code could not be loaded: the same as a failed run)
  }
}

/** Why a case cannot take a new record: deleted (`gone`) or unknown (`not_found`). */
async function whyNoCase(store: Store, caseId: string): Promise<'gone' | 'not_found'> {
  const row = await store.db.records.get(caseId);
  return row?.type === 'case' && row.isDeleted ? 'gone' : 'not_found';
}

