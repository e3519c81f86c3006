// Due dates of a checklist's items, and the Deadlines screen's list across cases.
// Pure: the checklist's fields, its template and today's date (from the caller) go in.
import { parsePlainDate, PlainDateError, type PlainDate } from './calendar.ts';
import { readChecklist, readItemState, type ItemState } from './checklist.ts';
import { computeDeadline, explainDeadline, type Deadline, type MessagePart } from './deadlines.ts';
import type { KeyDateId } from './key-dates.ts';
import {
  needsVerification,
  type DateMeaning,
  type ItemDeadline,
  type TemplateDefinition,
  type TemplateItem,
} from './template-definition.ts';

export type DueStatus =
  /** The item has no date rule. */
  | 'noDeadline'
  /** The rule needs a key date nobody has entered yet. */
  | 'waitingForDate'
  /** The due date is computed. */
  | 'scheduled'
  /** The key date could not be counted from (e.g. far outside the calendar). */
  | 'invalidDate';

/** One item of a checklist with its state and due date: what holds whatever day it is. */
export interface ChecklistItemDate {
  key: string;
  item: TemplateItem;
  state: ItemState;
  status: DueStatus;
  /** The key date the rule needs and nobody entered (status `waitingForDate`). */
  missingKeyDate: KeyDateId | null;
  meaning: DateMeaning | null;
  deadline: Deadline | null;
  dueDate: PlainDate | null;
  /** Confidence M or L: the UI shows a "verify" badge with the item's sources. */
  needsVerification: boolean;
  /** The rule behind the date as i18n message parts (deadlines.ts `explainDeadline`). */
  explanation: MessagePart[];
}

export interface ChecklistDueItem extends ChecklistItemDate {
  /** Days from today to the due date (negative when past). */
  daysLeft: number | null;
  /** Not done and past a date someone had to act by (`actBy`, `authorityBy`). Due today is not overdue. */
  overdue: boolean;
}

/**
 * The date a rule counts from. A decision's service date is the one entered; failing
 * that, if a delivery notice was left, the deemed service date 15 days later (ZUP Art.
 * 87(4)), which `computeDeadline` works out and explains.
 */
export function keyDateSource(
  keyDate: KeyDateId,
  keyDates: Partial<Record<KeyDateId, PlainDate>>,
): { from: PlainDate } | { noticeLeftOn: PlainDate } | null {
  const entered = keyDates[keyDate];
  if (entered) return { from: entered };
  if (keyDate === 'decisionServedOn' && keyDates.deliveryNoticeLeftOn) {
    return { noticeLeftOn: keyDates.deliveryNoticeLeftOn };
  }
  return null;
}

/** True when the item belongs to the checklist's chosen variant (or no variant is chosen). */
export function itemApplies(item: TemplateItem, variant: string | null): boolean {
  return !variant || !item.variants || item.variants.includes(variant);
}

/**
 * Every item that applies to the checklist, in template order, with its state and due
 * date. `today` is the caller's date in Slovenia (`YYYY-MM-DD`); an invalid `today`
 * throws, because every overdue flag would be wrong.
 */
export function checklistDueItems(
  fields: Record<string, unknown>,
  template: TemplateDefinition,
  today: PlainDate,
): ChecklistDueItem[] {
  const todayParsed = parsePlainDate(today);
  if (!todayParsed.ok) throw new PlainDateError(todayParsed.error.code, `Today's date: ${todayParsed.error.message}`);
  const todayNumber = todayParsed.value.dayNumber;
  return checklistItemDates(fields, template).map((dated) => {
    const due = dated.dueDate !== null ? parsePlainDate(dated.dueDate) : null;
    const daysLeft = due?.ok ? due.value.dayNumber - todayNumber : null;
    const mustAct = dated.meaning === 'actBy' || dated.meaning === 'authorityBy';
    return { ...dated, daysLeft, overdue: !dated.state.done && mustAct && daysLeft !== null && daysLeft < 0 };
  });
}

/**
 * Every item that applies to the checklist, in template order, with its state and due
 * date: the part of `checklistDueItems` that does not depend on the day it is asked.
 */
export function checklistItemDates(fields: Record<string, unknown>, template: TemplateDefinition): ChecklistItemDate[] {
  const view = readChecklist(fields);
  const result: ChecklistItemDate[] = [];

  for (const item of template.items) {
    if (!itemApplies(item, view.variant)) continue;
    const state = readItemState(fields, item.key);
    const base: ChecklistItemDate = {
      key: item.key,
      item,
      state,
      status: 'noDeadline',
      missingKeyDate: null,
      meaning: item.deadline?.meaning ?? null,
      deadline: null,
      dueDate: null,
      needsVerification: needsVerification(item),
      explanation: [],
    };
    if (!item.deadline) {
      result.push(base);
      continue;
    }
    const source = keyDateSource(item.deadline.keyDate, view.keyDates);
    if (!source) {
      result.push({ ...base, status: 'waitingForDate', missingKeyDate: item.deadline.keyDate });
      continue;
    }
    const deadline = tryDeadline(template, item, item.deadline, source);
    if (!deadline) {
      result.push({ ...base, status: 'invalidDate' });
      continue;
    }
    result.push({ ...base, status: 'scheduled', deadline, dueDate: deadline.dueDate, explanation: explainDeadline(deadline) });
  }
  return result;
}

