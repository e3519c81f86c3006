// The registry of record types and the record envelope (SYNC-PROTOCOL.md, Records).
// Field values are validated field by field, because a mutation sets any subset of a
// type's fields and a field is the unit of merging.
import { z } from 'zod';
import { assignmentFieldSchema } from './assignment-history.ts';
import { caseFields } from './case.ts';
import { checklistFieldSchema } from './checklist.ts';
import { conflictFields } from './conflict.ts';
import { hlcSchema } from './hlc-schema.ts';
import { uuidSchema } from './ids.ts';
import { noteFields } from './note.ts';
import { recordTypeSchema, type RecordType } from './record-types.ts';
import { templateFields } from './template.ts';
import { validationMessages } from './validation.ts';
import { viewingFields } from './viewing.ts';

export { recordTypes, recordTypeSchema, teamWideRecordTypes, type RecordType } from './record-types.ts';

const staticFields: Record<Exclude<RecordType, 'checklist'>, Record<string, z.ZodType>> = {
  case: caseFields,
  note: noteFields,
  viewing: viewingFields,
  template: templateFields,
  conflict: conflictFields,
};

// `null` clears a field (screens treat a cleared field like a missing one), for every
// field of every type, so each field file states only what a value looks like.
const clearable = new WeakMap<z.ZodType, z.ZodType>();
function withNull(schema: z.ZodType): z.ZodType {
  let wrapped = clearable.get(schema);
  if (!wrapped) {
    wrapped = schema.nullable();
    clearable.set(schema, wrapped);
  }
  return wrapped;
}

/** The wire schema of one field (its value or null), or undefined for an unknown name. */
export function fieldSchema(type: RecordType, name: string): z.ZodType | undefined {
  // Names like `constructor` or `__proto__` are never fields, whatever a lookup would find.
  if (Object.hasOwn(Object.prototype, name)) return undefined;
  const schema =
    type === 'checklist'
      ? checklistFieldSchema(name)
      : Object.hasOwn(staticFields[type], name)
        ? staticFields[type][name]
        : type === 'case'
          ? assignmentFieldSchema(name)
          : undefined;
  return schema instanceof z.ZodType ? withNull(schema) : undefined;
}

export interface FieldIssue {
  field: string;
  /** zod's issue code, or `unknown_field` */
  code: string;
  /** an i18n key such as `validation.tooLong` */
  message: string;
}

export type ValidateSetResult = { ok: true } | { ok: false; issues: FieldIssue[] };

/** Checks a mutation's `set`: every name must be a field of the type, every value valid. */
export function validateSet(type: RecordType, set: Record<string, unknown>): ValidateSetResult {
  const issues: FieldIssue[] = [];
  for (const [field, value] of Object.entries(set)) {
    const schema = fieldSchema(type, field);
    if (!schema) {
      issues.push({ field, code: 'unknown_field', message: validationMessages.unknownField });
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push({ field, code: issue.code, message: issue.message });
    }
  }
  return issues.length === 0 ? { ok: true } : { ok: false, issues };
}

// The change sequence is a decimal string: it may outgrow a JavaScript number.
export const seqSchema = z.string().regex(/^(0|[1-9]\d*)$/, validationMessages.invalid);

// Tombstones travel without `fields` and `clocks` (SYNC-PROTOCOL.md, Pull); parsing
// fills in empty ones so every consumer sees the same shape. Field values are not
// checked here: validateSet guards writes, and a device must still accept records that
// carry fields a newer app version added.
export const syncRecordSchema = z.object({
  id: uuidSchema,
  type: recordTypeSchema,
  teamId: z.string().min(1).max(100).optional(),
  caseId: uuidSchema.optional(),
  fields: z.record(z.string(), z.unknown()).default({}),
  clocks: z.record(z.string(), hlcSchema).default({}),
  deleted: hlcSchema.nullable().default(null),
  seq: seqSchema.optional(),
});
export type SyncRecord = z.infer<typeof syncRecordSchema>;
export type SyncRecordInput = z.input<typeof syncRecordSchema>;

/** The wire shape of a whole record's fields: every field optional, null clears. */
export function fieldsObjectSchema<F extends Record<string, z.ZodType>>(fields: F) {
  const shape = Object.fromEntries(Object.entries(fields).map(([name, schema]) => [name, withNull(schema).optional()]));
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof F]: z.ZodOptional<z.ZodNullable<F[K]>> }>;
}

export const caseRecordFieldsSchema = fieldsObjectSchema(caseFields);
// A case also holds its assignment history in `assignment.<id>` fields (assignment-history.ts).
export type CaseFields = z.infer<typeof caseRecordFieldsSchema>;
export const noteRecordFieldsSchema = fieldsObjectSchema(noteFields);
export type NoteFields = z.infer<typeof noteRecordFieldsSchema>;
export const conflictRecordFieldsSchema = fieldsObjectSchema(conflictFields);
export type ConflictFields = z.infer<typeof conflictRecordFieldsSchema>;
