import { describe, expect, it } from 'vitest';
import { caseFields, caseFormSchema, isPhoneNumber, legalStatuses } from '../../../src/domain/case.ts';
import { noteFields, noteFormSchema } from '../../../src/domain/note.ts';
import { validationMessages } from '../../../src/domain/validation.ts';

const fictionalCase = {
  displayName: 'A. K. (fictional)',
  languages: ['fa', 'Dari'],
  interpreterNeeded: true,
  interpreterLanguage: 'Dari',
  legalStatus: 'ip_applicant',
  householdSize: 4,
  phone: '+386 40 000 000',
  consentDate: '2026-11-02',
  consentScope: 'Case notes for counselling, kept until the case closes',
  assignees: ['u_mira', 'u_jan'],
  tags: ['housing', 'school'],
  status: 'open',
  summary: 'Family of four looking for a flat near Ljubljana.\nChildren start school in January.',
};

function messagesOf(result: { error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe('case fields', () => {
  it('accepts every field of a complete fictional case', () => {
    for (const [name, value] of Object.entries(fictionalCase)) {
      const schema = caseFields[name as keyof typeof caseFields];
      expect(schema.safeParse(value).success, name).toBe(true);
    }
  });

  it('knows the eight legal statuses', () => {
    expect(legalStatuses).toHaveLength(8);
    expect(caseFields.legalStatus.safeParse('refugee').success).toBe(true);
    expect(messagesOf(caseFields.legalStatus.safeParse('tourist'))).toEqual([validationMessages.invalidChoice]);
  });

  it('bounds household size to whole numbers from 1 to 50', () => {
    for (const ok of [1, 50]) expect(caseFields.householdSize.safeParse(ok).success).toBe(true);
    expect(messagesOf(caseFields.householdSize.safeParse(0))).toEqual([validationMessages.outOfRange]);
    expect(messagesOf(caseFields.householdSize.safeParse(51))).toEqual([validationMessages.outOfRange]);
    expect(messagesOf(caseFields.householdSize.safeParse(2.5))).toEqual([validationMessages.notInteger]);
    expect(caseFields.householdSize.safeParse('4').success).toBe(false);
  });

  it('accepts phone numbers with usual separators and nothing else', () => {
    for (const ok of ['+386 40 123 456', '040/123-456', '(01) 234 56 78', '112']) expect(isPhoneNumber(ok), ok).toBe(true);
    for (const bad of ['', '12', 'call me', '+386 40 123 456 ext 5', '+' + '1'.repeat(21), '1'.repeat(33)]) {
      expect(isPhoneNumber(bad), bad).toBe(false);
    }
    expect(messagesOf(caseFields.phone.safeParse('abc'))).toEqual([validationMessages.invalidPhone]);
  });

  it('rejects repeated tags, too many tags and line breaks in a tag', () => {
    expect(messagesOf(caseFields.tags.safeParse(['a', 'a']))).toEqual([validationMessages.duplicate]);
    expect(messagesOf(caseFields.tags.safeParse(Array.from({ length: 21 }, (_, i) => `t${i}`)))).toEqual([
      validationMessages.tooMany,
    ]);
    expect(messagesOf(caseFields.tags.safeParse(['two\nlines']))).toEqual([validationMessages.invalidCharacters]);
    expect(caseFields.tags.safeParse(['']).success).toBe(false);
  });

  it('rejects impossible consent dates and unknown statuses', () => {
    expect(messagesOf(caseFields.consentDate.safeParse('2026-02-30'))).toEqual([validationMessages.invalidDate]);
    expect(caseFields.status.safeParse('archived').success).toBe(false);
  });

  it('bounds the summary and keeps its line breaks', () => {
    expect(caseFields.summary.safeParse('a\nb\tc').success).toBe(true);
    expect(messagesOf(caseFields.summary.safeParse('x'.repeat(2001)))).toEqual([validationMessages.tooLong]);
    expect(caseFields.summary.safeParse('bell\u0007').success).toBe(false);
  });
});

describe('case form', () => {
  it('requires a display name, and spaces alone are not a name', () => {
    expect(messagesOf(caseFormSchema.safeParse({}))).toEqual([validationMessages.required]);
    expect(messagesOf(caseFormSchema.safeParse({ displayName: '   ' }))).toEqual([validationMessages.required]);
    expect(caseFormSchema.parse({ displayName: '  Pseudonym M. ' }).displayName).toBe('Pseudonym M.');
  });

  it('accepts a complete case and empty optional inputs', () => {
    expect(caseFormSchema.safeParse(fictionalCase).success).toBe(true);
    expect(caseFormSchema.safeParse({ displayName: 'M.', phone: '', consentDate: '', summary: '' }).success).toBe(true);
  });

  it('gives every problem as an i18n key on its field', () => {
    const result = caseFormSchema.safeParse({
      displayName: 'x'.repeat(121),
      phone: 'not a phone',
      consentDate: '2026-02-30',
      householdSize: 0,
      legalStatus: 'unknown',
    });
    const byField = Object.fromEntries(result.error?.issues.map((i) => [String(i.path[0]), i.message]) ?? []);
    expect(byField).toEqual({
      displayName: validationMessages.tooLong,
      phone: validationMessages.invalidPhone,
      consentDate: validationMessages.invalidDate,
      householdSize: validationMessages.outOfRange,
      legalStatus: validationMessages.invalidChoice,
    });
    for (const message of Object.values(byField)) expect(message).toMatch(/^validation\.[a-zA-Z]+$/);
  });
});

describe('note fields and form', () => {
  it('accepts a fictional note and bounds its body', () => {
    expect(noteFields.body.safeParse('Called the landlord about the deposit.').success).toBe(true);
    expect(noteFields.body.safeParse('x'.repeat(20_000)).success).toBe(true);
    expect(messagesOf(noteFields.body.safeParse('x'.repeat(20_001)))).toEqual([validationMessages.tooLong]);
    expect(noteFields.kind.safeParse('phone_call').success).toBe(true);
    expect(noteFields.kind.safeParse('gossip').success).toBe(false);
    expect(noteFields.followUpDate.safeParse('2026-12-01').success).toBe(true);
    expect(noteFields.authorId.safeParse('u 1').success).toBe(false);
  });

  it('requires some text in the form and allows an empty follow-up date', () => {
    expect(messagesOf(noteFormSchema.safeParse({ body: ' \n ' }))).toEqual([validationMessages.required]);
    expect(noteFormSchema.safeParse({ body: 'Accompanied to the office.', followUpDate: '' }).success).toBe(true);
    expect(messagesOf(noteFormSchema.safeParse({ body: 'x', followUpDate: '2026-02-30' }))).toEqual([
      validationMessages.invalidDate,
    ]);
  });
});
