// Form controls of the case and note forms, built on the shell's Field (label, hint and
// error wired with aria-describedby / aria-invalid): text input, select, textarea, and a
// checkbox with its label beside it.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { Field } from '../components/Field.tsx';

type Common = {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
  class?: string;
  children?: ComponentChildren;
} & Record<string, unknown>;

type FormFieldProps = Common & { kind?: 'input' | 'select' | 'textarea' };

/** <FormField label=... error=... value=... onInput=... /> and kind="select" | "textarea". */
export function FormField({ kind = 'input', label, hint, error, class: className, children, ...control }: FormFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => {
        // Free text takes the direction of what is typed (a Latin name in the Arabic UI).
        const freeText = kind === 'textarea' || (kind === 'input' && (control.type === undefined || control.type === 'text'));
        const props = {
          ...(freeText ? { dir: 'auto' as const } : {}),
          ...control,
          id,
          class: className ?? (kind === 'textarea' ? 'field__input field__input--area' : 'field__input'),
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
        };
        if (kind === 'select') return <select {...props}>{children}</select>;
        if (kind === 'textarea') return <textarea {...props} />;
        return <input {...props} />;
      }}
    </Field>
  );
}

export function CheckField({
  label,
  hint,
  checked,
  onChange,
}: {
  label: ComponentChildren;
  hint?: ComponentChildren;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div class="check-field">
      <input
        id={id}
        type="checkbox"
        class="check-field__box"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id} class="check-field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="field__hint check-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
