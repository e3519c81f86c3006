// Quick note capture: type, tap Save. A half-typed note is kept as a draft (per case) and
// is back in the box after a reload or a crash. Kind and follow-up date are optional.
import { useEffect, useRef, useState } from 'preact/hooks';
import { noteKinds, type NoteKind } from '../../domain/note.ts';
import { addNote } from '../../store/repo/notes.ts';
import type { Store } from '../../store/store.ts';
import { useT } from '../i18n.ts';
import { reportStoreError } from '../storage-problem.ts';
import { Button } from '../components/Button.tsx';
import type { FieldError } from './case-form.ts';
import { useCurrentUser } from './current-user.ts';
import { DateField } from '../components/DateField.tsx';
import { SelectField, TextAreaField } from '../components/Field.tsx';
import { emptyNoteForm, hasNoteInput, noteCreateSet, validateNoteForm, type NoteFormField, type NoteFormValues } from './note-form.ts';
import { useAnnouncer } from '../flash.ts';
import { useDraft } from './use-draft.ts';

interface Props {
  store: Store;
  caseId: string;
}

export function NoteCapture({ store, caseId }: Props) {
  const t = useT('cases');
  const tc = useT('common');
  const ts = useT('store');
  const me = useCurrentUser(store);
  const [values, setValues] = useState<NoteFormValues>(emptyNoteForm);
  const [errors, setErrors] = useState<Partial<Record<NoteFormField, FieldError>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [restored, setRestored] = useState(false);
  const [message, announce] = useAnnouncer();
  const form = useRef<HTMLFormElement>(null);

  const draft = useDraft(store, `note:new:${caseId}`, values, hasNoteInput(values) && !saving, caseId);
  // A note typed earlier and never saved goes straight back into the box.
  useEffect(() => {
    if (!draft.found) return;
    if (!hasNoteInput(values)) {
      setValues({ ...emptyNoteForm, ...draft.found });
      setRestored(true);
    }
    draft.accept();
  }, [draft.found]);

  const body = () => form.current?.querySelector<HTMLTextAreaElement>('textarea');

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setProblem(null);
    const checked = validateNoteForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      (checked.errors.body ? body() : form.current?.querySelector<HTMLInputElement>('[data-part]'))?.focus();
      return;
    }
    setSaving(true);
    const result = await addNote(store, caseId, {
      ...noteCreateSet(checked.fields),
      ...(me ? { authorId: me.id, authorName: me.name } : {}),
    });
    setSaving(false);
    if (!result.ok) {
      // The text stays in the box (and in its draft); only the message changes.
      reportStoreError(result.error);
      setProblem(ts(result.error.messageKey));
      return;
    }
    setValues({ ...emptyNoteForm, kind: values.kind });
    setErrors({});
    setRestored(false);
    await draft.discard();
    announce(t('notes.saved'));
    body()?.focus();
  };

  const errorText = (field: NoteFormField) => {
    const error = errors[field];
    return error ? tc(error.message, { maximum: error.maximum }) : undefined;
  };
  return (
    <form ref={form} class="case-panel note-capture" onSubmit={save} noValidate data-testid="note-capture">
      <TextAreaField
        label={t('notes.newLabel')}
        hint={restored ? t('notes.draftRestored') : undefined}
        error={errorText('body')}
        value={values.body}
        rows={3}
        readOnly={saving}
        onInput={(event: Event) => {
          const text = (event.currentTarget as HTMLTextAreaElement).value;
          setValues((previous) => ({ ...previous, body: text }));
          if (errors.body) setErrors((previous) => ({ ...previous, body: undefined }));
        }}
      />
      <div class="note-capture__row">
        <SelectField
          label={t('notes.kind')}
          value={values.kind}
          onChange={(event: Event) => {
            const kind = (event.currentTarget as HTMLSelectElement).value as NoteKind;
            setValues((previous) => ({ ...previous, kind }));
          }}
        >
          {noteKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`noteKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t('notes.followUp')}
          error={errorText('followUpDate')}
          value={values.followUpDate}
          onValue={(date) => {
            setValues((previous) => ({ ...previous, followUpDate: date }));
            if (errors.followUpDate) setErrors((previous) => ({ ...previous, followUpDate: undefined }));
          }}
        />
      </div>
      {problem && (
        <p class="form-error" role="alert">
          {problem}
        </p>
      )}
      <Button type="submit" disabled={saving}>
        {t('notes.save')}
      </Button>
      <p class="notes__status" role="status" data-testid="capture-status">
        {message}
      </p>
    </form>
  );
}
