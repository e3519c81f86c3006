import { describe, expect, it } from 'vitest';
import { emptyNoteForm, hasNoteInput, noteCreateSet, noteFormValues, validateNoteForm } from '../../../../src/app/cases/note-form.ts';

describe('note form', () => {
  it('needs some text', () => {
    expect(validateNoteForm({ ...emptyNoteForm, body: ' \n ' })).toEqual({ ok: false, errors: { body: { message: 'validation.required', minimum: 1 } } });
  });

  it('saves the text trimmed, the kind, and no follow-up date when none was given', () => {
    const result = validateNoteForm({ body: '  Called the landlord.  ', kind: 'housing', followUpDate: '' });
    expect(result).toEqual({ ok: true, fields: { body: 'Called the landlord.', kind: 'housing', followUpDate: null } });
    if (result.ok) expect(noteCreateSet(result.fields)).toEqual({ body: 'Called the landlord.', kind: 'housing' });
  });

  it('refuses a date that does not exist', () => {
    const result = validateNoteForm({ body: 'x', kind: 'legal', followUpDate: '2026-13-01' });
    expect(result.ok || result.errors.followUpDate?.message).toBe('validation.invalidDate');
  });

  it('counts a half-typed note as input worth keeping', () => {
    expect(hasNoteInput(emptyNoteForm)).toBe(false);
    expect(hasNoteInput({ ...emptyNoteForm, body: 'Kli' })).toBe(true);
    expect(noteFormValues({ body: 'B' })).toEqual({ body: 'B', kind: 'other', followUpDate: '' });
  });
});
