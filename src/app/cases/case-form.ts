// The case form between what the inputs hold (strings and checkboxes) and the case's
// fields. Pure, so the rules are tested without a browser (test/unit/app/case-form.test.ts).
//
// - Validation is the domain's caseFormSchema; its messages are i18n keys (`common` ns).
// - An edit writes only the fields the person changed since the form opened, so a field
//   someone else changed meanwhile (another device) is not overwritten with a stale value
//   (field-level merge, SYNC-PROTOCOL.md). An emptied input writes null, which clears it.
// - A draft carries the values the form started from, so restoring it re-applies only the
//   person's own changes on top of the case as it is now.
import { caseFormSchema, type CaseStatus } from '../../domain/case.ts';
import type { CaseFields } from '../../domain/records.ts';

export interface CaseFormValues {
  displayName: string;
  /** Comma-separated, as typed. */
  languages: string;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  /** '' for "not set". */
  legalStatus: string;
  householdSize: string;
  phone: string;
  consentDate: string;
  consentScope: string;
  /** Comma-separated, as typed. */
  tags: string;
  status: CaseStatus;
  summary: string;
  /** Account ids; the form only adds or removes the signed-in user. */
  assignees: string[];
}

export type CaseFormField = keyof CaseFormValues;

export interface FieldError {
  /** i18n key in the `common` namespace, e.g. `validation.tooLong`. */
  message: string;
  maximum?: number;
  minimum?: number;
}

export type FieldErrors = Partial<Record<CaseFormField, FieldError>>;

export const emptyCaseForm: CaseFormValues = {
  displayName: '',
  languages: '',
  interpreterNeeded: false,
  interpreterLanguage: '',
  legalStatus: '',
  householdSize: '',
  phone: '',
  consentDate: '',
  consentScope: '',
  tags: '',
  status: 'open',
  summary: '',
  assignees: [],
};

/** The form as it opens for an existing case. */
export function caseFormValues(fields: CaseFields): CaseFormValues {
  return {
    displayName: fields.displayName ?? '',
    languages: (fields.languages ?? []).join(', '),
    interpreterNeeded: fields.interpreterNeeded ?? false,
    interpreterLanguage: fields.interpreterLanguage ?? '',
    legalStatus: fields.legalStatus ?? '',
    householdSize: fields.householdSize == null ? '' : String(fields.householdSize),
    phone: fields.phone ?? '',
    consentDate: fields.consentDate ?? '',
    consentScope: fields.consentScope ?? '',
    tags: (fields.tags ?? []).join(', '),
    status: fields.status ?? 'open',
    summary: fields.summary ?? '',
    assignees: fields.assignees ?? [],
  };
}

// Commas in Latin scripts, the Arabic comma in Arabic and Persian, and semicolons.
const LIST_SEPARATOR = /[,،;]/u;

/** "Arabic, French, arabic" -> ["Arabic", "French", "arabic"]: trimmed, empties and exact repeats dropped. */
export function splitList(text: string): string[] {
  const items = text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

/** Digits typed with a Persian or Arabic keyboard count as digits. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** The object caseFormSchema checks. */
function formInput(values: CaseFormValues): Record<string, unknown> {
  const size = westernDigits(values.householdSize.trim());
  return {
    displayName: values.displayName,
    languages: splitList(values.languages),
    interpreterNeeded: values.interpreterNeeded,
    interpreterLanguage: values.interpreterNeeded ? values.interpreterLanguage.trim() : '',
    legalStatus: values.legalStatus === '' ? undefined : values.legalStatus,
    householdSize: size === '' ? undefined : Number(size),
    phone: westernDigits(values.phone.trim()),
    consentDate: values.consentDate.trim(),
    consentScope: values.consentScope.trim(),
    tags: splitList(values.tags),
    status: values.status,
    summary: values.summary.trim(),
    assignees: values.assignees,
  };
}

export type CaseFormResult = { ok: true; fields: CaseFields } | { ok: false; errors: FieldErrors };

/**
 * Validate the form. On success `fields` holds every field of the form, empty ones as
 * null (a write leaves out what it does not need: caseCreateSet / caseUpdateSet).
 */
export function validateCaseForm(values: CaseFormValues): CaseFormResult {
  const parsed = caseFormSchema.safeParse(formInput(values));
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string' || !(field in values) || errors[field as CaseFormField]) continue;
      errors[field as CaseFormField] = fieldError(issue);
    }
    return { ok: false, errors };
  }
  const data = parsed.data;
  return {
    ok: true,
    fields: {
      displayName: data.displayName,
      languages: listOrNull(data.languages),
      // A checkbox left unticked says "no interpreter", unless nothing was ever said.
      interpreterNeeded: data.interpreterNeeded ?? null,
      interpreterLanguage: orNull(data.interpreterLanguage),
      legalStatus: orNull(data.legalStatus),
      householdSize: orNull(data.householdSize),
      phone: orNull(data.phone),
      consentDate: orNull(data.consentDate),
      consentScope: orNull(data.consentScope),
      tags: listOrNull(data.tags),
      status: data.status ?? 'open',
      summary: orNull(data.summary),
      assignees: listOrNull(data.assignees),
    },
  };
}

