// Case record fields. A case is one person or household a counselor helps.
// Every field is optional on the wire (a mutation sets any subset); the form below asks
// for a display name, which may be a pseudonym: the app needs no legal name.
import { z } from 'zod';
import { plainDateSchema } from './dates.ts';
import {
  accountIdSchema,
  booleanSchema,
  boundedInt,
  choice,
  multiLineText,
  singleLineText,
  uniqueList,
  validationMessages,
} from './validation.ts';
import { caseStatuses, legalStatuses } from './case-values.ts';

export { caseStatuses, legalStatuses, type CaseStatus, type LegalStatus } from './case-values.ts';

export const caseLimits = {
  displayName: 120,
  language: 60,
  languages: 20,
  consentScope: 500,
  assignees: 50,
  tag: 32,
  tags: 20,
  summary: 2000,
  phone: 32,
  householdSizeMin: 1,
  householdSizeMax: 50,
} as const;

// Digits with the usual separators and an optional leading +; 3 to 20 digits covers
// short service numbers and full international numbers (E.164 allows 15 digits).
const PHONE_CHARACTERS = /^\+?[0-9 ()./-]+$/;
export function isPhoneNumber(value: string): boolean {
  if (value.length > caseLimits.phone || !PHONE_CHARACTERS.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 20;
}

export const phoneSchema = z
  .string({ error: (issue) => (issue.input === undefined ? validationMessages.required : validationMessages.invalidPhone) })
  .refine(isPhoneNumber, validationMessages.invalidPhone);

const languageSchema = singleLineText(caseLimits.language, 1);
const tagSchema = singleLineText(caseLimits.tag, 1);

export const caseFields = {
  displayName: singleLineText(caseLimits.displayName, 1),
  languages: uniqueList(languageSchema, caseLimits.languages),
  interpreterNeeded: booleanSchema,
  interpreterLanguage: singleLineText(caseLimits.language),
  legalStatus: choice(legalStatuses),
  householdSize: boundedInt(caseLimits.householdSizeMin, caseLimits.householdSizeMax),
  phone: phoneSchema,
  consentDate: plainDateSchema,
  consentScope: singleLineText(caseLimits.consentScope),
  assignees: uniqueList(accountIdSchema, caseLimits.assignees),
  tags: uniqueList(tagSchema, caseLimits.tags),
  status: choice(caseStatuses),
  summary: multiLineText(caseLimits.summary),
} satisfies Record<string, z.ZodType>;

// The form: what the create/edit screen validates before it writes. Empty inputs are ''
// (what an <input> holds); the screen writes '' as null, which clears the field.
const emptyOr = (check: (value: string) => boolean, message: string) =>
  z.string().refine((value) => value === '' || check(value), message);

export const caseFormSchema = z.object({
  displayName: singleLineText(caseLimits.displayName).trim().min(1, validationMessages.required),
  languages: uniqueList(languageSchema, caseLimits.languages).optional(),
  interpreterNeeded: booleanSchema.optional(),
  interpreterLanguage: singleLineText(caseLimits.language).optional(),
  legalStatus: choice(legalStatuses).optional(),
  householdSize: caseFields.householdSize.optional(),
  phone: emptyOr(isPhoneNumber, validationMessages.invalidPhone).optional(),
  consentDate: emptyOr((value) => plainDateSchema.safeParse(value).success, validationMessages.invalidDate).optional(),
  consentScope: singleLineText(caseLimits.consentScope).optional(),
  assignees: uniqueList(accountIdSchema, caseLimits.assignees).optional(),
  tags: uniqueList(tagSchema, caseLimits.tags).optional(),
  status: choice(caseStatuses).optional(),
  summary: multiLineText(caseLimits.summary).optional(),
});
export type CaseForm = z.infer<typeof caseFormSchema>;
