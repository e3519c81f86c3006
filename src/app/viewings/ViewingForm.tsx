// The planning form (new viewing from a case) and the edit form: date with Today/Tomorrow
// chips, start and end with +30/+45/+60 chips, address, landlord, listing link, money,
// who goes. Everything is checked at once on Save (domain viewing.ts); an invalid field is
// explained next to it and nothing is written. Typed input survives a reload (drafts).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { addDays } from '../../domain/calendar.ts';
import {
  endTimeAfter,
  viewingStatuses,
  type FullViewingForm,
  type ViewingFields,
  type ViewingFormField,
} from '../../domain/viewing.ts';
import { saveViewingForm, type SaveViewingTarget } from '../../store/repo/viewings.ts';
import type { Store } from '../../store/store.ts';
import { Button } from '../components/Button.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { DateField } from '../components/DateField.tsx';
import { TextAreaField, TextField } from '../components/Field.tsx';
import { i18n, useT } from '../i18n.ts';
import { Choices } from '../components/Choices.tsx';
import { setFlash } from '../flash.ts';
import { firstInvalid, translateErrors, type FieldErrors } from './form-errors.ts';
import { useDraftForm } from './use-draft-form.ts';
import './viewings.css';
import { useToday } from '../hooks/use-today.ts';

/** What the planning and edit forms show, in screen order. */
export const planFormFields = [
  'date',
  'startTime',
  'endTime',
  'address',
  'listingUrl',
  'landlordName',
  'landlordPhone',
  'rentMonthly',
  'deposit',
  'utilitiesEstimate',
  'agencyFee',
  'attendees',
  'interpreterLanguage',
  'status',
  'notes',
] as const satisfies readonly ViewingFormField[];
type PlanFormField = (typeof planFormFields)[number];
export type PlanForm = Pick<FullViewingForm, PlanFormField>;

/** A draft: the form, and (when editing) the fields it was opened with. */
export interface ViewingDraft {
  form: PlanForm;
  base: ViewingFields | null;
}

export const DURATION_CHIPS = [30, 45, 60] as const;

export function pickPlanForm(form: FullViewingForm): PlanForm {
  return Object.fromEntries(planFormFields.map((field) => [field, form[field]])) as PlanForm;
}

interface ViewingFormProps {
  store: Store;
  draftKey: string;
  caseId: string;
  /** Null while loading. */
  initial: ViewingDraft | null;
  target: { kind: 'new' } | { kind: 'existing'; viewingId: string };
  /** The signed-in user, offered as "I am going"; null without an account. */
  me: string | null;
  /** Where Cancel leads. */
  backHref: string;
}