function orNull<T>(value: T | undefined | ''): T | null {
  return value === undefined || value === '' ? null : value;
}

function listOrNull(list: string[] | undefined): string[] | null {
  return list && list.length > 0 ? list : null;
}

/** A zod issue as the form shows it: the message key and the limits it may mention. */
export function fieldError(issue: { message: string }): FieldError {
  const error: FieldError = { message: issue.message };
  const { maximum, minimum } = issue as { maximum?: unknown; minimum?: unknown };
  if (typeof maximum === 'number' || typeof maximum === 'bigint') error.maximum = Number(maximum);
  if (typeof minimum === 'number' || typeof minimum === 'bigint') error.minimum = Number(minimum);
  return error;
}

/** Map the store's field issues (an `invalid` write) onto the form's inputs. */
export function errorsFromIssues(issues: readonly { field: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.field as CaseFormField;
    if (field in emptyCaseForm && !errors[field]) errors[field] = { message: issue.message };
  }
  return errors;
}

/** A new case: only the fields that say something (no nulls, no unticked interpreter box). */
export function caseCreateSet(fields: CaseFields): CaseFields {
  const set: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (name === 'interpreterNeeded' && value === false) continue;
    set[name] = value;
  }
  return set as CaseFields;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The form fields whose input differs between `from` and `to`. */
export function changedFormFields(from: CaseFormValues, to: CaseFormValues): CaseFormField[] {
  return (Object.keys(to) as CaseFormField[]).filter((field) => !sameValue(from[field], to[field]));
}

// Inputs that feed more than one field: the interpreter box also decides the language.
const fieldsOfInput: Partial<Record<CaseFormField, (keyof CaseFields)[]>> = {
  interpreterNeeded: ['interpreterNeeded', 'interpreterLanguage'],
};

/** An edit: only the fields behind the inputs the person changed. */
export function caseUpdateSet(fields: CaseFields, changed: readonly CaseFormField[]): CaseFields {
  const set: Record<string, unknown> = {};
  for (const input of changed) {
    for (const name of fieldsOfInput[input] ?? [input as keyof CaseFields]) {
      if (name in fields) set[name] = fields[name] ?? null;
    }
  }
  return set as CaseFields;
}

export interface CaseFormDraft {
  /** What the form held. */
  values: CaseFormValues;
  /** What the form started from (the case as it was when the form opened). */
  base: CaseFormValues;
}

/**
 * The form after "restore draft": the case as it is now, with the person's own changes
 * (draft values that differ from the draft's base) on top.
 */
export function restoreDraft(current: CaseFormValues, draft: CaseFormDraft): CaseFormValues {
  const restored = { ...current };
  for (const field of changedFormFields(draft.base, draft.values)) {
    (restored as Record<string, unknown>)[field] = draft.values[field];
  }
  return restored;
}

/** Whether a stored draft would change anything in a form that shows `current`. */
export function draftDiffers(current: CaseFormValues, draft: CaseFormDraft): boolean {
  return changedFormFields(current, restoreDraft(current, draft)).length > 0;
}
