// A checklist's due dates by the template catalog on this device (index-props.ts derives
// a record's index props with it). Kept apart from index-props.ts because it brings the built-in
// templates (every item's text in every language): loaded only where needed, never in the
// service worker (which only pushes).
import { readChecklist } from '../domain/checklist.ts';
import { checklistDueDates } from '../domain/checklist-due.ts';
import { findTemplate, templateCatalog, type CatalogEntry, type TemplateRecordLike } from '../domain/template.ts';
import { builtInTemplates } from '../domain/templates/index.ts';
import { decodeTemplateRows, templateCatalogOnDevice, templateRows } from './queries/checklists.ts';
import type { Store } from './store.ts';

/** A checklist's due dates by one template catalog. */
export interface ChecklistDating {
  /** The open items' dates; none while the template version is missing. */
  dueDates(fields: Record<string, unknown>): string[];
  /**
   * A checklist naming a template version this catalog lacks (a pull brought it before its
   * template, or an app version with more built-in templates made it): its dates are
   * worked out once that version arrives (db.ts, UndatedChecklistsMeta).
   */
  waitsForTemplate(fields: Record<string, unknown>): boolean;
}

/** The dating by this catalog. */
export function checklistDating(catalog: readonly CatalogEntry[]): ChecklistDating {
  const templateOf = (fields: Record<string, unknown>) => {
    const view = readChecklist(fields);
    if (view.templateId === null || view.templateVersion === null) return { named: false, entry: null };
    return { named: true, entry: findTemplate(catalog, view.templateId, view.templateVersion, view.templateRecordId) };
  };
  return {
    dueDates: (fields) => {
      const { entry } = templateOf(fields);
      return entry ? checklistDueDates(fields, entry.template) : [];
    },
    waitsForTemplate: (fields) => {
      const { named, entry } = templateOf(fields);
      return named && entry === null;
    },
  };
}

/** The dating by the device's templates, with `extraTemplates` in place of stored records of the same id. */
export async function checklistDatingOnDevice(store: Store, extraTemplates: readonly TemplateRecordLike[]): Promise<ChecklistDating> {
  if (extraTemplates.length === 0) return checklistDating(await templateCatalogOnDevice(store));
  const extra = new Set(extraTemplates.map((record) => record.id));
  const stored = (await templateRows(store)).filter((row) => !extra.has(row.id));
  return checklistDating(templateCatalog(builtInTemplates, [...(await decodeTemplateRows(store, stored)), ...extraTemplates]));
}
