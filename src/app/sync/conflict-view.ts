// How a conflict's two values are shown and edited: which field this is, how a value
// reads, whether a merged text can be written (text fields only: the field's own schema
// from src/domain decides), and who wrote each value. Pure.
import { ASSIGNMENT_FIELD_PREFIX } from '../../domain/assignment-history.ts';
import { fieldSchema, type RecordType } from '../../domain/records.ts';
import type { TeamUser } from '../../domain/protocol.ts';
import type { OpenConflict } from '../../store/queries/conflicts.ts';
import { memberName } from '../../sync/members.ts';
import type { Message } from './status-view.ts';

/** Fields with a label of their own in `sync:fields`; others show their name. */
const labelledFields: Partial<Record<RecordType, readonly string[]>> = {
  note: ['body', 'kind', 'followUpDate'],
  case: ['displayName', 'summary', 'phone', 'legalStatus', 'status', 'tags', 'languages', 'consentScope', 'consentDate', 'householdSize', 'interpreterNeeded', 'interpreterLanguage', 'assignees'],
};

export function fieldLabel(recordType: RecordType, field: string): Message | { text: string } {
  if (recordType === 'case' && field.startsWith(ASSIGNMENT_FIELD_PREFIX)) return { key: 'fields.case.assignmentHistory' };
  return labelledFields[recordType]?.includes(field) ? { key: `fields.${recordType}.${field}` } : { text: field };
}

export type TextKind = 'multiLine' | 'singleLine' | null;

/** Whether a merged text may be written to this field, and in which kind of box. */
export function textKind(recordType: RecordType, field: string, values: readonly unknown[]): TextKind {
  if (!values.every((value) => value === null || typeof value === 'string')) return null;
  const schema = fieldSchema(recordType, field);
  if (!schema || !schema.safeParse('Merged text').success) return null;
  return schema.safeParse('two\nlines').success ? 'multiLine' : 'singleLine';
}

/**
 * Fields whose values are choices, with where each choice's label lives (`namespace:prefix`
 * + `.value`): a refused or conflicting "declined_by_landlord" reads "Landlord said no".
 */
const choiceLabels: Partial<Record<RecordType, Readonly<Record<string, string>>>> = {
  case: { status: 'cases:case', legalStatus: 'cases:legalStatus' },
  note: { kind: 'cases:noteKind' },
  viewing: { status: 'viewings:status', outcome: 'viewings:outcome', registrationConsent: 'viewings:registrationConsent', discrimination: 'viewings:discrimination' },
};

/** The namespaces that hold the labels of choices (a screen showing values loads them). */
export const choiceLabelNamespaces = ['cases', 'viewings'] as const;

/** `choices`: the translation keys of the chosen values' labels, in order. */
export type ValueText = { empty: true } | { boolean: boolean } | { text: string } | { choices: string[] };

/** How a stored value reads; a choice field's values as their labels' keys (`field` of `recordType`). */
export function valueText(value: unknown, field?: { recordType: RecordType; name: string }): ValueText {
  if (value === null || value === undefined || value === '') return { empty: true };
  if (typeof value === 'boolean') return { boolean: value };
  const prefix = field ? choiceLabels[field.recordType]?.[field.name] : undefined;
  const chosen = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : null;
  if (prefix && chosen && chosen.length > 0) return { choices: chosen.map((choice) => `${prefix}.${choice}`) };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: String(value) };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.length === 0 ? { empty: true } : { text: value.join(', ') };
  return { text: JSON.stringify(value) };
}

export interface Me {
  userId: string;
  deviceId: string;
}

/** Who wrote the kept-aside value, as far as this device can tell: by name when the team's member list names them ("Ana's text"). */
export function keptWriter(kept: OpenConflict['kept'], me: Me | null, members: readonly TeamUser[] = []): Message {
  if (me && kept.deviceId === me.deviceId) return { key: 'conflicts.by.thisDevice' };
  if (me && kept.authorId === me.userId) return { key: 'conflicts.by.youElsewhere' };
  const name = memberName(members, kept.authorId);
  if (name) return { key: 'conflicts.by.named', params: { name } };
  return { key: 'conflicts.by.someoneElse' };
}

/**
 * Who wrote the current value: named when the conflict says who wrote the value that won
 * and the record still holds it; records alone keep the writing device's clock, not its person.
 */
export function currentWriter(current: NonNullable<OpenConflict['current']>, me: Me | null, members: readonly TeamUser[] = []): Message {
  if (current.byThisDevice) return { key: 'conflicts.by.thisDevice' };
  if (current.authorId === null) return { key: 'conflicts.by.anotherDevice' };
  if (me && current.authorId === me.userId) return { key: 'conflicts.by.youElsewhere' };
  const name = memberName(members, current.authorId);
  return name ? { key: 'conflicts.by.named', params: { name } } : { key: 'conflicts.by.someoneElse' };
}

/** A value as a person reads it, with `t` (a choice whose label is missing shows as stored). */
export function valueWords(shown: { text: string } | { choices: string[] }, t: (key: string, options: { defaultValue: string }) => string): string {
  if ('text' in shown) return shown.text;
  return shown.choices.map((key) => t(key, { defaultValue: key.slice(key.lastIndexOf('.') + 1) })).join(', ');
}
