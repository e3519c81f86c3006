// The note form (quick capture and edit) between its inputs and a note's fields. Pure.
import { noteFormSchema, type NoteKind } from '../../domain/note.ts';
import type { NoteFields } from '../../domain/records.ts';
import { fieldError, type FieldError } from './case-form.ts';

export interface NoteFormValues {
  body: string;
  kind: NoteKind;
  followUpDate: string;
}

export type NoteFormField = keyof NoteFormValues;

export const emptyNoteForm: NoteFormValues = { body: '', kind: 'counseling', followUpDate: '' };

export function noteFormValues(fields: NoteFields): NoteFormValues {
  return { body: fields.body ?? '', kind: fields.kind ?? 'other', followUpDate: fields.followUpDate ?? '' };
}

/** True when the capture box holds something worth keeping (a draft, "unsaved input"). */
export function hasNoteInput(values: NoteFormValues): boolean {
  return values.body.trim() !== '' || values.followUpDate !== '';
}

export type NoteFormResult =
  | { ok: true; fields: { body: string; kind: NoteKind; followUpDate: string | null } }
  | { ok: false; errors: Partial<Record<NoteFormField, FieldError>> };

export function validateNoteForm(values: NoteFormValues): NoteFormResult {
  const parsed = noteFormSchema.safeParse({ body: values.body, kind: values.kind, followUpDate: values.followUpDate.trim() });
  if (!parsed.success) {
    const errors: Partial<Record<NoteFormField, FieldError>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as NoteFormField;
      if (!(field in values) || errors[field]) continue;
      errors[field] = fieldError(issue);
    }
    return { ok: false, errors };
  }
  return {
    ok: true,
    fields: {
      body: parsed.data.body,
      kind: parsed.data.kind ?? 'other',
      followUpDate: parsed.data.followUpDate ? parsed.data.followUpDate : null,
    },
  };
}

/** A new note: no null fields. */
export function noteCreateSet(fields: { body: string; kind: NoteKind; followUpDate: string | null }): NoteFields {
  return fields.followUpDate === null ? { body: fields.body, kind: fields.kind } : fields;
}
