// A group of big segmented choices: radio buttons (one answer) or checkboxes (several),
// drawn as buttons at least 48 px high. Real inputs inside a fieldset with a legend, so
// screen readers announce the question, the options and which are chosen, and arrow keys
// move between radio options as usual.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface ChoicesProps {
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
  /** `radio`: one answer; `checkbox`: several. */
  kind: 'radio' | 'checkbox';
  options: readonly { value: string; label: ComponentChildren }[];
  /** The chosen values (one at most for radio). */
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
  /** One option per line (long labels). */
  stacked?: boolean;
  testId?: string;
}

export function Choices({ legend, hint, error, kind, options, selected, onToggle, stacked, testId }: ChoicesProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      class={`choices${stacked ? ' choices--stacked' : ''}`}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      <legend>{legend}</legend>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class="choices__options">
        {options.map((option) => {
          const checked = selected.includes(option.value);
          return (
            <label key={option.value} class="choice">
              <input
                class="choice__input"
                type={kind}
                name={id}
                value={option.value}
                checked={checked}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onToggle(option.value, (event.currentTarget as HTMLInputElement).checked)}
              />
              <span class="choice__label">{option.label}</span>
            </label>
          );
        })}
      </div>
      {error && (
        <p class="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
