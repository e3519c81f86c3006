// A labelled form field: the label, the control, an optional hint and error, wired
// together for screen readers (aria-describedby, aria-invalid).
import type { ComponentChildren, InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
  /** Render the control yourself: receive the id and describedby to put on it. */
  children?: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}

export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children?.({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p class="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'class' | 'id'> & {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
};

/** <TextField label={t('name')} value={v} onInput={...} /> */
export function TextField({ label, hint, error, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input {...(input as Record<string, unknown>)} id={id} class="field__input" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
      )}
    </Field>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'class' | 'id'> & {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
};

/** <TextAreaField label={t('notes')} value={v} onInput={...} /> */
export function TextAreaField({ label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea {...(textarea as Record<string, unknown>)} id={id} class="field__input" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
      )}
    </Field>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'class' | 'id'> & {
  label: ComponentChildren;
  hint?: ComponentChildren;
  children: ComponentChildren;
};

export function SelectField({ label, hint, children, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <select {...(select as Record<string, unknown>)} id={id} class="field__input" aria-describedby={describedBy}>
          {children}
        </select>
      )}
    </Field>
  );
}
