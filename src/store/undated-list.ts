// The list of checklists whose due dates may be off (db.ts, UndatedChecklistsMeta): read
// it, and the list after some checklists were stored or dated. Every writer of checklists
// keeps it inside its own transaction.
import type { UndatedChecklistsMeta } from './db.ts';
import type { Store } from './store.ts';

/** The list as stored (empty when there is none); inside a transaction over `meta`, or outside. */
export async function readUndatedList(store: Store): Promise<UndatedChecklistsMeta> {
  const row = await store.db.meta.get('undatedChecklists');
  return row?.key === 'undatedChecklists' ? row : { key: 'undatedChecklists', ids: [] };
}

export interface UndatedChange {
  /** Checklists stored without their dates worked out. */
  listed?: Iterable<string>;
  /** Checklists dated, deleted or gone. */
  off?: Iterable<string>;
}

/** The list after the change, or null when it stays as it is. */
export function undatedListAfter(list: UndatedChecklistsMeta, change: UndatedChange): UndatedChecklistsMeta | null {
  const ids = new Set(list.ids);
  for (const id of change.off ?? []) ids.delete(id);
  for (const id of change.listed ?? []) ids.add(id);
  const same = ids.size === list.ids.length && list.ids.every((id) => ids.has(id));
  if (same) return null;
  return { key: 'undatedChecklists', ids: [...ids] };
}
