// Create (/cases/new) and edit (/cases/:id/edit) a case. Checked with the domain's form
// schema, messages next to each field in the UI language. Typed text is never lost: it is
// kept as a draft while typing (use-draft.ts) and offered back when the form opens again.
// Saving is one write: the whole case or nothing.
import './cases.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { assignmentChangeFields } from '../../domain/assignment-history.ts';
import { legalStatuses } from '../../domain/case.ts';
import { uuidv7 } from '../../domain/uuidv7.ts';
import type { CaseFields } from '../../domain/records.ts';
import { getRecord } from '../../store/queries/records.ts';
import { createCase, updateCase } from '../../store/repo/cases.ts';
import { useT } from '../i18n.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { reportStoreError } from '../storage-problem.ts';
import { Page } from '../components/Page.tsx';
import { Button, ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import {
  caseCreateSet,
  caseFormValues,
  caseUpdateSet,
  changedFormFields,
  draftDiffers,
  emptyCaseForm,
  errorsFromIssues,
  restoreDraft,
  validateCaseForm,
  type CaseFormDraft,
  type CaseFormField,
  type CaseFormValues,
  type FieldErrors,
} from './case-form.ts';
import { CheckField, SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { DateField } from '../components/DateField.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { DraftOffer } from './DraftOffer.tsx';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { AssigneesField } from './AssigneesField.tsx';
import { useCurrentUser } from './current-user.ts';
import { useMembers } from '../hooks/use-members.ts';
import { setFlash } from '../flash.ts';
import { useDraft } from './use-draft.ts';

export default function CaseFormScreen({ id }: { id?: string }) {
  const t = useT('cases');
  const { store, error: openError, retry } = useStore();
  const existing = useLiveQuery(store && id ? () => getRecord<CaseFields>(store, id) : null, [store, id]);
  const title = id ? t('form.editTitle') : t('form.newTitle');

  if (openError && !store) {
    return (
      <StorageProblemScreen title={title} error={openError} onRetry={retry} />
    );
  }
  if (id && existing.value === null) {
    return (
      <Page title={title}>
        <EmptyState
          title={t('case.notHereTitle')}
          action={
            <ButtonLink href="/cases" variant="secondary">
              {t('case.backToCases')}
            </ButtonLink>
          }
        >
          <p>{t('case.notHereText')}</p>
        </EmptyState>
      </Page>
    );
  }
  // The form opens once from the case as it is now; later changes from elsewhere do not
  // reset what the person is typing (an edit writes only the fields they change).
  const ready = store !== null && (!id || existing.value !== undefined);
  return (
    <Page title={title}>
      {ready ? (
        <CaseForm key={id ?? 'new'} id={id} base={existing.value ? caseFormValues(existing.value.fields) : emptyCaseForm} />
      ) : (
        <p class="case-count">{t('loading')}</p>
      )}
    </Page>
  );
}

function CaseForm({ id, base: openedWith }: { id: string | undefined; base: CaseFormValues }) {
  const t = useT('cases');
  const tc = useT('common');
  const { route } = useLocation();
  const { store } = useStore();
  const me = useCurrentUser(store);
  const members = useMembers(store);
  const [base] = useState(openedWith);
  const [values, setValues] = useState(openedWith);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const draftKey = id ? `case:edit:${id}` : 'case:new';
  const dirty = changedFormFields(base, values).length > 0;
  const draft = useDraft<CaseFormDraft>(store, draftKey, { values, base }, dirty && !saving, id);
  // "Restore your unsaved draft?" until answered (autosave waits, so the old draft is kept);
  // a draft that would change nothing is dropped without asking.
  const offered = draft.found && draftDiffers(base, draft.found) ? draft.found : null;
  useEffect(() => {
    if (draft.found && !offered) void draft.discard();
  }, [draft.found]);

  const set = <K extends CaseFormField>(field: K, value: CaseFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const text = (field: CaseFormField) => (event: Event) => set(field, (event.currentTarget as HTMLInputElement).value as never);
  const errorText = (field: CaseFormField) => {
    const error = errors[field];
    return error ? tc(error.message, { maximum: error.maximum, minimum: error.minimum }) : undefined;
  };

  const focusFirstError = () => {
    window.requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!store || saving) return;
    setFormError(null);
    // A volunteer's box is locked on (AssigneesField): their case always names them.
    const sent = me?.role === 'volunteer' && !values.assignees.includes(me.id) ? { ...values, assignees: [...values.assignees, me.id] } : values;
    const checked = validateCaseForm(sent);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(t('form.checkFields'));
      focusFirstError();
      return;
    }
    setSaving(true);
    // Who changed the assignees goes with the change, in the same write (assignment-history.ts).
    const history = me ? assignmentChangeFields(id ? base.assignees : [], sent.assignees, me.id, uuidv7(store.env.now(), store.env.randomBytes(10))) : {};
    const result = id
      ? await updateCase(store, id, { ...caseUpdateSet(checked.fields, changedFormFields(base, sent)), ...history })
      : await createCase(store, { ...caseCreateSet(checked.fields), ...history });
    if (!result.ok) {
      setSaving(false);
      if (result.error.code === 'invalid' && result.error.issues) {
        setErrors(errorsFromIssues(result.error.issues));
        focusFirstError();
      }
      reportStoreError(result.error);
      setFormError(tc(result.error.messageKey));
      return;
    }
    await draft.discard();
    setFlash(id ? 'cases:form.saved' : 'cases:form.created');
    route(`/cases/${result.value.id}`, true);
  };

  const leave = () => route(id ? `/cases/${id}` : '/cases');
  const cancel = () => (dirty ? setConfirmDiscard(true) : leave());

  return (
    <form ref={formRef} class="case-form" noValidate onSubmit={submit} aria-describedby={formError ? 'case-form-error' : undefined}>
      {offered && (
        <DraftOffer
          onRestore={() => {
            setValues(restoreDraft(base, offered));
            draft.accept();
          }}
          onDiscard={() => void draft.discard()}
        />
      )}
      {formError && (
        <p id="case-form-error" class="form-error" role="alert">
          {formError}
        </p>
      )}
      <TextField
        label={t('field.displayName')}
        hint={t('field.displayNameHint')}
        error={errorText('displayName')}
        value={values.displayName}
        onInput={text('displayName')}
        autoComplete="off"
        required
      />
      <SelectField
        label={t('field.legalStatus')}
        error={errorText('legalStatus')}
        value={values.legalStatus}
        onChange={text('legalStatus')}
      >
        <option value="">{t('field.notSet')}</option>
        {legalStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`legalStatus.${status}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('field.languages')}
        hint={t('field.listHint')}
        error={errorText('languages')}
        value={values.languages}
        onInput={text('languages')}
        autoComplete="off"
      />
      <CheckField
        label={t('field.interpreterNeeded')}
        checked={values.interpreterNeeded}
        onChange={(checked) => set('interpreterNeeded', checked)}
      />
      {values.interpreterNeeded && (
        <TextField
          label={t('field.interpreterLanguage')}
          error={errorText('interpreterLanguage')}
          value={values.interpreterLanguage}
          onInput={text('interpreterLanguage')}
          autoComplete="off"
        />
      )}
      <TextField
        label={t('field.householdSize')}
        hint={t('field.householdSizeHint')}
        error={errorText('householdSize')}
        value={values.householdSize}
        onInput={text('householdSize')}
        inputMode="numeric"
        autoComplete="off"
        class="field__input field__input--short"
      />
      <TextField
        label={t('field.phone')}
        error={errorText('phone')}
        value={values.phone}
        onInput={text('phone')}
        type="tel"
        autoComplete="off"
        dir="ltr"
      />
      <fieldset class="case-form__group">
        <legend class="field__label">{t('field.consent')}</legend>
        <p class="field__hint">{t('field.consentHint')}</p>
        <DateField label={t('field.consentDate')} error={errorText('consentDate')} value={values.consentDate} onValue={(date) => set('consentDate', date)} />
        <TextField
          label={t('field.consentScope')}
          error={errorText('consentScope')}
          value={values.consentScope}
          onInput={text('consentScope')}
          autoComplete="off"
        />
      </fieldset>
      <TextField
        label={t('field.tags')}
        hint={t('field.tagsHint')}
        error={errorText('tags')}
        value={values.tags}
        onInput={text('tags')}
        autoComplete="off"
      />
      <TextAreaField
        label={t('field.summary')}
        hint={t('field.summaryHint')}
        error={errorText('summary')}
        value={values.summary}
        onInput={text('summary')}
        rows={4}
      />
      <AssigneesField members={members} me={me} assignees={values.assignees} onChange={(assignees) => set('assignees', assignees)} />
      {id && (
        <SelectField label={t('field.status')} value={values.status} onChange={text('status')}>
          <option value="open">{t('case.open')}</option>
          <option value="closed">{t('case.closed')}</option>
        </SelectField>
      )}
      <div class="form-actions">
        <Button type="submit" disabled={saving}>
          {id ? t('form.save') : t('form.create')}
        </Button>
        <Button variant="secondary" onClick={cancel}>
          {tc('cancel')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirmDiscard}
        title={t('form.discardTitle')}
        confirmLabel={t('form.discard')}
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={() => {
          setConfirmDiscard(false);
          setValues(base);
          void draft.discard().then(leave);
        }}
      >
        <p>{t('form.discardText')}</p>
      </ConfirmDialog>
    </form>
  );
}
