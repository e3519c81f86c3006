// Checklist reads for the screens: the template catalog on this device (built-in templates
// and coordinators' template records), the checklists of a case, one checklist.
// Every function does its Dexie reads first and decodes last (decode.ts), so it can run
// inside a liveQuery and re-run when a checklist, a template record or the case changes.
import { uuidv7Ms } from '../../domain/ids.ts';
import { readChecklist, type ChecklistView } from '../../domain/checklist.ts';
import type { CaseFields } from '../../domain/records.ts';
import {
  findTemplate,
  latestTemplates,
  templateCatalog,
  type CatalogEntry,
  type TemplateRecordLike,
} from '../../domain/template.ts';
import { builtInTemplates } from '../../domain/templates/index.ts';
import type { RecordRow } from '../db.ts';
import type { Store } from '../store.ts';

/** Every usable template version on this device, built-in and from records (template.ts). */
export async function templateCatalogOnDevice(store: Store): Promise<CatalogEntry[]> {
  return catalogOf(store, await templateRows(store));
}

// Validating a template record parses the whole definition (zod): done again only when a
// template record changed (its `changeNo`), not on every live query run.
const catalogs = new WeakMap<Store, { signature: string; catalog: CatalogEntry[] }>();

/** The catalog for these template rows (read first, in the caller's live query). */
export async function catalogOf(store: Store, rows: readonly RecordRow[]): Promise<CatalogEntry[]> {
  const signature = rows.map((row) => `${row.id}:${row.changeNo}`).join(',');
  const cached = catalogs.get(store);
  if (cached?.signature === signature) return cached.catalog;
  const catalog = templateCatalog(builtInTemplates, await decodeTemplateRows(store, rows));
  catalogs.set(store, { signature, catalog });
  return catalog;
}

export interface ChecklistItem {
  id: string;
  caseId: string;
  /** The decoded fields as stored (key dates and item states are read from them). */
  fields: Record<string, unknown>;
  view: ChecklistView;
  /** The exact template version the checklist uses; null when this device lacks it. */
  template: CatalogEntry | null;
  /** The newest version of the same template, when it is newer than the one in use. */
  newerTemplate: CatalogEntry | null;
  createdAt: number;
  updatedAt: number;
}

/** The live checklists of a case, oldest first (ids are UUIDv7: time-ordered). */
export async function checklistsOfCase(store: Store, caseId: string): Promise<ChecklistItem[]> {
  const rows = await store.db.records.where('[type+caseId]').equals(['checklist', caseId]).toArray();
  const templates = await templateRows(store);
  const catalog = await catalogOf(store, templates);
  const live = rows.filter((row) => !row.isDeleted);
  const items: ChecklistItem[] = [];
  for (const row of live) items.push(await toChecklistItem(store, row, catalog));
  return items;
}

export interface ChecklistWithCase extends ChecklistItem {
  /** The case's display name, as the case list shows it (null when it has none). */
  caseName: string | null;
}

/**
 * One live checklist of the given case, or null when it is missing, deleted, not a
 * checklist, or belongs to another case (a URL names both ids; both must agree).
 */
export async function checklistById(store: Store, caseId: string, checklistId: string): Promise<ChecklistWithCase | null> {
  const row = await store.db.records.get(checklistId);
  const caseRow = await store.db.records.get(caseId);
  const templates = await templateRows(store);
  if (!row || row.type !== 'checklist' || row.isDeleted || row.caseId !== caseId) return null;
  if (!caseRow || caseRow.type !== 'case' || caseRow.isDeleted) return null;
  const catalog = await catalogOf(store, templates);
  const item = await toChecklistItem(store, row, catalog);
  const caseFields = (await Promise.resolve(store.codec.decode(caseRow.fields))) as CaseFields;
  return { ...item, caseName: caseFields.displayName ?? null };
}

async function toChecklistItem(store: Store, row: RecordRow, catalog: readonly CatalogEntry[]): Promise<ChecklistItem> {
  const fields = (await Promise.resolve(store.codec.decode(row.fields))) as Record<string, unknown>;
  const view = readChecklist(fields);
  const template =
    view.templateId !== null && view.templateVersion !== null
      ? findTemplate(catalog, view.templateId, view.templateVersion, view.templateRecordId)
      : null;
  const latest = view.templateId === null ? null : (latestTemplates(catalog).find((entry) => entry.template.id === view.templateId) ?? null);
  const newerTemplate = latest && view.templateVersion !== null && latest.template.version > view.templateVersion ? latest : null;
  return {
    id: row.id,
    caseId: row.caseId as string,
    fields,
    view,
    template,
    newerTemplate,
    createdAt: uuidv7Ms(row.id),
    updatedAt: row.updatedAt,
  };
}

/** Live template rows (read before any decoding, so a liveQuery watches them). */
export async function templateRows(store: Store): Promise<RecordRow[]> {
  const rows = await store.db.records.where('type').equals('template').toArray();
  return rows.filter((row) => !row.isDeleted);
}

export async function decodeTemplateRows(store: Store, rows: readonly RecordRow[]): Promise<TemplateRecordLike[]> {
  const records: TemplateRecordLike[] = [];
  for (const row of rows) {
    const fields = (await Promise.resolve(store.codec.decode(row.fields))) as Record<string, unknown>;
    records.push({ id: row.id, fields });
  }
  return records;
}
