// Which fields of which records have a queued (unacknowledged) local write: the merge rule
// keeps their local values when a pull brings older ones (SYNC-PROTOCOL.md, Pull).
import type { OutboxRow } from './db.ts';

/** Field names with a queued write, by record id. */
export function pendingFields(rows: readonly OutboxRow[]): Map<string, Set<string>> {
  const byRecord = new Map<string, Set<string>>();
  for (const row of rows) {
    // `base` names exactly the fields of a `set` (write.ts).
    if (!row.base) continue;
    let fields = byRecord.get(row.record);
    if (!fields) byRecord.set(row.record, (fields = new Set()));
    for (const field of Object.keys(row.base)) fields.add(field);
  }
  return byRecord;
}

/** The same set of field names gives the same key, in any order. */
export function pendingKey(fields: ReadonlySet<string> | undefined): string {
  return [...(fields ?? [])].toSorted().join('\n');
}
