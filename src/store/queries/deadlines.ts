// The Deadlines screen's list across cases: everything the case list counts as due (a
// record's `due` dates, index-props.ts) that is overdue or due in the next 14 days, in one
// query: checklist items (checklist-due.ts `upcomingDeadlines`), note follow-ups, viewings
// and viewing follow-ups (viewings.ts `viewingFollowUps`); and the count for the nav badge.
// So "Due tomorrow" on a case always has its line here.
//
// Closed cases are left out: closing a case ends the team's work on it, and its old dates
// would otherwise keep the badge lit forever. The screen says so.
//
// Dexie reads come first and decoding last (decode.ts), so this runs inside a liveQuery.
import { daysBetween } from '../../domain/calendar.ts';
import { upcomingDeadlines, UPCOMING_WINDOW_DAYS, type UpcomingDeadline } from '../../domain/checklist-due.ts';
import { addDays, type PlainDate } from '../../domain/deadlines.ts';
import { readChecklist, type ChecklistView } from '../../domain/checklist.ts';
import type { CaseFields, NoteFields } from '../../domain/records.ts';
import { readViewingFields } from '../../domain/viewing.ts';
import { findTemplate, type CatalogEntry } from '../../domain/template.ts';
import type { TemplateDefinition } from '../../domain/template-definition.ts';
import type { RecordRow } from '../db.ts';
import type { Store } from '../store.ts';
import { catalogOf, templateRows } from './checklists.ts';
import { currentUserId, viewingFollowUps } from './viewings.ts';

interface DeadlineEntryBase {
  /** Stable and unique within the list (Preact key, test hook). */
  key: string;
  caseId: string;
  caseName: string | null;
  /** The case is assigned to the signed-in user ("mine"). */
  assignedToMe: boolean;
  date: PlainDate;
  daysLeft: number;
  overdue: boolean;
}

export interface ChecklistDeadlineEntry extends DeadlineEntryBase {
  kind: 'checklist';
  checklistId: string;
  template: TemplateDefinition;
  due: UpcomingDeadline;
}

/** A viewing's follow-up date; overdue while the viewing's outcome is still open. */
export interface FollowUpDeadlineEntry extends DeadlineEntryBase {
  kind: 'followUp';
  viewingId: string;
  /** i18n key (namespace `viewings`) saying why to follow up. */
  labelKey: string;
  /** The viewing's page. */
  href: string;
}

/** A note's follow-up date ("call back on ..."). */
export interface NoteDeadlineEntry extends DeadlineEntryBase {
  kind: 'note';
  noteId: string;
  /** The note's first line, to say what the follow-up is about. */
  summary: string;
}

/** The day of a housing viewing. */
export interface ViewingDeadlineEntry extends DeadlineEntryBase {
  kind: 'viewing';
  viewingId: string;
  startTime: string | null;
  /** `cancelled`, `done`, ... once set; a planned viewing has `planned` or null. */
  status: string | null;
  href: string;
}

export type DeadlineEntry = ChecklistDeadlineEntry | FollowUpDeadlineEntry | NoteDeadlineEntry | ViewingDeadlineEntry;

/** What the Deadlines screen filters by: legal deadlines, note follow-ups, viewings (with their follow-ups). */
export type DeadlineKind = 'checklist' | 'note' | 'viewing';

export function deadlineKindOf(entry: DeadlineEntry): DeadlineKind {
  return entry.kind === 'followUp' ? 'viewing' : entry.kind;
}

