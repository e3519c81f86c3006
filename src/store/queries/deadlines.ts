// The Deadlines screen's list across cases: checklist items that are overdue or due in
// the next 14 days (checklist-due.ts `upcomingDeadlines`), with viewing follow-up dates
// in the same window (viewings.ts `viewingFollowUps`), and the count for the nav badge.
//
// Closed cases are left out: closing a case ends the team's work on it, and its old dates
// would otherwise keep the badge lit forever. The screen says so.
//
// Dexie reads come first and decoding last (decode.ts), so this runs inside a liveQuery.
import { daysBetween } from '../../domain/calendar.ts';
import { upcomingDeadlines, UPCOMING_WINDOW_DAYS, type UpcomingDeadline } from '../../domain/checklist-due.ts';
import { addDays, type PlainDate } from '../../domain/deadlines.ts';
import { readChecklist } from '../../domain/checklist.ts';
import type { CaseFields } from '../../domain/records.ts';
import { findTemplate, templateCatalog } from '../../domain/template.ts';
import type { TemplateDefinition } from '../../domain/template-definition.ts';
import { builtInTemplates } from '../../domain/templates/index.ts';
import type { RecordRow } from '../db.ts';
import type { Store } from '../store.ts';
import { decodeTemplateRows, templateRows } from './checklists.ts';
import { viewingFollowUps } from './viewings.ts';

export interface ChecklistDeadlineEntry {
  kind: 'checklist';
  /** Stable and unique within the list (Preact key, test hook). */
  key: string;
  caseId: string;
  caseName: string | null;
  checklistId: string;
  template: TemplateDefinition;
  due: UpcomingDeadline;
  date: PlainDate;
  daysLeft: number;
  overdue: boolean;
}

export interface FollowUpDeadlineEntry {
  kind: 'followUp';
  key: string;
  caseId: string;
  caseName: string | null;
  viewingId: string;
  date: PlainDate;
  daysLeft: number;
  overdue: false;
  /** i18n key (namespace `viewings`) saying why to follow up. */
  labelKey: string;
  /** The viewing's page. */
  href: string;
}

export type DeadlineEntry = ChecklistDeadlineEntry | FollowUpDeadlineEntry;

export interface DeadlinesOverview {
  today: PlainDate;
  windowDays: number;
  /** Not done and past the date someone had to act by; oldest first. */
  overdue: DeadlineEntry[];
  /** From today to `windowDays` ahead, soonest first. */
  upcoming: DeadlineEntry[];
  /** Checklists on open cases whose template version has not reached this device. */
  checklistsWithoutTemplate: number;
}

/** Everything due across open cases on this device, for `today` (a day in Slovenia). */
export async function deadlinesOverview(
  store: Store,
  today: PlainDate,
  windowDays: number = UPCOMING_WINDOW_DAYS,
): Promise<DeadlinesOverview> {
  const checklistRows = (await store.db.records.where('type').equals('checklist').toArray()).filter((row) => !row.isDeleted);
  const templates = await templateRows(store);
  const caseRows = await store.db.records.where('type').equals('case').toArray();
  const follow = await viewingFollowUps(store, { from: today, to: addDays(today, windowDays) });

  const liveCases = new Map<string, RecordRow>();
  for (const row of caseRows) if (!row.isDeleted) liveCases.set(row.id, row);

  // The case's name and whether it is open, decoded once per case that has something due.
  const cases = new Map<string, { name: string | null; open: boolean } | null>();
  const caseInfo = async (caseId: string) => {
    if (cases.has(caseId)) return cases.get(caseId) ?? null;
    const row = liveCases.get(caseId);
    const fields = row ? ((await Promise.resolve(store.codec.decode(row.fields))) as CaseFields) : null;
    const info = fields ? { name: fields.displayName ?? null, open: fields.status !== 'closed' } : null;
    cases.set(caseId, info);
    return info;
  };

  const catalog = templateCatalog(builtInTemplates, await decodeTemplateRows(store, templates));
  const checklists = [];
  let checklistsWithoutTemplate = 0;
  for (const row of checklistRows) {
    if (row.caseId === undefined || !(await caseInfo(row.caseId))?.open) continue;
    const fields = (await Promise.resolve(store.codec.decode(row.fields))) as Record<string, unknown>;
    const view = readChecklist(fields);
    const entry =
      view.templateId !== null && view.templateVersion !== null
        ? findTemplate(catalog, view.templateId, view.templateVersion, view.templateRecordId)
        : null;
    if (!entry) checklistsWithoutTemplate += 1;
    checklists.push({ caseId: row.caseId, checklistId: row.id, fields, template: entry?.template ?? null });
  }
  const templateOf = new Map(checklists.map((checklist) => [checklist.checklistId, checklist.template]));
  const due = upcomingDeadlines(checklists, today, windowDays);

  const entries: DeadlineEntry[] = [];
  for (const item of due) {
    entries.push({
      kind: 'checklist',
      key: `${item.checklistId}:${item.itemKey}`,
      caseId: item.caseId,
      caseName: (await caseInfo(item.caseId))?.name ?? null,
      checklistId: item.checklistId,
      template: templateOf.get(item.checklistId) as TemplateDefinition,
      due: item,
      date: item.dueDate,
      daysLeft: item.daysLeft,
      overdue: item.overdue,
    });
  }
  for (const followUp of follow) {
    const info = await caseInfo(followUp.caseId);
    if (!info?.open) continue;
    entries.push({
      kind: 'followUp',
      key: `${followUp.viewingId}:followUp`,
      caseId: followUp.caseId,
      caseName: info.name,
      viewingId: followUp.viewingId,
      date: followUp.date,
      daysLeft: daysBetween(today, followUp.date),
      overdue: false,
      labelKey: followUp.labelKey,
      href: followUp.href,
    });
  }
  // Stable: on the same day, checklist deadlines (legal) come before follow-ups.
  const byDate = (a: DeadlineEntry, b: DeadlineEntry) => a.daysLeft - b.daysLeft;
  return {
    today,
    windowDays,
    overdue: entries.filter((entry) => entry.overdue).toSorted(byDate),
    upcoming: entries.filter((entry) => !entry.overdue).toSorted(byDate),
    checklistsWithoutTemplate,
  };
}

/** The nav badge: how many things are overdue or due within the window. */
export async function deadlineCount(store: Store, today: PlainDate, windowDays: number = UPCOMING_WINDOW_DAYS): Promise<number> {
  const overview = await deadlinesOverview(store, today, windowDays);
  return overview.overdue.length + overview.upcoming.length;
}
