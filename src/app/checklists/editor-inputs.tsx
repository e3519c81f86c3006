// The template editor's small controlled inputs (label, error, ids from Field) and its text
// helpers: reading and setting a text in one language of a template or an item.
import type { TFunction } from 'i18next';
import type { ContentLanguage, TemplateDefinition } from '../../domain/template-definition.ts';
import { handoutOnlyLanguages } from '../../domain/template-definition.ts';
import { Field } from '../components/Field.tsx';

export type Edit = (change: (copy: TemplateDefinition) => void) => void;
export type ErrorAt = (path: (string | number)[]) => string | undefined;

export function endonym(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

export function listLanguages(languages: readonly string[], uiLanguage: string): string {
  const names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  return new Intl.ListFormat(uiLanguage, { type: 'conjunction' }).format(languages.map((code) => names.of(code) ?? code));
}

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


export function TextInput({
  label,
  value,
  error,
  onValue,
  lang,
  type = 'text',
  dir,
}: {
  label: string;
  value: string;
  error?: string | undefined;
  onValue(value: string): void;
  lang?: string;
  type?: 'text' | 'url';
  dir?: 'ltr' | 'rtl' | 'auto';
}) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type as 'text'}
          class="field__input"
          lang={lang}
          dir={dir ?? (lang ? 'auto' : undefined)}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => onValue((event.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

export function TextArea({ label, value, error, onValue, lang }: { label: string; value: string; error?: string | undefined; onValue(value: string): void; lang?: string }) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          class="field__input"
          rows={3}
          lang={lang}
          dir="auto"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => onValue((event.currentTarget as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

export function NumberInput({ label, value, error, onValue }: { label: string; value: number; error?: string | undefined; onValue(value: number): void }) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          class="field__input cl-number"
          value={Number.isFinite(value) ? String(value) : ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => {
            const raw = (event.currentTarget as HTMLInputElement).value;
            onValue(raw === '' ? Number.NaN : Number(raw));
          }}
        />
      )}
    </Field>
  );
}

export function SelectInput({
  label,
  hint,
  value,
  error,
  onValue,
  options,
}: {
  label: string;
  hint?: string;
  value: string;
  error?: string | undefined;
  onValue(value: string): void;
  options: { value: string; label: string }[];
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          class="field__input"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onValue((event.currentTarget as HTMLSelectElement).value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
