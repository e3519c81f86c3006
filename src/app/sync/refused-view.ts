// How a refused change reads in the refused list: each field under its form label (a
// checklist step under its step's text, never `item.x.done`), and which fixes fit the
// reason: a volunteer's change outside their cases is fixed by assigning the case to
// them; a change whose answer was lost may simply go again; anything else the person
// can only let go. Pure.
import type { Role } from '../../domain/protocol.ts';
import type { RecordType } from '../../domain/records.ts';
import { localizedText } from '../../domain/template-definition.ts';
import { builtInTemplates } from '../../domain/templates/index.ts';
import { fieldLabel } from './conflict-view.ts';
import type { Message } from './status-view.ts';

export type RefusedFix = 'assignAndSend' | 'sendAgain' | 'discard';

/** The label of a field as a Message or plain text (a checklist step's own words). */
export function refusedFieldLabel(recordType: RecordType, field: string, language: string): Message | { text: string } {
  const step = /^item\.(.+)\.(done|doneBy|doneOn|note)$/.exec(field);
  if (recordType === 'checklist' && step) {
    const [, itemKey = '', part = 'done'] = step;
    return { key: `fields.checklistStep.${part}`, params: { step: stepText(itemKey, language) } };
  }
  const label = fieldLabel(recordType, field);
  return 'key' in label ? label : { key: 'fields.other', params: { name: humanize(field) } };
}

function stepText(itemKey: string, language: string): string {
  for (const template of builtInTemplates) {
    const item = template.items.find((candidate) => candidate.key === itemKey);
    const text = item ? localizedText(item.text, language, 'label')?.text : undefined;
    if (text) return text;
  }
  return humanize(itemKey);
}

/** `interpreterLanguage` -> "interpreter language", `intention_expressed` -> "intention expressed". */
function humanize(name: string): string {
  return name
    .replaceAll(/[_.]+/g, ' ')
    .replaceAll(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}

export interface RefusedChange {
  code: string;
  caseId?: string | undefined;
  delete?: true | undefined;
}

export function refusedFixes(change: RefusedChange, me: { role: Role } | null): RefusedFix[] {
  if (change.delete) return ['discard'];
  // Outside the person's cases: assigning the case to them is the fix (a coordinator is never
  // outside a case; a role changed since sign-in is known only after the next member list).
  if (change.code === 'forbidden') return me && me.role !== 'coordinator' && change.caseId ? ['assignAndSend', 'discard'] : ['discard'];
  if (change.code === 'gone' || change.code === 'invalid_request') return ['discard'];
  // The answer saying why was lost (not_kept): for a volunteer the likely reason is a case
  // outside their cases, so assigning it to them is offered beside sending it as it is.
  if (change.code === 'not_kept' && me?.role === 'volunteer' && change.caseId) return ['assignAndSend', 'sendAgain', 'discard'];
  return ['sendAgain', 'discard'];
}
