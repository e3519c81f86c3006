// The one merge rule (SYNC-PROTOCOL.md, Merge rule). The device and the endpoint both call
// these functions, so they can never disagree about who won.
//
// - Field-level last-writer-wins: a field takes an incoming value whose clock is greater
//   than the field's clock. Clocks from different nodes never tie; an equal clock with an
//   equal value is the same write seen again and changes nothing, with a different value
//   (a cloned profile repeating a node id) it loses.
// - Deletion is final: a deleted record takes no writes (`gone`), and a delete erases every
//   field. When two deletes meet, the earlier clock is kept, so the outcome does not
//   depend on arrival order.
// - A conflict is a write that loses, or that overwrites a value its author never saw
//   (`base[field]` differs from the field's clock), when the two values differ. The value
//   that does not survive is returned in `lost`, never dropped.
import type { Hlc } from './hlc.ts';
import { jsonEqual } from './json-equal.ts';

export interface MergeState {
  fields: Record<string, unknown>;
  clocks: Record<string, Hlc>;
  deleted: Hlc | null;
}

export interface MergeWrite {
  set?: Record<string, unknown>;
  delete?: boolean;
  clock: Hlc;
  /** The clock of each field as the author's device last saw it; missing counts as null. */
  base?: Record<string, Hlc | null>;
}

export interface LostValue {
  field: string;
  value: unknown;
  clock: Hlc;
  /** 'current': the stored value was overwritten; 'incoming': the incoming value lost. */
  side: 'incoming' | 'current';
}

export interface MergeOutcome {
  state: MergeState;
  status: 'applied' | 'gone';
  /** fields that took the incoming value */
  won: string[];
  lost: LostValue[];
}

const EMPTY: MergeState = { fields: {}, clocks: {}, deleted: null };

export function applyWrite(current: MergeState | null, write: MergeWrite): MergeOutcome {
  const state = current ?? EMPTY;
  if (state.deleted !== null) {
    const deleted = write.delete ? earlier(state.deleted, write.clock) : state.deleted;
    return { state: { ...state, deleted }, status: 'gone', won: [], lost: [] };
  }
  if (write.delete) {
    return { state: { fields: {}, clocks: {}, deleted: write.clock }, status: 'applied', won: [], lost: [] };
  }
  const fields = { ...state.fields };
  const clocks = { ...state.clocks };
  const won: string[] = [];
  const lost: LostValue[] = [];
  for (const [field, value] of Object.entries(write.set ?? {})) {
    const currentClock = own(state.clocks, field) ?? null;
    const currentValue = own(state.fields, field);
    // An equal clock is the same write seen again, unless the value differs: a cloned or
    // restored browser profile repeats a node id. Then it loses like any older write.
    if (currentClock === write.clock && jsonEqual(value, currentValue)) continue;
    if (currentClock !== null && write.clock <= currentClock) {
      if (!jsonEqual(value, currentValue)) lost.push({ field, value, clock: write.clock, side: 'incoming' });
      continue;
    }
    const sawCurrent = (own(write.base ?? {}, field) ?? null) === currentClock;
    if (currentClock !== null && !sawCurrent && !jsonEqual(value, currentValue)) {
      lost.push({ field, value: currentValue, clock: currentClock, side: 'current' });
    }
    define(fields, field, value);
    define(clocks, field, write.clock);
    won.push(field);
  }
  return { state: { fields, clocks, deleted: null }, status: 'applied', won, lost };
}

/**
 * Device side: fold a record pulled from the endpoint into the local copy. The endpoint's
 * record is the truth, except that fields with a pending (unacknowledged) local mutation
 * keep the local value until that mutation is acknowledged, and a tombstone on either
 * side wins.
 */
export function mergeRemote(
  local: MergeState | null,
  remote: MergeState,
  pendingFields: ReadonlySet<string>,
): MergeState {
  if (remote.deleted !== null || local?.deleted) {
    const deleted =
      remote.deleted !== null && local?.deleted ? earlier(remote.deleted, local.deleted) : (remote.deleted ?? local?.deleted);
    return { fields: {}, clocks: {}, deleted: deleted ?? null };
  }
  const fields = { ...remote.fields };
  const clocks = { ...remote.clocks };
  for (const field of pendingFields) {
    const localClock = local ? own(local.clocks, field) : undefined;
    if (local === null || localClock === undefined) continue;
    define(fields, field, own(local.fields, field));
    define(clocks, field, localClock);
  }
  return { fields, clocks, deleted: null };
}

function earlier(a: Hlc, b: Hlc): Hlc {
  return a < b ? a : b;
}

// Field names come from the network: read and write only own properties, so a name such
// as `__proto__` or `constructor` is just a name.
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function define(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
