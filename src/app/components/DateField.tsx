// The date field of the form-field family (Field.tsx): a day, a month and a year box in the
// order the UI language writes a date ("8. 12. 2026" in sl, "۲۰۲۶/۱۲/۸" in fa), whatever the
// browser's own date picker would show. The value is the one every form keeps, a plain
// date `YYYY-MM-DD` ('' when empty; date-parts.ts says what an unfinished one is).
//
// - A group with a legend (the label) and a small label on each box, so a screen reader
//   says "Follow up on, group; Day, edit text".
// - Typing goes on to the next box when a part is complete or a separator is typed, so a
//   date typed straight through ("8. 12. 2026") lands in its three boxes; Backspace in an
//   empty box goes back. A whole date pasted into one box is split into its parts.
// - Persian and Arabic digits are read as digits, and shown in the language's digits.
// - The boxes follow the page's direction: in Arabic and Persian the first part is on the
//   right, so the boxes read in the order the keyboard visits them.
// - When the person leaves the group with a date that does not exist (31 February) or is
//   unfinished, the field says what is wrong until they type again; the form's own error
//   shows otherwise.
import type { TFunction } from 'i18next';
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { dateProblem, joinDateParts, partLength, readPart, readWholeDate, splitDate, type DatePart, type DateParts, type DateProblem } from '../date-parts.ts';
import { dateFieldOrder, formatNumber, localDigits } from '../format.ts';
import { i18n, useT } from '../i18n.ts';

interface DateFieldProps {
  label: ComponentChildren;
  hint?: ComponentChildren | undefined;
  /** The form's message for this field (shown unless the field has a more precise one). */
  error?: ComponentChildren | undefined;
  /** `YYYY-MM-DD`, '' for none, or what `onValue` last gave for an unfinished date. */
  value: string;
  /** On every change: the plain date, '' when emptied, or an unfinished value (not a plain date). */
  onValue(value: string): void;
  /** When the focus leaves the three boxes, with the value then. */
  onLeave?: ((value: string) => void) | undefined;
  required?: boolean | undefined;
  /** Beside the boxes: a "Clear" or "Today" button. */
  children?: ComponentChildren;
  /** `data-*` attributes go on the first box (a form's "go to the first error" finds it). */
  [data: `data-${string}`]: string | undefined;
}

export function DateField({ label, hint, error, value, onValue, onLeave, required, children, ...data }: DateFieldProps) {
  const t = useT('common');
  const language = i18n.language;
  const id = useId();
  const group = useRef<HTMLFieldSetElement>(null);
  // The parts as typed, while they are what `value` holds: "2026-12-03" cannot tell "3"
  // from "03" while typing. A value from outside ("Today", a restored draft) replaces them.
  const [typed, setTyped] = useState<DateParts>(() => splitDate(value));
  const parts = joinDateParts(typed) === value ? typed : splitDate(value);
  const [left, setLeft] = useState(false);
  const order = dateFieldOrder(language);

  const change = (next: DateParts) => {
    setTyped(next);
    setLeft(false);
    onValue(joinDateParts(next));
  };
  const box = (part: DatePart) => group.current?.querySelector<HTMLInputElement>(`[data-part="${part}"]`);
  const neighbour = (part: DatePart, step: 1 | -1) => order[order.indexOf(part) + step];

  const problem = left ? dateProblem(parts) : null;
  const problemText = problem && problemMessage(problem, language, t);
  const shownError = problemText ?? error;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = shownError ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <fieldset
      ref={group}
      class="field date-field"
      aria-describedby={describedBy}
      onFocusOut={(event) => {
        if (group.current?.contains(event.relatedTarget as Node | null)) return;
        setLeft(true);
        onLeave?.(joinDateParts(parts));
      }}
    >
      <legend class="field__label">{label}</legend>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class="date-field__row">
        <div class="date-field__parts">
          {order.map((part, index) => (
            <div key={part} class={`date-field__part date-field__part--${part}`}>
              <label class="date-field__label" for={`${id}-${part}`}>
                {t(`date.${part}`)}
              </label>
              <input
                {...(index === 0 ? data : {})}
                id={`${id}-${part}`}
                data-part={part}
                class="field__input date-field__input"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                size={partLength[part]}
                value={localDigits(parts[part], language)}
                aria-required={required || undefined}
                aria-invalid={Boolean(shownError) || undefined}
                aria-describedby={errorId}
                onInput={(event) => {
                  const input = event.currentTarget;
                  const whole = readWholeDate(input.value, order);
                  if (whole) {
                    change(whole);
                    return;
                  }
                  const { digits, separator } = readPart(input.value);
                  // A separator typed into an empty box is the one after a complete part: ignored.
                  input.value = localDigits(digits, language);
                  change({ ...parts, [part]: digits });
                  if (separator || digits.length >= partLength[part]) {
                    const next = neighbour(part, 1);
                    if (next) box(next)?.focus();
                  }
                }}
                onKeyDown={(event) => {
                  const previous = neighbour(part, -1);
                  if (event.key === 'Backspace' && event.currentTarget.value === '' && previous) {
                    event.preventDefault();
                    box(previous)?.focus();
                  }
                }}
              />
            </div>
          ))}
        </div>
        {children}
      </div>
      {shownError && (
        <p class="field__error" id={errorId}>
          {shownError}
        </p>
      )}
    </fieldset>
  );
}

/** What the field says when the person leaves it with a date that is not one. */
function problemMessage(problem: DateProblem, language: string, t: TFunction): string {
  if (problem.kind === 'day') return t('date.problem.day', { days: formatNumber(problem.days, language) });
  if (problem.kind === 'year') return t('date.problem.year', { example: localDigits('2026', language) });
  return t(`date.problem.${problem.kind}`);
}
