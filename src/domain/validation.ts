// Building blocks for field schemas. Error messages are i18n KEYS (namespace-free, e.g.
// 'validation.tooLong'), not sentences: the UI translates them, the endpoint passes them on.
// The issue itself carries the numbers (zod's `maximum`, `minimum`) for interpolation.
import { z } from 'zod';

export const validationMessages = {
  required: 'validation.required',
  invalid: 'validation.invalid',
  tooLong: 'validation.tooLong',
  tooShort: 'validation.tooShort',
  tooMany: 'validation.tooMany',
  duplicate: 'validation.duplicate',
  invalidCharacters: 'validation.invalidCharacters',
  invalidChoice: 'validation.invalidChoice',
  invalidDate: 'validation.invalidDate',
  invalidPhone: 'validation.invalidPhone',
  invalidId: 'validation.invalidId',
  invalidClock: 'validation.invalidClock',
  notInteger: 'validation.notInteger',
  outOfRange: 'validation.outOfRange',
  unknownField: 'validation.unknownField',
} as const;

export type ValidationMessage = (typeof validationMessages)[keyof typeof validationMessages];

const m = validationMessages;

// Control characters (and, for one-line text, line breaks) have no business in a name or
// a tag and can break exports and terminals; tabs and line breaks are fine in prose.
function hasNoControlCharacters(text: string, allowLineBreaks: boolean): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const isControl = code < 0x20 || code === 0x7f;
    const isLineBreakOrTab = code === 0x09 || code === 0x0a || code === 0x0d;
    if (isControl && !(allowLineBreaks && isLineBreakOrTab)) return false;
  }
  return true;
}

/** `missing` -> required, anything else of the wrong type -> invalid. */
function typeError(issue: { input?: unknown }): string {
  return issue.input === undefined ? m.required : m.invalid;
}

export function singleLineText(max: number, min = 0) {
  const schema = z
    .string({ error: typeError })
    .max(max, m.tooLong)
    .refine((text) => hasNoControlCharacters(text, false), m.invalidCharacters);
  return min > 0 ? schema.min(min, min === 1 ? m.required : m.tooShort) : schema;
}

export function multiLineText(max: number) {
  return z
    .string({ error: typeError })
    .max(max, m.tooLong)
    .refine((text) => hasNoControlCharacters(text, true), m.invalidCharacters);
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => (issue.input === undefined ? m.required : m.invalidChoice) });
}

export function boundedInt(min: number, max: number) {
  return z
    .number({ error: typeError })
    .int(m.notInteger)
    .min(min, m.outOfRange)
    .max(max, m.outOfRange);
}

/** A list without repeats, e.g. tags or assignees (a repeated tag is a typing slip). */
export function uniqueList<T extends z.ZodType>(item: T, maxItems: number) {
  return z
    .array(item, { error: typeError })
    .max(maxItems, m.tooMany)
    .refine((items) => new Set(items).size === items.length, m.duplicate);
}

/** Ids the endpoint gives users and devices: short, no spaces, safe in any log line. */
export const accountIdSchema = z
  .string({ error: typeError })
  .min(1, m.required)
  .max(64, m.tooLong)
  .regex(/^[A-Za-z0-9_.:-]+$/, m.invalidId);

export const booleanSchema = z.boolean({ error: typeError });
