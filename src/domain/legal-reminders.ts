// Reminders before a legal remedy runs out: 3 days and 1 day before the last day to bring
// a court action or an appeal against a decision (or a detention order), the deadlines a
// person loses their case by missing. Pure: the Deadlines list's items and their days left
// come in; the app shows a banner and, where allowed, a notification once per stage.
import type { KeyDateId } from './key-dates.ts';
import type { DateMeaning, TemplateItem } from './template-definition.ts';

/** Days before the deadline on which a reminder comes, earliest first. */
export const LEGAL_REMINDER_DAYS = [3, 1] as const;
export type LegalReminderStage = (typeof LEGAL_REMINDER_DAYS)[number];

// A remedy counts from the service of what it challenges (templates/decision-court-action.ts:
// the court actions against a decision, and against a detention order).
const remedyKeyDates: ReadonlySet<KeyDateId> = new Set(['decisionServedOn', 'detentionOrderServedOn']);

interface DueItem {
  item: Pick<TemplateItem, 'deadline'>;
  meaning: DateMeaning;
  daysLeft: number;
  overdue: boolean;
}

/** A deadline to act against a decision or order (a court action, an appeal). */
export function isRemedyDeadline(due: Pick<DueItem, 'item' | 'meaning'>): boolean {
  const keyDate = due.item.deadline?.keyDate;
  return due.meaning === 'actBy' && keyDate !== undefined && remedyKeyDates.has(keyDate);
}

/**
 * The reminder stage a remedy deadline is in: 3 from three days before, 1 from the day
 * before until the last day itself; null before that, once it passed, or for any other
 * deadline. A phone opened only two days before still gets the 3-day reminder then.
 */
export function legalReminderStage(due: DueItem): LegalReminderStage | null {
  if (!isRemedyDeadline(due) || due.overdue || due.daysLeft < 0) return null;
  if (due.daysLeft <= 1) return 1;
  if (due.daysLeft <= 3) return 3;
  return null;
}
