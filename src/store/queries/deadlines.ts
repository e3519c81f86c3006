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
import { readChecklist, type ChecklistView } from '../../domain/checklist.ts';
import type { CaseFields } from '../../domain/records.ts';
import { findTemplate, type CatalogEntry } from '../../domain/template.ts';
import type { TemplateDefinition } from '../../domain/template-definition.ts';
import type { RecordRow } from '../db.ts';
import type { Store } from '../store.ts';
import { catalogOf, templateRows } from './checklists.ts';
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
  /** Past its day while the viewing's outcome is still open. */
  overdue: boolean;
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
  // A past follow-up stays listed (overdue) while the viewing's outcome is still open.
  const follow = (await viewingFollowUps(store, { to: addDays(today, windowDays) })).filter(
    (followUp) => followUp.date >= today || followUp.awaitingAnswer,
  );

  const liveCases = new Map<string, RecordRow>();
  for (const row of caseRows) if (!row.isDeleted) liveCases.set(row.id, row);
  const memo = memoOf(store);

  // The case's name and whether it is open, decoded once per change of the case.
  const caseInfo = async (caseId: string): Promise<CaseInfo | null> => {
    const row = liveCases.get(caseId);
    if (!row) return null;
    const cached = memo.cases.get(caseId);
    if (cached?.changeNo === row.changeNo) return cached.info;
    const fields = (await Promise.resolve(store.codec.decode(row.fields))) as CaseFields;
    const info = { name: fields.displayName ?? null, open: fields.status !== 'closed' };
    memo.cases.set(caseId, { changeNo: row.changeNo, info });
    return info;
  };

  const catalog = await catalogOf(store, templates);
  const due: { item: UpcomingDeadline; template: TemplateDefinition; caseName: string | null }[] = [];
  let checklistsWithoutTemplate = 0;
  for (const row of checklistRows) {
    if (row.caseId === undefined) continue;
    const info = await caseInfo(row.caseId);
    if (!info?.open) continue;
    const checklist = await checklistDue(store, memo, row, catalog, today, windowDays);
    if (!checklist.template) {
      checklistsWithoutTemplate += 1;
      continue;
    }
    for (const item of checklist.items) due.push({ item, template: checklist.template, caseName: info.name });
  }

  // Forget what was deleted or left this device.
  const present = new Set(checklistRows.map((row) => row.id));
  for (const id of memo.checklists.keys()) if (!present.has(id)) memo.checklists.delete(id);
  for (const id of memo.cases.keys()) if (!liveCases.has(id)) memo.cases.delete(id);

  const entries: DeadlineEntry[] = [];
  for (const { item, template, caseName } of due) {
    entries.push({
      kind: 'checklist',
      key: `${item.checklistId}:${item.itemKey}`,
      caseId: item.caseId,
      caseName,
      checklistId: item.checklistId,
      template,
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
      overdue: followUp.date < today,
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

/**
 * Each case with something overdue, and the oldest overdue date on it: the case list
 * flags these cases and, sorted by deadline, shows them first.
 */
export function overdueSinceByCase(overview: Pick<DeadlinesOverview, 'overdue'>): Map<string, PlainDate> {
  const since = new Map<string, PlainDate>();
  for (const entry of overview.overdue) {
    const known = since.get(entry.caseId);
    if (known === undefined || entry.date < known) since.set(entry.caseId, entry.date);
  }
  return since;
}

/** The nav badge: how many things are overdue or due within the window. */
export function deadlineBadgeCount(overview: Pick<DeadlinesOverview, 'overdue' | 'upcoming'>): number {
  return overview.overdue.length + overview.upcoming.length;
}

/** The nav badge's count, read from the store. */
export async function deadlineCount(store: Store, today: PlainDate, windowDays: number = UPCOMING_WINDOW_DAYS): Promise<number> {
  return deadlineBadgeCount(await deadlinesOverview(store, today, windowDays));
}

// ---------------------------------------------------------------------------------
// Work kept between runs. The badge re-runs this query on every change anywhere, and
// decoding plus counting every checklist's dates again each time costs ~0.3 ms per
// checklist on a desktop CPU (test/bench/deadlines.bench.ts). A checklist is worked out
// again only when it changed (its local `changeNo`), its template version was resolved
// differently, or the day or window changed; a case only when it changed.

interface CaseInfo {
  name: string | null;
  open: boolean;
}

interface ChecklistMemo {
  changeNo: number;
  fields: Record<string, unknown>;
  view: ChecklistView;
  /** Which catalog entry the due dates were computed with, and for which day and window. */
  computedFor: string | null;
  template: TemplateDefinition | null;
  items: UpcomingDeadline[];
}

interface Memo {
  checklists: Map<string, ChecklistMemo>;
  cases: Map<string, { changeNo: number; info: CaseInfo }>;
}

const memos = new WeakMap<Store, Memo>();

function memoOf(store: Store): Memo {
  let memo = memos.get(store);
  if (!memo) {
    memo = { checklists: new Map(), cases: new Map() };
    memos.set(store, memo);
  }
  return memo;
}

async function checklistDue(
  store: Store,
  memo: Memo,
  row: RecordRow,
  catalog: readonly CatalogEntry[],
  today: PlainDate,
  windowDays: number,
): Promise<{ template: TemplateDefinition | null; items: UpcomingDeadline[] }> {
  let cached = memo.checklists.get(row.id);
  if (cached?.changeNo !== row.changeNo) {
    const fields = (await Promise.resolve(store.codec.decode(row.fields))) as Record<string, unknown>;
    cached = { changeNo: row.changeNo, fields, view: readChecklist(fields), computedFor: null, template: null, items: [] };
    memo.checklists.set(row.id, cached);
  }
  const { view } = cached;
  const entry =
    view.templateId !== null && view.templateVersion !== null
      ? findTemplate(catalog, view.templateId, view.templateVersion, view.templateRecordId)
      : null;
  if (!entry) return { template: null, items: [] };
  const origin = entry.origin.kind === 'record' ? entry.origin.recordId : 'builtIn';
  const computedFor = `${entry.template.id}@${entry.template.version}#${origin}|${today}|${windowDays}`;
  if (cached.computedFor !== computedFor || cached.template !== entry.template) {
    const checklist = { caseId: row.caseId as string, checklistId: row.id, fields: cached.fields, template: entry.template };
    cached.items = upcomingDeadlines([checklist], today, windowDays);
    cached.template = entry.template;
    cached.computedFor = computedFor;
  }
  return { template: entry.template, items: cached.items };
}
