// One note in the timeline: kind, time, author, text, follow-up date; edit in place
// (with a draft, so an edit in progress survives a reload) and delete after a confirm.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { noteKinds, type NoteKind } from '../../domain/note.ts';
import type { NoteFields } from '../../domain/records.ts';
import type { RecordView } from '../../store/queries/decode.ts';
import { deleteNote, updateNote } from '../../store/repo/notes.ts';
import type { Store } from '../../store/store.ts';
import { i18n, useT } from '../i18n.ts';
import { reportStoreError } from '../storage-problem.ts';
import { Button } from '../components/Button.tsx';
import type { FieldError } from './case-form.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { DateField } from '../components/DateField.tsx';
import { SelectField, TextAreaField } from '../components/Field.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { noteFormValues, validateNoteForm, type NoteFormField, type NoteFormValues } from './note-form.ts';
import { useDraft } from './use-draft.ts';

// A note changed more than a minute after it was written shows "edited".
const EDITED_AFTER_MS = 60_000;

interface Props {
  store: Store;
  caseId: string;
  note: RecordView<NoteFields>;
  announce(text: string): void;
  onDeleted(): void;
}

export function NoteItem({ store, caseId, note, announce, onDeleted }: Props) {
  const t = useT('cases');
  const tc = useT('common');
  const ts = useT('store');
  const id = useId();
  const [editing, setEditing] = useState<{ base: NoteFormValues; values: NoteFormValues } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<NoteFormField, FieldError>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const item = useRef<HTMLLIElement>(null);

  const dirty = editing !== null && JSON.stringify(editing.base) !== JSON.stringify(editing.values);
  const draft = useDraft(store, `note:edit:${note.id}`, editing, dirty && !saving, caseId);
  // An edit left unsaved (reload, crash) opens again with its text.
  useEffect(() => {
    if (!draft.found) return;
    setEditing(draft.found);
    draft.accept();
  }, [draft.found]);

  const focusEditButton = () => window.requestAnimationFrame(() => editButton.current?.focus());

  const startEdit = () => {
    const base = noteFormValues(note.fields);
    setEditing({ base, values: base });
    window.requestAnimationFrame(() => item.current?.querySelector('textarea')?.focus());
  };

  const cancelEdit = () => {
    setEditing(null);
    setErrors({});
    setProblem(null);
    void draft.discard();
    focusEditButton();
  };

  const errorText = (field: NoteFormField) => {
    const error = errors[field];
    return error ? tc(error.message, { maximum: error.maximum }) : undefined;
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!editing || saving) return;
    const checked = validateNoteForm(editing.values);
    if (!checked.ok) {
      setErrors(checked.errors);
      item.current?.querySelector<HTMLElement>(checked.errors.body ? 'textarea' : '[data-part]')?.focus();
      return;
    }
    // Only what the person changed, so a concurrent edit of another field is kept.
    const set: NoteFields = {};
    const { base, values } = editing;
    if (values.body !== base.body) set.body = checked.fields.body;
    if (values.kind !== base.kind) set.kind = checked.fields.kind;
    if (values.followUpDate !== base.followUpDate) set.followUpDate = checked.fields.followUpDate;
    setSaving(true);
    const result = await updateNote(store, note.id, set);
    setSaving(false);
    if (!result.ok) {
      reportStoreError(result.error);
      setProblem(ts(result.error.messageKey));
      return;
    }
    setEditing(null);
    setErrors({});
    setProblem(null);
    // The form with the focused Save button goes away now: move the focus with it, not
    // after the draft is forgotten, so it never rests on the page body meanwhile.
    focusEditButton();
    announce(t('notes.saved'));
    await draft.discard();
  };

  const remove = async () => {
    setSaving(true);
    const result = await deleteNote(store, note.id);
    if (!result.ok) {
      setSaving(false);
      setConfirming(false);
      reportStoreError(result.error);
      setProblem(ts(result.error.messageKey));
      return;
    }
    // The note leaves the timeline with its dialog; NotesSection moves the focus.
    onDeleted();
  };

  const f = note.fields;
  const kind = f.kind ?? 'other';
  const edited = note.updatedAt - note.createdAt > EDITED_AFTER_MS;
  const update = (patch: Partial<NoteFormValues>) =>
    setEditing((previous) => (previous ? { ...previous, values: { ...previous.values, ...patch } } : previous));

  return (
    <li class="timeline__item" id={`note-${note.id}`} ref={item} data-testid="note">
      <p class="note__meta" id={`${id}-meta`}>
        <span class="note__kind">{t(`noteKind.${kind}`)}</span>
        <span class="note__time">
          <time dateTime={new Date(note.createdAt).toISOString()}>{formatDateTime(note.createdAt, i18n.language)}</time>
          {edited && <span class="note__edited"> · {t('notes.edited')}</span>}
        </span>
        {f.authorName && <bdi class="note__author">{f.authorName}</bdi>}
      </p>
      {editing ? (
        <form class="note-edit" onSubmit={save} noValidate aria-label={t('notes.editLabel')}>
          <TextAreaField
            label={t('notes.bodyLabel')}
            error={errorText('body')}
            value={editing.values.body}
            rows={4}
            onInput={(event: Event) => {
              update({ body: (event.currentTarget as HTMLTextAreaElement).value });
              if (errors.body) setErrors((previous) => ({ ...previous, body: undefined }));
            }}
          />
          <div class="note-capture__row">
            <SelectField
              label={t('notes.kind')}
              value={editing.values.kind}
              onChange={(event: Event) => update({ kind: (event.currentTarget as HTMLSelectElement).value as NoteKind })}
            >
              {noteKinds.map((option) => (
                <option key={option} value={option}>
                  {t(`noteKind.${option}`)}
                </option>
              ))}
            </SelectField>
            <DateField
              label={t('notes.followUp')}
              error={errorText('followUpDate')}
              value={editing.values.followUpDate}
              onValue={(followUpDate) => {
                update({ followUpDate });
                if (errors.followUpDate) setErrors((previous) => ({ ...previous, followUpDate: undefined }));
              }}
            />
          </div>
          {problem && (
            <p class="form-error" role="alert">
              {problem}
            </p>
          )}
          <div class="form-actions">
            <Button type="submit" disabled={saving}>
              {t('notes.saveEdit')}
            </Button>
            <Button variant="secondary" onClick={cancelEdit}>
              {tc('cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p class="note__body" dir="auto">
            {f.body}
          </p>
          {f.followUpDate && (
            <p class="note__follow-up">{t('notes.followUpOn', { date: formatDate(f.followUpDate, i18n.language) })}</p>
          )}
          {problem && (
            <p class="form-error" role="alert">
              {problem}
            </p>
          )}
          <div class="note__actions">
            <button ref={editButton} type="button" class="button button--secondary button--small" aria-describedby={`${id}-meta`} onClick={startEdit}>
              {tc('edit')}
            </button>
            <button
              type="button"
              class="button button--secondary button--small button--quiet-danger"
              aria-describedby={`${id}-meta`}
              onClick={() => setConfirming(true)}
            >
              {tc('delete')}
            </button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('notes.deleteTitle')}
        confirmLabel={tc('delete')}
        busy={saving}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <p>{t('notes.deleteText')}</p>
      </ConfirmDialog>
    </li>
  );
}
