// A checklist in one line for the case page and lists: how much is done, what is overdue,
// what is next. Pure, from the items checklist-due.ts computed.
import type { ChecklistDueItem } from '../../domain/checklist-due.ts';

export interface ChecklistSummary {
  total: number;
  done: number;
  overdue: number;
  /** The open item someone must act by soonest, from today on. */
  next: ChecklistDueItem | null;
  /** Items whose date needs a key date nobody entered yet. */
  waitingForDate: number;
}

export function summarizeChecklist(items: readonly ChecklistDueItem[]): ChecklistSummary {
  let next: ChecklistDueItem | null = null;
  let done = 0;
  let overdue = 0;
  let waitingForDate = 0;
  for (const item of items) {
    if (item.state.done) {
      done += 1;
      continue;
    }
    if (item.overdue) overdue += 1;
    if (item.status === 'waitingForDate') waitingForDate += 1;
    const mustAct = item.meaning === 'actBy' || item.meaning === 'authorityBy';
    if (mustAct && item.daysLeft !== null && item.daysLeft >= 0 && (next === null || item.daysLeft < (next.daysLeft ?? Infinity))) {
      next = item;
    }
  }
  return { total: items.length, done, overdue, next, waitingForDate };
}
