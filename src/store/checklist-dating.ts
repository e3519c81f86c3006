// A checklist's due dates by the template catalog on this device (index-props.ts,
// ChecklistDating). Kept apart from index-props.ts because it brings the built-in
// templates (every item's text in every language): loaded only where needed, and left out
// of the service worker (vite.config.ts puts `checklistDatingOnDevice = () => null` there).
import { readChecklist } from '../domain/checklist.ts';
import { checklistDueDates } from '../domain/checklist-due.ts';
import { findTemplate, templateCatalog, type CatalogEntry, type TemplateRecordLike } from '../domain/template.ts';
import { builtInTemplates } from '../domain/templates/index.ts';
import type { ChecklistDating } from './index-props.ts';
import { decodeTemplateRows, templateCatalogOnDevice, templateRows } from './queries/checklists.ts';
import type { Store } from './store.ts';

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
export async function checklistDatingOnDevice(store: Store, extraTemplates: readonly TemplateRecordLike[]): Promise<ChecklistDating | null> {
  if (extraTemplates.length === 0) return checklistDating(await templateCatalogOnDevice(store));
  const extra = new Set(extraTemplates.map((record) => record.id));
  const stored = (await templateRows(store)).filter((row) => !extra.has(row.id));
  return checklistDating(templateCatalog(builtInTemplates, [...(await decodeTemplateRows(store, stored)), ...extraTemplates]));
}
