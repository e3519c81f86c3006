// Procedure checklist records: one checklist from a template, on one case.
//
// A field is the unit of merging (SYNC-PROTOCOL.md, Records), so everything two people
// may change at the same time is its own field:
// - each key date: `date.<keyDateId>` (e.g. `date.decisionServedOn`);
// - each item's state: `item.<itemKey>.done`, `.doneBy`, `.doneOn`, `.note`.
// Two counselors ticking different items, or entering different dates, offline, never
// conflict; the same field edited twice becomes a conflict record that people resolve.
import type { z } from 'zod';
import { plainDateSchema, type PlainDate } from './dates.ts';
import { uuidSchema } from './ids.ts';
import { isKeyDateId, keyDateIds, type KeyDateId } from './key-dates.ts';
import { templateIdSchema, templateLimits, templateVersionSchema, variantIdSchema } from './template-definition.ts';
import { booleanSchema, multiLineText, singleLineText } from './validation.ts';

export const checklistLimits = { title: 200, doneBy: 120, note: 4000 } as const;

export const checklistFields = {
  templateId: templateIdSchema,
  templateVersion: templateVersionSchema,
  /** Pins one template record when two coordinators made the same version offline. */
  templateRecordId: uuidSchema,
  title: singleLineText(checklistLimits.title),
  /** Which branch of the template applies (e.g. `accelerated`); absent = show every item. */
  variant: variantIdSchema,
};

export const itemStateParts = ['done', 'doneBy', 'doneOn', 'note'] as const;
export type ItemStatePart = (typeof itemStateParts)[number];

const itemPartSchemas: Record<ItemStatePart, z.ZodType> = {
  done: booleanSchema,
  /** Who ticked it: the user id from login (or a name for a device without an account). */
  doneBy: singleLineText(checklistLimits.doneBy, 1),
  doneOn: plainDateSchema,
  note: multiLineText(checklistLimits.note),
};

// The item key part follows ITEM_KEY in template-definition.ts.
const ITEM_FIELD = /^item\.([a-z][a-z0-9_]*)\.(done|doneBy|doneOn|note)$/;
const DATE_FIELD = /^date\.([A-Za-z]+)$/;

/** The schema for one field of a checklist record, or undefined for an unknown name. */
export function checklistFieldSchema(name: string): z.ZodType | undefined {
  if (Object.hasOwn(checklistFields, name)) return checklistFields[name as keyof typeof checklistFields];
  const date = DATE_FIELD.exec(name);
  if (date) return isKeyDateId(date[1] ?? '') ? plainDateSchema : undefined;
  const item = ITEM_FIELD.exec(name);
  if (item && (item[1] ?? '').length <= templateLimits.itemKey) return itemPartSchemas[item[2] as ItemStatePart];
  return undefined;
}

export function keyDateField(keyDate: KeyDateId): string {
  return `date.${keyDate}`;
}

export function itemField(itemKey: string, part: ItemStatePart): string {
  return `item.${itemKey}.${part}`;
}

export interface ItemState {
  done: boolean;
  doneBy: string | null;
  doneOn: PlainDate | null;
  note: string | null;
}

/** A checklist record's fields read for screens: invalid or cleared values read as empty. */
export interface ChecklistView {
  templateId: string | null;
  templateVersion: number | null;
  templateRecordId: string | null;
  title: string | null;
  variant: string | null;
  keyDates: Partial<Record<KeyDateId, PlainDate>>;
}

export function readChecklist(fields: Record<string, unknown>): ChecklistView {
  const keyDates: Partial<Record<KeyDateId, PlainDate>> = {};
  for (const id of keyDateIds) {
    const value = valid(plainDateSchema, fields[keyDateField(id)]);
    if (value !== null) keyDates[id] = value;
  }
  return {
    templateId: valid(checklistFields.templateId, fields.templateId),
    templateVersion: valid(checklistFields.templateVersion, fields.templateVersion),
    templateRecordId: valid(checklistFields.templateRecordId, fields.templateRecordId),
    title: valid(checklistFields.title, fields.title),
    variant: valid(checklistFields.variant, fields.variant),
    keyDates,
  };
}

export function readItemState(fields: Record<string, unknown>, itemKey: string): ItemState {
  return {
    done: valid(booleanSchema, fields[itemField(itemKey, 'done')]) ?? false,
    doneBy: valid(itemPartSchemas.doneBy as z.ZodType<string>, fields[itemField(itemKey, 'doneBy')]),
    doneOn: valid(plainDateSchema, fields[itemField(itemKey, 'doneOn')]),
    note: valid(itemPartSchemas.note as z.ZodType<string>, fields[itemField(itemKey, 'note')]),
  };
}

function valid<T>(schema: z.ZodType<T>, value: unknown): T | null {
  if (value === undefined || value === null) return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
