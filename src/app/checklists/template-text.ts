// The template editor's text helpers: reading and setting a text in one language of a
// template or an item, naming languages, and its validation messages. Its inputs are the
// shared field family (components/Field.tsx).
import type { TFunction } from 'i18next';
import type { ContentLanguage, TemplateDefinition } from '../../domain/template-definition.ts';
import { handoutOnlyLanguages } from '../../domain/template-definition.ts';

export type Edit = (change: (copy: TemplateDefinition) => void) => void;
export type ErrorAt = (path: (string | number)[]) => string | undefined;

export function validationText(message: string, t: TFunction): string {
  return message.startsWith('validation.') ? t(`checklists:${message}`, { defaultValue: t('checklists:validation.invalid') }) : message;
}

/**
 * Set a text of the template or an item in one language. Empty text in a handout-only
 * language removes it (the handout then falls back to English, visibly).
 */
export function setText(texts: Record<string, Record<string, string> | undefined>, language: ContentLanguage, field: string, value: string): void {
  const own = { ...texts[language] };
  const optional = (handoutOnlyLanguages as readonly string[]).includes(language) || field === 'summary' || field === 'details';
  if (value === '' && optional) delete own[field];
  else own[field] = value;
  if (Object.keys(own).length === 0 && (handoutOnlyLanguages as readonly string[]).includes(language)) delete texts[language];
  else texts[language] = own;
}

export function textOf(texts: Record<string, Record<string, string> | undefined>, language: ContentLanguage, field: string): string {
  return texts[language]?.[field] ?? '';
}
