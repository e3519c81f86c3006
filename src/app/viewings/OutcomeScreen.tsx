// /viewings/:id/outcome: log how the viewing went in at most 30 seconds, on one screen
// with big targets. The usual answers are already chosen (logOutcomeDefaults: done,
// waiting for an answer with a follow-up in a week, consent not asked, no discrimination),
// so the common case is one tap on Save.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  discriminationKinds,
  logOutcomeDefaults,
  outcomeFormFields,
  registrationConsents,
  viewingOutcomes,
  viewingStatuses,
  type DiscriminationKind,
  type OutcomeForm,
  type ViewingFormField,
} from '../../domain/viewing.ts';
import { viewingById } from '../../store/queries/viewings.ts';
import { saveViewingForm } from '../../store/repo/viewings.ts';
import { Button } from '../components/Button.tsx';
import { DateField } from '../components/DateField.tsx';
import { TextAreaField } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { i18n, useT } from '../i18n.ts';
import { Choices } from '../components/Choices.tsx';
import { Joined } from './Joined.tsx';
import { setFlash } from '../flash.ts';
import { firstInvalid, translateErrors, type FieldErrors } from './form-errors.ts';
import { decimalSeparator, formatDate, formatTime } from '../format.ts';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { useStore } from '../hooks/use-store.ts';
import { useDraftForm } from './use-draft-form.ts';
import { draftKeys, outcomeFieldsFor, toggleDiscrimination, viewingWasHeld } from './viewing-state.ts';
import { CostsGroup } from './ViewingForm.tsx';
import { ViewingMissing } from './ViewingMissing.tsx';
import './viewings.css';
import { useToday } from '../hooks/use-today.ts';

export default function OutcomeScreen({ id }: { id: string }) {
  const t = useT('viewings');
  const tStore = useT('store');
  const language = i18n.language;
  const { route } = useLocation();
  const { store, error } = useStore();
  const loaded = useLiveQuery(store ? () => viewingById(store, id) : null, [store, id]);
  const viewing = loaded.value;
  const today = useToday();
  const initial = useMemo<OutcomeForm | null>(
    () => (viewing ? logOutcomeDefaults(viewing.fields, today, decimalSeparator(language)) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [Boolean(viewing), id],
  );
  const draft = useDraftForm<OutcomeForm>(store, draftKeys.outcome(id), viewing?.caseId, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [storeError, setStoreError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    const field = firstInvalid(errors, outcomeFormFields as readonly ViewingFormField[]);
    const target = field ? formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"]`) : null;
    (target ?? summaryRef.current)?.focus();
  }, [focusRequest]);

  const title = t('outcomeScreen.title');
  if (error || loaded.error) return <StorageProblemScreen title={title} error={(error ?? loaded.error)!} />;
  if (loaded.loading && viewing === undefined) return <Page title={title} />;
  if (!viewing) return <ViewingMissing title={title} />;
  if (!draft.value || !store) return <Page title={title} />;
  const form = draft.value;

  const set = <K extends keyof OutcomeForm>(field: K, value: OutcomeForm[K]) => {
    draft.update((previous) => ({ ...previous, [field]: value }));
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setStoreError(null);
    const submitted = Object.fromEntries(outcomeFieldsFor(form.status).map((field) => [field, form[field]]));
    const result = await saveViewingForm(store, { kind: 'existing', viewingId: id, current: viewing.fields }, submitted, today);
    setSaving(false);
    if (!result.ok) {
      if (result.kind === 'form') setErrors(translateErrors(result.errors, t, language));
      else setStoreError(tStore(result.error.messageKey));
      setFocusRequest((n) => n + 1);
      return;
    }
    await draft.finish();
    setFlash('viewings:actions.outcomeSaved');
    route(`/viewings/${id}`, true);
  };

  const held = viewingWasHeld(form.status);
  const somethingHappened = form.discrimination.some((kind) => kind !== 'none');
  const errorCount = Object.values(errors).filter(Boolean).length;
  const { date, startTime, address } = viewing.fields;

  return (
    <Page title={title}>
      <p class="vw-muted" data-testid="outcome-context">
        <Joined parts={[date ? formatDate(date, language) : null, startTime ? formatTime(startTime, language) : null, address]} />
      </p>
      <p class="field__hint">{t('outcomeScreen.hint')}</p>
      <form class="vw-form" ref={formRef} onSubmit={submit} noValidate data-testid="outcome-form">
        {(errorCount > 0 || storeError) && (
          <div class="vw-notice vw-notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
            {storeError ?? t('form.errorsSummary', { count: errorCount })}
          </div>
        )}
        <Choices
          legend={t('fields.status')}
          kind="radio"
          options={viewingStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
          selected={[form.status]}
          error={errors.status}
          onToggle={(value) => set('status', value)}
          testId="choice-status"
        />
        {held && (
          <>
            <Choices
              legend={t('fields.outcome')}
              kind="radio"
              options={viewingOutcomes.map((value) => ({ value, label: t(`outcome.${value}`) }))}
              selected={[form.outcome]}
              error={errors.outcome}
              onToggle={(value) => set('outcome', value)}
              testId="choice-outcome"
            />
            <Choices
              legend={t('fields.registrationConsent')}
              hint={t('hints.registrationConsent')}
              kind="radio"
              options={registrationConsents.map((value) => ({ value, label: t(`registrationConsent.${value}`) }))}
              selected={[form.registrationConsent]}
              error={errors.registrationConsent}
              onToggle={(value) => set('registrationConsent', value)}
              testId="choice-consent"
            />
            <Choices
              legend={t('fields.discrimination')}
              hint={t('hints.discrimination')}
              kind="checkbox"
              stacked
              options={discriminationKinds.map((value) => ({ value, label: t(`discrimination.${value}`) }))}
              selected={form.discrimination}
              error={errors.discrimination}
              onToggle={(value, checked) =>
                set('discrimination', toggleDiscrimination(form.discrimination, value as DiscriminationKind, checked, discriminationKinds))
              }
              testId="choice-discrimination"
            />
            {(somethingHappened || form.discriminationDescription !== '') && (
              <TextAreaField
                label={t('fields.discriminationDescription')}
                hint={t('hints.discriminationDescription')}
                error={errors.discriminationDescription}
                data-field="discriminationDescription"
                value={form.discriminationDescription}
                onInput={(event) => set('discriminationDescription', (event.currentTarget as HTMLTextAreaElement).value)}
              />
            )}
            <CostsGroup
              field={(name) => ({
                value: form[name],
                'data-field': name,
                error: errors[name],
                onInput: (event: Event) => set(name, (event.currentTarget as HTMLInputElement).value),
              })}
            />
          </>
        )}
        <DateField
          label={t('fields.followUpDate')}
          hint={t('hints.followUpDate')}
          value={form.followUpDate}
          error={errors.followUpDate}
          data-field="followUpDate"
          onValue={(value) => set('followUpDate', value)}
        />
        <TextAreaField
          label={t('fields.notes')}
          error={errors.notes}
          data-field="notes"
          value={form.notes}
          onInput={(event) => set('notes', (event.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="vw-form__actions">
          <Button type="submit" disabled={saving} data-testid="save-outcome">
            {t('actions.saveOutcome')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