export function ViewingForm({ store, draftKey, caseId, initial, target, me, backHref }: ViewingFormProps) {
  const t = useT('viewings');
  const tStore = useT('store');
  const language = i18n.language;
  const { route } = useLocation();
  const draft = useDraftForm<ViewingDraft>(store, draftKey, caseId, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [storeError, setStoreError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const today = useToday();

  useEffect(() => {
    if (focusRequest === 0) return;
    const field = firstInvalid(errors, planFormFields);
    const input = field ? formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"]`) : null;
    (input ?? summaryRef.current)?.focus();
  }, [focusRequest]);

  if (!draft.value) return null;
  const { form, base } = draft.value;

  const set = <K extends PlanFormField>(field: K, value: PlanForm[K]) => {
    draft.update((previous) => ({ ...previous, form: { ...previous.form, [field]: value } }));
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const text = (field: Exclude<PlanFormField, 'attendees'>) => ({
    value: form[field],
    'data-field': field,
    error: errors[field],
    onInput: (event: Event) => set(field, (event.currentTarget as HTMLInputElement).value),
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setStoreError(null);
    const saveTarget: SaveViewingTarget =
      target.kind === 'new'
        ? { kind: 'new', caseId }
        : { kind: 'existing', viewingId: target.viewingId, current: base ?? {} };
    // A new viewing is always planned; the status choice is on the edit form only.
    const submitted = target.kind === 'new' ? { ...form, status: 'planned' } : form;
    const result = await saveViewingForm(store, saveTarget, submitted, today);
    setSaving(false);
    if (!result.ok) {
      if (result.kind === 'form') {
        setErrors(translateErrors(result.errors, t, language));
      } else {
        setErrors({});
        setStoreError(tStore(result.error.messageKey));
      }
      setFocusRequest((n) => n + 1);
      return;
    }
    await draft.finish();
    setFlash(target.kind === 'new' || result.changed ? 'viewings:actions.saved' : 'viewings:form.nothingToSave');
    route(`/viewings/${result.id}`, true);
  };

  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const leave = () => {
    draft.discard();
    route(backHref);
  };
  const cancel = () => (draft.dirty ? setConfirmingDiscard(true) : leave());

  const errorCount = Object.values(errors).filter(Boolean).length;
  const duration =
    form.startTime && form.endTime
      ? DURATION_CHIPS.find((minutes) => endTimeAfter(form.startTime, minutes) === form.endTime)
      : undefined;
  const goingMyself = me !== null && form.attendees.includes(me);

  return (
    <form class="vw-form" ref={formRef} onSubmit={submit} noValidate data-testid="viewing-form">
      {draft.restored && (
        <div class="vw-notice vw-notice--warn vw-row" role="status">
          <p class="vw-grow">{t('form.draftRestored')}</p>
          <Button variant="secondary" onClick={draft.discard}>
            {t('form.discardDraft')}
          </Button>
        </div>
      )}
      {(errorCount > 0 || storeError) && (
        <div class="vw-notice vw-notice--error" role="alert" tabIndex={-1} ref={summaryRef} data-testid="form-errors">
          {storeError ?? t('form.errorsSummary', { count: errorCount })}
        </div>
      )}

      <Group legend={t('form.when')}>
        <DateField label={t('fields.date')} required data-field="date" error={errors.date} value={form.date} onValue={(date) => set('date', date)} />
        <div class="vw-chips" role="group" aria-label={t('form.quickDate')}>
          {[
            { label: t('agenda.today'), date: today },
            { label: t('agenda.tomorrow'), date: addDays(today, 1) },
          ].map((chip) => (
            <button
              key={chip.date}
              type="button"
              class="vw-chip"
              aria-pressed={form.date === chip.date}
              onClick={() => set('date', chip.date)}
            >
              {chip.label}
            </button>
          ))}
        </div>
        <div class="vw-form__pair">
          <TextField type="time" label={t('fields.startTime')} required {...text('startTime')} />
          <TextField type="time" label={t('fields.endTime')} hint={t('hints.endTime')} {...text('endTime')} />
        </div>
        <div class="vw-chips" role="group" aria-label={t('form.quickDuration')}>
          {DURATION_CHIPS.map((minutes) => (
            <button
              key={minutes}
              type="button"
              class="vw-chip"
              disabled={!form.startTime}
              aria-pressed={duration === minutes}
              onClick={() => {
                const end = endTimeAfter(form.startTime, minutes);
                if (end) set('endTime', end);
              }}
            >
              {t(`actions.plus${minutes}`)}
            </button>
          ))}
        </div>
      </Group>

      <Group legend={t('form.where')}>
        <TextField label={t('fields.address')} autoComplete="off" {...text('address')} />
        <TextField
          type="url"
          inputMode="url"
          label={t('fields.listingUrl')}
          hint={t('hints.listingUrl')}
          autoComplete="off"
          dir="ltr"
          {...text('listingUrl')}
        />
      </Group>

      <Group legend={t('form.landlord')}>
        <TextField label={t('fields.landlordName')} autoComplete="off" {...text('landlordName')} />
        <TextField
          type="tel"
          inputMode="tel"
          label={t('fields.landlordPhone')}
          hint={t('hints.landlordPhone')}
          autoComplete="off"
          dir="ltr"
          {...text('landlordPhone')}
        />
      </Group>

      <CostsGroup field={text} />

      <Group legend={t('form.people')}>
        {me !== null && (
          <label class="vw-check">
            <input
              type="checkbox"
              data-field="attendees"
              checked={goingMyself}
              onChange={(event) => {
                const checked = (event.currentTarget as HTMLInputElement).checked;
                const others = form.attendees.filter((id) => id !== me);
                set('attendees', checked ? [...others, me] : others);
              }}
            />
            {t('form.iGo')}
          </label>
        )}
        {errors.attendees && <p class="field__error">{errors.attendees}</p>}
        <TextField label={t('fields.interpreterLanguage')} hint={t('hints.interpreterLanguage')} {...text('interpreterLanguage')} />
      </Group>

      {target.kind === 'existing' && (
        <Choices
          legend={t('fields.status')}
          kind="radio"
          options={viewingStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
          selected={[form.status]}
          error={errors.status}
          onToggle={(value) => set('status', value)}
        />
      )}

      <TextAreaField
        label={t('fields.notes')}
        error={errors.notes}
        data-field="notes"
        value={form.notes}
        onInput={(event) => set('notes', (event.currentTarget as HTMLTextAreaElement).value)}
      />

      <div class="vw-form__actions">
        <Button variant="secondary" onClick={cancel}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" disabled={saving} data-testid="save-viewing">
          {t('actions.save')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirmingDiscard}
        title={t('form.discardConfirm')}
        confirmLabel={t('form.discard')}
        onCancel={() => setConfirmingDiscard(false)}
        onConfirm={leave}
      />
    </form>
  );
}

type MoneyField = 'rentMonthly' | 'deposit' | 'utilitiesEstimate' | 'agencyFee';

/**
 * Rent, deposit, utilities and agency fee, on the plan form and the outcome form alike
 * (the same validation: viewing.ts `parseEuroInput`). `field` gives each input its value,
 * error and handler.
 */
export function CostsGroup({ field }: { field: (name: MoneyField) => { value: string; 'data-field': string; error?: string | undefined; onInput(event: Event): void } }) {
  const t = useT('viewings');
  return (
    <Group legend={t('form.costs')} hint={t('hints.costs')}>
      <div class="vw-form__pair">
        {(['rentMonthly', 'deposit', 'utilitiesEstimate', 'agencyFee'] as const).map((name) => (
          <TextField key={name} inputMode="decimal" label={t(`fields.${name}`)} autoComplete="off" {...field(name)} />
        ))}
      </div>
      <p class="field__hint">{t('hints.money')}</p>
    </Group>
  );
}

function Group({ legend, hint, children }: { legend: ComponentChildren; hint?: ComponentChildren; children: ComponentChildren }) {
  return (
    <fieldset class="vw-form__group">
      <legend>{legend}</legend>
      {hint && <p class="field__hint">{hint}</p>}
      {children}
    </fieldset>
  );
}
