// The one family of form fields: a label, the control, an optional hint and error, wired
// together for screen readers in one place (aria-describedby, aria-invalid). Free text
// (text inputs and text areas) takes the direction of what is typed (`dir="auto"`), so a
// Latin name in the Arabic UI keeps its full stop on the right side. Each field also takes
// `onValue(value)`, the typed value, for forms that do not need the event.
import type { ComponentChildren, InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: ComponentChildren;
  hint?: ComponentChildren | undefined;
  error?: ComponentChildren | undefined;
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

interface Labelled {
  label: ComponentChildren;
  hint?: ComponentChildren | undefined;
  error?: ComponentChildren | undefined;
  /** The value as typed or chosen, on every change. */
  onValue?: ((value: string) => void) | undefined;
}

/** What every control of the family gets: its id, descriptions, invalid state and class. */
function wired(control: { id: string; describedBy: string | undefined; invalid: boolean }, className: string | undefined, fallback: string) {
  return { id: control.id, class: className ?? fallback, 'aria-describedby': control.describedBy, 'aria-invalid': control.invalid || undefined };
}

const freeTextTypes = new Set([undefined, 'text', 'search']);

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'label'> & Labelled;

/** <TextField label={t('name')} value={v} onValue={...} />; any input type. */
export function TextField({ label, hint, error, onValue, class: className, ...input }: TextFieldProps) {
  const freeText = freeTextTypes.has(input.type as string | undefined);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...(freeText ? { dir: 'auto' } : {})}
          {...(input as Record<string, unknown>)}
          {...wired(control, className as string | undefined, 'field__input')}
          {...(onValue ? { onInput: (event: Event) => onValue((event.currentTarget as HTMLInputElement).value) } : {})}
        />
      )}
    </Field>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'label'> & Labelled;

/** <TextAreaField label={t('notes')} value={v} onValue={...} /> */
export function TextAreaField({ label, hint, error, onValue, class: className, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          dir="auto"
          {...(textarea as Record<string, unknown>)}
          {...wired(control, className as string | undefined, 'field__input field__input--area')}
          {...(onValue ? { onInput: (event: Event) => onValue((event.currentTarget as HTMLTextAreaElement).value) } : {})}
        />
      )}
    </Field>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'label'> &
  Labelled & {
    /** The choices; or pass <option> children. */
    options?: readonly { value: string; label: string }[];
    children?: ComponentChildren;
  };

/** <SelectField label={t('kind')} value={v} options={[...]} onValue={...} /> */
export function SelectField({ label, hint, error, onValue, options, children, class: className, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...(select as Record<string, unknown>)}
          {...wired(control, className as string | undefined, 'field__input')}
          {...(onValue ? { onChange: (event: Event) => onValue((event.currentTarget as HTMLSelectElement).value) } : {})}
        >
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}

/** A whole number (days, months): empty is NaN, so the form can say it is missing. */
export function NumberField({
  label,
  hint,
  error,
  value,
  onNumber,
}: Omit<Labelled, 'onValue'> & { value: number; onNumber(value: number): void }) {
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      type="number"
      inputMode="numeric"
      min={0}
      step={1}
      class="field__input field__input--number"
      value={Number.isFinite(value) ? String(value) : ''}
      onValue={(raw) => onNumber(raw === '' ? Number.NaN : Number(raw))}
    />
  );
}

/** A checkbox with its label beside it, and an optional hint below. */
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
