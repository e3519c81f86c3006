// Viewing reads for the screens: the agenda across cases, one case's viewings, one viewing
// with its case's name, the follow-up dates for the Deadlines screen, and who "me" is.
// Every function does its Dexie reads first and decodes last (decode.ts), so it can run
// inside a liveQuery (src/app/hooks/use-live-query.ts) and re-run when viewings change.
//
// Fields come out through `readViewingFields`: a field a newer app version wrote, or one
// that no longer parses, is dropped instead of crashing a screen in the stairwell.
import type { CaseFields } from '../../domain/records.ts';
import { readViewingFields, type ViewingFields } from '../../domain/viewing.ts';
import type { RecordRow } from '../db.ts';
import { readSession } from '../session.ts';
import type { Store } from '../store.ts';
import { decodeRow } from './decode.ts';

export interface ViewingItem {
  id: string;
  caseId: string;
  fields: ViewingFields;
  /** The case's display name, as the case list shows it; null if the case is not readable. */
  caseName: string | null;
  updatedAt: number;
}

/** Every live viewing on this device, across cases (the agenda groups and sorts them). */
export async function allViewings(store: Store): Promise<ViewingItem[]> {
  const rows = await store.db.records.where('type').equals('viewing').toArray();
  return withCaseNames(store, rows.filter(isLive));
}

/** The live viewings of one case (the case page's section), in no particular order. */
export async function viewingsOfCaseRecords(store: Store, caseId: string): Promise<ViewingItem[]> {
  const rows = await store.db.records.where('[type+caseId]').equals(['viewing', caseId]).toArray();
  return withCaseNames(store, rows.filter(isLive));
}

/** One live viewing, or null when it is missing, deleted, or not a viewing. */
export async function viewingById(store: Store, id: string): Promise<ViewingItem | null> {
  const row = await store.db.records.get(id);
  if (!row || row.type !== 'viewing' || row.isDeleted) return null;
  const [item] = await withCaseNames(store, [row]);
  return item ?? null;
}

/** What planning a viewing takes from its case. */
export interface CaseForPlanning {
  id: string;
  name: string | null;
  /** Copied into a new viewing when the case has an interpreter (case.ts). */
  interpreterLanguage: string | null;
}

/** The live case a viewing is planned for, or null when it is missing or deleted. */
export async function caseForPlanning(store: Store, caseId: string): Promise<CaseForPlanning | null> {
  const row = await store.db.records.get(caseId);
  if (!row || row.type !== 'case' || row.isDeleted) return null;
  const { fields } = await decodeRow<CaseFields>(store, row);
  return {
    id: row.id,
    name: fields.displayName ?? null,
    interpreterLanguage: fields.interpreterNeeded === false ? null : (fields.interpreterLanguage ?? null),
  };
}

/** One follow-up on the Deadlines screen. */
export interface ViewingFollowUp {
  caseId: string;
  viewingId: string;
  /** The follow-up day (`YYYY-MM-DD`, a day in Slovenia). */
  date: string;
  /** i18n key to show (namespace `viewings`), e.g. `viewings:followUp.waiting`. */
  labelKey: string;
  /** Where tapping it leads: the viewing's page. */
  href: string;
  /** Nobody has settled it yet (no answer, or an offer still to decide on): a past one is overdue. */
  awaitingAnswer: boolean;
}

export interface ViewingFollowUpOptions {
  /** Only follow-ups on or after this day (e.g. today, or a week back for overdue ones). */
  from?: string;
  /** Only follow-ups on or before this day. */
  to?: string;
}

/**
 * Follow-up dates of live viewings, soonest first: what the Deadlines screen lists next to
 * checklist deadlines. A viewing that was cancelled keeps its follow-up (someone chose to
 * set it). The label says why: still waiting for the landlord's answer, an offer to
 * decide on, or a plain follow-up.
 */
export async function viewingFollowUps(store: Store, options: ViewingFollowUpOptions = {}): Promise<ViewingFollowUp[]> {
  const rows = (await store.db.records.where('type').equals('viewing').toArray()).filter(isLive);
  const items: ViewingFollowUp[] = [];
  for (const row of rows) {
    if (row.caseId === undefined) continue;
    const fields = readViewingFields((await Promise.resolve(store.codec.decode(row.fields))) as Record<string, unknown>);
    const date = fields.followUpDate;
    if (!date) continue;
    if (options.from !== undefined && date < options.from) continue;
    if (options.to !== undefined && date > options.to) continue;
    items.push({
      caseId: row.caseId,
      viewingId: row.id,
      date,
      labelKey: followUpLabelKey(fields),
      href: `/viewings/${row.id}`,
      awaitingAnswer: isAwaitingAnswer(fields),
    });
  }
  return items.toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.viewingId < b.viewingId ? -1 : 1));
}

/** The viewing's outcome is still open, so its follow-up still needs someone to act. */
export function isAwaitingAnswer(fields: ViewingFields): boolean {
  return fields.outcome === undefined || fields.outcome === null || fields.outcome === 'waiting' || fields.outcome === 'offered';
}

export function followUpLabelKey(fields: ViewingFields): string {
  if (fields.outcome === 'waiting') return 'viewings:followUp.waiting';
  if (fields.outcome === 'offered') return 'viewings:followUp.offered';
  return 'viewings:followUp.generic';
}

/** The signed-in user's account id (session.ts), or null on a device that works on its own. */
export async function currentUserId(store: Store): Promise<string | null> {
  return (await readSession(store))?.user.id ?? null;
}

function isLive(row: RecordRow): boolean {
  return !row.isDeleted && row.caseId !== undefined;
}

// Reads the case rows before decoding anything (liveQuery watches every read).
async function withCaseNames(store: Store, rows: readonly RecordRow[]): Promise<ViewingItem[]> {
  const caseIds = [...new Set(rows.map((row) => row.caseId as string))];
  const caseRows = await store.db.records.bulkGet(caseIds);
  const names = new Map<string, string | null>();
  for (const caseRow of caseRows) {
    if (!caseRow || caseRow.type !== 'case' || caseRow.isDeleted) continue;
    const view = await decodeRow<CaseFields>(store, caseRow);
    names.set(caseRow.id, view.fields.displayName ?? null);
  }
  const items: ViewingItem[] = [];
  for (const row of rows) {
    const caseId = row.caseId as string;
    // A viewing whose case is gone from this device is not shown (deleting a case erases its records).
    if (!names.has(caseId)) continue;
    const raw = (await Promise.resolve(store.codec.decode(row.fields))) as Record<string, unknown>;
    items.push({ id: row.id, caseId, fields: readViewingFields(raw), caseName: names.get(caseId) ?? null, updatedAt: row.updatedAt });
  }
  return items;
}
