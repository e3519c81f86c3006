import { describe, expect, it } from 'vitest';
import {
  caseCreateSet,
  caseFormValues,
  caseUpdateSet,
  changedFormFields,
  draftDiffers,
  emptyCaseForm,
  errorsFromIssues,
  restoreDraft,
  splitList,
  validateCaseForm,
  westernDigits,
  type CaseFormValues,
} from '../../../../src/app/cases/case-form.ts';

const form = (patch: Partial<CaseFormValues>): CaseFormValues => ({ ...emptyCaseForm, ...patch });

describe('case form', () => {
  it('asks for a name, and only for a name', () => {
    const result = validateCaseForm(form({ displayName: '   ' }));
    expect(result).toEqual({ ok: false, errors: { displayName: { message: 'validation.required', minimum: 1 } } });
    expect(validateCaseForm(form({ displayName: 'Demo: A. P.' })).ok).toBe(true);
  });

  it('puts each message next to its field, with the limit it mentions', () => {
    const result = validateCaseForm(
      form({ displayName: 'x'.repeat(121), householdSize: '77', phone: 'call me', consentDate: '2026-02-30' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.displayName).toEqual({ message: 'validation.tooLong', maximum: 120 });
    expect(result.errors.householdSize?.message).toBe('validation.outOfRange');
    expect(result.errors.phone?.message).toBe('validation.invalidPhone');
    expect(result.errors.consentDate?.message).toBe('validation.invalidDate');
  });

  it('reads lists typed with commas (also the Arabic comma) and digits typed on a Persian keyboard', () => {
    expect(splitList('Arabic, French ،Dari;; Arabic ')).toEqual(['Arabic', 'French', 'Dari']);
    expect(westernDigits('۰۴۰ ١٢٣')).toBe('040 123');
    const result = validateCaseForm(form({ displayName: 'Demo', languages: 'Arabic، Kurdish', householdSize: '٤' }));
    expect(result.ok && result.fields.languages).toEqual(['Arabic', 'Kurdish']);
    expect(result.ok && result.fields.householdSize).toBe(4);
  });

  it('creates a case with only the fields that say something', () => {
    const result = validateCaseForm(form({ displayName: ' Demo: Ana ', tags: 'housing', legalStatus: 'dublin' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(caseCreateSet(result.fields)).toEqual({ displayName: 'Demo: Ana', tags: ['housing'], legalStatus: 'dublin', status: 'open' });
  });

  it('writes only the fields the person changed, and an emptied field as null', () => {
    const opened = caseFormValues({ displayName: 'Demo: Omar', phone: '+386 40 000 000', summary: 'Old', tags: ['family'] });
    const edited = { ...opened, phone: '', summary: 'New' };
    const result = validateCaseForm(edited);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(caseUpdateSet(result.fields, changedFormFields(opened, edited))).toEqual({ phone: null, summary: 'New' });
  });

  it('unticking "needs an interpreter" also clears the interpreter language', () => {
    const opened = caseFormValues({ displayName: 'Demo', interpreterNeeded: true, interpreterLanguage: 'Dari' });
    const edited = { ...opened, interpreterNeeded: false };
    const result = validateCaseForm(edited);
    if (!result.ok) throw new Error('valid form');
    expect(caseUpdateSet(result.fields, changedFormFields(opened, edited))).toEqual({
      interpreterNeeded: false,
      interpreterLanguage: null,
    });
  });

  it('restores a draft as the person\'s own changes on top of the case as it is now', () => {
    const base = caseFormValues({ displayName: 'Demo: Karim', summary: 'A', phone: '041 000 000' });
    const draft = { base, values: { ...base, summary: 'typed before the crash' } };
    // Meanwhile another device changed the phone.
    const now = { ...base, phone: '041 111 111' };
    expect(draftDiffers(now, draft)).toBe(true);
    expect(restoreDraft(now, draft)).toEqual({ ...now, summary: 'typed before the crash' });
    expect(draftDiffers(now, { base, values: base })).toBe(false);
  });

  it('maps the store\'s field issues onto the inputs', () => {
    expect(errorsFromIssues([{ field: 'phone', message: 'validation.invalidPhone' }, { field: 'caseId', message: 'validation.invalid' }])).toEqual({
      phone: { message: 'validation.invalidPhone' },
    });
  });
});
