// Validation errors of a viewing form as sentences in the UI language, one per field (the
// first one found), ready to show next to the field. Dates in messages ("between ... and
// ...") are written as the UI language writes dates.
import type { TFunction } from 'i18next';
import type { ViewingFormError, ViewingFormField } from '../../domain/viewing.ts';
import { formatDate } from '../format.ts';

export type FieldErrors = Partial<Record<ViewingFormField, string>>;

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function translateErrors(errors: readonly ViewingFormError[], t: TFunction, language: string): FieldErrors {
  const out: FieldErrors = {};
  for (const error of errors) {
    if (out[error.field]) continue;
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(error.params ?? {})) {
      params[name] = typeof value === 'string' && PLAIN_DATE.test(value) ? formatDate(value, language) : value;
    }
    out[error.field] = t(error.message, params);
  }
  return out;
}

/** The fields in the order the form shows them, for focusing the first invalid one. */
export function firstInvalid(errors: FieldErrors, order: readonly ViewingFormField[]): ViewingFormField | undefined {
  return order.find((field) => errors[field] !== undefined);
}
