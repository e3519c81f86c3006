// The rule behind a deadline as a person reads it, in a given language. Pure (the language
// and the translate function come in), so the handout can use the client's language while
// the rest of the screen speaks the counselor's. Dates inside go through ../format.ts.
import type { MessagePart } from '../../domain/deadlines.ts';
import { formatDate } from '../format.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One part of a deadline's explanation (deadlines.ts `explainDeadline`):
 * `t(part.key, { ...part.values, ...formatted(part.dates), ...translated(part.keys) })`.
 */
export function renderMessagePart(part: MessagePart, t: Translate, language: string): string {
  const dates = Object.fromEntries(Object.entries(part.dates).map(([name, date]) => [name, formatDate(date, language)]));
  const keys = Object.fromEntries(Object.entries(part.keys).map(([name, key]) => [name, t(key)]));
  return t(part.key, { ...part.values, ...dates, ...keys });
}

/** The whole rule behind a deadline as one sentence: its parts joined by "; ". */
export function renderExplanation(parts: readonly MessagePart[], t: Translate, language: string): string {
  return parts.map((part) => renderMessagePart(part, t, language)).join(t('checklists:explanationSeparator'));
}
