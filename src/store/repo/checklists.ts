// Checklist writes for the screens. Each write sets only the fields it is about (one key
// date; one item's state), so two people working offline on the same checklist merge
// field by field (checklist.ts): ticking different items or entering different dates
// never conflicts.
import { itemField, keyDateField } from '../../domain/checklist.ts';
import type { PlainDate } from '../../domain/dates.ts';
import type { KeyDateId } from '../../domain/key-dates.ts';
import type { CatalogEntry } from '../../domain/template.ts';
import type { Store } from '../store.ts';
import { createRecord, deleteRecord, updateRecord, type WriteResult } from '../write.ts';

export interface AddChecklistOptions {
  /** A variant of the template (e.g. `accelerated`); absent or null: decide later. */
  variant?: string | null;
}

/**
 * Start a checklist on a case from one exact template version. A template from a record
 * is pinned by its record id too (template.ts `findTemplate`).
 */
export function addChecklist(store: Store, caseId: string, entry: CatalogEntry, options: AddChecklistOptions = {}): Promise<WriteResult> {
  const set: Record<string, unknown> = {
    templateId: entry.template.id,
    templateVersion: entry.template.version,
  };
  if (entry.origin.kind === 'record') set.templateRecordId = entry.origin.recordId;
  if (options.variant) set.variant = options.variant;
  return createRecord(store, 'checklist', caseId, set);
}

/** Enter, change or (with null) clear one key date: one field. */
export function setKeyDate(store: Store, checklistId: string, keyDate: KeyDateId, date: PlainDate | null): Promise<WriteResult> {
  return updateRecord(store, checklistId, { [keyDateField(keyDate)]: date }, { type: 'checklist' });
}

export interface Tick {
  /** Who ticked it: the signed-in user's name, or a name given on this device; null if none. */
  by: string | null;
  /** Today in Slovenia. */
  on: PlainDate;
}

/**
 * Tick an item (done, by whom, on which day) or untick it (all three cleared). The three
 * are fields of this one item only.
 */
export function setItemDone(store: Store, checklistId: string, itemKey: string, done: boolean, tick: Tick): Promise<WriteResult> {
  const by = tick.by?.trim() ? tick.by.trim() : null;
  return updateRecord(
    store,
    checklistId,
    {
      [itemField(itemKey, 'done')]: done,
      [itemField(itemKey, 'doneBy')]: done ? by : null,
      [itemField(itemKey, 'doneOn')]: done ? tick.on : null,
    },
    { type: 'checklist' },
  );
}

/** Set an item's note; an empty note clears the field. */
export function setItemNote(store: Store, checklistId: string, itemKey: string, note: string): Promise<WriteResult> {
  const text = note.trim() === '' ? null : note;
  return updateRecord(store, checklistId, { [itemField(itemKey, 'note')]: text }, { type: 'checklist' });
}

/** Choose the template's variant that applies (null: show every item). */
export function chooseVariant(store: Store, checklistId: string, variant: string | null): Promise<WriteResult> {
  return updateRecord(store, checklistId, { variant }, { type: 'checklist' });
}

/**
 * Move a checklist to another version of its template (someone chose "upgrade"). Key
 * dates and item states stay: items keep their keys across versions. A chosen variant
 * the new version no longer has is cleared, so no item silently disappears.
 */
export function upgradeChecklist(
  store: Store,
  checklistId: string,
  to: CatalogEntry,
  currentVariant: string | null,
): Promise<WriteResult> {
  const variantKept = currentVariant !== null && (to.template.variants ?? []).some((variant) => variant.id === currentVariant);
  return updateRecord(
    store,
    checklistId,
    {
      templateVersion: to.template.version,
      templateRecordId: to.origin.kind === 'record' ? to.origin.recordId : null,
      ...(currentVariant !== null && !variantKept ? { variant: null } : {}),
    },
    { type: 'checklist' },
  );
}

export function deleteChecklist(store: Store, checklistId: string): Promise<WriteResult> {
  return deleteRecord(store, checklistId, { type: 'checklist' });
}