export interface DeadlinesOverview {
  today: PlainDate;
  windowDays: number;
  /** Not done and past the date someone had to act by; oldest first. */
  overdue: DeadlineEntry[];
  /** From today to `windowDays` ahead, soonest first. */
  upcoming: DeadlineEntry[];
  /** Checklists on open cases whose template version has not reached this device. */
  checklistsWithoutTemplate: number;
  /** Someone is signed in, so "mine" means something. */
  signedIn: boolean;
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
  const end = addDays(today, windowDays);
  // A past follow-up stays listed (overdue) while the viewing's outcome is still open.
  const follow = (await viewingFollowUps(store, { to: end })).filter((followUp) => followUp.date >= today || followUp.awaitingAnswer);
  // Notes and viewings due in the window, by the same `due` dates the case list reads.
  const datedRows = (await store.db.records.where('due').between(today, end, true, true).toArray()).filter(
    (row, index, rows) => !row.isDeleted && (row.type === 'note' || row.type === 'viewing') && rows.findIndex((other) => other.id === row.id) === index,
  );
  const me = await currentUserId(store);

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
    const info = { name: fields.displayName ?? null, open: fields.status !== 'closed', assignees: fields.assignees ?? [] };
    memo.cases.set(caseId, { changeNo: row.changeNo, info });
    return info;
  };

  const catalog = await catalogOf(store, templates);
  const due: { item: UpcomingDeadline; template: TemplateDefinition; info: CaseInfo }[] = [];
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
    for (const item of checklist.items) due.push({ item, template: checklist.template, info });
  }

  // Forget what was deleted or left this device.
  const present = new Set(checklistRows.map((row) => row.id));
  for (const id of memo.checklists.keys()) if (!present.has(id)) memo.checklists.delete(id);
  for (const id of memo.cases.keys()) if (!liveCases.has(id)) memo.cases.delete(id);

  const entries: DeadlineEntry[] = [];
  const base = (key: string, caseId: string, info: CaseInfo, date: PlainDate, overdue: boolean) => ({
    key,
    caseId,
    caseName: info.name,
    assignedToMe: me !== null && info.assignees.includes(me),
    date,
    daysLeft: daysBetween(today, date),
    overdue,
  });
  for (const { item, template, info } of due) {
    entries.push({
      kind: 'checklist',
      ...base(`${item.checklistId}:${item.itemKey}`, item.caseId, info, item.dueDate, item.overdue),
      checklistId: item.checklistId,
      template,
      due: item,
    });
  }
  for (const followUp of follow) {
    const info = await caseInfo(followUp.caseId);
    if (!info?.open) continue;
    entries.push({
      kind: 'followUp',
      ...base(`${followUp.viewingId}:followUp`, followUp.caseId, info, followUp.date, followUp.date < today),
      viewingId: followUp.viewingId,
      labelKey: followUp.labelKey,
      href: followUp.href,
    });
  }
  for (const row of datedRows) {
    const info = row.caseId === undefined ? null : await caseInfo(row.caseId);
    if (!info?.open) continue;
    entries.push(...(await datedEntries(store, row, info, today, end, base)));
  }
  // Stable: on the same day, checklist deadlines (legal) come before the rest.
  const byDate = (a: DeadlineEntry, b: DeadlineEntry) => a.daysLeft - b.daysLeft;
  return {
    today,
    windowDays,
    overdue: entries.filter((entry) => entry.overdue).toSorted(byDate),
    upcoming: entries.filter((entry) => !entry.overdue).toSorted(byDate),
    checklistsWithoutTemplate,
    signedIn: me !== null,
  };
}

type EntryBase = (key: string, caseId: string, info: CaseInfo, date: PlainDate, overdue: boolean) => DeadlineEntryBase;

/** A note's follow-up, or a viewing's day, in the window (its follow-up comes from `viewingFollowUps`). */
async function datedEntries(store: Store, row: RecordRow, info: CaseInfo, today: PlainDate, end: PlainDate, base: EntryBase): Promise<DeadlineEntry[]> {
  const raw = (await Promise.resolve(store.codec.decode(row.fields))) as Record<string, unknown>;
  const caseId = row.caseId as string;
  const inWindow = (date: string | undefined | null): date is string => typeof date === 'string' && date >= today && date <= end;
  if (row.type === 'note') {
    const fields = raw as NoteFields;
    if (!inWindow(fields.followUpDate)) return [];
    const summary = (fields.body ?? '').trim().split('\n')[0] ?? '';
    return [{ kind: 'note', ...base(`${row.id}:followUp`, caseId, info, fields.followUpDate, false), noteId: row.id, summary: summary.length > 80 ? `${summary.slice(0, 80)}…` : summary }];
  }
  const fields = readViewingFields(raw);
  if (!inWindow(fields.date)) return [];
  return [
    {
      kind: 'viewing',
      ...base(`${row.id}:viewing`, caseId, info, fields.date, false),
      viewingId: row.id,
      startTime: fields.startTime ?? null,
      status: fields.status ?? null,
      href: `/viewings/${row.id}`,
    },
  ];
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
  assignees: readonly string[];
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
