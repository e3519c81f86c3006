// What this tab last read or wrote of the rows a local write reads before it writes: the
// device row (clock and counters) and the case list row of the record's case.
//
// A write computes its rows from these and issues them in the same round trip as the
// reads, then checks what it read against them (write.ts). Another tab, the service
// worker or a pull may have changed them meanwhile: then the transaction aborts with
// nothing written, and the write runs again from what it read. Nothing here is trusted
// without that check, so it is only ever a guess that saves a round trip.
import { jsonEqual } from '../domain/json-equal.ts';
import type { CaseIndexRow, DeviceMeta } from './db.ts';
import type { Store } from './store.ts';

/** Case list rows kept per store (the cases written to most recently). */
const CASES_KEPT = 32;

interface Seen {
  device: DeviceMeta;
  /** By case id; undefined: the case has no row (deleted, or not on this device). */
  cases: Map<string, CaseIndexRow | undefined>;
}

const seenByStore = new WeakMap<Store, Seen>();

/** The rows to guess from, when both are known. */
export function seenRows(store: Store, caseId: string | null): { device: DeviceMeta; caseRow: CaseIndexRow | undefined } | null {
  const seen = seenByStore.get(store);
  if (!seen || (caseId !== null && !seen.cases.has(caseId))) return null;
  return { device: seen.device, caseRow: caseId !== null ? seen.cases.get(caseId) : undefined };
}

/** Remember rows as stored now (read in, or written by, a transaction). */
export function rememberRows(store: Store, device: DeviceMeta, cases: readonly [string, CaseIndexRow | undefined][] = []): void {
  const seen = seenByStore.get(store);
  const caseRows = seen?.cases ?? new Map<string, CaseIndexRow | undefined>();
  for (const [caseId, row] of cases) {
    caseRows.delete(caseId); // re-inserted last: the most recent stays longest
    caseRows.set(caseId, row);
  }
  for (const caseId of caseRows.keys()) {
    if (caseRows.size <= CASES_KEPT) break;
    caseRows.delete(caseId);
  }
  seenByStore.set(store, { device, cases: caseRows });
}

/** Forget everything (after changes made elsewhere in the store, e.g. a pull). */
export function forgetRows(store: Store): void {
  seenByStore.delete(store);
}

/** Whether what a transaction read is what the guess was made from. */
export function sameRows(
  read: { device: DeviceMeta; caseRow: CaseIndexRow | undefined },
  guessed: { device: DeviceMeta; caseRow: CaseIndexRow | undefined },
): boolean {
  return jsonEqual(read.device, guessed.device) && jsonEqual(read.caseRow ?? null, guessed.caseRow ?? null);
}
