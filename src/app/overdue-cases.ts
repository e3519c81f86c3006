// Which cases have something overdue, and since when: worked out with the Deadlines tab's
// badge (checklists/deadline-badge.ts), which already reads every deadline on every change,
// and shown by the case list, which flags those cases and sorts them first.
import { smallStore } from './small-store.ts';

export const overdueCases = smallStore<ReadonlyMap<string, string>>(new Map());

/** Replaces the map only when it differs, so the case list does not query again for nothing. */
export function setOverdueCases(next: ReadonlyMap<string, string>): void {
  const current = overdueCases.get();
  const same = current.size === next.size && [...next].every(([caseId, date]) => current.get(caseId) === date);
  if (!same) overdueCases.set(next);
}