/**
 * The meanings whose dates count toward a case's next deadline (`checklistDueDates`):
 * - `actBy` and `authorityBy`: deadlines in the plain sense (act by then; chase the
 *   authority then);
 * - `endsOn`: the end of an entitlement is a deadline for what must be arranged before it
 *   (a flat before the integration house ends, ZMZ-1).
 * Not `availableFrom`: a right that starts (access to work after 3 months, ZMZ-1 Art.
 * 87(1); permanent residence after 5 years) is not due, and nothing lapses when the day
 * passes; it must not put a case above one with a real deadline in the list "by next
 * deadline", whose rows say "Due ..." ("Rok ..."). The Deadlines screen still lists it,
 * worded by its meaning.
 */
export const caseDeadlineMeanings: readonly DateMeaning[] = ['actBy', 'authorityBy', 'endsOn'];

/**
 * What a checklist adds to its case's due dates (the case list's "next deadline"): the
 * dates of the items that apply, are not done, have a date worked out, and mean a
 * deadline (`caseDeadlineMeanings`). Sorted, each date once. Independent of today: the
 * case list picks the first one from today on. Ticking an item removes its date.
 */
export function checklistDueDates(fields: Record<string, unknown>, template: TemplateDefinition): PlainDate[] {
  const dates = new Set<PlainDate>();
  for (const dated of checklistItemDates(fields, template)) {
    if (dated.status !== 'scheduled' || dated.state.done || dated.dueDate === null) continue;
    if (dated.meaning !== null && caseDeadlineMeanings.includes(dated.meaning)) dates.add(dated.dueDate);
  }
  return [...dates].toSorted();
}

function tryDeadline(
  template: TemplateDefinition,
  item: TemplateItem,
  spec: ItemDeadline,
  source: { from: PlainDate } | { noticeLeftOn: PlainDate },
): Deadline | null {
  try {
    return computeDeadline({
      ...source,
      rule: spec.rule,
      keyDate: spec.keyDate,
      ruleId: `${template.id}@${template.version}.${item.key}`,
      basis: spec.basis ?? item.basis,
      recommendation: spec.recommendation ?? false,
    });
  } catch {
    // A stored date far outside the calendar (years before 1583, results after 9999).
    return null;
  }
}

// ---------------------------------------------------------------------------------
// The Deadlines screen

export interface ChecklistForDeadlines {
  caseId: string;
  checklistId: string;
  fields: Record<string, unknown>;
  /** The checklist's template version, or null if this device does not have it. */
  template: TemplateDefinition | null;
}

export interface UpcomingDeadline {
  caseId: string;
  checklistId: string;
  templateId: string;
  itemKey: string;
  item: TemplateItem;
  dueDate: PlainDate;
  daysLeft: number;
  overdue: boolean;
  meaning: DateMeaning;
  deadline: Deadline;
  needsVerification: boolean;
  explanation: MessagePart[];
}

export const UPCOMING_WINDOW_DAYS = 14;

/**
 * Everything not done across the given checklists that is overdue, or falls due from
 * today to `windowDays` days ahead (14 by default): overdue first (oldest first), then
 * by due date. Ties keep a stable order (case, checklist, template order). Dates that
 * ended (`endsOn`) or began (`availableFrom`) in the past are neither.
 */
export function upcomingDeadlines(
  checklists: readonly ChecklistForDeadlines[],
  today: PlainDate,
  windowDays: number = UPCOMING_WINDOW_DAYS,
): UpcomingDeadline[] {
  const list: UpcomingDeadline[] = [];
  for (const checklist of checklists) {
    if (!checklist.template) continue;
    for (const due of checklistDueItems(checklist.fields, checklist.template, today)) {
      if (due.status !== 'scheduled' || due.state.done) continue;
      if (!due.deadline || !due.dueDate || due.daysLeft === null || !due.meaning) continue;
      if (!due.overdue && (due.daysLeft < 0 || due.daysLeft > windowDays)) continue;
      list.push({
        caseId: checklist.caseId,
        checklistId: checklist.checklistId,
        templateId: checklist.template.id,
        itemKey: due.key,
        item: due.item,
        dueDate: due.dueDate,
        daysLeft: due.daysLeft,
        overdue: due.overdue,
        meaning: due.meaning,
        deadline: due.deadline,
        needsVerification: due.needsVerification,
        explanation: due.explanation,
      });
    }
  }
  // toSorted is stable: equal dates keep the input order.
  return list.toSorted((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    return a.daysLeft - b.daysLeft;
  });
}
